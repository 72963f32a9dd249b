/** The pane's typed handle on 损坏赔偿's engine calls (see engine.ts), over the shared engine client. */
import type { RegisterCandidate } from '../../app/compensation';
import type { UndoResult } from '../../app/source-edits';
import type { Policy } from '../../core/compensation';
import type { IsoDate } from '../../core/dates';
import type { Locale } from '../../core/i18n/locale';
import type { EngineClient } from '../engine/client';
import type { CompensationProgress, CompensationView, FillResult, PolicyView, RegisterView, WriteRequest, WrittenView } from './engine';

export interface LongCall {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: CompensationProgress) => void;
}

export class CompensationClient {
  constructor(private readonly engine: EngineClient) {}

  registers(): Promise<RegisterCandidate[]> {
    return this.engine.call((api) => api.compensationRegisters());
  }

  register(sheet: string, options: LongCall = {}): Promise<RegisterView> {
    return this.engine.operation<RegisterView, CompensationProgress>((api, opId, progress) => api.compensationRegister(opId, sheet, progress), options);
  }

  policy(): Promise<PolicyView> {
    return this.engine.call((api) => api.compensationPolicy());
  }

  savePolicy(policy: Policy, locale: Locale): Promise<PolicyView> {
    return this.engine.call((api) => api.compensationSavePolicy(policy, locale));
  }

  compute(sheet: string, asOf: IsoDate, options: LongCall = {}): Promise<CompensationView> {
    return this.engine.operation<CompensationView, CompensationProgress>((api, opId, progress) => api.compensationCompute(opId, sheet, asOf, progress), options);
  }

  write(outcomeId: number, request: WriteRequest, options: LongCall = {}): Promise<WrittenView> {
    return this.engine.operation<WrittenView, CompensationProgress>((api, opId, progress) => api.compensationWrite(opId, outcomeId, request, progress), options);
  }

  fillAmountDue(outcomeId: number, reason: string): Promise<FillResult> {
    return this.engine.call((api) => api.compensationFillAmountDue(outcomeId, reason));
  }

  undoFill(editId: string): Promise<UndoResult> {
    return this.engine.call((api) => api.compensationUndoFill(editId));
  }

  /** Shared engine calls the panel uses too. */
  remember = (sheet: string, choices: Parameters<EngineClient['remember']>[1]) => this.engine.remember(sheet, choices);
  forget = (sheet: string, fields: readonly string[] | 'all') => this.engine.forget(sheet, fields);
  select = (sheet: string, cell: string) => this.engine.select(sheet, cell);
}
