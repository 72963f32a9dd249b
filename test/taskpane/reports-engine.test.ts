/**
 * 统计报表's engine calls and the panel's form, run in-process on the real file adapter and the
 * report fixtures: the form built from each kind's params sends the request whose answers were
 * worked out by hand (scripts/fixtures/reports.mjs), the result table reads the JSON, writing puts
 * the report sheets and their chart into the workbook, and the print page is there to print.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import type { EngineApi } from '../../src/taskpane/engine/api';
import { createEngine } from '../../src/taskpane/engine/engine';
import { unwrap } from '../../src/taskpane/engine/result';
import type { ReportKindView } from '../../src/taskpane/reports/engine';
import { reportsUi } from '../../src/taskpane/reports/messages';
import { buildRequest, defaultValues, type FormValue, formProblem, ledgerCheck, resultTable, sentences, sourcesFor } from '../../src/taskpane/reports/view-model';
import { openXlsx } from '../../src/workbook/file';

const DIR = path.join(__dirname, '..', 'fixtures', 'reports');
const TODAY = '2026-01-31';
const context = { locale: 'zh-CN' as const, today: TODAY };

function answers(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(DIR, `${name}.answers.json`), 'utf8')) as Record<string, unknown>;
}

async function opened(name: string): Promise<EngineApi> {
  const e = createEngine({ openWorkbook: (bytes, fileName) => openXlsx(bytes, fileName), sendable: (fn) => fn, movable: (b) => b });
  unwrap(await e.openFile(new Uint8Array(readFileSync(path.join(DIR, name))), name));
  return e;
}

async function kindOf(e: EngineApi, key: string): Promise<ReportKindView> {
  const kind = unwrap(await e.reportsKinds()).find((k) => k.key === key);
  if (!kind) throw new Error(`no report kind ${key}`);
  return kind;
}

describe('report kinds and sources', () => {
  it('lists the report table as plain data, and each sheet with the reports it can feed', async () => {
    const e = await opened('ledger.xlsx');
    const kinds = unwrap(await e.reportsKinds());
    expect(kinds.map((k) => k.key)).toEqual(expect.arrayContaining(['summary', 'four-pillar', 'compare']));
    // Only data crosses the worker boundary.
    expect(structuredClone(kinds)).toEqual(kinds);
    const progress: string[] = [];
    const sources = unwrap(await e.reportsSources(1, (p) => progress.push(p.sheet)));
    expect(sourcesFor('four-pillar', sources).map((s) => s.sheet)).toEqual(['固定资产明细账', '报损注销登记']);
    expect(progress).toContain('固定资产明细账');
  });
});

describe('the form, built from the params, sends what the reports expect', () => {
  it('asset summary by department at 2025-12-31: the table’s total row is the report’s total', async () => {
    const e = await opened('ledger.xlsx');
    const kind = await kindOf(e, 'summary');
    const source = sourcesFor('summary', unwrap(await e.reportsSources(1))).find((s) => s.sheet === '固定资产明细账') ?? null;
    const values: Record<string, FormValue> = { ...defaultValues(kind.params, source, TODAY), at: '2025-12-31' };
    expect(values.by).toBe('department');
    expect(formProblem(kind.params, values)).toBeNull();
    const request = buildRequest(kind.params, '固定资产明细账', values);
    expect(request).toEqual({ sheet: '固定资产明细账', by: ['department'], at: '2025-12-31' });

    const view = unwrap(await e.reportsRun(2, 'summary', request, context));
    const expected = (answers('ledger') as { summary: { total: { items: number; quantity: number; originalValue: string; accumulatedDepreciation: string; netValue: string } } }).summary.total;
    const table = resultTable(view.kind, view.json);
    const total = table?.rows.at(-1);
    expect(total?.total).toBe(true);
    expect(total?.cells.slice(1)).toEqual([String(expected.items), String(expected.quantity), expected.originalValue, expected.accumulatedDepreciation, expected.netValue]);
    expect(table?.columns.filter((c) => c.numeric)).toHaveLength(5);
    expect(view.headline['zh-CN']).toContain('净值 35227.05 元');
    expect(structuredClone(view)).toEqual(view);
  });

  it('two levels of grouping go as two fields', async () => {
    const e = await opened('ledger.xlsx');
    const kind = await kindOf(e, 'summary');
    const request = buildRequest(kind.params, '固定资产明细账', { by: 'department,category', at: '2025-12-31' });
    const view = unwrap(await e.reportsRun(1, 'summary', request, context));
    const rows = resultTable(view.kind, view.json)?.rows ?? [];
    expect(rows.some((r) => r.level === 1)).toBe(true);
    expect(rows[0]?.level).toBe(0);
  });

  it('四柱清册 by category: the pillars, and the check with the rows behind the difference', async () => {
    const e = await opened('ledger.xlsx');
    const kind = await kindOf(e, 'four-pillar');
    const a = (answers('ledger') as { fourPillar: { request: { from: string; to: string; by: string }; check: { differences: Array<{ quantity: number; amount: string; rows: number[] }> } } }).fourPillar;
    const source = sourcesFor('four-pillar', unwrap(await e.reportsSources(1))).find((s) => s.sheet === '固定资产明细账') ?? null;
    const values = { ...defaultValues(kind.params, source, TODAY), from: a.request.from, to: a.request.to, by: a.request.by };
    const view = unwrap(await e.reportsRun(2, 'four-pillar', buildRequest(kind.params, '固定资产明细账', values), context));
    const check = ledgerCheck(view.json);
    expect(check?.closingMatchesLedger).toBe(false);
    expect(check?.differences.map((d) => ({ quantity: d.quantity, amount: d.amount, rows: d.rows.map((r) => r.row) }))).toEqual(
      a.check.differences.map((d) => ({ quantity: d.quantity, amount: d.amount, rows: d.rows })),
    );
    const table = resultTable(view.kind, view.json);
    // 项目, then quantity and amount under each of 旧管, 新收, 开除, 实在.
    expect(table?.columns.map((c) => c.group ?? c.label)).toEqual(['col.group', 'col.opening', 'col.opening', 'col.additions', 'col.additions', 'col.disposals', 'col.disposals', 'col.closing', 'col.closing']);
    expect(sentences(view.json)).toEqual([]);
  });

  it('同期对比 against last term: columns picked by letter, the sentences in the seeds’ style', async () => {
    const e = await opened('spending.xlsx');
    const kind = await kindOf(e, 'compare');
    const a = (answers('spending') as { lastTerm: { rows: Array<{ key: string; current: string; sentence: string }>; total: { sentence: string; current: string } } }).lastTerm;
    const source = sourcesFor('compare', unwrap(await e.reportsSources(1)))[0] ?? null;
    const defaults = defaultValues(kind.params, source, TODAY);
    // Date and amount columns by their type; the grouping column by its field (物品类别).
    expect([defaults.dateField, defaults.amountField, defaults.by]).toEqual(['A', 'D', 'B']);
    const values = { ...defaults, period: '2025-09..2026-01', against: 'last-term' };
    const view = unwrap(await e.reportsRun(2, 'compare', buildRequest(kind.params, source?.sheet ?? '', values), context));
    expect(sentences(view.json)).toEqual([...a.rows.map((r) => r.sentence), a.total.sentence]);
    const table = resultTable(view.kind, view.json);
    expect(table?.rows.map((r) => r.cells[1])).toEqual([...a.rows.map((r) => r.current), a.total.current]);
  });

  it('says what is missing or wrong before running', async () => {
    const e = await opened('spending.xlsx');
    const kind = await kindOf(e, 'compare');
    expect(formProblem(kind.params, { dateField: 'A', amountField: 'D', by: 'B', period: '' })).toEqual({ key: 'form.required', param: 'period' });
    expect(formProblem(kind.params, { dateField: 'A', amountField: 'D', by: 'B', period: '2025-09..' })).toEqual({ key: 'form.badPeriod', param: 'period' });
    expect(formProblem(kind.params, { dateField: 'A', amountField: 'D', by: 'B', period: '2026-01..2025-09' })).toEqual({ key: 'form.periodOrder', param: 'period' });
    const fp = await kindOf(e, 'four-pillar');
    expect(formProblem(fp.params, { from: '2025-02-30', to: '2025-12-31' })).toEqual({ key: 'form.badDate', param: 'from' });
  });
});

describe('writing and printing', () => {
  it('writes the report sheets with a chart, leaves the report selected, and makes the print page', async () => {
    const e = await opened('ledger.xlsx');
    const view = unwrap(await e.reportsRun(1, 'summary', { sheet: '固定资产明细账', by: ['department'], at: '2025-12-31' }, context));
    const written = unwrap(await e.reportsWrite(2, view.outputId, 'zh-CN'));
    expect(written.sheets[0]).toBe(view.sheetNames[0]);
    expect(written.selected).toBe(written.sheets[0]);
    const saved = unwrap(await e.save());
    const zip = await JSZip.loadAsync(saved.bytes);
    expect(Object.keys(zip.files).some((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toBe(true);
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    expect(workbookXml).toContain(`name="${written.sheets[0]}"`);

    const html = unwrap(await e.reportsPrintHtml(view.outputId, 'zh-CN'));
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('资产');
    expect(html).toContain('<svg');
  });

  it('refuses to write an output from before another run', async () => {
    const e = await opened('ledger.xlsx');
    const first = unwrap(await e.reportsRun(1, 'summary', { sheet: '固定资产明细账', at: '2025-12-31' }, context));
    unwrap(await e.reportsRun(2, 'summary', { sheet: '固定资产明细账', at: '2025-06-30' }, context));
    const r = await e.reportsWrite(3, first.outputId, 'zh-CN');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: 'user', code: 'reports.stale' });
  });

  it('a bad request comes back as the report’s UserError, in both languages', async () => {
    const e = await opened('ledger.xlsx');
    const r = await e.reportsRun(1, 'four-pillar', { sheet: '固定资产明细账', from: '2026-01-31', to: '2025-09-01' }, context);
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.kind === 'user') {
      expect(r.error.code).toBe('error.fromAfterTo');
      expect(r.error.message['en-US']).not.toBe('');
    } else throw new Error('expected a user error');
  });
});

describe('the panel’s messages', () => {
  it('has every string in both languages, none empty', () => {
    for (const [key, m] of Object.entries(reportsUi)) {
      expect([key, m['zh-CN'].trim() !== '', m['en-US'].trim() !== '']).toEqual([key, true, true]);
    }
  });
});
