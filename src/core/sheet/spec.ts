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

/**
 * A native chart drawn from one of the spec's tables: categories from one column, one series per
 * value column (named by its header), over the table's data rows (not its blank or total rows).
 * Adapters write it as the spreadsheet's own chart (DrawingML in files, `worksheet.charts` in
 * Excel), referring to the cells, so it follows the numbers if someone edits them.
 */
export const chartSpecSchema = z.object({
  type: z.enum(['bar', 'column', 'line', 'pie']),
  title: z.string(),
  /** The table drawn from: 0-based index among the spec's table blocks. */
  table: z.number().int().min(0),
  /** Column of that table (0-based) holding the category labels. */
  categoryColumn: z.number().int().min(0),
  /** Columns (0-based) holding the values, one series each; a pie draws only the first. */
  valueColumns: z.array(z.number().int().min(0)).min(1),
  /** Series names as literal text, when the column headers are not enough ("金额" under 旧管 and 实在). */
  seriesNames: z.array(z.string()).optional(),
  /** Data rows drawn (0-based, inclusive) when not all: leaves out a total or subtotal row written as data. */
  rows: z.object({ from: z.number().int().min(0), to: z.number().int().min(0) }).optional(),
  /** Top-left corner: the first row of block `block` (usually a spacer kept free for the chart), column `column` (0-based). */
  anchor: z.object({
    block: z.number().int().min(0),
    column: z.number().int().min(0).optional(),
    /** Size in points (CHART_DEFAULT_SIZE when absent). */
    width: z.number().positive().max(2000).optional(),
    height: z.number().positive().max(2000).optional(),
  }),
});
export type ChartSpec = z.infer<typeof chartSpecSchema>;

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
  charts: z.array(chartSpecSchema).optional(),
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

export const CHART_DEFAULT_SIZE = { width: 480, height: 270 } as const;

/** Rows a block takes on the sheet, as both adapters lay blocks out (stacked from row 1, no gaps). */
export function blockRowCount(b: Block): number {
  switch (b.type) {
    case 'title':
    case 'signatures':
      return 1;
    case 'lines':
      return b.lines.length;
    case 'fields':
      return Math.ceil(b.pairs.length / 2);
    case 'table': {
      // An Excel table needs a data row, so an empty named table gets one blank row.
      const blank = b.tableName && b.rows.length + (b.blankRows ?? 0) === 0 ? 1 : (b.blankRows ?? 0);
      return (b.groups?.length ? 1 : 0) + 1 + b.rows.length + blank + (b.total ? 1 : 0);
    }
    case 'spacer':
      return b.rows ?? 1;
    case 'pageBreak':
      return 0;
  }
}

/** A chart resolved to cells: 1-based sheet rows and columns, with the values the cells hold. */
export interface ChartPlacement {
  readonly chart: ChartSpec;
  /** Category labels: rows `firstRow..lastRow` of `categoryColumn`. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly categoryColumn: number;
  readonly categories: readonly string[];
  /** `literalName`: the name is the spec's own text, not the header cell's. */
  readonly series: ReadonlyArray<{ readonly name: string; readonly literalName: boolean; readonly headerRow: number; readonly column: number; readonly values: ReadonlyArray<number | null> }>;
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly width: number;
  readonly height: number;
}

function chartNumber(v: SpecValue | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'object' && v !== null && 'formula' in v && typeof v.result === 'number') return v.result;
  return null;
}

function chartLabel(v: SpecValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if ('date' in v) return v.date;
  if ('text' in v) return v.text;
  return v.result === undefined ? '' : String(v.result);
}

/**
 * Where each chart of a spec draws from and sits. Charts on a table with no data rows, or naming a
 * column the table does not have, are left out (there is nothing to draw).
 */
export function chartPlacements(spec: SheetSpec): ChartPlacement[] {
  const blockTop: number[] = [];
  const tables: Array<{ block: TableBlock; headerRow: number }> = [];
  let row = 1;
  for (const b of spec.blocks) {
    blockTop.push(row);
    if (b.type === 'table') tables.push({ block: b, headerRow: row + (b.groups?.length ? 1 : 0) });
    row += blockRowCount(b);
  }
  const out: ChartPlacement[] = [];
  for (const chart of spec.charts ?? []) {
    const t = tables[chart.table];
    if (!t || t.block.rows.length === 0) continue;
    const n = t.block.columns.length;
    const valueColumns = chart.type === 'pie' ? chart.valueColumns.slice(0, 1) : chart.valueColumns;
    if (chart.categoryColumn >= n || valueColumns.some((c) => c >= n)) continue;
    const from = Math.min(chart.rows?.from ?? 0, t.block.rows.length - 1);
    const to = Math.min(Math.max(chart.rows?.to ?? t.block.rows.length - 1, from), t.block.rows.length - 1);
    const firstRow = t.headerRow + 1 + from;
    const rows = t.block.rows.slice(from, to + 1);
    out.push({
      chart,
      firstRow,
      lastRow: firstRow + rows.length - 1,
      categoryColumn: chart.categoryColumn + 1,
      categories: rows.map((r) => chartLabel(r[chart.categoryColumn])),
      series: valueColumns.map((c, i) => ({
        name: chart.seriesNames?.[i] ?? t.block.columns[c]?.header ?? '',
        literalName: chart.seriesNames?.[i] !== undefined,
        headerRow: t.headerRow,
        column: c + 1,
        values: rows.map((r) => chartNumber(r[c])),
      })),
      anchorRow: blockTop[chart.anchor.block] ?? row,
      anchorColumn: (chart.anchor.column ?? 0) + 1,
      width: chart.anchor.width ?? CHART_DEFAULT_SIZE.width,
      height: chart.anchor.height ?? CHART_DEFAULT_SIZE.height,
    });
  }
  return out;
}
