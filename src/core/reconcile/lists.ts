/**
 * The 盘亏 and 盘盈 lists a count report and its follow-ups are made of. 盘亏 is everything missing:
 * ledger rows not found and shortfalls on matched rows (found 48 of 50). 盘盈 is everything found
 * beyond the books: count rows with no ledger row and overages on matched rows (found 52 of 50).
 * Amounts are at the ledger unit price; a 盘盈 row with no ledger row carries its own price, if any.
 * The lists add up to the summary: Σ shortage = shortageAmount, Σ surplus = surplusAmount + overAmount.
 */
import type { Fen } from '../money';
import { C_POSSIBLE, C_SURPLUS, L_MATCHED, type ReconcileResult } from './engine';
import type { AssetRow } from './records';
import { roundQuantity, valueOf, valueOfQuantity } from './value';

export interface ShortageEntry {
  /** Ledger row index. */
  readonly ledger: number;
  /** True when the whole row was not found. */
  readonly whole: boolean;
  readonly bookQuantity: number;
  readonly countedQuantity: number;
  /** Quantity missing. */
  readonly quantity: number;
  readonly amount: Fen | undefined;
}

export interface SurplusEntry {
  /** 'surplus': a count row with no ledger row; 'over': more counted than the books on a matched row; 'possibleMatch': pending. */
  readonly kind: 'surplus' | 'over' | 'possibleMatch';
  /** Ledger row index for 'over' (and the best candidate of a possible match), else -1. */
  readonly ledger: number;
  /** Count row index (the first part for 'over'). */
  readonly count: number;
  readonly quantity: number;
  readonly amount: Fen | undefined;
}

export function shortageEntries(result: ReconcileResult): ShortageEntry[] {
  const out: ShortageEntry[] = [];
  for (let l = 0; l < result.ledger.length; l++) {
    const book = result.ledger[l] as AssetRow;
    if (result.ledgerOutcome[l] !== L_MATCHED) {
      out.push({ ledger: l, whole: true, bookQuantity: book.quantity, countedQuantity: 0, quantity: book.quantity, amount: valueOf(book) });
      continue;
    }
    const counted = result.counted[l] as number;
    if (counted >= book.quantity) continue;
    const missing = roundQuantity(book.quantity - counted);
    const d = result.differences.get(l);
    const amount = d?.quantityAmount !== undefined ? -d.quantityAmount : valueOfQuantity(book, missing);
    out.push({ ledger: l, whole: false, bookQuantity: book.quantity, countedQuantity: counted, quantity: missing, amount });
  }
  return out.sort((a, b) => (result.ledger[a.ledger] as AssetRow).row - (result.ledger[b.ledger] as AssetRow).row || a.ledger - b.ledger);
}

export function surplusEntries(result: ReconcileResult, options: { readonly includePossible?: boolean } = {}): SurplusEntry[] {
  const overs: SurplusEntry[] = [];
  for (let l = 0; l < result.ledger.length; l++) {
    if (result.ledgerOutcome[l] !== L_MATCHED) continue;
    const book = result.ledger[l] as AssetRow;
    const counted = result.counted[l] as number;
    if (counted <= book.quantity) continue;
    const extra = roundQuantity(counted - book.quantity);
    const d = result.differences.get(l);
    overs.push({ kind: 'over', ledger: l, count: result.firstPart[l] as number, quantity: extra, amount: d?.quantityAmount ?? valueOfQuantity(book, extra) });
  }
  overs.sort((a, b) => (result.ledger[a.ledger] as AssetRow).row - (result.ledger[b.ledger] as AssetRow).row || a.ledger - b.ledger);
  const found: SurplusEntry[] = [];
  for (let c = 0; c < result.count.length; c++) {
    const o = result.countOutcome[c];
    const possible = o === C_POSSIBLE;
    if (o !== C_SURPLUS && !(possible && options.includePossible)) continue;
    const row = result.count[c] as AssetRow;
    found.push({ kind: possible ? 'possibleMatch' : 'surplus', ledger: possible ? (result.countLedger[c] as number) : -1, count: c, quantity: row.quantity, amount: valueOf(row) });
  }
  found.sort((a, b) => (result.count[a.count] as AssetRow).row - (result.count[b.count] as AssetRow).row || a.count - b.count);
  return [...overs, ...found];
}
