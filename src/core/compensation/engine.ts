/**
 * The compensation engine (谁损坏谁赔偿): for each incident, the nature, the base by the first rule
 * that applies (price list, then repair cost, then the valuation basis), the multiplier, the amount,
 * the payers and the disposition, with the rule and a sentence that explains it.
 *
 * Money is exact: the base is rounded half-up once (to the policy's unit, 分 by default) as soon as it
 * is computed; multipliers and the split then work on whole fen.
 */
import { addDays, isValidYmd, monthKey, splitIso, type IsoDate } from '../dates';
import { resolveLife, type DepreciationCategory, type LifeResolution } from '../depreciation/categories';
import { depreciatedMonths, netValue } from '../depreciation/netValue';
import { finding, type Finding, type Severity } from '../findings';
import type { Localized, MessageParams } from '../i18n/locale';
import { formatFen, splitFenEqually, type Fen } from '../money';
import { toRmbCapital } from '../rmb';
import { isWhole, roundRatio, times } from './exact';
import { explain } from './explain';
import type { Incident, IncidentField } from './incident';
import { FIELD_LABELS, FINDINGS, LIFE_DETAILS, NATURE_LABELS, localizeBy, type Disposition, type FindingKey, type Rule } from './messages';
import { recognizeNature } from './nature';
import { splitPersons } from './payers';
import { ROUNDING_UNIT_FEN, type Basis, type Nature, type Policy, type PriceEntry } from './policy';
import { entryLabel, matchPriceEntry } from './priceList';

export type { Disposition, Rule } from './messages';

export interface Payer {
  readonly name: string;
  /** A named person, or the responsible unit paying because nobody was named. */
  readonly kind: 'person' | 'unit';
  readonly amount: Fen;
  /** This payer's part of what was paid (paid amounts are split like the amount). */
  readonly paid: Fen;
}

/** Why the net basis fell back to the original value for one incident. */
export type NetFallback = 'noAcquisitionDate' | 'noDamageDate' | 'noLife';

export type Valuation =
  | { readonly rule: 'priceList'; readonly entry: PriceEntry; readonly quantity: number }
  | { readonly rule: 'repair'; readonly repairCostFen: Fen }
  | { readonly rule: 'original'; readonly unitFen: Fen; readonly quantity: number; readonly fallback: NetFallback | null }
  | {
      readonly rule: 'net';
      readonly originalUnitFen: Fen;
      readonly netUnitFen: Fen;
      readonly acquiredOn: IsoDate;
      readonly at: IsoDate;
      readonly lifeMonths: number;
      readonly months: number;
      readonly category: string | null;
      readonly quantity: number;
    }
  | { readonly rule: 'none' };

export interface IncidentResult {
  readonly row: number;
  readonly item: string;
  readonly quantity: number;
  readonly unit: string;
  readonly nature: Nature;
  readonly natureText: string;
  readonly rule: Rule;
  readonly valuation: Valuation;
  readonly base: Fen;
  /** The exact base had to be rounded (a fractional quantity, or rounding to 角/元). */
  readonly baseRounded: boolean;
  readonly multiplier: number;
  /** The overdue surcharge, when it applies. */
  readonly surcharge: { readonly multiplier: number; readonly days: number } | null;
  readonly amount: Fen;
  /** 人民币大写 of the amount. */
  readonly amountInWords: string;
  readonly payers: readonly Payer[];
  readonly disposition: Disposition;
  readonly repairable: boolean | null;
  readonly responsibleUnit: string | null;
  readonly damageDate: IsoDate | null;
  /** "YYYY-MM" of the damage date: the month the incident is settled in. */
  readonly month: string | null;
  readonly dueDate: IsoDate | null;
  readonly paid: Fen;
  readonly paidOn: IsoDate | null;
  readonly outstanding: Fen;
  /** Still owed after the due date, as of the computation date. */
  readonly overdue: boolean;
  readonly originalUnitFen: Fen | null;
  readonly acquiredOn: IsoDate | null;
  readonly category: string | null;
  readonly explanation: Localized;
}

export interface ComputeOptions {
  /** The register's sheet, for findings. */
  readonly sheet: string;
  /** The date the computation is for (today): overdue and surcharges are judged against it. */
  readonly asOf?: IsoDate | null;
  /** Overrides the policy's basis (CLI --basis). */
  readonly basis?: Basis;
}

export interface ComputeOutcome {
  readonly results: IncidentResult[];
  readonly findings: Finding[];
}

