/**
 * 损坏赔偿 on the engine's side of the worker boundary: the register's mapping for review, the
 * school's policy (read and saved on its policy sheet), the computation, the result sheets, and the
 * explicit, logged fill of the register's 应赔金额 column. The last outcome stays here, so writing
 * works on exactly what the pane showed; only plain data crosses the boundary.
 */
import {
  computeCompensation,
  createPolicySheet,
  listRegisterSheets,
  loadPolicy,
  registerFieldDefs,
  writeCompensationResults,
  type AmountDuePreview,
  type CompensationOutcome,
  type PolicySource,
  type RegisterCandidate,
  type WrittenResults,
} from '../../app/compensation';
import { analyzeRegister } from '../../app/compensation/register';
import { toSheetReport, type SheetReport } from '../../app/inspect';
import { loadMapping } from '../../app/mapping-store';
import { applySourceEdits, undoSourceEdits, type UndoResult } from '../../app/source-edits';
import { noticesFor, policySchema, type IncidentResult, type Notice, type Policy } from '../../core/compensation';
import type { IsoDate } from '../../core/dates';
import { UserError } from '../../core/errors';
import type { Finding } from '../../core/findings';
import { localize, type Locale } from '../../core/i18n/locale';
import { columnNumber } from '../../core/sheet/address';
import type { FieldDef } from '../../core/sheet/fields';
import type { MappingOverrides } from '../../core/sheet/mapping';
import type { WorkbookPort } from '../../workbook/port';
import type { EngineContext } from '../engine/job-engine';
import { settle, type Result } from '../engine/result';
import { compensationUi } from './messages';
import { summarize, type CompensationSummary } from './view-model';

/** Reading or writing, on which sheet, how far. */
export interface CompensationProgress {
  readonly step: 'read' | 'write';
  readonly sheet: string;
  readonly done: number;
  readonly total: number;
}

export interface RegisterView {
  /** The register sheet as read: header, data rows and the mapping of the register's fields. */
  readonly report: SheetReport;
  readonly remembered: MappingOverrides;
  /** The register's vocabulary (the fields the computation maps), for the mapping table. */
  readonly fields: FieldDef[];
}

export interface PolicyView {
  readonly policy: Policy;
  /** Bad cells of the policy sheet (each kept its default). */
  readonly findings: Finding[];
  readonly source: PolicySource;
  readonly sheet: string | null;
}

export interface CompensationView {
  /** Names this outcome for writing and filling: a later computation replaces it. */
  readonly outcomeId: number;
  readonly sheet: string;
  readonly asOf: IsoDate;
  readonly basis: Policy['basis'];
  readonly policy: Policy;
  readonly policySource: PolicySource;
  readonly policySheet: string | null;
  readonly results: IncidentResult[];
  readonly findings: Finding[];
  readonly summary: CompensationSummary;
  /** One per payer still owing something. */
  readonly notices: Notice[];
  readonly amountDue: AmountDuePreview;
}

export interface WriteRequest {
  readonly locale: Locale;
  /** "YYYY-MM" of the settlement. */
  readonly month: string;
  readonly notices: { readonly date: IsoDate; readonly deadline?: IsoDate; readonly paper: 'A5' | 'A4' };
}

export interface WrittenView {
  readonly results: string;
  readonly notices: string | null;
  readonly noticeCount: number;
  readonly settlement: string;
  readonly writeOffs: string | null;
  /** The sheet left selected (the notices, ready to print; else the results). */
  readonly selected: string;
}

export interface FillResult {
  /** The log entry to undo; null when every cell already held its amount. */
  readonly editId: string | null;
  readonly changed: number;
}

export interface CompensationEngineApi {
  /** Sheets that could be the register, with whether each is understood as one. */
  compensationRegisters(): Promise<Result<RegisterCandidate[]>>;
  compensationRegister(opId: number, sheet: string, onProgress?: (p: CompensationProgress) => void): Promise<Result<RegisterView>>;
  compensationPolicy(): Promise<Result<PolicyView>>;
  /** Writes the policy sheet (Taizhang's own) and reads it back as computing will. */
  compensationSavePolicy(policy: Policy, locale: Locale): Promise<Result<PolicyView>>;
  compensationCompute(opId: number, sheet: string, asOf: IsoDate, onProgress?: (p: CompensationProgress) => void): Promise<Result<CompensationView>>;
  compensationWrite(opId: number, outcomeId: number, request: WriteRequest, onProgress?: (p: CompensationProgress) => void): Promise<Result<WrittenView>>;
  /** Fills the register's 应赔金额 cells the outcome's preview listed, logging what they held. */
  compensationFillAmountDue(outcomeId: number, reason: string): Promise<Result<FillResult>>;
  compensationUndoFill(editId: string): Promise<Result<UndoResult>>;
}

