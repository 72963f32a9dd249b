/**
 * The reports on fixture ledgers as offices keep them, against answers worked out by hand
 * (scripts/fixtures/reports.mjs holds the arithmetic): asset summary, 四柱清册, period comparison —
 * with items bought and disposed in one period, items with no category, text dates, a write-off
 * register, the ledger's 合计 row. The JSON is validated by each report's schema.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { findReportKind, listReportSources, REPORT_KINDS, reportPrintHtml, reportSheets, runReport, writeReport } from '../../src/app/reports';
import { isUserError } from '../../src/core/errors';
import { compareJsonSchema, fourPillarJsonSchema, summaryJsonSchema } from '../../src/core/reports/json';
import { chartPlacements } from '../../src/core/sheet/spec';
import { newXlsx } from '../../src/workbook/file';
import { openXlsxFile } from '../../src/workbook/file/node-files';
import type { RunContext } from '../../src/app/reports/types';

const DIR = path.join(__dirname, '..', 'fixtures', 'reports');
const ctx: RunContext = { locale: 'zh-CN', today: '2026-01-31' };

function answers(name: string): Record<string, unknown> & { [k: string]: never } {
  return JSON.parse(readFileSync(path.join(DIR, `${name}.answers.json`), 'utf8'));
}

const findingCode = (f: { code: string; cell: string; sheet: string }, ledger: string) => `${f.code}@${f.sheet === ledger ? '' : `${f.sheet}!`}${f.cell}`;

async function open(name: string) {
  return openXlsxFile(path.join(DIR, name));
}

async function errorOf(p: Promise<unknown>): Promise<{ code: string; zh: string }> {
  try {
    await p;
  } catch (e) {
    if (isUserError(e)) return { code: e.code, zh: e.localized['zh-CN'] };
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('asset summary (ledger.xlsx)', () => {
  const a = answers('ledger') as unknown as {
    summary: { request: object; groups: unknown[]; total: unknown; unresolved: unknown; excluded: unknown; findingCodes: string[] };
    summaryTwoLevels: { request: object; groups: Array<{ key: string; children: unknown[] }> };
  };

  test('by department at 2025-12-31: every figure as worked out by hand', async () => {
    const out = await runReport(await open('ledger.xlsx'), 'summary', a.summary.request, ctx);
    const json = summaryJsonSchema.parse(out.json);
    expect(json.groups).toEqual(a.summary.groups);
    expect(json.total).toEqual(a.summary.total);
    expect(json.unresolved).toEqual(a.summary.unresolved);
    expect(json.excluded).toEqual(a.summary.excluded);
    expect(json.findings.map((f) => findingCode(f, '固定资产明细账')).sort()).toEqual([...a.summary.findingCodes].sort());
    expect(out.headline['zh-CN']).toContain('净值 35227.05 元');
  });

  test('two levels: department, then category (a blank category is （未分类）)', async () => {
    const out = await runReport(await open('ledger.xlsx'), 'summary', a.summaryTwoLevels.request, ctx);
    const json = summaryJsonSchema.parse(out.json);
    expect(json.groups.map((g) => ({ key: g.key, children: g.children }))).toEqual(a.summaryTwoLevels.groups);
    // The two-level sheet has its subtotals and a first-level table the chart draws from.
    const [sheet] = out.sheets;
    const tables = sheet?.blocks.filter((b) => b.type === 'table') ?? [];
    expect(tables).toHaveLength(2);
    const placements = chartPlacements(sheet!);
    expect(placements[0]?.categories).toEqual(['教务处', '高一年级', '总务处', '体育组', '图书室', '信息中心']);
    expect(placements[0]?.series.map((s) => s.values)).toEqual([[80699, 7220, 5150, 10700.5, 12800, 8000], [5078.21, 0, 4972.22, 8154.4, 12800, 4222.22]]);
  });

  test('grouping fields by their Chinese names and synonyms; unknown ones are explained', async () => {
    const wb = await open('ledger.xlsx');
    const out = await runReport(wb, 'summary', { sheet: '固定资产明细账', by: '班级', at: '2025-12-31' }, ctx);
    expect(summaryJsonSchema.parse(out.json).by).toEqual(['department']);
    const e = await errorOf(runReport(wb, 'summary', { sheet: '固定资产明细账', by: '颜色' }, ctx));
    expect(e.code).toBe('error.unknownGroupField');
    expect(e.zh).toContain('颜色');
    const three = await errorOf(runReport(wb, 'summary', { by: 'department,category,status' }, ctx));
    expect(three.code).toBe('error.tooManyGroupFields');
  });
});

describe('四柱清册', () => {
  test('ledger.xlsx by category: the pillars, and the 合计 row difference with the rows that cause it', async () => {
    const a = answers('ledger') as unknown as { fourPillar: { request: object; rows: unknown[]; total: unknown; check: { closingMatchesLedger: boolean; heldAtEnd: unknown; totalRow: Record<string, unknown>; differences: Array<{ kind: string; quantity: number; amount: string; rows: number[] }> }; findingCodes: string[] } };
    const out = await runReport(await open('ledger.xlsx'), 'four-pillar', a.fourPillar.request, ctx);
    const json = fourPillarJsonSchema.parse(out.json);
    expect(json.rows.map(({ key, opening, additions, disposals, closing }) => ({ key, opening, additions, disposals, closing }))).toEqual(a.fourPillar.rows);
    expect(json.total).toEqual(a.fourPillar.total);
    const check = a.fourPillar.check;
    expect(json.check.closingMatchesLedger).toBe(check.closingMatchesLedger);
    expect(json.check.heldAtEnd).toEqual(check.heldAtEnd);
    expect(json.check.totalRow).toMatchObject(check.totalRow);
    expect(json.check.differences.map((d) => ({ kind: d.kind, quantity: d.quantity, amount: d.amount, rows: d.rows.map((r) => r.row) }))).toEqual(check.differences);
    expect(json.findings.map((f) => findingCode(f, '固定资产明细账')).sort()).toEqual([...a.fourPillar.findingCodes].sort());
    // Opening + additions − disposals = closing, in every row.
    for (const r of json.rows) {
      const fen = (s: string) => Math.round(Number(s) * 100);
      expect(r.opening.quantity + r.additions.quantity - r.disposals.quantity).toBe(r.closing.quantity);
      expect(fen(r.opening.amount) + fen(r.additions.amount) - fen(r.disposals.amount)).toBe(fen(r.closing.amount));
    }
  });

  test('current.xlsx: a ledger of what is held, disposals in the register — closing matches the 合计 row', async () => {
    const a = answers('current') as unknown as { fourPillar: { request: object; rows: unknown[]; total: unknown; check: { totalRow: Record<string, unknown> } & Record<string, unknown> } };
    const out = await runReport(await open('current.xlsx'), 'four-pillar', a.fourPillar.request, ctx);
    const json = fourPillarJsonSchema.parse(out.json);
    // The shape the issue promises.
    const promised = z.object({
      rows: z.array(z.object({ key: z.string(), opening: z.object({ quantity: z.number(), amount: z.string() }), additions: z.object({ quantity: z.number(), amount: z.string() }), disposals: z.object({ quantity: z.number(), amount: z.string() }), closing: z.object({ quantity: z.number(), amount: z.string() }) })),
      check: z.object({ closingMatchesLedger: z.boolean() }),
    });
    promised.parse(json);
    expect(json.rows.map(({ key, opening, additions, disposals, closing }) => ({ key, opening, additions, disposals, closing }))).toEqual(a.fourPillar.rows);
    expect(json.rows[0]).toMatchObject({ key: '通用设备', opening: { quantity: 40 } });
    expect(json.total).toEqual(a.fourPillar.total);
    expect(json.check).toMatchObject({ ...a.fourPillar.check, totalRow: a.fourPillar.check.totalRow });
    expect(json.check.closingMatchesLedger).toBe(true);
  });

  test('by department; the from/to order and date texts are checked', async () => {
    const wb = await open('current.xlsx');
    const out = await runReport(wb, 'four-pillar', { from: '2025年9月1日', to: '2026.01.31', by: '使用部门' }, ctx);
    const json = fourPillarJsonSchema.parse(out.json);
    expect(json.sheet).toBe('资产明细账');
    expect(json.by).toBe('department');
    // Register-only rows have no department column: they land in the blank group, last.
    expect(json.rows.at(-1)?.key).toBe('（未填部门）');
    expect(json.total.closing).toEqual({ quantity: 180, amount: '247402.00' });
    expect((await errorOf(runReport(wb, 'four-pillar', { from: '2026-01-31', to: '2025-09-01' }, ctx))).code).toBe('error.fromAfterTo');
    expect((await errorOf(runReport(wb, 'four-pillar', { from: '下学期', to: '2025-09-01' }, ctx))).code).toBe('error.badDate');
  });
});

describe('同期对比 (spending.xlsx)', () => {
  const a = answers('spending') as unknown as Record<'lastTerm' | 'lastYear', { request: object; previous: { from: string; to: string }; rows: unknown[]; total: unknown; findingCodes?: string[] }>;

  test.each(['lastTerm', 'lastYear'] as const)('%s: amounts, change, change %% and the sentences', async (which) => {
    const expected = a[which];
    const out = await runReport(await open('spending.xlsx'), 'compare', expected.request, ctx);
    const json = compareJsonSchema.parse(out.json);
    expect(json.previous).toMatchObject(expected.previous);
    expect(json.rows.map(({ key, current, previous, change, changePercent, sentence }) => ({ key, current, previous, change, changePercent, sentence }))).toEqual(expected.rows);
    const { key, current, previous, change, changePercent, sentence } = json.total;
    expect({ key, current, previous, change, changePercent, sentence }).toEqual(expected.total);
    if (expected.findingCodes) expect(json.findings.map((f) => `${f.code}@${f.cell}`).sort()).toEqual([...expected.findingCodes].sort());
  });

  test('columns by letter and by field name; a period outside one term cannot be compared with last term', async () => {
    const wb = await open('spending.xlsx');
    const byLetter = compareJsonSchema.parse((await runReport(wb, 'compare', { dateField: 'A', amountField: 'D', by: 'B', period: '2025-09..2026-01', against: 'last-term' }, ctx)).json);
    expect(byLetter.total.current).toBe('23544.25');
    expect(byLetter.by).toBe('物品类别');
    const e = await errorOf(runReport(wb, 'compare', { dateField: '日期', amountField: '金额', by: '物品类别', period: '2025-07..2025-09', against: 'last-term' }, ctx));
    expect(e.code).toBe('error.periodNotInTerm');
    expect((await errorOf(runReport(wb, 'compare', { dateField: '日期', amountField: '金额', by: '颜色', period: '2025-09..2026-01' }, ctx))).zh).toContain('物品类别');
    expect((await errorOf(runReport(wb, 'compare', { dateField: '日期', amountField: '金额', by: '物品类别', period: '2025-13' }, ctx))).code).toBe('error.badPeriod');
    expect((await errorOf(runReport(wb, 'compare', { dateField: '日期', amountField: '金额', by: '物品类别', period: '2025-09', against: 'last-month' }, ctx))).code).toBe('error.badAgainst');
  });
});

describe('the table of reports', () => {
  test('every kind validates its request and names its parameters in both languages', async () => {
    expect(REPORT_KINDS.map((k) => k.key)).toEqual(['summary', 'four-pillar', 'compare', 'count', 'settlement']);
    for (const k of REPORT_KINDS) {
      for (const p of k.params) expect(p.label['zh-CN'] && p.label['en-US']).toBeTruthy();
    }
    const e = await errorOf(findReportKind('four-pillar').run(newXlsx(), { from: 20250901 }, ctx));
    expect(e.code).toBe('error.badRequest');
    expect((await errorOf(runReport(newXlsx(), 'nope', {}, ctx))).zh).toContain('summary, four-pillar, compare, count, settlement');
  });

  test('writeReport writes the report and its notes as sheets Taizhang owns; a re-run replaces them', async () => {
    const wb = await open('ledger.xlsx');
    const out = await runReport(wb, 'summary', { sheet: '固定资产明细账', at: '2025-12-31' }, ctx);
    expect(reportSheets(out, { locale: 'zh-CN', linkFindings: true }).map((s) => s.name)).toEqual(['资产汇总', '资产汇总说明']);
    const first = await writeReport(wb, out, { locale: 'zh-CN', linkFindings: true });
    const again = await writeReport(wb, out, { locale: 'zh-CN', linkFindings: true });
    expect(first.map((w) => w.name)).toEqual(['资产汇总', '资产汇总说明']);
    expect(again.every((w) => w.replaced)).toBe(true);
    const names = (await wb.listSheets()).map((s) => s.name);
    expect(names.filter((n) => n.startsWith('资产汇总'))).toEqual(['资产汇总', '资产汇总说明']);
    // The user's ledger is untouched.
    const grid = await wb.readGrid('固定资产明细账');
    expect(grid.rows[16]?.[7]).toBe(138469.5);
  });

  test('every report sheet prints on A4 with the header repeated, page numbers and signature lines', async () => {
    const ledger = await open('ledger.xlsx');
    const spending = await open('spending.xlsx');
    const outs = [
      await runReport(ledger, 'summary', { sheet: '固定资产明细账', by: 'department,category', at: '2025-12-31' }, ctx),
      await runReport(ledger, 'four-pillar', { sheet: '固定资产明细账', from: '2025-09-01', to: '2026-01-31' }, ctx),
      await runReport(spending, 'compare', { dateField: '日期', amountField: '金额', by: '物品类别', period: '2025-09..2026-01' }, ctx),
    ];
    for (const out of outs) {
      for (const spec of reportSheets(out, { locale: 'zh-CN', linkFindings: false })) {
        expect(spec.print).toMatchObject({ paper: 'A4', repeatHeader: true, footer: '第 &P 页，共 &N 页' });
        expect(spec.blocks[0]?.type).toBe('title');
      }
      const [main] = out.sheets;
      expect(main?.blocks.at(-1)).toEqual({ type: 'signatures', labels: ['制表人', '审核', '日期'] });
      expect(chartPlacements(main!)).toHaveLength(1);
    }
  });

  test('the sources a report panel offers: sheets, their columns and fields, and the reports each can feed', async () => {
    const ledger = await listReportSources(await open('ledger.xlsx'));
    // A ledger has dates and amounts too: purchases can be compared year on year.
    expect(ledger.map((x) => [x.sheet, x.fits])).toEqual([['固定资产明细账', ['summary', 'four-pillar', 'compare']], ['报损注销登记', ['summary', 'four-pillar', 'compare']]]);
    expect(ledger[0]?.groupFields).toEqual(['department', 'category', 'location', 'status']);
    expect(ledger[0]?.columns.find((c) => c.header === '注销日期')).toEqual({ column: 'M', header: '注销日期', field: 'disposedOn', type: 'date' });
    const spending = await listReportSources(await open('spending.xlsx'));
    expect(spending[0]).toMatchObject({ sheet: '易耗品支出登记', rows: 18, fits: ['summary', 'compare'] });
  });

  test('a report prints as one HTML page', async () => {
    const out = await runReport(await open('current.xlsx'), 'four-pillar', { from: '2025-09-01', to: '2026-01-31' }, ctx);
    const html = reportPrintHtml(out, 'zh-CN');
    expect(html).toContain('<h1>固定资产四柱清册</h1>');
    expect(html).toContain('<svg class="chart"');
  });
});