const MONEY_FIELDS: ReadonlyArray<{ key: 'repairCostFen' | 'originalUnitFen' | 'paidFen'; field: IncidentField }> = [
  { key: 'repairCostFen', field: 'repairCost' },
  { key: 'originalUnitFen', field: 'originalUnit' },
  { key: 'paidFen', field: 'paid' },
];
const DATE_FIELDS: ReadonlyArray<{ key: 'acquiredOn' | 'damageDate' | 'paidOn' | 'dueDate'; field: IncidentField }> = [
  { key: 'acquiredOn', field: 'acquiredOn' },
  { key: 'damageDate', field: 'damageDate' },
  { key: 'paidOn', field: 'paidOn' },
  { key: 'dueDate', field: 'dueDate' },
];

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const { y, m, d } = splitIso(s);
  return isValidYmd(y, m, d);
}

/** Findings about one incident, each pointing at the cell of the field concerned (or the row). */
class IncidentReport {
  constructor(
    private readonly sheet: string,
    private readonly incident: Incident,
    private readonly out: Finding[],
  ) {}

  add(severity: Severity, code: string, key: FindingKey, field: IncidentField | null, params: (locale: 'zh-CN' | 'en-US') => MessageParams = () => ({})): void {
    const row = this.incident.row;
    const cell = (field && this.incident.cells?.[field]) ?? `${row}:${row}`;
    const f = finding(this.sheet, cell, severity, code, localizeBy(FINDINGS, key, params));
    this.out.push(field ? { ...f, field } : f);
  }
}

/** A money field as the engine uses it: a whole, non-negative number of fen, or null with a finding. */
function cleanMoney(value: number | null | undefined, field: IncidentField, report: IncidentReport): Fen | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value)) {
    report.add('warning', `compensation.${field}.invalid`, 'moneyInvalid', field, (l) => ({ field: FIELD_LABELS[field][l], value: String(value) }));
    return null;
  }
  if (value < 0) {
    report.add('error', `compensation.${field}.negative`, 'moneyNegative', field, (l) => ({ field: FIELD_LABELS[field][l], value: formatFen(Math.round(value)) }));
    return null;
  }
  return Math.round(value);
}

/** Why no life was found, naming the category as the register wrote it. */
function lifeDetail(life: LifeResolution, written: string): Localized {
  switch (life.kind) {
    case 'tooBroad':
      return localizeBy(LIFE_DETAILS, 'tooBroad', () => ({ category: written }));
    case 'unknownCategory':
      return localizeBy(LIFE_DETAILS, 'unknownCategory', () => ({ category: life.text }));
    case 'invalidYears':
      return localizeBy(LIFE_DETAILS, 'invalidYears', () => ({ years: String(life.years) }));
    default:
      return localizeBy(LIFE_DETAILS, 'missing', () => ({}));
  }
}

interface Base {
  readonly valuation: Valuation;
  readonly base: Fen;
  readonly baseRounded: boolean;
}

