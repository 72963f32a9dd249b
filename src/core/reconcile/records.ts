/**
 * The rows reconciliation works on: one shape for a ledger row (账面) and a count row (实盘), so a
 * second ledger can stand in for the count (账账相符). Phase 2 fills them from parsed sheets or scan
 * files; the engine trusts them as typed and never re-validates a million rows.
 */
import { z } from 'zod';
import { normalizeCode } from '../text';

/** Integer 分. */
const fenSchema = z.number().int();

export const assetRowSchema = z.object({
  /** The sheet's own row number (a scan file's line number). */
  row: z.number().int().min(1),
  /** The code as written, trimmed; '' when the row has none (codeless 盘盈 items). */
  code: z.string(),
  /** normalizeCode(code): what the exact pass compares; '' when there is no code. */
  codeKey: z.string(),
  name: z.string(),
  spec: z.string(),
  category: z.string(),
  department: z.string(),
  location: z.string(),
  custodian: z.string(),
  status: z.string(),
  quantity: z.number().finite(),
  unitPrice: fenSchema.optional(),
  amount: fenSchema.optional(),
});
export type AssetRow = z.infer<typeof assetRowSchema>;
export type LedgerRow = AssetRow;
export type CountRow = AssetRow;

/** What a caller may give: text fields default to '', codeKey is derived from code. */
export const assetRowInputSchema = z.object({
  row: z.number().int().min(1),
  code: z.string().default(''),
  name: z.string().default(''),
  spec: z.string().default(''),
  category: z.string().default(''),
  department: z.string().default(''),
  location: z.string().default(''),
  custodian: z.string().default(''),
  status: z.string().default(''),
  quantity: z.number().finite(),
  unitPrice: fenSchema.optional(),
  amount: fenSchema.optional(),
});
export type AssetRowInput = z.input<typeof assetRowInputSchema>;

/**
 * Builds a row with its normalized code key; throws on a malformed record (a bug upstream). Called
 * for every row of both sides of a reconcile, so it checks what the schema states by hand rather
 * than running a schema parse per row.
 */
export function assetRow(input: AssetRowInput): AssetRow {
  if (!Number.isInteger(input.row) || input.row < 1) throw new Error(`asset row: row must be a whole number from 1, got ${input.row}`);
  if (!Number.isFinite(input.quantity)) throw new Error(`asset row ${input.row}: quantity must be finite, got ${input.quantity}`);
  const code = (input.code ?? '').trim();
  const row: AssetRow = {
    row: input.row,
    code,
    codeKey: normalizeCode(code),
    name: input.name ?? '',
    spec: input.spec ?? '',
    category: input.category ?? '',
    department: input.department ?? '',
    location: input.location ?? '',
    custodian: input.custodian ?? '',
    status: input.status ?? '',
    quantity: input.quantity,
  };
  if (input.unitPrice !== undefined) row.unitPrice = wholeFen(input.unitPrice, 'unitPrice', input.row);
  if (input.amount !== undefined) row.amount = wholeFen(input.amount, 'amount', input.row);
  return row;
}

function wholeFen(fen: number, field: string, row: number): number {
  if (!Number.isInteger(fen)) throw new Error(`asset row ${row}: ${field} must be whole fen, got ${fen}`);
  return fen;
}

/** Text fields a user can choose to compare on matched rows, in the order differences are listed. */
export const TEXT_COMPARE_FIELDS = ['name', 'spec', 'category', 'department', 'location', 'custodian', 'status'] as const;
export const MONEY_COMPARE_FIELDS = ['unitPrice', 'amount'] as const;
export const compareFieldSchema = z.enum([...TEXT_COMPARE_FIELDS, ...MONEY_COMPARE_FIELDS]);
export type CompareField = z.infer<typeof compareFieldSchema>;
export type TextField = (typeof TEXT_COMPARE_FIELDS)[number];
export type MoneyField = (typeof MONEY_COMPARE_FIELDS)[number];

/** Fields rows can be grouped by for totals (账账 by category, department…). */
export const groupFieldSchema = z.enum(['code', 'name', 'spec', 'category', 'department', 'location', 'custodian', 'status']);
export type GroupField = z.infer<typeof groupFieldSchema>;
