/**
 * Damage compensation (损坏赔偿) use cases: read the register and the school's policy, compute every
 * incident with the rule that produced it, and write the results, one notice per payer, the month's
 * settlement and the write-off rows — all to sheets Taizhang owns. The register itself is only read;
 * filling its 应赔金额 column is returned as a preview for an explicit, logged edit.
 */
import {
  compensationJson,
  computeIncidents,
  noticesFor,
  renderNoticesSheet,
  renderResultsSheet,
  renderSettlementSheet,
  settleMonthly,
  writeOffRows,
  type Basis,
  type CompensationJson,
  type Incident,
  type IncidentResult,
  type Policy,
  type WriteOffRow,
} from '../core/compensation';
import { monthKey, type IsoDate } from '../core/dates';
import { UserError } from '../core/errors';
import type { Finding } from '../core/findings';
import { localize, type Locale } from '../core/i18n/locale';
import { formatFen } from '../core/money';
import type { Cell } from '../core/sheet/grid';
import type { FieldMapping, MappingOverrides } from '../core/sheet/mapping';
import type { Progress, WorkbookPort } from '../workbook/port';
import { previewAmountDue, type AmountDuePreview } from './compensation/amount-due';
import { compensationAppMessages as msg } from './compensation/messages';
import { loadPolicy, type PolicySource } from './compensation/policy';
import { findRegister, readRegister, readRegisterGrid, type RowDetails } from './compensation/register';
import { writeOffSheetSpec } from './compensation/write-offs';
import { writeOwnedSheet, type WrittenSheet } from './owned-sheets';

export { createPolicySheet, findPolicySheet, loadPolicy, parsePolicyJson, type LoadedPolicy, type PolicySource } from './compensation/policy';
export { chooseRegisterSheet, findRegister, listRegisterSheets, readRegister, registerFieldDefs, REGISTER_TEMPLATE, type RegisterCandidate, type RegisterReading } from './compensation/register';
export type { AmountDueEdit, AmountDuePreview } from './compensation/amount-due';
export { WRITE_OFF_SHEET_KIND } from './compensation/write-offs';

export interface ComputeRequest {
  /** The register; the adopted (or first recognizable) sheet when absent. */
  readonly sheet?: string;
  /** The computation date: overdue and surcharges are judged against it. */
  readonly asOf: IsoDate;
  /** Overrides the policy's valuation basis. */
  readonly basis?: Basis;
  /** A policy from elsewhere (a JSON file); the workbook's policy sheet otherwise. */
  readonly policy?: Policy;
  /** Column choices for this run (the remembered ones apply otherwise). */
  readonly overrides?: MappingOverrides;
  readonly onProgress?: (p: Progress) => void;
  readonly signal?: AbortSignal;
}

export interface CompensationOutcome {
  readonly sheet: string;
  readonly asOf: IsoDate;
  /** The basis used (the request's, else the policy's). */
  readonly basis: Basis;
  readonly policy: Policy;
  readonly policySource: PolicySource;
  /** The policy sheet read, if any. */
  readonly policySheet: string | null;
  /** The register's columns as mapped, for review. */
  readonly mapping: Readonly<Record<string, FieldMapping>>;
  readonly incidents: readonly Incident[];
  /** One per incident that could be computed, in register order. */
  readonly results: readonly IncidentResult[];
  readonly writeOffs: readonly WriteOffRow[];
  /** Everything to check: the register's cells, the policy sheet's bad cells, and the engine's. */
  readonly findings: readonly Finding[];
  /** What filling the register's 应赔金额 column would change (nothing is changed here). */
  readonly amountDue: AmountDuePreview;
  /** Per register row: asset code, specification and the 应赔金额 cell. */
  readonly details: ReadonlyMap<number, RowDetails>;
}

export async function computeCompensation(port: WorkbookPort, request: ComputeRequest): Promise<CompensationOutcome> {
  const options = { overrides: request.overrides, onProgress: request.onProgress, signal: request.signal };
  // A register found by its columns was read to find it; one named or adopted is read here.
  const found = request.sheet === undefined ? await findRegister(port, { onProgress: request.onProgress, signal: request.signal }) : null;
  const sheet = request.sheet ?? found?.sheet ?? '';
  const register =
    found?.read && request.overrides === undefined ? readRegisterGrid(found.read.grid, found.read.analysis) : await readRegister(port, sheet, options);
  const loaded = request.policy
    ? { policy: request.policy, findings: [], source: 'given' as const, sheet: null }
    : await loadPolicy(port);
  const basis = request.basis ?? loaded.policy.basis;
  const computed = computeIncidents(register.incidents, loaded.policy, { sheet, asOf: request.asOf, basis });
  return {
    sheet,
    asOf: request.asOf,
    basis,
    policy: loaded.policy,
    policySource: loaded.source,
    policySheet: loaded.sheet,
    mapping: register.mapping,
    incidents: register.incidents,
    results: computed.results,
    writeOffs: writeOffRows(computed.results),
    findings: [...loaded.findings, ...register.findings, ...computed.findings],
    amountDue: previewAmountDue(sheet, register.amountDueColumn, computed.results, register.details),
    details: register.details,
  };
}

