/**
 * The reconcile use cases on the bundled sample (固定资产明细账 against 资产盘点表): every planted
 * outcome of test/fixtures/sample-ledger.expected.json, to the fen; a scan file; group totals; the
 * count in a second workbook; result sheets written and read back; ledger marks with undo.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import {
  applyLedgerMarks,
  chooseSheets,
  planLedgerMarks,
  rerunReconcile,
  runGroups,
  runReconcile,
  undoLedgerMarks,
  writeReconcileResults,
  type ReconcileRun,
} from '../../src/app/reconcile';
import { listOwnedSheets } from '../../src/app/owned-sheets';
import { formatFen } from '../../src/core/money';
import { reconcileJson, shortageEntries, type AssetRow } from '../../src/core/reconcile';
import { cellAt } from '../../src/core/sheet/grid';
import { openXlsx, type FileWorkbook } from '../../src/workbook/file';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'assets/sample/台账示例.xlsx');
interface Planted {
  shortage: Array<{ codeKey: string; ledgerRow: number; bookQuantity: number; countedQuantity: number; shortQuantity: number; amount: string }>;
  surplus: Array<{ countRow: number; codeKey: string | null; name: string; quantity: number }>;
  duplicates: Array<{ codeKey: string; ledgerRow: number; countRows: number[] }>;
  splitCounts: Array<{ codeKey: string; ledgerRow: number; bookQuantity: number; countRows: number[]; countedQuantities: number[] }>;
  mismatches: Array<{ codeKey: string; ledgerRow: number; countRows: number[]; kind: string; book: string | null; counted: string }>;
  summary: { ledgerItems: number; countRows: number; shortageLines: number; surplusRows: number; shortageAmount: string };
}
const planted = (JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sample-ledger.expected.json'), 'utf8')) as { plantedOutcomes: Planted }).plantedOutcomes;

async function sample(): Promise<FileWorkbook> {
  return openXlsx(readFileSync(SAMPLE), '台账示例.xlsx');
}

async function sampleRun(port?: FileWorkbook): Promise<ReconcileRun> {
  const wb = port ?? (await sample());
  return runReconcile({ ledger: { kind: 'sheet', port: wb, sheet: '固定资产明细账' }, count: { kind: 'sheet', port: wb, sheet: '资产盘点表' } });
}

const ledgerIndex = (run: ReconcileRun, row: number): number => run.result.ledger.findIndex((r) => r.row === row);
const countIndex = (run: ReconcileRun, row: number): number => run.result.count.findIndex((r) => r.row === row);

/** The laptop bought in 2025 (ZX-2025-0007) looks like the missing ZX-2022-0001: proposed, and the accountant rejects it. */
const LAPTOP = { countRow: 101, ledgerRow: 25 };