function computeOne(incident: Incident, policy: Policy, options: ComputeOptions, out: Finding[]): IncidentResult | null {
  const report = new IncidentReport(options.sheet, incident, out);

  const recognized = recognizeNature(incident.natureText);
  if (recognized.nature === null) {
    if (recognized.reason === 'conflict') {
      const natures = recognized.natures;
      report.add('error', 'compensation.nature.conflict', 'natureConflict', 'nature', (l) => ({
        text: incident.natureText,
        natures: natures.map((n) => NATURE_LABELS[n][l]).join(l === 'zh-CN' ? '、' : ', '),
      }));
    } else if (recognized.reason === 'empty') report.add('error', 'compensation.nature.empty', 'natureEmpty', 'nature');
    else report.add('error', 'compensation.nature.unknown', 'natureUnknown', 'nature', () => ({ text: incident.natureText }));
    return null;
  }
  const nature = recognized.nature;

  if (incident.unreadable?.includes('quantity')) return null;
  const quantity = incident.quantity ?? 1;
  if (!Number.isFinite(quantity) || quantity <= 0) {
    report.add('error', 'compensation.quantity.invalid', 'quantityInvalid', 'quantity', () => ({ value: String(quantity) }));
    return null;
  }

  const money = { repairCostFen: null as Fen | null, originalUnitFen: null as Fen | null, paidFen: null as Fen | null };
  for (const { key, field } of MONEY_FIELDS) money[key] = cleanMoney(incident[key], field, report);
  const dates = { acquiredOn: null as IsoDate | null, damageDate: null as IsoDate | null, paidOn: null as IsoDate | null, dueDate: null as IsoDate | null };
  for (const { key, field } of DATE_FIELDS) {
    const v = incident[key];
    if (v === null || v === undefined) continue;
    if (isIsoDate(v)) dates[key] = v;
    else report.add('warning', `compensation.${field}.invalid`, 'dateInvalid', field, (l) => ({ field: FIELD_LABELS[field][l], value: v }));
  }
  if (incident.item.trim() === '') report.add('warning', 'compensation.item.missing', 'itemMissing', 'item');

  const repairable = incident.repairable ?? (money.repairCostFen !== null ? true : null);
  const multiplier = policy.multipliers[nature];
  const unit = incident.unit?.trim() ?? '';
  const roundingUnit = ROUNDING_UNIT_FEN[policy.rounding];

  let valued: Base;
  if (nature === 'natural' && multiplier === 0) {
    valued = { valuation: { rule: 'none' }, base: 0, baseRounded: false };
  } else {
    const v = valuate(incident, { quantity, unit, repairable, ...money, ...dates }, policy, options, report, roundingUnit);
    if (v === null) return null;
    valued = v;
  }

  // Due date, overdue and the surcharge.
  const dueDate = dates.dueDate ?? (dates.damageDate ? addDays(dates.damageDate, policy.dueDays) : null);
  const paid = money.paidFen ?? 0;
  const amountBefore = roundRatio(times(valued.base, multiplier));
  let surcharge: IncidentResult['surcharge'] = null;
  if (policy.overdue.enabled && dueDate && amountBefore > 0) {
    const limit = addDays(dueDate, policy.overdue.days);
    const unpaidPastLimit = options.asOf ? options.asOf > limit && paid < amountBefore : false;
    const paidLate = dates.paidOn !== null && dates.paidOn > limit;
    if (unpaidPastLimit || paidLate) surcharge = { multiplier: policy.overdue.multiplier, days: policy.overdue.days };
  }
  const amount = surcharge ? roundRatio(times(valued.base, multiplier, surcharge.multiplier)) : amountBefore;
  const outstanding = Math.max(0, amount - paid);
  const overdue = Boolean(options.asOf && dueDate && options.asOf > dueDate && outstanding > 0);
  if (paid > amount) {
    report.add('warning', 'compensation.paid.exceeds', 'paidExceeds', 'paid', () => ({ paid: formatFen(paid), amount: formatFen(amount) }));
  }

  // Payers.
  const responsibleUnit = incident.responsibleUnit?.trim() || null;
  let payers: Payer[] = [];
  if (amount > 0) {
    const { names, duplicates } = splitPersons(incident.persons);
    for (const name of duplicates) report.add('warning', 'compensation.payer.duplicate', 'payerDuplicate', 'persons', () => ({ name }));
    let named: Array<{ name: string; kind: Payer['kind'] }> = names.map((name) => ({ name, kind: 'person' as const }));
    if (named.length === 0 && policy.responsibleUnitFallback && responsibleUnit) named = [{ name: responsibleUnit, kind: 'unit' }];
    if (named.length === 0) {
      if (policy.responsibleUnitFallback) report.add('warning', 'compensation.payer.none', 'payerNone', 'persons');
      else report.add('warning', 'compensation.payer.none', 'payerNoneNoFallback', 'persons');
    } else {
      const shares = splitFenEqually(amount, named.length);
      const paidShares = splitFenEqually(Math.min(paid, amount), named.length);
      payers = named.map((p, i) => ({ ...p, amount: shares[i] ?? 0, paid: paidShares[i] ?? 0 }));
    }
    if (!dates.damageDate) report.add('warning', 'compensation.damageDate.missing', 'damageDateMissing', 'damageDate');
  }

  let disposition: Disposition = 'compensate';
  if (nature === 'natural' && amount === 0) {
    disposition = repairable === false ? 'writeOff' : 'schoolRepair';
    if (repairable === null) report.add('info', 'compensation.natural.repairUnknown', 'naturalRepairUnknown', 'repairable');
  }

  const partial = {
    row: incident.row,
    item: incident.item.trim(),
    quantity,
    unit,
    nature,
    natureText: incident.natureText,
    rule: valued.valuation.rule,
    valuation: valued.valuation,
    base: valued.base,
    baseRounded: valued.baseRounded,
    multiplier,
    surcharge,
    amount,
    amountInWords: toRmbCapital(amount, { withPrefix: true }),
    payers,
    disposition,
    repairable,
    responsibleUnit,
    damageDate: dates.damageDate,
    month: dates.damageDate ? monthKey(dates.damageDate) : null,
    dueDate,
    paid,
    paidOn: dates.paidOn,
    outstanding,
    overdue,
    originalUnitFen: money.originalUnitFen,
    acquiredOn: dates.acquiredOn,
    category: incident.category?.trim() || null,
  };
  return { ...partial, explanation: explain(partial, policy) };
}

interface Cleaned {
  readonly quantity: number;
  readonly unit: string;
  readonly repairable: boolean | null;
  readonly repairCostFen: Fen | null;
  readonly originalUnitFen: Fen | null;
  readonly acquiredOn: IsoDate | null;
  readonly damageDate: IsoDate | null;
}

