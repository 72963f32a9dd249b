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

/** Builds a row with its normalized code key; throws a zod error on a malformed record (a bug upstream). */
export function assetRow(input: AssetRowInput): AssetRow {
  const r = assetRowInputSchema.parse(input);
  const code = r.code.trim();
  const row: AssetRow = {
    row: r.row,
    code,
    codeKey: normalizeCode(code),
    name: r.name,
    spec: r.spec,
    category: r.category,
    department: r.department,
    location: r.location,
    custodian: r.custodian,
    status: r.status,
    quantity: r.quantity,
  };
  if (r.unitPrice !== undefined) row.unitPrice = r.unitPrice;
  if (r.amount !== undefined) row.amount = r.amount;
  return row;
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
