/**
 * Pure helpers behind the 损坏赔偿 panel: the register to start with, the totals, how a rule and a
 * multiplier read, dates for the inputs. No React here, so each rule is tested on its own.
 */
import type { RegisterCandidate } from '../../app/compensation';
import { RULE_LABELS, entryLabel, type IncidentResult } from '../../core/compensation';
import { addDays, isValidYmd, monthKey, splitIso, ymd, type IsoDate } from '../../core/dates';
import type { Locale } from '../../core/i18n/locale';
import { numberToDecimalText, sumFen, type Fen } from '../../core/money';

export interface CompensationSummary {
  /** Incidents of the register (computed or not). */
  readonly incidents: number;
  readonly computed: number;
  /** Incidents the engine could not compute (each has an error finding). */
  readonly notComputed: number;
  readonly chargeable: number;
  readonly totalFen: Fen;
  readonly paidFen: Fen;
  readonly outstandingFen: Fen;
  readonly overdue: number;
  readonly schoolRepairs: number;
  readonly writeOffs: number;
}

export function summarize(results: readonly IncidentResult[], incidents: number): CompensationSummary {
  const chargeable = results.filter((r) => r.amount > 0);
  return {
    incidents,
    computed: results.length,
    notComputed: Math.max(0, incidents - results.length),
    chargeable: chargeable.length,
    totalFen: sumFen(chargeable.map((r) => r.amount)),
    paidFen: sumFen(chargeable.map((r) => Math.min(r.paid, r.amount))),
    outstandingFen: sumFen(chargeable.map((r) => r.outstanding)),
    overdue: results.filter((r) => r.overdue).length,
    schoolRepairs: results.filter((r) => r.disposition === 'schoolRepair').length,
    writeOffs: results.filter((r) => r.disposition === 'writeOff').length,
  };
}

/**
 * The register to start with: one adopted as (or created from) the template; else the first visible
 * sheet understood as a register; else the first visible sheet (its mapping can then be chosen).
 */
export function defaultRegister(candidates: readonly RegisterCandidate[]): string | null {
  const pick =
    candidates.find((c) => c.adopted) ?? candidates.find((c) => c.recognized && !c.hidden) ?? candidates.find((c) => !c.hidden) ?? candidates[0];
  return pick?.sheet ?? null;
}

/** The rule in words: which line of the price list, or the repair cost, or the valuation. */
export function ruleWords(r: IncidentResult, locale: Locale): string {
  const label = RULE_LABELS[r.rule][locale];
  if (r.valuation.rule === 'priceList') return locale === 'zh-CN' ? `${label}「${entryLabel(r.valuation.entry, locale)}」` : `${label}: ${entryLabel(r.valuation.entry, locale)}`;
  return label;
}

export const multiplierText = (n: number): string => `×${numberToDecimalText(n)}`;

/** The whole multiplier as the results sheet shows it: the nature's, times the overdue surcharge's. */
export function effectiveMultiplier(r: IncidentResult): number {
  return r.surcharge ? Math.round(r.multiplier * r.surcharge.multiplier * 10_000) / 10_000 : r.multiplier;
}

/** Today in the user's time zone, as the date inputs want it. */
export function todayIso(now: Date = new Date()): IsoDate {
  return ymd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A date input's value, when it is a real date. */
export function validDate(value: string): IsoDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const { y, m, d } = splitIso(value);
  return isValidYmd(y, m, d) ? value : null;
}

/** A month input's value ("YYYY-MM"), when it is a real month. */
export function validMonth(value: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? value : null;
}

export const monthOf = (date: IsoDate): string => monthKey(date);

/** The deadline notices print when none is chosen: the notice date plus the policy's days to pay. */
export const defaultDeadline = (noticeDate: IsoDate, dueDays: number): IsoDate => addDays(noticeDate, dueDays);

export type IncidentFilter = 'all' | 'chargeable' | 'noCharge' | 'overdue';

export const INCIDENT_FILTERS: readonly IncidentFilter[] = ['all', 'chargeable', 'noCharge', 'overdue'];

export function filterIncidents(results: readonly IncidentResult[], filter: IncidentFilter): IncidentResult[] {
  switch (filter) {
    case 'all':
      return [...results];
    case 'chargeable':
      return results.filter((r) => r.amount > 0);
    case 'noCharge':
      return results.filter((r) => r.amount === 0);
    case 'overdue':
      return results.filter((r) => r.overdue);
  }
}
