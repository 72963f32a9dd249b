/** The report sheets as SheetSpecs: tables, totals, notes, charts on rows kept free, print setup. */
import { comparePeriods } from '../../../src/core/reports/compare';
import { fourPillar } from '../../../src/core/reports/four-pillar';
import { parsePeriod, previousPeriod } from '../../../src/core/reports/periods';
import { renderCompareSheet } from '../../../src/core/reports/render/compare';
import { appendChart, findingsSheet } from '../../../src/core/reports/render/common';
import { MAX_CAUSES, renderFourPillarSheet } from '../../../src/core/reports/render/four-pillar';
import { renderSummarySheet } from '../../../src/core/reports/render/summary';
import { summarizeAssets } from '../../../src/core/reports/summary';
import { chartPlacements, sheetSpecSchema, type Block, type SheetSpec, type TableBlock } from '../../../src/core/sheet/spec';
import { fen, item } from './helpers';

function tables(spec: SheetSpec): TableBlock[] {
  return spec.blocks.filter((b): b is TableBlock => b.type === 'table');
}

const ledger = [
  item({ row: 4, department: '教务处', category: '计算机设备', quantity: 2, amount: '9000.00', acquiredOn: '2024-01-01' }),
  item({ row: 5, department: '总务处', category: '家具', amount: '1500.00', acquiredOn: '2025-10-01', disposedOn: '2025-12-01' }),
];

test('summary, one level: rows, a SUM total, notes, a column chart of 原值 and 净值, A4 portrait', () => {
  const spec = sheetSpecSchema.parse(renderSummarySheet(summarizeAssets('台账', ledger, { by: ['department'], at: '2025-11-30' }), { school: '一中' }));
  expect(spec.blocks[0]).toEqual({ type: 'title', text: '一中资产汇总表' });
  const [t] = tables(spec);
  expect(t?.columns.map((c) => c.header)).toEqual(['使用部门', '项数', '数量', '原值', '累计折旧', '净值']);
  // 9000.00 over 72 months, 23 months by 2025-11: 2875.00.
  expect(t?.rows).toEqual([['教务处', 1, 2, 9000, 2875, 6125], ['总务处', 1, 1, 1500, 16.67, 1483.33]]);
  expect(t?.total).toEqual({ label: '合计', labelColumn: 0, sumColumns: [1, 2, 3, 4, 5] });
  const [chart] = chartPlacements(spec);
  expect(chart).toMatchObject({ categories: ['教务处', '总务处'], series: [{ name: '原值' }, { name: '净值' }] });
  expect(spec.blocks[chart!.chart.anchor.block]?.type).toBe('spacer');
  expect(spec.print).toEqual({ paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatHeader: true, footer: '第 &P 页，共 &N 页' });
  expect(spec.blocks.at(-1)).toEqual({ type: 'signatures', labels: ['制表人', '审核', '日期'] });
});

test('summary, two levels: subtotals among the rows, the total as a row, a first-level table for the chart', () => {
  const spec = renderSummarySheet(summarizeAssets('台账', ledger, { by: ['department', 'category'], at: '2025-11-30' }));
  const [main, byFirst] = tables(spec);
  expect(main?.rows.map((r) => r.slice(0, 3))).toEqual([['教务处', '计算机设备', 1], ['教务处 小计', null, 1], ['总务处', '家具', 1], ['总务处 小计', null, 1], ['合计', null, 2]]);
  expect(main?.rowStyles).toEqual(['normal', 'subtotal', 'normal', 'subtotal', 'total']);
  expect(main?.total).toBeUndefined();
  expect(byFirst?.rows.map((r) => r[0])).toEqual(['教务处', '总务处']);
  expect(chartPlacements(spec)[0]?.chart.table).toBe(1);
  expect(spec.columnWidths).toEqual([18, 18, 15, 15, 15, 15, 15]);
});

test('四柱清册: the pillars under a group row, landscape, series named by pillar, every cause line (up to a cap)', () => {
  const many = Array.from({ length: MAX_CAUSES + 5 }, (_, i) => item({ row: 10 + i, category: '设备', amount: '1.00', acquiredOn: '2020-01-01', disposedOn: '2025-10-01' }));
  const r = fourPillar('台账', { ledger: many, ledgerTotal: { sheet: '台账', row: 99, quantity: many.length, amount: fen('45.00'), quantityCell: 'F99', amountCell: 'H99' } }, { from: '2025-09-01', to: '2026-01-31', by: 'category' });
  const spec = renderFourPillarSheet(r);
  const [t] = tables(spec);
  expect(t?.groups?.map((g) => [g.label, g.from, g.to])).toEqual([['旧管（期初）', 1, 2], ['新收（增加）', 3, 4], ['开除（减少）', 5, 6], ['实在（期末）', 7, 8]]);
  expect(t?.rows).toEqual([['设备', 45, 45, 0, 0, 45, 45, 0, 0]]);
  expect(spec.print?.orientation).toBe('landscape');
  expect(chartPlacements(spec)[0]?.series.map((s) => [s.name, s.literalName, s.column])).toEqual([['旧管', true, 3], ['新收', true, 5], ['开除', true, 7], ['实在', true, 9]]);
  const lines = spec.blocks.filter((b): b is Extract<Block, { type: 'lines' }> => b.type === 'lines').flatMap((b) => b.lines);
  expect(lines).toContain('1. 与台账合计行不符：数量差 -45，金额差 -45.00 元。原因：');
  expect(lines.filter((l) => l.includes('仍计入台账合计'))).toHaveLength(MAX_CAUSES);
  expect(lines).toContain('\u3000\u3000……另有 5 行（完整清单见 --json 或任务窗格）');
});