describe('reconcile on the sample workbook', () => {
  let run: ReconcileRun;
  let rejected: ReconcileRun;
  beforeAll(async () => {
    run = await sampleRun();
    rejected = rerunReconcile(run, { decisions: [{ ...LAPTOP, decision: 'reject' }] });
  });

  it('chooses 固定资产明细账 as the ledger and 资产盘点表 as the count', async () => {
    expect(await chooseSheets(await sample())).toEqual({ ledger: '固定资产明细账', count: '资产盘点表' });
  });

  it('reads every ledger item and count row', () => {
    expect(run.result.summary.ledgerRows).toBe(planted.summary.ledgerItems);
    expect(run.result.summary.countRows).toBe(planted.summary.countRows);
  });

  it('proposes the unrecorded laptop against the missing one, never merging it', () => {
    const json = reconcileJson(run.result);
    const possible = json.items.filter((i) => i.status === 'possibleMatch');
    expect(possible).toHaveLength(1);
    expect(possible[0]).toMatchObject({ code: 'ZX-2025-0007', countRow: LAPTOP.countRow, ledgerRow: LAPTOP.ledgerRow });
    expect(possible[0]?.candidates?.[0]?.score).toBeGreaterThan(0.7);
    expect(json.items.find((i) => i.ledgerRow === LAPTOP.ledgerRow && i.status === 'shortage')).toBeDefined();
  });

  it('finds every planted shortage with its amount to the fen', () => {
    const entries = shortageEntries(rejected.result);
    const got = entries.map((e) => {
      const book = rejected.result.ledger[e.ledger] as AssetRow;
      return { codeKey: book.codeKey, ledgerRow: book.row, bookQuantity: e.bookQuantity, countedQuantity: e.countedQuantity, shortQuantity: e.quantity, amount: formatFen(e.amount ?? 0) };
    });
    const want = planted.shortage.map((s) => ({ codeKey: s.codeKey, ledgerRow: s.ledgerRow, bookQuantity: s.bookQuantity, countedQuantity: s.countedQuantity, shortQuantity: s.shortQuantity, amount: s.amount }));
    expect(got.sort((a, b) => a.ledgerRow - b.ledgerRow)).toEqual(want.sort((a, b) => a.ledgerRow - b.ledgerRow));
    expect(formatFen(rejected.result.summary.shortageAmount)).toBe(planted.summary.shortageAmount);
    expect(entries).toHaveLength(planted.summary.shortageLines);
  });

  it('finds every planted surplus once the proposal is rejected', () => {
    const json = reconcileJson(rejected.result);
    const surplus = json.items.filter((i) => i.status === 'surplus').map((i) => ({ countRow: i.countRow, name: i.name, code: i.code }));
    expect(surplus).toEqual(planted.surplus.map((s) => ({ countRow: s.countRow, name: s.name, code: s.codeKey ?? '' })));
    expect(rejected.result.summary.surplus).toBe(planted.summary.surplusRows);
    expect(rejected.result.summary.surplusQuantity).toBe(planted.surplus.reduce((n, s) => n + s.quantity, 0));
  });

  it('reports the duplicate of a single item and does not add its quantity', () => {
    for (const d of planted.duplicates) {
      const l = ledgerIndex(run, d.ledgerRow);
      expect(run.result.counted[l]).toBe(1);
      const outcomes = d.countRows.map((r) => run.result.countOutcome[countIndex(run, r)]);
      expect(outcomes.filter((o) => o === 2)).toHaveLength(d.countRows.length - 1);
      expect(run.result.differences.get(l)?.quantity ?? 0).toBe(0);
    }
    expect(run.result.summary.duplicates).toBe(planted.duplicates.reduce((n, d) => n + d.countRows.length - 1, 0));
  });

  it('adds up the class set counted in parts', () => {
    for (const s of planted.splitCounts) {
      const l = ledgerIndex(run, s.ledgerRow);
      expect(run.result.splits.get(l)?.map((c) => (run.result.count[c] as AssetRow).row)).toEqual(s.countRows);
      expect(run.result.counted[l]).toBe(s.countedQuantities.reduce((a, b) => a + b, 0));
      expect(run.result.differences.get(l)?.quantity ?? 0).toBe(s.countedQuantities.reduce((a, b) => a + b, 0) - s.bookQuantity);
    }
  });

  it('reports every planted mismatch with both values', () => {
    for (const m of planted.mismatches) {
      const l = ledgerIndex(run, m.ledgerRow);
      const f = run.result.differences.get(l)?.fields.find((x) => x.field === m.kind);
      expect(f).toBeDefined();
      expect(f?.count.split('、')).toContain(m.counted);
      // A ledger with no 使用状况 column keeps its items as 在用.
      expect(f?.ledger).toBe(m.book ?? '在用');
    }
    const mismatchedRows = new Set(planted.mismatches.map((m) => m.ledgerRow));
    expect(run.result.summary.fieldMismatch).toBe(mismatchedRows.size);
  });

  it('re-runs the totals when the possible match is confirmed', () => {
    const confirmed = rerunReconcile(run, { decisions: [{ ...LAPTOP, decision: 'confirm' }] });
    const s = confirmed.result.summary;
    expect(s.possibleMatches).toBe(0);
    expect(s.shortage).toBe(run.result.summary.shortage - 1);
    expect(s.matched).toBe(run.result.summary.matched + 1);
    expect(formatFen(s.shortageAmount)).toBe(formatFen(run.result.summary.shortageAmount - 520_000));
    expect(confirmed.result.confirmed.has(countIndex(run, LAPTOP.countRow))).toBe(true);
  });

  it('compares only the fields the user picks', async () => {
    const onlyLocation = await runReconcile({ ledger: { kind: 'sheet', port: await sample(), sheet: '固定资产明细账' }, count: { kind: 'sheet', port: await sample(), sheet: '资产盘点表' }, compareFields: ['location'] });
    const fields = new Set([...onlyLocation.result.differences.values()].flatMap((d) => d.fields.map((f) => f.field)));
    expect([...fields]).toEqual(['location']);
  });

  it('totals by department on both sides, adding up to the summary', () => {
    const groups = runGroups(rejected, 'department');
    expect(groups.length).toBeGreaterThan(3);
    expect(groups.reduce((n, g) => n + g.left.amount, 0)).toBe(rejected.result.summary.ledgerAmount);
    expect(groups.reduce((n, g) => n + g.left.quantity, 0)).toBe(rejected.result.summary.ledgerQuantity);
    const left = groups.reduce((n, g) => n + g.left.rows.length, 0);
    expect(left).toBe(planted.summary.ledgerItems);
    const camera = planted.shortage.find((s) => s.ledgerRow === 18);
    const group = groups.find((g) => g.left.rows.includes(camera?.ledgerRow ?? 0));
    expect(group?.amountDifference).toBeLessThanOrEqual(-899_900);
  });

  it('gives the same outcome with the count in a second workbook, without links into it', async () => {
    const two = await runReconcile({ ledger: { kind: 'sheet', port: await sample(), sheet: '固定资产明细账' }, count: { kind: 'sheet', port: await sample(), sheet: '资产盘点表' } });
    expect(two.sameWorkbook).toBe(false);
    expect(two.result.options.countSource.linkable).toBe(false);
    expect(reconcileJson(two.result)).toEqual(reconcileJson(run.result));
  });

  it('refuses the same sheet as both sides', async () => {
    const wb = await sample();
    await expect(runReconcile({ ledger: { kind: 'sheet', port: wb, sheet: '资产盘点表' }, count: { kind: 'sheet', port: wb, sheet: '资产盘点表' } })).rejects.toMatchObject({ code: 'reconcile.sameSheet' });
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const wb = await sample();
    await expect(runReconcile({ ledger: { kind: 'sheet', port: wb, sheet: '固定资产明细账' }, count: { kind: 'sheet', port: wb, sheet: '资产盘点表' }, signal: controller.signal })).rejects.toMatchObject({ name: 'CancelledError' });
  });
});