/** The `--json` shape: the summary and incidents (amounts as 元 strings), plus what was used. */
export interface OutcomeJson extends CompensationJson {
  readonly sheet: string;
  readonly asOf: IsoDate;
  readonly basis: Basis;
  readonly policy: { readonly source: PolicySource; readonly sheet: string | null };
  readonly writeOffRows: ReadonlyArray<{ readonly row: number; readonly code: string | null; readonly item: string; readonly quantity: number; readonly originalTotal: string | null }>;
  readonly amountDuePreview: {
    readonly column: string | null;
    readonly unchanged: number;
    readonly edits: ReadonlyArray<{ readonly row: number; readonly address: string; readonly value: string; readonly previous: Cell }>;
  };
  readonly findings: ReadonlyArray<{ readonly sheet: string; readonly cell: string; readonly severity: Finding['severity']; readonly code: string; readonly field?: string; readonly message: string }>;
}

export function outcomeJson(outcome: CompensationOutcome, locale: Locale): OutcomeJson {
  const core = compensationJson({ results: [...outcome.results], findings: [...outcome.findings] }, outcome.incidents.length);
  return {
    sheet: outcome.sheet,
    asOf: outcome.asOf,
    basis: outcome.basis,
    policy: { source: outcome.policySource, sheet: outcome.policySheet },
    summary: core.summary,
    incidents: core.incidents,
    writeOffRows: outcome.writeOffs.map((w) => ({
      row: w.sourceRow,
      code: outcome.details.get(w.sourceRow)?.code ?? null,
      item: w.item,
      quantity: w.quantity,
      originalTotal: w.originalTotalFen === null ? null : formatFen(w.originalTotalFen),
    })),
    amountDuePreview: {
      column: outcome.amountDue.column,
      unchanged: outcome.amountDue.unchanged,
      edits: outcome.amountDue.edits.map((e) => ({ row: e.row, address: e.address, value: formatFen(e.fen), previous: e.previous })),
    },
    findings: outcome.findings.map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      severity: f.severity,
      code: f.code,
      ...(f.field ? { field: f.field } : {}),
      message: f.message[locale],
    })),
  };
}

export interface WriteResultsOptions {
  readonly locale?: Locale;
  /** The notices' date, deadline and paper; the computation date, the policy's days to pay and A5 by default. */
  readonly notices?: { readonly date?: IsoDate; readonly deadline?: IsoDate; readonly paper?: 'A5' | 'A4' };
  /** "YYYY-MM" of the settlement; the computation date's month by default. */
  readonly month?: string;
  readonly now?: Date;
  readonly onProgress?: (p: Progress & { readonly sheet: string }) => void;
  readonly signal?: AbortSignal;
}

export interface WrittenResults {
  readonly results: WrittenSheet;
  /** Null when nobody owes anything. */
  readonly notices: WrittenSheet | null;
  readonly noticeCount: number;
  readonly settlement: WrittenSheet;
  /** Null when nothing is to be written off. */
  readonly writeOffs: WrittenSheet | null;
}

export function checkMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new UserError('compensation.month.invalid', localize(msg, 'month.invalid', { month }));
  return month;
}

/** Writes the results, notices, settlement and write-off sheets (each replacing only its own earlier run). */
export async function writeCompensationResults(port: WorkbookPort, outcome: CompensationOutcome, options: WriteResultsOptions = {}): Promise<WrittenResults> {
  const locale = options.locale ?? 'zh-CN';
  const month = checkMonth(options.month ?? monthKey(outcome.asOf));
  const write = (spec: Parameters<typeof writeOwnedSheet>[1]): Promise<WrittenSheet> =>
    writeOwnedSheet(port, spec, {
      now: options.now,
      signal: options.signal,
      onProgress: options.onProgress ? (p) => options.onProgress?.({ ...p, sheet: spec.name }) : undefined,
    });

  const results = await write(renderResultsSheet(outcome.results, outcome.findings, outcome.policy, { locale, sheet: outcome.sheet, asOf: outcome.asOf, basis: outcome.basis }));
  const notices = noticesFor(outcome.results);
  const noticesSheet =
    notices.length === 0
      ? null
      : await write(
          renderNoticesSheet(notices, outcome.policy, {
            locale,
            noticeDate: options.notices?.date ?? outcome.asOf,
            deadline: options.notices?.deadline,
            paper: options.notices?.paper,
          }),
        );
  const settlement = await write(renderSettlementSheet(settleMonthly(outcome.results, month), outcome.policy, locale));
  const writeOffs =
    outcome.writeOffs.length === 0
      ? null
      : await write(writeOffSheetSpec(outcome.writeOffs, outcome.policy, { sheet: outcome.sheet, asOf: outcome.asOf, locale, incidents: outcome.incidents, details: outcome.details }));
  return { results, notices: noticesSheet, noticeCount: notices.length, settlement, writeOffs };
}
