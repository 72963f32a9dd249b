/**
 * The reconcile job on the engine's side: the ledger is a sheet of the workbook in work; the count
 * is another sheet of it, a sheet of a second workbook opened from a file (workbench), or a scan
 * file's text. The last run stays here so confirming a possible match re-runs only the engine.
 * Everything returned is plain data (it crosses the worker boundary).
 */
import { toSheetReport, type SheetReport } from '../../app/inspect';
import { loadMapping, saveMapping } from '../../app/mapping-store';
import {
  applyLedgerMarks,
  candidateSheets,
  chooseSheets,
  planLedgerMarks,
  rerunReconcile,
  runReconcile,
  undoLedgerMarks,
  writeReconcileResults,
  type CountSource,
  type MarkPlan,
  type ReconcileRun,
} from '../../app/reconcile';
import { analyzeWorkbookSheet } from '../../app/inspect';
import type { IsoDate } from '../../core/dates';
import { UserError } from '../../core/errors';
import type { Finding } from '../../core/findings';
import type { Locale } from '../../core/i18n/locale';
import { reconcileJson, type CompareField, type Decision } from '../../core/reconcile';
import type { JsonItem } from '../../core/reconcile/json';
import { ASSET_FIELDS } from '../../core/sheet/fields';
import type { MappingOverrides } from '../../core/sheet/mapping';
import { openXlsx } from '../../workbook/file';
import type { WorkbookPort } from '../../workbook/port';
import type { EngineContext, JobProgress } from '../engine/job-engine';
import { settle, type Result } from '../engine/result';

/** Where the count comes from. */
export type CountChoice = { readonly kind: 'sheet'; readonly sheet: string } | { readonly kind: 'file'; readonly sheet: string } | { readonly kind: 'scan' };

export interface CountFile {
  readonly fileName: string;
  readonly kind: 'workbook' | 'scan';
  /** Sheets of a count workbook; [] for a scan file. */
  readonly sheets: string[];
  /** A suggested count sheet of a workbook. */
  readonly suggested: string | null;
}

export interface ReconcileSetup {
  readonly sheets: string[];
  readonly ledger: string | null;
  readonly count: string | null;
}

export interface SideMappingView {
  readonly report: SheetReport;
  readonly remembered: MappingOverrides;
}

export interface ReconcileProgressView extends JobProgress {
  readonly phase: 'ledger' | 'count' | 'match';
}

export interface ReconcileView {
  readonly summary: ReturnType<typeof reconcileJson>['summary'];
  /** Every item but agreeing matched rows (相符), which only the summary counts. */
  readonly items: JsonItem[];
  readonly findings: Finding[];
  readonly ledgerSheet: string;
  readonly countName: string;
  readonly decisions: Decision[];
}

export interface WriteRequest {
  readonly locale: Locale;
  readonly asOf: IsoDate;
  readonly countDate?: IsoDate;
  readonly unitName?: string;
  readonly writeOffs: boolean;
  readonly draftLedger: boolean;
}

export interface MarksPreview {
  readonly sheet: string;
  readonly column: string;
  readonly lines: Array<{ address: string; before: string; after: string }>;
}

export interface ReconcileEngineApi {
  reconcileSetup(): Promise<Result<ReconcileSetup>>;
  reconcileOpenCount(bytes: Uint8Array, fileName: string): Promise<Result<CountFile>>;
  reconcileClearCount(): Promise<Result<void>>;
  reconcileMapping(opId: number, side: 'ledger' | 'count', count: CountChoice | null, sheet: string, onProgress?: (p: JobProgress) => void): Promise<Result<SideMappingView>>;
  reconcileRemember(side: 'ledger' | 'count', count: CountChoice | null, sheet: string, choices: MappingOverrides): Promise<Result<SideMappingView>>;
  reconcileRun(opId: number, ledgerSheet: string, count: CountChoice, compareFields: CompareField[], onProgress?: (p: ReconcileProgressView) => void): Promise<Result<ReconcileView>>;
  reconcileDecide(decisions: Decision[]): Promise<Result<ReconcileView>>;
  reconcileWrite(request: WriteRequest): Promise<Result<string[]>>;
  reconcilePlanMarks(locale: Locale): Promise<Result<MarksPreview>>;
  reconcileApplyMarks(locale: Locale): Promise<Result<{ id: string; changed: number } | null>>;
  reconcileUndoMarks(id: string): Promise<Result<{ restored: number; skipped: string[] }>>;
}

const COUNT_HINTS = ['盘点', '清查', '实盘'];

function view(run: ReconcileRun): ReconcileView {
  const json = reconcileJson(run.result, { problemsOnly: true });
  return {
    summary: json.summary,
    items: json.items,
    findings: [...run.findings],
    ledgerSheet: run.ledger.name,
    countName: run.count.name,
    decisions: [...(run.request.decisions ?? [])],
  };
}

