/**
 * 每月兑现: the monthly settlement of compensation, by responsible unit and by person. An incident
 * belongs to the month of its damage date; what earlier months left unpaid is brought forward, so
 * the month's sheet shows everything still owed. "Paid" is what the register records as paid on
 * the month's incidents.
 */
import type { Fen } from '../money';
import type { IncidentResult } from './engine';

export interface SettlementLine {
  /** The responsible unit, or the person. */
  readonly name: string;
  /** For a person: the unit of their incidents (the first one, when several). */
  readonly unit: string | null;
  /** The month's chargeable incidents. */
  readonly incidents: number;
  readonly due: Fen;
  readonly paid: Fen;
  readonly outstanding: Fen;
  /** Still owed from earlier months (前期未清). */
  readonly broughtForward: Fen;
  /** outstanding + broughtForward. */
  readonly totalOutstanding: Fen;
  /** The part of totalOutstanding past its due date. */
  readonly overdue: Fen;
}

export interface MonthlySettlement {
  /** "YYYY-MM". */
  readonly month: string;
  readonly byUnit: readonly SettlementLine[];
  readonly byPerson: readonly SettlementLine[];
  readonly total: SettlementLine;
  /** Chargeable incidents without a damage date: in no month (each has a finding). */
  readonly undated: number;
}

interface Acc {
  name: string;
  unit: string | null;
  incidents: number;
  due: Fen;
  paid: Fen;
  outstanding: Fen;
  broughtForward: Fen;
  overdue: Fen;
}

const empty = (name: string, unit: string | null): Acc => ({ name, unit, incidents: 0, due: 0, paid: 0, outstanding: 0, broughtForward: 0, overdue: 0 });

function add(acc: Acc, thisMonth: boolean, amount: Fen, paid: Fen, overdue: boolean): void {
  const outstanding = Math.max(0, amount - paid);
  if (thisMonth) {
    acc.incidents += 1;
    acc.due += amount;
    acc.paid += paid;
    acc.outstanding += outstanding;
  } else {
    acc.broughtForward += outstanding;
  }
  if (overdue) acc.overdue += outstanding;
}

const line = (a: Acc): SettlementLine => ({ ...a, totalOutstanding: a.outstanding + a.broughtForward });

/** The settlement of `month` ("YYYY-MM") from computed results. Groups keep the register's order. */
export function settleMonthly(results: readonly IncidentResult[], month: string): MonthlySettlement {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new RangeError(`not a month: ${month}`);
  const units = new Map<string, Acc>();
  const persons = new Map<string, Acc>();
  const total = empty('', null);
  let undated = 0;
  for (const r of results) {
    if (r.disposition !== 'compensate' || r.amount <= 0) continue;
    if (r.month === null) {
      undated++;
      continue;
    }
    if (r.month > month) continue;
    const thisMonth = r.month === month;
    if (!thisMonth && r.outstanding === 0) continue;
    const unitName = r.responsibleUnit ?? '';
    const u = units.get(unitName) ?? empty(unitName, null);
    units.set(unitName, u);
    add(u, thisMonth, r.amount, r.paid, r.overdue);
    add(total, thisMonth, r.amount, r.paid, r.overdue);
    for (const p of r.payers) {
      if (p.kind !== 'person') continue;
      const key = `${p.name}\u0000${unitName}`;
      const acc = persons.get(key) ?? empty(p.name, r.responsibleUnit);
      persons.set(key, acc);
      add(acc, thisMonth, p.amount, p.paid, r.overdue);
    }
  }
  return { month, byUnit: [...units.values()].map(line), byPerson: [...persons.values()].map(line), total: line(total), undated };
}
