/** Charts in a SheetSpec resolve to the same cells both adapters write the tables to. */
import { blockRowCount, chartPlacements, sheetSpecSchema, type SheetSpec } from '../../../src/core/sheet/spec';
import { planSheet } from '../../../src/core/sheet/layout';

const spec: SheetSpec = sheetSpecSchema.parse({
  name: '图表',
  kind: 'test',
  blocks: [
    { type: 'title', text: '标题' },
    { type: 'lines', lines: ['一', '二'] },
    {
      type: 'table',
      groups: [{ label: '金额', from: 1, to: 2 }],
      columns: [{ header: '部门' }, { header: '原值' }, { header: '净值' }],
      rows: [['教务处', 100, { formula: '=B{row}', result: 90 }], [{ date: '2025-01-01' }, 'x', 3.5], ['总务处', 300, 200]],
      total: { label: '合计', labelColumn: 0, sumColumns: [1, 2] },
    },
    { type: 'spacer', rows: 2 },
    { type: 'table', columns: [{ header: 'a' }], rows: [], tableName: 'T_empty' },
    { type: 'spacer', rows: 19 },
    { type: 'signatures', labels: ['制表人', '审核'] },
  ],
  charts: [
    { type: 'column', title: '按部门', table: 0, categoryColumn: 0, valueColumns: [1, 2], anchor: { block: 5 } },
    { type: 'pie', title: '饼', table: 0, categoryColumn: 0, valueColumns: [2, 1], seriesNames: ['净值合计'], rows: { from: 1, to: 5 }, anchor: { block: 3, column: 4, width: 300, height: 200 } },
    { type: 'bar', title: '空表', table: 1, categoryColumn: 0, valueColumns: [0], anchor: { block: 5 } },
    { type: 'line', title: '没有的列', table: 0, categoryColumn: 0, valueColumns: [7], anchor: { block: 5 } },
  ],
});

test('block rows agree with the layout both adapters write', () => {
  expect(spec.blocks.reduce((n, b) => n + blockRowCount(b), 0)).toBe(planSheet(spec).rows.length);
});

test('categories, series and anchors in sheet coordinates, with the values the cells hold', () => {
  const [column, pie, ...rest] = chartPlacements(spec);
  expect(rest).toEqual([]);
  // title 1, lines 2–3, group row 4, header 5, data 6–8, total 9, spacer 10–11, empty table 12–13, spacer 14–32.
  expect(column).toMatchObject({
    firstRow: 6, lastRow: 8, categoryColumn: 1, categories: ['教务处', '2025-01-01', '总务处'], anchorRow: 14, anchorColumn: 1, width: 480, height: 270,
    series: [
      { name: '原值', literalName: false, headerRow: 5, column: 2, values: [100, null, 300] },
      { name: '净值', literalName: false, headerRow: 5, column: 3, values: [90, 3.5, 200] },
    ],
  });
  // A pie draws one series; rows past the table's end are cut to it.
  expect(pie).toMatchObject({ firstRow: 7, lastRow: 8, anchorRow: 10, anchorColumn: 5, width: 300, height: 200, series: [{ name: '净值合计', literalName: true, column: 3, values: [3.5, 200] }] });
});

test('specs without charts stay valid (backward compatible)', () => {
  const { charts: _charts, ...plain } = spec;
  void _charts;
  expect(sheetSpecSchema.parse(plain).charts).toBeUndefined();
  expect(chartPlacements(plain)).toEqual([]);
});
