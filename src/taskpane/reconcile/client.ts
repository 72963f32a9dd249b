/** The reconcile job's calls, on the pane's side of the engine. */
import * as Comlink from 'comlink';
import type { Locale } from '../../core/i18n/locale';
import type { CompareField, Decision } from '../../core/reconcile';
import type { MappingOverrides } from '../../core/sheet/mapping';
import type { EngineClient } from '../engine/client';
import type { JobProgress } from '../engine/job-engine';
import type { CountChoice, CountFile, MarksPreview, ReconcileProgressView, ReconcileSetup, ReconcileView, SideMappingView, WriteRequest } from './engine';

export interface LongCall<P> {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: P) => void;
}

export class ReconcileClient {
  constructor(private readonly engine: EngineClient) {}

  setup(): Promise<ReconcileSetup> {
    return this.engine.call((api) => api.reconcileSetup());
  }

  openCount(bytes: Uint8Array, fileName: string): Promise<CountFile> {
    return this.engine.call((api) => api.reconcileOpenCount(Comlink.transfer(bytes, [bytes.buffer]), fileName));
  }

  clearCount(): Promise<void> {
    return this.engine.call((api) => api.reconcileClearCount());
  }

  mapping(side: 'ledger' | 'count', count: CountChoice | null, sheet: string, call: LongCall<JobProgress> = {}): Promise<SideMappingView> {
    return this.engine.operation<SideMappingView, JobProgress>((api, opId, progress) => api.reconcileMapping(opId, side, count, sheet, progress), call);
  }

  remember(side: 'ledger' | 'count', count: CountChoice | null, sheet: string, choices: MappingOverrides): Promise<SideMappingView> {
    return this.engine.call((api) => api.reconcileRemember(side, count, sheet, choices));
  }

  run(ledgerSheet: string, count: CountChoice, compareFields: CompareField[], call: LongCall<ReconcileProgressView> = {}): Promise<ReconcileView> {
    return this.engine.operation<ReconcileView, ReconcileProgressView>((api, opId, progress) => api.reconcileRun(opId, ledgerSheet, count, compareFields, progress), call);
  }

  decide(decisions: Decision[]): Promise<ReconcileView> {
    return this.engine.call((api) => api.reconcileDecide(decisions));
  }

  write(request: WriteRequest): Promise<string[]> {
    return this.engine.call((api) => api.reconcileWrite(request));
  }

  planMarks(locale: Locale): Promise<MarksPreview> {
    return this.engine.call((api) => api.reconcilePlanMarks(locale));
  }

  applyMarks(locale: Locale): Promise<{ id: string; changed: number } | null> {
    return this.engine.call((api) => api.reconcileApplyMarks(locale));
  }

  undoMarks(id: string): Promise<{ restored: number; skipped: string[] }> {
    return this.engine.call((api) => api.reconcileUndoMarks(id));
  }
}
