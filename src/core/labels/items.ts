/**
 * The items labels are printed for: rows of a ledger with the texts a label shows, chosen by
 * 使用部门 / 存放地点 / 资产分类 or by row. The QR payload is the code in the form reconciliation
 * matches on (normalizeCode), so a scanned label finds its ledger row by the exact pass.
 */
import { z } from 'zod';
import { sameText } from '../reconcile/normalize';
import { normalizeCode } from '../text';

export interface LabelItem {
  /** The ledger's own row number. */
  readonly row: number;
  /** As written in the ledger, trimmed. */
  readonly code: string;
  readonly name: string;
  readonly category: string;
  readonly department: string;
  readonly location: string;
  /** ISO date, '' when the ledger has none. */
  readonly acquiredOn: string;
  readonly quantity: number;
}

export const labelFilterFieldSchema = z.enum(['department', 'location', 'category']);
export type LabelFilterField = z.infer<typeof labelFilterFieldSchema>;

/** Each field's filter lists the values accepted (any of them); fields combine with AND. */
export interface LabelSelection {
  readonly filters?: Readonly<Partial<Record<LabelFilterField, readonly string[]>>>;
  /** The ledger's row numbers chosen by hand; all rows when absent. */
  readonly rows?: readonly number[];
}

export interface SelectedItems {
  /** Items to label, in ledger order, with their payload. */
  readonly labelled: Array<LabelItem & { readonly payload: string }>;
  /** Chosen items that have no code: listed for the office, not labelled. */
  readonly withoutCode: LabelItem[];
}

/** The QR / Code 128 payload: exactly the key reconciliation's exact pass compares. */
export function labelPayload(code: string): string {
  return normalizeCode(code);
}

export function selectItems(items: readonly LabelItem[], selection: LabelSelection = {}): SelectedItems {
  const rows = selection.rows ? new Set(selection.rows) : null;
  const filters = Object.entries(selection.filters ?? {}) as Array<[LabelFilterField, readonly string[]]>;
  const labelled: SelectedItems['labelled'] = [];
  const withoutCode: LabelItem[] = [];
  for (const item of items) {
    if (rows && !rows.has(item.row)) continue;
    if (!filters.every(([field, values]) => values.some((v) => sameText(item[field], v)))) continue;
    const payload = labelPayload(item.code);
    if (payload === '') withoutCode.push(item);
    else labelled.push({ ...item, payload });
  }
  return { labelled, withoutCode };
}

/** "使用部门=初一(3)班" / "department=初一(3)班" / "存放地点=实验楼,教学楼" → a filter; null when the field is unknown. */
const FILTER_NAMES: ReadonlyMap<string, LabelFilterField> = new Map([
  ['使用部门', 'department'], ['部门', 'department'], ['班级', 'department'], ['department', 'department'],
  ['存放地点', 'location'], ['地点', 'location'], ['位置', 'location'], ['location', 'location'],
  ['资产分类', 'category'], ['分类', 'category'], ['类别', 'category'], ['category', 'category'],
]);

export function parseFilter(text: string): { field: LabelFilterField; values: string[] } | null {
  const at = text.search(/[=＝]/);
  if (at <= 0) return null;
  const field = FILTER_NAMES.get(text.slice(0, at).trim().toLowerCase());
  const values = text.slice(at + 1).split(/[,，]/).map((v) => v.trim()).filter((v) => v !== '');
  return field && values.length > 0 ? { field, values } : null;
}
