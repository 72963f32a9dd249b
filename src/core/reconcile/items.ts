/**
 * A run's outcome as a list of items, one per ledger row and one per count row that matched no
 * ledger row, in the order people read them: ledger rows by sheet row; a duplicate (重复) or a
 * possible match (疑似) right after the ledger row it duplicates or might be; surpluses (盘盈) last
 * by count row. Built on demand for renderers and JSON; the engine itself keeps only arrays.
 */
import type { Candidate } from './candidates';
import type { RowDifferences } from './differences';
import { C_DUPLICATE, C_MATCHED, C_POSSIBLE, L_MATCHED, type ReconcileResult } from './engine';
import type { AssetRow } from './records';

export type ItemStatus = 'matched' | 'shortage' | 'surplus' | 'duplicate' | 'possibleMatch';
/** What the sheets show: a matched row is 相符 or 不符. */
export type DisplayStatus = 'agreed' | 'mismatch' | 'shortage' | 'surplus' | 'duplicate' | 'possibleMatch';

export interface ReconcileItem {
  readonly status: ItemStatus;
  /** Ledger row index: the matched or missing row, the row duplicated, or the best candidate; -1 for a surplus. */
  readonly ledger: number;
  /** Count row index (the first part of a split set); -1 for a shortage. */
  readonly count: number;
  /** All count rows of a matched ledger row, in sheet-row order. */
  readonly parts: readonly number[];
  readonly differences: RowDifferences | null;
  readonly candidates: readonly Candidate[];
  /** Matched because the user confirmed a proposal. */
  readonly confirmed: boolean;
}

export function displayStatus(item: ReconcileItem): DisplayStatus {
  if (item.status !== 'matched') return item.status;
  return item.differences ? 'mismatch' : 'agreed';
}

/** The code an item is known by: the ledger's as written, the count's for rows with no ledger row. */
export function itemCode(result: ReconcileResult, item: ReconcileItem): string {
  if (item.status === 'matched' || item.status === 'shortage' || item.status === 'duplicate') return (result.ledger[item.ledger] as AssetRow).code;
  return (result.count[item.count] as AssetRow).code;
}

export function itemName(result: ReconcileResult, item: ReconcileItem): string {
  const own = item.count >= 0 ? (result.count[item.count] as AssetRow).name : '';
  if (item.status === 'matched' || item.status === 'shortage' || item.status === 'duplicate') {
    return (result.ledger[item.ledger] as AssetRow).name || own;
  }
  return own;
}

/** Ledger indices in sheet-row order; the input order when it already is (the usual case). */
function sortedIndices(rows: readonly AssetRow[]): number[] {
  const order = new Array<number>(rows.length);
  let sorted = true;
  for (let i = 0; i < rows.length; i++) {
    order[i] = i;
    if (i > 0 && (rows[i] as AssetRow).row < (rows[i - 1] as AssetRow).row) sorted = false;
  }
  if (!sorted) order.sort((a, b) => (rows[a] as AssetRow).row - (rows[b] as AssetRow).row || a - b);
  return order;
}

export interface ListOptions {
  /** Leave out matched rows that agree (相符), for problem lists. */
  readonly problemsOnly?: boolean;
}

export function listItems(result: ReconcileResult, list: ListOptions = {}): ReconcileItem[] {
  const { ledger, count, countOutcome, countLedger } = result;
  const anchored = new Map<number, number[]>();
  const surplus: number[] = [];
  for (const c of sortedIndices(count)) {
    const o = countOutcome[c];
    if (o === C_MATCHED) continue;
    if (o === C_DUPLICATE || o === C_POSSIBLE) {
      const l = countLedger[c] as number;
      const at = anchored.get(l);
      if (at) at.push(c);
      else anchored.set(l, [c]);
    } else surplus.push(c);
  }

  const items: ReconcileItem[] = [];
  const none: readonly number[] = [];
  for (const l of sortedIndices(ledger)) {
    if (result.ledgerOutcome[l] === L_MATCHED) {
      const first = result.firstPart[l] as number;
      const differences = result.differences.get(l) ?? null;
      if (!(list.problemsOnly && differences === null && !result.splits.has(l))) {
        const parts = result.splits.get(l) ?? [first];
        let confirmed = false;
        for (const c of parts) if (result.confirmed.has(c)) confirmed = true;
        items.push({ status: 'matched', ledger: l, count: first, parts, differences, candidates: [], confirmed });
      }
    } else {
      items.push({ status: 'shortage', ledger: l, count: -1, parts: none, differences: null, candidates: [], confirmed: false });
    }
    for (const c of anchored.get(l) ?? none) {
      const status = countOutcome[c] === C_DUPLICATE ? 'duplicate' : 'possibleMatch';
      const candidates = result.proposals.get(c) ?? [];
      items.push({ status, ledger: l, count: c, parts: none, differences: null, candidates, confirmed: false });
    }
  }
  for (const c of surplus) {
    items.push({ status: 'surplus', ledger: -1, count: c, parts: none, differences: null, candidates: [], confirmed: false });
  }
  return items;
}
