/**
 * The JSON shape `taizhang compensate --json` prints: amounts as strings in 元 with two decimals,
 * `row` the register's own row number. Extra keys beyond the example are allowed.
 */
import type { Localized } from '../i18n/locale';
import { formatFen, sumFen } from '../money';
import type { ComputeOutcome, IncidentResult } from './engine';

export interface IncidentJson {
  readonly row: number;
  readonly item: string;
  readonly quantity: number;
  readonly nature: IncidentResult['nature'];
  readonly rule: IncidentResult['rule'];
  readonly base: string;
  readonly multiplier: number;
  readonly surchargeMultiplier: number | null;
  readonly amount: string;
  readonly amountInWords: string;
  readonly payers: ReadonlyArray<{ readonly name: string; readonly kind: 'person' | 'unit'; readonly amount: string }>;
  readonly disposition: IncidentResult['disposition'];
  readonly responsibleUnit: string | null;
  readonly paid: string;
  readonly outstanding: string;
  readonly dueDate: string | null;
  readonly overdue: boolean;
  readonly explanation: Localized;
}

export interface CompensationJson {
  readonly summary: { readonly incidents: number; readonly chargeable: number; readonly total: string; readonly outstanding: string; readonly writeOffs: number; readonly findings: number };
  readonly incidents: readonly IncidentJson[];
}

export function incidentJson(r: IncidentResult): IncidentJson {
  return {
    row: r.row,
    item: r.item,
    quantity: r.quantity,
    nature: r.nature,
    rule: r.rule,
    base: formatFen(r.base),
    multiplier: r.multiplier,
    surchargeMultiplier: r.surcharge?.multiplier ?? null,
    amount: formatFen(r.amount),
    amountInWords: r.amountInWords,
    payers: r.payers.map((p) => ({ name: p.name, kind: p.kind, amount: formatFen(p.amount) })),
    disposition: r.disposition,
    responsibleUnit: r.responsibleUnit,
    paid: formatFen(r.paid),
    outstanding: formatFen(r.outstanding),
    dueDate: r.dueDate,
    overdue: r.overdue,
    explanation: r.explanation,
  };
}

/** `incidents` counts the register's incidents given to the engine (computed or not). */
export function compensationJson(outcome: ComputeOutcome, incidentCount: number): CompensationJson {
  const chargeable = outcome.results.filter((r) => r.amount > 0);
  return {
    summary: {
      incidents: incidentCount,
      chargeable: chargeable.length,
      total: formatFen(sumFen(chargeable.map((r) => r.amount))),
      outstanding: formatFen(sumFen(chargeable.map((r) => r.outstanding))),
      writeOffs: outcome.results.filter((r) => r.disposition === 'writeOff').length,
      findings: outcome.findings.length,
    },
    incidents: outcome.results.map(incidentJson),
  };
}