describe('reconcile against a scan file', () => {
  it('counts scanned codes, with ledger items not scanned as not found', async () => {
    const wb = await sample();
    const text = '\ufeff条码,数量,位置\r\nzx-2020-0002,1,行政楼\r\nＺＸ－２０２２－０００１\r\nZX-2020-0007,46,教学楼201\r\nZX-2020-0007,4,教学楼储藏室\r\nZX-2099-0001,1,操场\r\n';
    const run = await runReconcile({ ledger: { kind: 'sheet', port: wb, sheet: '固定资产明细账' }, count: { kind: 'scan', text, fileName: 'scan.csv' } });
    const s = run.result.summary;
    expect(s.countRows).toBe(5);
    expect(s.matched).toBe(3);
    expect(s.surplus).toBe(1);
    expect(s.shortage).toBe(planted.summary.ledgerItems - 3);
    const setRow = ledgerIndex(run, 60);
    expect(run.result.counted[setRow]).toBe(50);
    expect(run.result.options.countSource.linkable).toBe(false);
    expect(run.count.report).toBeNull();
  });
});

describe('writing the results', () => {
  it('writes the result sheet, report, chart and follow-ups to sheets Taizhang owns, leaving the source sheets alone', async () => {
    const wb = await sample();
    const before = { ledger: await wb.readGrid('固定资产明细账'), count: await wb.readGrid('资产盘点表') };
    const run = rerunReconcile(await sampleRun(wb), { decisions: [{ ...LAPTOP, decision: 'reject' }] });
    const written = await writeReconcileResults(wb, run, { locale: 'zh-CN', asOf: '2025-12-31', countDate: '2025-12-20', unitName: '青山县第一中学', writeOffs: true, draftLedger: true });
    expect(written.writeOffs).not.toBeNull();
    expect(written.draftLedger).not.toBeNull();
    const owned = (await listOwnedSheets(wb)).map((o) => o.kind).sort();
    expect(owned).toEqual(expect.arrayContaining(['reconcile.result', 'reconcile.report', 'reconcile.byDepartment', 'reconcile.writeOff', 'reconcile.draftLedger']));
    expect(await wb.readGrid('固定资产明细账')).toEqual(before.ledger);
    expect(await wb.readGrid('资产盘点表')).toEqual(before.count);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await wb.save()) as unknown as ArrayBuffer);
    const texts = (name: string): string[] => {
      const ws = book.getWorksheet(name);
      const out: string[] = [];
      ws?.eachRow((row) => row.eachCell((c) => out.push(String(c.text))));
      return out;
    };
    const writeOff = texts(written.writeOffs?.name ?? '');
    for (const s of planted.shortage) expect(writeOff).toContain(s.codeKey);
    // The register's 原值 column holds each shortage's amount.
    const writeOffNumbers: number[] = [];
    book.getWorksheet(written.writeOffs?.name ?? '')?.eachRow((row) => row.eachCell((c) => {
      if (typeof c.value === 'number') writeOffNumbers.push(Math.round(c.value * 100));
    }));
    for (const s of planted.shortage) expect(writeOffNumbers).toContain(Math.round(Number(s.amount) * 100));
    const draft = texts(written.draftLedger?.name ?? '');
    for (const s of planted.surplus) expect(draft).toContain(s.name);
    const result = texts(written.result.name);
    expect(result).toContain('盘亏');
    expect(result.some((t) => t.includes('固定资产明细账!'))).toBe(true);
    const report = texts(written.report.name);
    expect(report.some((t) => t.includes('青山县第一中学'))).toBe(true);
    expect(report.some((t) => t.replace(/,/g, '').includes(planted.summary.shortageAmount))).toBe(true);
    const zip = await (await import('jszip')).default.loadAsync(Buffer.from(await wb.save()));
    expect(Object.keys(zip.files).some((f) => /xl\/charts\/chart\d+\.xml$/.test(f))).toBe(true);
  });

  it('writes no follow-ups unless asked, and replaces its own sheets on a re-run', async () => {
    const wb = await sample();
    const run = await sampleRun(wb);
    const first = await writeReconcileResults(wb, run, { asOf: '2025-12-31' });
    expect(first.writeOffs).toBeNull();
    expect(first.draftLedger).toBeNull();
    const again = await writeReconcileResults(wb, run, { asOf: '2025-12-31' });
    expect(again.result).toEqual({ name: first.result.name, replaced: true });
  });
});