export function createReconcileEngine(ctx: EngineContext): ReconcileEngineApi {
  let countBook: { port: WorkbookPort; fileName: string } | null = null;
  let scan: { text: string; fileName: string } | null = null;
  let last: ReconcileRun | null = null;
  let marks: MarkPlan | null = null;

  const noCount = (): UserError =>
    new UserError('reconcile.noCountFile', { 'zh-CN': '请先打开盘点文件。', 'en-US': 'Open the count file first.' });

  function countPort(count: CountChoice | null): WorkbookPort {
    if (count?.kind === 'file') {
      if (!countBook) throw noCount();
      return countBook.port;
    }
    return ctx.current();
  }

  function countSource(count: CountChoice): CountSource {
    if (count.kind === 'scan') {
      if (!scan) throw noCount();
      return { kind: 'scan', text: scan.text, fileName: scan.fileName };
    }
    return { kind: 'sheet', port: countPort(count), sheet: count.sheet };
  }

  async function mapping(port: WorkbookPort, sheet: string, onProgress?: (p: JobProgress) => void, signal?: AbortSignal): Promise<SideMappingView> {
    const analysis = await analyzeWorkbookSheet(port, sheet, ASSET_FIELDS, { signal, ...(onProgress ? { onProgress } : {}) });
    return { report: toSheetReport(analysis, false, 5), remembered: await loadMapping(port, sheet) };
  }

  function lastRun(): ReconcileRun {
    if (!last) throw new UserError('reconcile.noRun', { 'zh-CN': '请先运行核对。', 'en-US': 'Run the reconciliation first.' });
    return last;
  }

  return {
    reconcileSetup: () =>
      settle(async () => {
        const port = ctx.current();
        const sheets = await candidateSheets(port);
        try {
          const choice = await chooseSheets(port);
          return { sheets, ledger: choice.ledger, count: choice.count };
        } catch {
          return { sheets, ledger: sheets[0] ?? null, count: null };
        }
      }),

    reconcileOpenCount: (bytes, fileName) =>
      settle(async () => {
        if (/\.(csv|txt|tsv)$/i.test(fileName)) {
          scan = { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes), fileName };
          return { fileName, kind: 'scan' as const, sheets: [], suggested: null };
        }
        const workbook = await openXlsx(bytes, fileName);
        countBook = { port: workbook, fileName };
        const sheets = await candidateSheets(workbook);
        const suggested = sheets.find((s) => COUNT_HINTS.some((h) => s.includes(h))) ?? sheets[0] ?? null;
        return { fileName, kind: 'workbook' as const, sheets, suggested };
      }),

    reconcileClearCount: () =>
      settle(async () => {
        countBook = null;
        scan = null;
      }),

    reconcileMapping: (opId, side, count, sheet, onProgress) =>
      settle(() => ctx.operation(opId, (signal) => mapping(side === 'ledger' ? ctx.current() : countPort(count), sheet, onProgress, signal))),

    reconcileRemember: (side, count, sheet, choices) =>
      settle(async () => {
        const port = side === 'ledger' ? ctx.current() : countPort(count);
        // The full set of choices: a field left out goes back to automatic detection.
        await saveMapping(port, sheet, choices);
        return mapping(port, sheet);
      }),

    reconcileRun: (opId, ledgerSheet, count, compareFields, onProgress) =>
      settle(() =>
        ctx.operation(opId, async (signal) => {
          marks = null;
          last = await runReconcile({
            ledger: { kind: 'sheet', port: ctx.current(), sheet: ledgerSheet },
            count: countSource(count),
            compareFields,
            signal,
            ...(onProgress ? { onProgress: (p) => onProgress({ phase: p.phase, done: p.done, total: p.total }) } : {}),
          });
          return view(last);
        }),
      ),

    reconcileDecide: (decisions) =>
      settle(async () => {
        marks = null;
        last = rerunReconcile(lastRun(), { decisions });
        return view(last);
      }),

    reconcileWrite: (request) =>
      settle(async () => {
        const written = await writeReconcileResults(ctx.current(), lastRun(), { ...request, linkToSources: true });
        return [written.result, written.report, written.byDepartment, written.writeOffs, written.draftLedger].filter((w) => w !== null).map((w) => w.name);
      }),

    reconcilePlanMarks: (locale) =>
      settle(async () => {
        marks = await planLedgerMarks(ctx.current(), lastRun(), locale);
        return { sheet: marks.sheet, column: marks.column, lines: marks.preview.map((l) => ({ ...l })) };
      }),

    reconcileApplyMarks: (locale) =>
      settle(async () => {
        if (!marks) throw new UserError('reconcile.noMarks', { 'zh-CN': '请先预览要写入的标记。', 'en-US': 'Preview the marks first.' });
        const entry = await applyLedgerMarks(ctx.current(), marks, locale);
        marks = null;
        return entry ? { id: entry.id, changed: entry.changes.length } : null;
      }),

    reconcileUndoMarks: (id) =>
      settle(async () => {
        const r = await undoLedgerMarks(ctx.current(), id);
        return { restored: r.restored, skipped: [...r.skipped] };
      }),
  };
}
