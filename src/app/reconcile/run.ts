/**
 * One reconciliation run: read the ledger and the count (two sheets of one workbook, sheets of two
 * workbooks, or a scan file), run the engine with the user's compare fields and decisions, and keep
 * the rows so confirming or rejecting a possible match re-runs only the engine.
 */
import { throwIfAborted, UserError } from '../../core/errors';
import type { Finding } from '../../core/findings';
import { interpolate } from '../../core/i18n/locale';
import { reconcile, reconcileGroups, type CompareField, type Decision, type GroupField, type GroupTotal, type ReconcileResult } from '../../core/reconcile';
import type { WorkbookPort } from '../../workbook/port';
import { reconcileAppMessages as msg } from './messages';
import { readCountSide, readSheetSide, type CountSource, type SheetSource, type SideRows } from './read';

export type ReconcilePhase = 'ledger' | 'count' | 'match';

export interface ReconcileProgress {
  readonly phase: ReconcilePhase;
  readonly done: number;
  readonly total: number;
}

export interface ReconcileRequest {
  readonly ledger: SheetSource;
  readonly count: CountSource;
  /** Fields compared on matched rows (the engine's default when absent). */
  readonly compareFields?: readonly CompareField[];
  /** Money differences up to this many 分 are not differences. */
  readonly amountTolerance?: number;
  readonly decisions?: readonly Decision[];
  readonly onProgress?: (p: ReconcileProgress) => void;
  readonly signal?: AbortSignal;
}

export interface ReconcileRun {
  readonly ledger: SideRows;
  readonly count: SideRows;
  /** True when the count comes from the ledger's own workbook, so result sheets can link to its rows. */
  readonly sameWorkbook: boolean;
  readonly result: ReconcileResult;
  /** Reading findings of both sides, then the engine's. */
  readonly findings: readonly Finding[];
  readonly request: Omit<ReconcileRequest, 'onProgress' | 'signal'>;
}

function engineRun(ledger: SideRows, count: SideRows, sameWorkbook: boolean, request: Omit<ReconcileRequest, 'onProgress' | 'signal'>): ReconcileRun {
  const result = reconcile(ledger.rows, count.rows, {
    ...(request.compareFields ? { compareFields: [...request.compareFields] } : {}),
    ...(request.amountTolerance !== undefined ? { amountTolerance: request.amountTolerance } : {}),
    decisions: [...(request.decisions ?? [])],
    ledgerSource: { sheet: ledger.name, codeColumn: ledger.codeColumn, linkable: true },
    countSource: { sheet: count.name, codeColumn: count.codeColumn, linkable: count.report !== null && sameWorkbook },
  });
  return { ledger, count, sameWorkbook, result, findings: [...ledger.findings, ...count.findings, ...result.findings], request };
}

export async function runReconcile(request: ReconcileRequest): Promise<ReconcileRun> {
  const { onProgress, signal, ...rest } = request;
  const sameWorkbook = request.count.kind === 'sheet' && request.count.port === request.ledger.port;
  if (sameWorkbook && request.count.kind === 'sheet' && request.count.sheet === request.ledger.sheet) {
    const sheet = request.ledger.sheet;
    throw new UserError('reconcile.sameSheet', { 'zh-CN': interpolate(msg['reconcile.sameSheet']['zh-CN'], { sheet }), 'en-US': interpolate(msg['reconcile.sameSheet']['en-US'], { sheet }) });
  }
  const ledger = await readSheetSide(request.ledger, 'ledger', { signal, onProgress: onProgress ? (p) => onProgress({ phase: 'ledger', ...p }) : undefined });
  throwIfAborted(signal);
  const count = await readCountSide(request.count, { signal, onProgress: onProgress ? (p) => onProgress({ phase: 'count', ...p }) : undefined });
  throwIfAborted(signal);
  onProgress?.({ phase: 'match', done: 0, total: 1 });
  const run = engineRun(ledger, count, sameWorkbook, rest);
  onProgress?.({ phase: 'match', done: 1, total: 1 });
  return run;
}

/** The same rows with new decisions (or compare fields): confirmed matches re-run the totals. */
export function rerunReconcile(run: ReconcileRun, changes: Pick<ReconcileRequest, 'decisions' | 'compareFields' | 'amountTolerance'>): ReconcileRun {
  return engineRun(run.ledger, run.count, run.sameWorkbook, { ...run.request, ...changes });
}

/** `--by FIELD`: quantity and amount per group on each side. */
export function runGroups(run: ReconcileRun, field: GroupField): GroupTotal[] {
  return reconcileGroups(run.result, field);
}

/** Ports the run read from, for callers that write next to the ledger. */
export function ledgerPort(run: ReconcileRun): WorkbookPort {
  return run.request.ledger.port;
}
