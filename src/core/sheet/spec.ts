/**
 * A SheetSpec is a declarative sheet: what Taizhang wants on a sheet it owns, as a stack of blocks
 * (title, text lines, tables, signature lines, page breaks), with print setup. Renderers in core
 * produce specs; adapters write them and hold no business layout, so the add-in, the workbench and
 * the CLI produce the same sheets.
 */
import { z } from 'zod';

/** A value to write. Strings are always literal text, never formulas. */
export const specValueSchema = z.union([
  z.null(),
  z.string(),
  z.number(),
  z.boolean(),
  z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  /** A formula Taizhang itself writes (computed columns, totals). `{row}` is replaced by the sheet row. */
  z.object({ formula: z.string().startsWith('='), result: z.union([z.number(), z.string()]).optional() }),
  /** A hyperlink to a cell of this workbook ("盘点表!D17"), shown as text. */
  z.object({ text: z.string(), link: z.string() }),
]);
export type SpecValue = z.infer<typeof specValueSchema>;

export const rowStyleSchema = z.enum(['normal', 'good', 'bad', 'warn', 'info', 'muted', 'subtotal', 'total']);
export type RowStyle = z.infer<typeof rowStyleSchema>;

export const columnSpecSchema = z.object({
  header: z.string(),
  /** Width in characters (Excel's unit). */
  width: z.number().positive().optional(),
  /** Excel number format, e.g. "#,##0.00", "yyyy-mm-dd", "@". */
  numFmt: z.string().optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
  wrap: z.boolean().optional(),
  /** A drop-down list of allowed values (data validation). */
  list: z.array(z.string()).optional(),
  /** Help text shown when the cell is selected (data validation input message). */
  help: z.string().optional(),
});
export type ColumnSpec = z.infer<typeof columnSpecSchema>;

export const tableBlockSchema = z.object({
  type: z.literal('table'),
  columns: z.array(columnSpecSchema).min(1),
  /** Optional group row above the header: label spanning columns [from, to] (0-based, inclusive). */
  groups: z.array(z.object({ label: z.string(), from: z.number().int().min(0), to: z.number().int().min(0) })).optional(),
  rows: z.array(z.array(specValueSchema)),
  rowStyles: z.array(rowStyleSchema).optional(),
  /** A total row after the data: label in `labelColumn`, SUM formulas in `sumColumns` (0-based). */
  total: z.object({ label: z.string(), labelColumn: z.number().int().min(0), sumColumns: z.array(z.number().int().min(0)) }).optional(),
  /** Write as an Excel table (ListObject) with this name; gives filters and banding. */
  tableName: z.string().regex(/^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/).optional(),
  autoFilter: z.boolean().optional(),
  /** Freeze panes below this table's header (the first table of a sheet only). */
  freezeHeader: z.boolean().optional(),
  /** Extra blank rows, formatted like data rows, for people to type into (registers). */
  blankRows: z.number().int().min(0).optional(),
});
export type TableBlock = z.infer<typeof tableBlockSchema>;

export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('title'), text: z.string(), size: z.number().positive().optional() }),
  /** Lines of text across the sheet's width ("单位：元", "截止日期：…"); `align` right for the unit line. */
  z.object({ type: z.literal('lines'), lines: z.array(z.string()), align: z.enum(['left', 'center', 'right']).optional() }),
  /** Label/value pairs, two per row, for summary blocks and notices. */
  z.object({ type: z.literal('fields'), pairs: z.array(z.tuple([z.string(), specValueSchema])), numFmt: z.string().optional() }),
  tableBlockSchema,
  /** Signature line: "制表人：____  审核：____  日期：____". */
  z.object({ type: z.literal('signatures'), labels: z.array(z.string()) }),
  z.object({ type: z.literal('spacer'), rows: z.number().int().min(1).optional() }),
  z.object({ type: z.literal('pageBreak') }),
]);
export type Block = z.infer<typeof blockSchema>;

export const printSpecSchema = z.object({
  paper: z.enum(['A4', 'A5']).default('A4'),
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  fitToWidth: z.boolean().default(true),
  /** Repeat the first table's header rows on every printed page. */
  repeatHeader: z.boolean().default(true),
  /** Centre footer; Excel codes &P (page) and &N (pages) allowed. */
  footer: z.string().optional(),
});
export type PrintSpec = z.infer<typeof printSpecSchema>;

export const sheetSpecSchema = z.object({
  /** Desired sheet name; the app layer resolves collisions with the user's sheets before writing. */
  name: z.string().min(1).max(31),
  /** What produced it ("inspect", "reconcile.result"…): a re-run replaces only sheets of the same kind. */
  kind: z.string(),
  /** Total width in columns, for titles and lines to span; defaults to the widest table. */
  width: z.number().int().min(1).optional(),
  /** Column widths in characters by column index (0-based), overriding the tables'. */
  columnWidths: z.array(z.number().positive()).optional(),
  blocks: z.array(blockSchema),
  print: printSpecSchema.optional(),
  tabColor: z.string().regex(/^[0-9A-F]{6}$/).optional(),
});
export type SheetSpec = z.infer<typeof sheetSpecSchema>;

/** Columns the spec spans: its explicit width or its widest table. */
export function specWidth(spec: SheetSpec): number {
  let w = spec.width ?? 1;
  for (const b of spec.blocks) {
    if (b.type === 'table') w = Math.max(w, b.columns.length);
    if (b.type === 'fields') w = Math.max(w, 4);
    if (b.type === 'signatures') w = Math.max(w, b.labels.length * 2);
  }
  return w;
}