export function createCompensationEngine(ctx: EngineContext): CompensationEngineApi {
  let nextId = 1;
  let last: { id: number; port: WorkbookPort; outcome: CompensationOutcome } | null = null;

  /** The outcome the pane names, if it is still the latest one for the open workbook. */
  function outcomeFor(outcomeId: number): CompensationOutcome {
    const port = ctx.current();
    if (!last || last.id !== outcomeId || last.port !== port) throw new UserError('compensation.stale', localize(compensationUi, 'engine.stale'));
    return last.outcome;
  }

  const policyView = async (port: WorkbookPort): Promise<PolicyView> => {
    const loaded = await loadPolicy(port);
    return { policy: loaded.policy, findings: [...loaded.findings], source: loaded.source, sheet: loaded.sheet };
  };

  return {
    compensationRegisters: () => settle(() => listRegisterSheets(ctx.current())),

    compensationRegister: (opId, sheet, onProgress) =>
      settle(() =>
        ctx.operation(opId, async (signal): Promise<RegisterView> => {
          const port = ctx.current();
          const { analysis } = await analyzeRegister(port, sheet, {
            signal,
            ...(onProgress ? { onProgress: (p) => onProgress({ step: 'read', sheet, ...p }) } : {}),
          });
          const hidden = (await port.listSheets()).find((s) => s.name === sheet)?.visibility !== 'visible';
          return { report: toSheetReport(analysis, hidden, 0), remembered: await loadMapping(port, sheet), fields: registerFieldDefs() };
        }),
      ),

    compensationPolicy: () => settle(() => policyView(ctx.current())),

    compensationSavePolicy: (policy, locale) =>
      settle(async () => {
        const port = ctx.current();
        // The pane validated it; what crosses the boundary is checked again before it is written.
        const checked = policySchema.safeParse(policy);
        if (!checked.success) throw new UserError('compensation.policy.invalid', localize(compensationUi, 'engine.policyInvalid'));
        await createPolicySheet(port, { policy: checked.data, locale });
        return policyView(port);
      }),

    compensationCompute: (opId, sheet, asOf, onProgress) =>
      settle(() =>
        ctx.operation(opId, async (signal): Promise<CompensationView> => {
          const port = ctx.current();
          const outcome = await computeCompensation(port, {
            sheet,
            asOf,
            signal,
            ...(onProgress ? { onProgress: (p) => onProgress({ step: 'read', sheet, ...p }) } : {}),
          });
          const id = nextId++;
          last = { id, port, outcome };
          return {
            outcomeId: id,
            sheet: outcome.sheet,
            asOf: outcome.asOf,
            basis: outcome.basis,
            policy: outcome.policy,
            policySource: outcome.policySource,
            policySheet: outcome.policySheet,
            results: [...outcome.results],
            findings: [...outcome.findings],
            summary: summarize(outcome.results, outcome.incidents.length),
            notices: noticesFor(outcome.results),
            amountDue: outcome.amountDue,
          };
        }),
      ),

    compensationWrite: (opId, outcomeId, request, onProgress) =>
      settle(() =>
        ctx.operation(opId, async (signal): Promise<WrittenView> => {
          const outcome = outcomeFor(outcomeId);
          const port = ctx.current();
          const written: WrittenResults = await writeCompensationResults(port, outcome, {
            locale: request.locale,
            month: request.month,
            notices: request.notices,
            signal,
            ...(onProgress ? { onProgress: (p) => onProgress({ step: 'write', ...p }) } : {}),
          });
          // Excel prints the selected sheet: leave the notices there, ready.
          const selected = written.notices?.name ?? written.results.name;
          await port.select(selected, 'A1');
          return {
            results: written.results.name,
            notices: written.notices?.name ?? null,
            noticeCount: written.noticeCount,
            settlement: written.settlement.name,
            writeOffs: written.writeOffs?.name ?? null,
            selected,
          };
        }),
      ),

    compensationFillAmountDue: (outcomeId, reason) =>
      settle(async (): Promise<FillResult> => {
        const outcome = outcomeFor(outcomeId);
        const { sheet, edits } = outcome.amountDue;
        const entry = await applySourceEdits(
          ctx.current(),
          sheet,
          edits.map((e) => ({ row: e.row, col: columnNumber(e.column), value: e.value })),
          { reason },
        );
        return { editId: entry?.id ?? null, changed: entry?.changes.length ?? 0 };
      }),

    compensationUndoFill: (editId) => settle(() => undoSourceEdits(ctx.current(), editId)),
  };
}
