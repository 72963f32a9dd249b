/**
 * Totals by group (账账相符 by 资产分类 or 使用部门, and `--by FIELD` on a count): quantity and amount per
 * group on each side, the difference (right − left, so a negative is a shortfall on the right), and
 * the rows that make each group up. Group keys compare in the normalized form (so "办公室" and
 * "办公室 " are one group) and show as first written.
 */
import { splitFen, type Fen } from '../money';
import { C_DUPLICATE, C_MATCHED, type ReconcileResult } from './engine';
import { compareKey } from './normalize';
import type { AssetRow, GroupField } from './records';
import { roundQuantity, valueOf, valueOfQuantity } from './value';

export interface GroupSide {
  readonly quantity: number;
  readonly amount: Fen;
  /** Sheet rows in the group, ascending. */
  readonly rows: readonly number[];
  /** Rows whose value is unknown (no price): their amount counts as 0. */
  readonly unpriced: number;
}

export interface GroupTotal {
  /** The normalized key ('' for rows with the field blank). */
  readonly key: string;
  /** The group as first written (lowest row); '' for the blank group. */
  readonly label: string;
  readonly left: GroupSide;
  readonly right: GroupSide;
  readonly quantityDifference: number;
  readonly amountDifference: Fen;
}

/** A row to total: the row and its value (undefined when unknown). */
export interface Valued {
  readonly row: AssetRow;
  readonly value: Fen | undefined;
  /** Where the group comes from when the row leaves the field blank (a count row's matched ledger row). */
  readonly fallback?: AssetRow;
}

interface Acc {
  quantity: number;
  amount: Fen;
  rows: number[];
  unpriced: number;
}

function groupKey(row: AssetRow, field: GroupField): string {
  return field === 'code' ? row.codeKey : compareKey(row[field]);
}

function emptyAcc(): Acc {
  return { quantity: 0, amount: 0, rows: [], unpriced: 0 };
}

function finish(a: Acc): GroupSide {
  return { quantity: roundQuantity(a.quantity), amount: a.amount, rows: a.rows.sort((x, y) => x - y), unpriced: a.unpriced };
}

export function groupTotals(left: Iterable<Valued>, right: Iterable<Valued>, field: GroupField): GroupTotal[] {
  const groups = new Map<string, { label: string; labelRow: number; left: Acc; right: Acc }>();
  const add = (v: Valued, side: 'left' | 'right'): void => {
    let source = v.row;
    let key = groupKey(source, field);
    if (key === '' && v.fallback) {
      source = v.fallback;
      key = groupKey(source, field);
    }
    let g = groups.get(key);
    const label = (field === 'code' ? source.code : source[field]).trim();
    if (!g) {
      g = { label, labelRow: Infinity, left: emptyAcc(), right: emptyAcc() };
      groups.set(key, g);
    }
    // The left side's spelling wins; within a side, the lowest row's.
    const rank = (side === 'left' ? 0 : 1e12) + v.row.row;
    if (rank < g.labelRow) {
      g.label = label;
      g.labelRow = rank;
    }
    const acc = g[side];
    acc.quantity += v.row.quantity;
    acc.rows.push(v.row.row);
    if (v.value === undefined) acc.unpriced++;
    else acc.amount += v.value;
  };
  for (const v of left) add(v, 'left');
  for (const v of right) add(v, 'right');
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return keys.map((key) => {
    const g = groups.get(key) as { label: string; left: Acc; right: Acc };
    const l = finish(g.left);
    const r = finish(g.right);
    return {
      key,
      label: g.label,
      left: l,
      right: r,
      quantityDifference: roundQuantity(r.quantity - l.quantity),
      amountDifference: r.amount - l.amount,
    };
  });
}

export function* valuedRows(rows: readonly AssetRow[]): Generator<Valued> {
  for (const row of rows) yield { row, value: valueOf(row) };
}

/**
 * Group totals of a count against its ledger. The count side leaves duplicates out (their quantity is
 * not added) and values what was counted on a matched row at the ledger's price — the book value of
 * what is physically there, so a fully counted row is worth exactly its ledger amount; a split set's
 * value is shared among its parts by quantity (largest remainder, so the parts add up). Unmatched
 * count rows keep their own price, if any. A count row groups under its own value of the field (a
 * desk found in another department is that department's), and under its ledger row's when it leaves
 * the field blank (count sheets rarely repeat 资产分类).
 */
export function reconcileGroups(result: ReconcileResult, field: GroupField): GroupTotal[] {
  const { ledger, count, countOutcome, firstPart } = result;
  const partValue = new Float64Array(count.length).fill(NaN);
  for (let l = 0; l < ledger.length; l++) {
    const first = firstPart[l] as number;
    if (first < 0) continue;
    const total = valueOfQuantity(ledger[l] as AssetRow, result.counted[l] as number);
    if (total === undefined) continue;
    const parts = result.splits.get(l);
    if (!parts) {
      partValue[first] = total;
      continue;
    }
    const weights = parts.map((c) => Math.max(0, (count[c] as AssetRow).quantity));
    const shares = weights.some((w) => w > 0) ? splitFen(total, weights) : parts.map((_, i) => (i === 0 ? total : 0));
    parts.forEach((c, i) => (partValue[c] = shares[i] as number));
  }
  function* counted(): Generator<Valued> {
    for (let c = 0; c < count.length; c++) {
      const o = countOutcome[c];
      if (o === C_DUPLICATE) continue;
      const row = count[c] as AssetRow;
      const v = partValue[c] as number;
      if (o === C_MATCHED) yield { row, value: Number.isNaN(v) ? undefined : v, fallback: ledger[result.countLedger[c] as number] as AssetRow };
      else yield { row, value: valueOf(row) };
    }
  }
  return groupTotals(valuedRows(ledger), counted(), field);
}