describe('marking the ledger rows', () => {
  it('previews, applies with the previous values logged, and undoes', async () => {
    const wb = await sample();
    const run = await sampleRun(wb);
    const plan = await planLedgerMarks(wb, run, 'zh-CN');
    expect(plan.sheet).toBe('固定资产明细账');
    expect(plan.column).toBe('O');
    expect(plan.edits).toHaveLength(planted.summary.ledgerItems + 1);
    expect(plan.preview.find((p) => p.address === 'O18')).toEqual({ address: 'O18', before: '', after: '盘亏' });
    expect(plan.preview.find((p) => p.address === 'O22')?.after).toBe('不符');
    // Nothing is written by planning.
    expect(cellAt(await wb.readGrid('固定资产明细账'), 18, 15)).toBeNull();
    const entry = await applyLedgerMarks(wb, plan, 'zh-CN');
    expect(entry).not.toBeNull();
    const marked = await wb.readGrid('固定资产明细账');
    expect(cellAt(marked, 3, 15)).toBe('盘点结果');
    expect(cellAt(marked, 18, 15)).toBe('盘亏');
    expect(cellAt(marked, 4, 15)).toBe('相符');
    // A second plan reuses the 盘点结果 column and has nothing to change.
    const again = await planLedgerMarks(wb, await sampleRun(wb), 'zh-CN');
    expect(again.column).toBe('O');
    expect(again.preview).toEqual([]);
    const undone = await undoLedgerMarks(wb, entry?.id ?? '');
    expect(undone.restored).toBe(plan.preview.length);
    expect(cellAt(await wb.readGrid('固定资产明细账'), 18, 15)).toBeNull();
  });
});
