/** Native charts through Office.js (`worksheet.charts`), against the fake's strict load/sync model. */
import { sheetSpecSchema, type SheetSpec } from '../../../src/core/sheet/spec';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { EXCEL_CHART_TYPE, writeCharts, type ExcelChartCollection } from '../../../src/workbook/office/charts';
import { FakeExcel, type SheetModel } from '../../fakes/office';
import { chartsOf, installFakeCharts } from '../../fakes/office/charts';

installFakeCharts();

// Compile-time proof (npm run typecheck) that Office.js's worksheet charts satisfy the narrow
// interfaces the adapter uses; kept out of the adapter so it builds without the Office typings.
const realChartsFit: (sheet: Excel.Worksheet) => ExcelChartCollection = (sheet) => sheet.charts;
void realChartsFit;

const spec: SheetSpec = sheetSpecSchema.parse({
  name: '资产汇总',
  kind: 'reports.summary',
  blocks: [
    { type: 'title', text: '资产汇总表' },
    {
      type: 'table',
      columns: [{ header: '使用部门' }, { header: '项数' }, { header: '原值' }, { header: '净值' }],
      rows: [['教务处', 3, 80699, 5078.21], ['高一年级', 1, 7220, 0], ['=SUM(A1)', 2, 5150, 4972.22]],
      total: { label: '合计', labelColumn: 0, sumColumns: [1, 2, 3] },
    },
    { type: 'spacer', rows: 20 },
    { type: 'signatures', labels: ['制表人', '审核'] },
  ],
  charts: [
    { type: 'column', title: '按使用部门：原值与净值', table: 0, categoryColumn: 0, valueColumns: [2, 3], anchor: { block: 2, width: 500, height: 260 } },
    { type: 'pie', title: '原值构成', table: 0, categoryColumn: 0, valueColumns: [2, 3], seriesNames: ['原值合计'], anchor: { block: 2, column: 5 } },
  ],
});

function sheet(excel: FakeExcel, name: string): SheetModel {
  const s = excel.model.sheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

async function written(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  excel.model.seed({ name: '台账', rows: [['资产编号']] });
  await new OfficeWorkbook(excel).writeSheet(spec);
  return excel;
}

describe('charts written with the sheet', () => {
  it('draws each chart from the table cells, categories and series set explicitly, at its anchor', async () => {
    const excel = await written();
    const charts = chartsOf(sheet(excel, '资产汇总'));
    expect(charts).toHaveLength(2);
    const [column, pie] = charts;
    // Title row 1, header row 2, data rows 3–5, total row 6 (not drawn), spacer from row 7.
    expect(column).toMatchObject({
      type: EXCEL_CHART_TYPE.column, seriesBy: 'Columns', title: '按使用部门：原值与净值', legendPosition: 'Bottom',
      position: { start: 'A7' }, width: 500, height: 260,
      series: [
        { name: '原值', values: { top: 3, left: 3, bottom: 5, right: 3 }, xValues: { top: 3, left: 1, bottom: 5, right: 1 } },
        { name: '净值', values: { top: 3, left: 4, bottom: 5, right: 4 }, xValues: { top: 3, left: 1, bottom: 5, right: 1 } },
      ],
    });
    // A pie draws one series; its name is the spec's literal text.
    expect(pie).toMatchObject({ type: 'Pie', legendPosition: 'Right', position: { start: 'F7' }, width: 480, height: 270, series: [{ name: '原值合计' }] });
    expect(pie?.series).toHaveLength(1);
  });

  it('costs one round trip for all the charts of a sheet', async () => {
    const withCharts = new FakeExcel();
    withCharts.model.seed({ name: '台账', rows: [['资产编号']] });
    await new OfficeWorkbook(withCharts).writeSheet(spec);
    const without = new FakeExcel();
    without.model.seed({ name: '台账', rows: [['资产编号']] });
    await new OfficeWorkbook(without).writeSheet({ ...spec, charts: [] });
    expect(withCharts.stats.syncs - without.stats.syncs).toBe(1);
    expect(chartsOf(sheet(without, '资产汇总'))).toHaveLength(0);
  });

  it('a sheet without charts, or a table without rows, sends nothing', async () => {
    const excel = new FakeExcel();
    excel.model.seed({ name: '台账', rows: [['x']] });
    excel.stats.reset();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('台账');
      await writeCharts(context, ws, { ...spec, charts: [] });
      const empty = { ...spec, blocks: spec.blocks.map((b) => (b.type === 'table' ? { ...b, rows: [] } : b)) };
      await writeCharts(context, ws, empty);
      // The worksheet proxy queued its own lookup; nothing else went out.
      await context.sync();
    });
    expect(chartsOf(sheet(excel, '台账'))).toHaveLength(0);
    expect(excel.stats.syncs).toBe(1);
  });

  it('an Excel older than ExcelApi 1.7 refuses the series calls, as the real one would', async () => {
    const excel = new FakeExcel({ apiMinor: 9 });
    excel.model.seed({ name: '台账', rows: [['x']] });
    await new OfficeWorkbook(excel).writeSheet({ ...spec, charts: [] });
    excel.apiMinor = 6;
    await expect(excel.run(async (context) => {
      await writeCharts(context, context.workbook.worksheets.getItem('资产汇总'), spec);
    })).rejects.toThrow(/ExcelApi 1\.7/);
  });
});
