/**
 * The `--json` output of `taizhang reconcile` (issue 4), as a zod schema and a builder. Amounts are
 * strings in 元 with two decimals; rows are the sheets' own row numbers; `code` is the ledger's code
 * as written (the count's for rows with no ledger row); `differences` uses canonical field keys,
 * "quantity" first. Keys beyond the issue's are allowed and added where they help a script.
 */
import { z } from 'zod';
import { findingSchema } from '../findings';
import { formatFen, type Fen } from '../money';
import type { ReconcileResult } from './engine';
import type { GroupTotal } from './groups';
import { itemCode, itemName, listItems, type ListOptions } from './items';
import type { AssetRow } from './records';

const amount = z.string().regex(/^-?\d+\.\d{2}$/);
const count = z.number().int().min(0);
const rowNumber = z.number().int().min(1);

export const jsonSummarySchema = z.object({
  ledgerRows: count,
  countRows: count,
  matched: count,
  shortage: count,
  surplus: count,
  quantityMismatch: count,
  fieldMismatch: count,
  duplicates: count,
  possibleMatches: count,
  ledgerQuantity: z.number(),
  ledgerAmount: amount,
  shortageAmount: amount,
  matchedCountRows: count,
  agreed: count,
  mismatched: count,
  splitSets: count,
  countedQuantity: z.number(),
  shortageQuantity: z.number(),
  overQuantity: z.number(),
  overAmount: amount,
  surplusQuantity: z.number(),
  surplusAmount: amount,
  duplicateQuantity: z.number(),
  possibleMatchQuantity: z.number(),
});

export const jsonItemSchema = z.object({
  status: z.enum(['matched', 'shortage', 'surplus', 'duplicate', 'possibleMatch']),
  code: z.string(),
  name: z.string(),
  ledgerRow: rowNumber.nullable(),
  countRow: rowNumber.nullable(),
  differences: z.array(z.string()),
  /** Every count row of a split set. */
  countRows: z.array(rowNumber).optional(),
  quantityDifference: z.number().optional(),
  /** The quantity difference at the ledger unit price (signed). */
  amountDifference: amount.optional(),
  fields: z.array(z.object({ field: z.string(), ledger: z.string(), count: z.string() })).optional(),
  /** Possible matches, best first; `ledgerRow` is the best one's. */
  candidates: z.array(z.object({ ledgerRow: rowNumber, score: z.number().min(0).max(1) })).optional(),
  confirmed: z.boolean().optional(),
});

const groupSideSchema = z.object({ quantity: z.number(), amount, rows: z.array(rowNumber) });
export const jsonGroupSchema = z.object({
  key: z.string(),
  left: groupSideSchema,
  right: groupSideSchema,
  quantityDifference: z.number(),
  amountDifference: amount,
});

export const reconcileJsonSchema = z.object({
  summary: jsonSummarySchema,
  items: z.array(jsonItemSchema),
  groups: z.array(jsonGroupSchema).optional(),
  findings: z.array(findingSchema).optional(),
});
export type ReconcileJson = z.infer<typeof reconcileJsonSchema>;
export type JsonItem = z.infer<typeof jsonItemSchema>;
export type JsonGroup = z.infer<typeof jsonGroupSchema>;

function rowOf(rows: readonly AssetRow[], i: number): number | null {
  return i < 0 ? null : (rows[i] as AssetRow).row;
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

export function groupsJson(groups: readonly GroupTotal[]): JsonGroup[] {
  const side = (s: GroupTotal['left']) => ({ quantity: s.quantity, amount: formatFen(s.amount), rows: [...s.rows] });
  return groups.map((g) => ({
    key: g.label,
    left: side(g.left),
    right: side(g.right),
    quantityDifference: g.quantityDifference,
    amountDifference: formatFen(g.amountDifference),
  }));
}

export interface JsonOptions extends ListOptions {
  readonly groups?: readonly GroupTotal[];
  readonly includeFindings?: boolean;
}

export function reconcileJson(result: ReconcileResult, options: JsonOptions = {}): ReconcileJson {
  const s = result.summary;
  const fen = (v: Fen): string => formatFen(v);
  const items: JsonItem[] = listItems(result, options).map((item) => {
    const out: JsonItem = {
      status: item.status,
      code: itemCode(result, item).trim(),
      name: itemName(result, item),
      ledgerRow: rowOf(result.ledger, item.ledger),
      countRow: rowOf(result.count, item.count),
      differences: [],
    };
    const d = item.differences;
    if (d) {
      if (d.quantity !== 0) {
        out.differences.push('quantity');
        out.quantityDifference = d.quantity;
        if (d.quantityAmount !== undefined) out.amountDifference = fen(d.quantityAmount);
      }
      for (const f of d.fields) out.differences.push(f.field);
      if (d.fields.length > 0) out.fields = d.fields.map((f) => ({ field: f.field, ledger: f.ledger, count: f.count }));
    }
    if (item.parts.length > 1) out.countRows = item.parts.map((c) => (result.count[c] as AssetRow).row);
    if (item.candidates.length > 0) {
      out.candidates = item.candidates.map((c) => ({ ledgerRow: (result.ledger[c.ledger] as AssetRow).row, score: round4(c.score) }));
    }
    if (item.confirmed) out.confirmed = true;
    return out;
  });
  const json: ReconcileJson = {
    summary: {
      ledgerRows: s.ledgerRows,
      countRows: s.countRows,
      matched: s.matched,
      shortage: s.shortage,
      surplus: s.surplus,
      quantityMismatch: s.quantityMismatch,
      fieldMismatch: s.fieldMismatch,
      duplicates: s.duplicates,
      possibleMatches: s.possibleMatches,
      ledgerQuantity: s.ledgerQuantity,
      ledgerAmount: fen(s.ledgerAmount),
      shortageAmount: fen(s.shortageAmount),
      matchedCountRows: s.matchedCountRows,
      agreed: s.agreed,
      mismatched: s.mismatched,
      splitSets: s.splitSets,
      countedQuantity: s.countedQuantity,
      shortageQuantity: s.shortageQuantity,
      overQuantity: s.overQuantity,
      overAmount: fen(s.overAmount),
      surplusQuantity: s.surplusQuantity,
      surplusAmount: fen(s.surplusAmount),
      duplicateQuantity: s.duplicateQuantity,
      possibleMatchQuantity: s.possibleMatchQuantity,
    },
    items,
  };
  if (options.groups) json.groups = groupsJson(options.groups);
  if (options.includeFindings) json.findings = [...result.findings];
  return json;
}