test('同期对比: the total as a row with its %, the chart leaving it out, the sentences under the table', () => {
  const current = parsePeriod('2025-09..2026-01')!;
  const previous = previousPeriod(current, 'last-year')!;
  const r = comparePeriods('支出', [
    { row: 3, date: '2025-10-01', amount: fen('17944.00'), key: '易耗品', dateCell: 'A3', amountCell: 'D3' },
    { row: 4, date: '2024-10-01', amount: fen('46046.00'), key: '易耗品', dateCell: 'A4', amountCell: 'D4' },
    { row: 5, date: '2025-10-01', amount: fen('10.00'), key: '其他', dateCell: 'A5', amountCell: 'D5' },
  ], { current, previous, against: 'last-year' });
  const spec = renderCompareSheet(r, { byLabel: '类别' });
  const [t] = tables(spec);
  expect(t?.columns.map((c) => c.header)).toEqual(['类别', '本期', '上年同期', '增减额', '增减率']);
  expect(t?.rows).toEqual([['易耗品', 17944, 46046, -28102, -0.6103], ['其他', 10, 0, 10, '—'], ['合计', 17954, 46046, -28092, -0.6101]]);
  expect(t?.rowStyles).toEqual(['good', 'warn', 'total']);
  expect(chartPlacements(spec)[0]?.categories).toEqual(['易耗品', '其他']);
  const lines = spec.blocks.filter((b): b is Extract<Block, { type: 'lines' }> => b.type === 'lines').flatMap((b) => b.lines);
  expect(lines).toContain('1、易耗品支出本期 17944.00 元，上年同期 46046.00 元，同期相比节约 28102.00 元。');
  expect(lines).toContain('合计支出本期 17954.00 元，上年同期 46046.00 元，同期相比节约 28092.00 元。');
});

test('a chart that would not fit on the current page starts a new one', () => {
  const short: Block[] = [{ type: 'title', text: 't' }];
  const c1 = appendChart(short, { type: 'column', title: 'c', table: 0, categoryColumn: 0, valueColumns: [1] }, { orientation: 'portrait', widthChars: 80 });
  expect(short.map((b) => b.type)).toEqual(['title', 'spacer', 'spacer']);
  expect(c1.anchor.block).toBe(2);
  const long: Block[] = [{ type: 'title', text: 't' }, { type: 'spacer', rows: 35 }];
  const c2 = appendChart(long, { type: 'column', title: 'c', table: 0, categoryColumn: 0, valueColumns: [1] }, { orientation: 'portrait', widthChars: 80 });
  expect(long.map((b) => b.type)).toEqual(['title', 'spacer', 'spacer', 'pageBreak', 'spacer']);
  expect(c2.anchor.block).toBe(4);
  // A very wide sheet prints smaller, so the same rows leave room for the chart.
  const wide: Block[] = [{ type: 'title', text: 't' }, { type: 'spacer', rows: 35 }];
  appendChart(wide, { type: 'column', title: 'c', table: 0, categoryColumn: 0, valueColumns: [1] }, { orientation: 'portrait', widthChars: 300 });
  expect(wide.map((b) => b.type)).not.toContain('pageBreak');
});

test('the notes sheet: one row per finding, linked to its cell only when the source is in the same workbook', () => {
  const r = summarizeAssets('固定资产明细账', [item({ row: 7, sheet: '固定资产明细账', category: '设备', amount: '1.00', acquiredOn: '2020-01-01' })], { by: ['category'], at: '2025-01-01' });
  const linked = findingsSheet(r.findings, 'zh-CN', { link: true, report: '资产汇总' });
  expect(linked.name).toBe('资产汇总说明');
  expect(tables(linked)[0]?.rows[0]?.[1]).toEqual({ text: '固定资产明细账!D7', link: '固定资产明细账!D7' });
  expect(tables(findingsSheet(r.findings, 'zh-CN', { link: false, report: '资产汇总' }))[0]?.rows[0]?.[1]).toBe('固定资产明细账!D7');
});