/** The base by the first rule that applies; null (with an error finding) when none can be computed. */
function valuate(incident: Incident, c: Cleaned, policy: Policy, options: ComputeOptions, report: IncidentReport, roundingUnit: number): Base | null {
  const rounded = (fen: Fen, ...factors: number[]): { base: Fen; baseRounded: boolean } => {
    const exact = times(fen, ...factors);
    return { base: roundRatio(exact, roundingUnit), baseRounded: !isWhole(exact, roundingUnit) };
  };

  // 1. The price list.
  const match = matchPriceEntry(incident.item, c.unit, policy.priceList);
  if (match.kind === 'match') {
    if (match.tiedWith.length > 0) {
      const all = [match.entry, ...match.tiedWith];
      report.add('warning', 'compensation.priceList.ambiguous', 'priceAmbiguous', 'item', (l) => ({
        item: incident.item,
        entries: all.map((e) => `「${entryLabel(e, l)}」`).join(l === 'zh-CN' ? '、' : ', '),
        chosen: entryLabel(match.entry, l),
      }));
    }
    return { valuation: { rule: 'priceList', entry: match.entry, quantity: c.quantity }, ...rounded(match.entry.priceFen, c.quantity) };
  }
  if (match.kind === 'unitMismatch') {
    report.add('info', 'compensation.priceList.unitMismatch', 'priceUnitMismatch', 'unit', (l) => ({
      unit: c.unit,
      entries: match.candidates.map((e) => `「${entryLabel(e, l)}」`).join(l === 'zh-CN' ? '、' : ', '),
    }));
  }

  // 2. The repair cost, when the item can be repaired.
  if (c.repairable === true) {
    if (c.repairCostFen === null) {
      report.add('error', 'compensation.repair.noCost', 'repairNoCost', 'repairCost');
      return null;
    }
    return { valuation: { rule: 'repair', repairCostFen: c.repairCostFen }, ...rounded(c.repairCostFen) };
  }

  // 3. The valuation basis.
  if (c.originalUnitFen === null) {
    report.add('error', 'compensation.value.missing', 'valueMissing', 'originalUnit', () => ({ item: incident.item }));
    return null;
  }
  const original = (fallback: NetFallback | null): Base => ({
    valuation: { rule: 'original', unitFen: c.originalUnitFen ?? 0, quantity: c.quantity, fallback },
    ...rounded(c.originalUnitFen ?? 0, c.quantity),
  });
  const basis = options.basis ?? policy.basis;
  if (basis === 'original') return original(null);

  if (!c.acquiredOn) {
    report.add('warning', 'compensation.net.noAcquisitionDate', 'netNoAcquisitionDate', 'acquiredOn');
    return original('noAcquisitionDate');
  }
  if (!c.damageDate) {
    report.add('warning', 'compensation.net.noDamageDate', 'netNoDamageDate', 'damageDate');
    return original('noDamageDate');
  }
  const life = resolveLife({ category: incident.category, lifeYears: incident.lifeYears }, policy.categories);
  if (life.kind !== 'life' && life.kind !== 'notDepreciated') {
    const detail = lifeDetail(life, incident.category?.trim() ?? '');
    const field: IncidentField = life.kind === 'invalidYears' || (life.kind === 'missing' && !incident.category) ? 'lifeYears' : 'category';
    report.add('warning', 'compensation.net.noLife', 'netNoLife', field, (l) => ({ detail: detail[l] }));
    return original('noLife');
  }
  const netUnitFen = netValue({ originalFen: c.originalUnitFen, acquiredOn: c.acquiredOn, lifeMonths: life.lifeMonths, at: c.damageDate });
  const category: DepreciationCategory | null = life.category;
  const months = depreciatedMonths({ originalFen: c.originalUnitFen, acquiredOn: c.acquiredOn, lifeMonths: life.lifeMonths, at: c.damageDate });
  return {
    valuation: {
      rule: 'net',
      originalUnitFen: c.originalUnitFen,
      netUnitFen,
      acquiredOn: c.acquiredOn,
      at: c.damageDate,
      lifeMonths: life.lifeMonths,
      months,
      category: category?.name ?? null,
      quantity: c.quantity,
    },
    ...rounded(netUnitFen, c.quantity),
  };
}

/** Computes every incident; an incident that cannot be computed yields error findings and no result. */
export function computeIncidents(incidents: readonly Incident[], policy: Policy, options: ComputeOptions): ComputeOutcome {
  const findings: Finding[] = [];
  const results: IncidentResult[] = [];
  for (const incident of incidents) {
    const r = computeOne(incident, policy, options, findings);
    if (r) results.push(r);
  }
  return { results, findings };
}
