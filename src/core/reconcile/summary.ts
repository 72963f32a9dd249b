/**
 * The totals of a run, computed from the outcome arrays in one pass per side. Quantities and amounts
 * add up by construction:
 *   ledgerQuantity − shortageQuantity + overQuantity + surplusQuantity + possibleMatchQuantity = countedQuantity
 *   shortageAmount = value of the 盘亏 rows + value of the quantity shortfalls on matched rows
 * Duplicates are not counted (重复 rows add nothing). A ledger row with a pending possible match stays
 * a shortage until the user confirms it.
 */
import type { Fen } from '../money';
import type { RowDifferences } from './differences';
import type { ReconcileOptions } from './options';
import type { AssetRow } from './records';
import { roundQuantity, valueOf, valueOfQuantity } from './value';

export interface ReconcileSummary {
  readonly ledgerRows: number;
  readonly countRows: number;
  /** Ledger rows matched (a split set is one). */
  readonly matched: number;
  /** Count rows matched (each part of a split set). */
  readonly matchedCountRows: number;
  /** Matched ledger rows with no difference (相符). */
  readonly agreed: number;
  /** Matched ledger rows with any difference (不符). */
  readonly mismatched: number;
  readonly shortage: number;
  readonly surplus: number;
  readonly quantityMismatch: number;
  readonly fieldMismatch: number;
  readonly duplicates: number;
  readonly possibleMatches: number;
  readonly splitSets: number;
  readonly ledgerQuantity: number;
  readonly ledgerAmount: Fen;
  readonly ledgerRowsWithoutPrice: number;
  /** Everything physically counted, duplicates excluded. */
  readonly countedQuantity: number;
  /** Counted on matched ledger rows. */
  readonly matchedQuantity: number;
  /** Whole 盘亏 rows plus shortfalls on matched rows. */
  readonly shortageQuantity: number;
  readonly shortageAmount: Fen;
  /** Value of the 盘亏 rows alone (without shortfalls). */
  readonly shortageRowsAmount: Fen;
  /** Overages on matched rows (counted more than the books). */
  readonly overQuantity: number;
  readonly overAmount: Fen;
  readonly surplusQuantity: number;
  /** Value of 盘盈 rows that carry a price. */
  readonly surplusAmount: Fen;
  readonly surplusRowsWithoutPrice: number;
  readonly possibleMatchQuantity: number;
  readonly duplicateQuantity: number;
}

export interface OutcomeArrays {
  readonly ledger: readonly AssetRow[];
  readonly count: readonly AssetRow[];
  readonly options: ReconcileOptions;
  readonly ledgerOutcome: Uint8Array;
  readonly countOutcome: Uint8Array;
  readonly counted: Float64Array;
  readonly splits: ReadonlyMap<number, readonly number[]>;
  readonly differences: ReadonlyMap<number, RowDifferences>;
}

// Kept in step with engine.ts's outcome codes (not imported: engine imports this module).
const L_MATCHED = 0;
const C_MATCHED = 0;
const C_SURPLUS = 1;
const C_DUPLICATE = 2;

export function summarize(r: OutcomeArrays): ReconcileSummary {
  let matched = 0;
  let ledgerQuantity = 0;
  let ledgerAmount = 0;
  let ledgerRowsWithoutPrice = 0;
  let matchedQuantity = 0;
  let shortageQuantity = 0;
  let shortageAmount = 0;
  let shortageRowsAmount = 0;
  let overQuantity = 0;
  let overAmount = 0;
  let quantityMismatch = 0;
  for (let l = 0; l < r.ledger.length; l++) {
    const row = r.ledger[l] as AssetRow;
    const q = row.quantity;
    ledgerQuantity += q;
    let value = row.amount;
    if (value === undefined) {
      value = valueOf(row);
      if (value === undefined) {
        ledgerRowsWithoutPrice++;
        value = 0;
      }
    }
    ledgerAmount += value;
    if (r.ledgerOutcome[l] !== L_MATCHED) {
      shortageQuantity += q;
      shortageAmount += value;
      shortageRowsAmount += value;
      continue;
    }
    matched++;
    const got = r.counted[l] as number;
    matchedQuantity += got;
    if (got === q) continue;
    quantityMismatch++;
    const diff = roundQuantity(got - q);
    const amount = r.differences.get(l)?.quantityAmount ?? (diff < 0 ? valueOfQuantity(row, -diff) : valueOfQuantity(row, diff));
    if (diff < 0) {
      shortageQuantity -= diff;
      shortageAmount += Math.abs(amount ?? 0);
    } else {
      overQuantity += diff;
      overAmount += Math.abs(amount ?? 0);
    }
  }

  let matchedCountRows = 0;
  let surplus = 0;
  let surplusQuantity = 0;
  let surplusAmount = 0;
  let surplusRowsWithoutPrice = 0;
  let duplicates = 0;
  let duplicateQuantity = 0;
  let possibleMatches = 0;
  let possibleMatchQuantity = 0;
  for (let c = 0; c < r.count.length; c++) {
    const row = r.count[c] as AssetRow;
    const o = r.countOutcome[c];
    if (o === C_MATCHED) matchedCountRows++;
    else if (o === C_SURPLUS) {
      surplus++;
      surplusQuantity += row.quantity;
      const v = valueOf(row);
      if (v === undefined) surplusRowsWithoutPrice++;
      else surplusAmount += v;
    } else if (o === C_DUPLICATE) {
      duplicates++;
      duplicateQuantity += row.quantity;
    } else {
      possibleMatches++;
      possibleMatchQuantity += row.quantity;
    }
  }

  let fieldMismatch = 0;
  for (const d of r.differences.values()) if (d.fields.length > 0) fieldMismatch++;
  matchedQuantity = roundQuantity(matchedQuantity);
  surplusQuantity = roundQuantity(surplusQuantity);
  possibleMatchQuantity = roundQuantity(possibleMatchQuantity);

  return {
    ledgerRows: r.ledger.length,
    countRows: r.count.length,
    matched,
    matchedCountRows,
    agreed: matched - r.differences.size,
    mismatched: r.differences.size,
    shortage: r.ledger.length - matched,
    surplus,
    quantityMismatch,
    fieldMismatch,
    duplicates,
    possibleMatches,
    splitSets: r.splits.size,
    ledgerQuantity: roundQuantity(ledgerQuantity),
    ledgerAmount,
    ledgerRowsWithoutPrice,
    countedQuantity: roundQuantity(matchedQuantity + surplusQuantity + possibleMatchQuantity),
    matchedQuantity,
    shortageQuantity: roundQuantity(shortageQuantity),
    shortageAmount,
    shortageRowsAmount,
    overQuantity: roundQuantity(overQuantity),
    overAmount,
    surplusQuantity,
    surplusAmount,
    surplusRowsWithoutPrice,
    possibleMatchQuantity,
    duplicateQuantity: roundQuantity(duplicateQuantity),
  };
}
