/**
 * Where every block of a SheetSpec lands on the sheet, cell by cell: a pure plan that the writer then
 * sends to Excel in a few large requests. Both adapters must put the same values in the same cells,
 * so these rules follow the file adapter (src/workbook/file/write-sheet.ts) row by row:
 * - blocks stack from row 1 down, column A, with no gap (renderers add `spacer`s);
 * - title: one row, text in A, merged across the sheet width, row height 1.7 × font size;
 * - lines: one row each, text in A, merged across the width;
 * - fields: two label/value pairs per row, in columns A–B and C–D;
 * - table: an optional group row (labels merged over their columns), the header row, the data rows,
 *   `blankRows` empty rows (one when an Excel table would otherwise have no data row), then the total
 *   row (label + SUM over data and blank rows). Headers of an Excel table are made unique;
 * - signatures: "label：" in columns A, C, E…, the cell after each one underlined for the signature;
 * - spacer: `rows` empty rows (default 1); pageBreak: the next block starts a new printed page;
 * - drop-down lists too long for Excel's inline 255 characters, or holding commas or quotes, are
 *   written into hidden columns right of the layout (two columns after it) and referenced from there;
 * - column widths: the spec's, else the first table's, else estimated from what the column holds.
 */
import type { CellRange } from '../../core/sheet/address';
import { columnLetter } from '../../core/sheet/address';
import type { Block, ColumnSpec, PrintSpec, RowStyle, SheetSpec, SpecValue, TableBlock } from '../../core/sheet/spec';
import { printSpecSchema, specWidth } from '../../core/sheet/spec';

export type CellStyle = 'title' | 'line' | 'fieldLabel' | 'fieldValue' | 'header' | 'signatureLabel' | 'data';

/** A block of cells with one look. `rowStyle` colours data rows; `align` and `wrap` come from the column. */
export interface StyledRange {
  readonly range: CellRange;
  readonly style: CellStyle;
  readonly rowStyle?: RowStyle;
  readonly align?: 'left' | 'center' | 'right';
  readonly wrap?: boolean;
  readonly size?: number;
}

export interface FormattedRange {
  readonly range: CellRange;
  readonly numFmt: string;
}

export interface PlannedValidation {
  readonly range: CellRange;
  /** "a,b,c" inline, or "=$X$1:$X$9" pointing at a hidden list column. */
  readonly listSource?: string;
  readonly prompt?: { readonly title: string; readonly message: string };
}

export interface PlannedTable {
  /** Header row through the last data/blank row. */
  readonly range: CellRange;
  readonly name: string;
}

export interface PlannedLink {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly link: string;
}

export interface SheetPlan {
  readonly width: number;
  /** Sheet row r is rows[r - 1]; each row has `width` entries (hidden list columns aside), null for empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<SpecValue>>;
  /** Values of hidden list columns: column number → items from row 1. */
  readonly listColumns: ReadonlyMap<number, readonly string[]>;
  readonly merges: readonly CellRange[];
  readonly styles: readonly StyledRange[];
  /** Number formats, in the order they apply (later ones win). */
  readonly numFmts: readonly FormattedRange[];
  readonly validations: readonly PlannedValidation[];
  readonly tables: readonly PlannedTable[];
  /** The sheet's one auto filter (tables without a table name), if any. */
  readonly autoFilter: CellRange | null;
  /** Cells with a thin border on every edge (table areas). */
  readonly bordered: readonly CellRange[];
  /** Cells underlined for a signature. */
  readonly underlined: readonly CellRange[];
  readonly links: readonly PlannedLink[];
  /** Row heights in points by row. */
  readonly rowHeights: ReadonlyMap<number, number>;
  /** Freeze panes below this row (0: none). */
  readonly freezeRows: number;
  /** Rows that start a new printed page. */
  readonly pageBreaks: readonly number[];
  /** Column widths in characters for columns 1..width (index 0 = column A). */
  readonly columnWidths: readonly number[];
  readonly print: PrintSpec;
  /** Rows repeated on every printed page. */
  readonly printTitleRows: { readonly from: number; readonly to: number } | null;
}

export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
const DEFAULT_TITLE_SIZE = 16;
const MAX_INLINE_LIST = 255;
const MAX_PROMPT = 255;
const MAX_PROMPT_TITLE = 32;
/** Rows of a table looked at for the width estimate. */
const WIDTH_SAMPLE_ROWS = 1000;
const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
const WIDTH_PADDING = 2;
/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Replaces `{row}` in a formula by the sheet row it is written to. */
export function formulaForRow(formula: string, row: number): string {
  return formula.split('{row}').join(String(row));
}

/** Same rule as spreadsheet programs: day/month/year/hour/second codes outside quotes and brackets. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhs]/i.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/** Excel table columns need distinct, non-empty names; the header cells must match them exactly. */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    const base = h.trim() === '' ? `列${i + 1}` : h;
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * Excel refuses table names that read as a cell reference ("T1", "AB12", "R1C1", "R", "C"); such a
 * name gets a leading underscore, which the spec's name pattern allows.
 */
export function validTableName(name: string): string {
  return /^[A-Za-z]{1,3}\d+$|^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name) ? `_${name}` : name;
}

/** Width of text in Excel character units: a CJK character is two. */
export function displayWidth(text: string): number {
  let w = 0;
  let line = 0;
  for (const ch of text) {
    if (ch === '\n') {
      w = Math.max(w, line);
      line = 0;
      continue;
    }
    line += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  }
  return Math.max(w, line);
}

function numberWidth(n: number): number {
  const digits = String(Math.trunc(Math.abs(n))).length;
  return digits + Math.floor((digits - 1) / 3) + 3 + (n < 0 ? 1 : 0);
}

function isDateValue(v: SpecValue | undefined): v is { date: string } {
  return typeof v === 'object' && v !== null && 'date' in v;
}

function isFormulaValue(v: SpecValue | undefined): v is { formula: string; result?: number | string } {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

function rect(top: number, left: number, bottom: number, right: number): CellRange {
  return { top, left, bottom, right };
}

class Widths {
  private readonly estimated: number[];
  private readonly declared: Array<number | undefined> = [];

  constructor(width: number) {
    this.estimated = new Array<number>(width).fill(0);
  }

  note(index: number, text: string, wraps = false): void {
    const w = displayWidth(text);
    this.bump(index, wraps ? Math.min(w, 12) : w);
  }

  noteValue(index: number, v: SpecValue | undefined): void {
    if (v === null || v === undefined) return;
    if (typeof v === 'string') this.note(index, v);
    else if (typeof v === 'number') this.bump(index, numberWidth(v));
    else if (typeof v === 'boolean') this.bump(index, 5);
    else if ('date' in v) this.bump(index, 10);
    else if ('formula' in v) this.bump(index, typeof v.result === 'number' ? numberWidth(v.result) : displayWidth(String(v.result ?? '')));
    else this.note(index, v.text);
  }

  declare(index: number, width: number | undefined): void {
    if (width !== undefined && this.declared[index] === undefined) this.declared[index] = width;
  }

  result(overrides: readonly number[]): number[] {
    return this.estimated.map((e, i) => overrides[i] ?? this.declared[i] ?? Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, e + WIDTH_PADDING)));
  }

  private bump(index: number, w: number): void {
    if (index < this.estimated.length && w > (this.estimated[index] ?? 0)) this.estimated[index] = w;
  }
}

class PlanBuilder {
  readonly rows: SpecValue[][] = [];
  readonly listColumns = new Map<number, readonly string[]>();
  readonly merges: CellRange[] = [];
  readonly styles: StyledRange[] = [];
  readonly numFmts: FormattedRange[] = [];
  readonly validations: PlannedValidation[] = [];
  readonly tables: PlannedTable[] = [];
  readonly bordered: CellRange[] = [];
  readonly underlined: CellRange[] = [];
  readonly links: PlannedLink[] = [];
  readonly rowHeights = new Map<number, number>();
  readonly pageBreaks: number[] = [];
  readonly widths: Widths;
  autoFilter: CellRange | null = null;
  firstTable: { top: number; headerRow: number; freezeHeader: boolean } | null = null;
  private readonly tableNames = new Set<string>();

  constructor(
    readonly width: number,
    private readonly takenTableNames: ReadonlySet<string>,
  ) {
    this.widths = new Widths(width);
  }

  get next(): number {
    return this.rows.length + 1;
  }

  addRow(values: readonly SpecValue[] = []): number {
    const row: SpecValue[] = new Array<SpecValue>(this.width).fill(null);
    values.forEach((v, i) => {
      if (i < this.width) row[i] = v;
    });
    this.rows.push(row);
    const r = this.rows.length;
    row.forEach((v, i) => {
      if (typeof v === 'object' && v !== null && 'link' in v) this.links.push({ row: r, col: i + 1, text: v.text, link: v.link });
    });
    return r;
  }

  mergeAcross(row: number): void {
    if (this.width > 1) this.merges.push(rect(row, 1, row, this.width));
  }

  /** `"a,b,c"` when Excel can hold it inline, else a reference to the items in a hidden column. */
  listSource(items: readonly string[]): string {
    const inline = items.join(',');
    if (inline.length <= MAX_INLINE_LIST && !items.some((s) => s.includes(',') || s.includes('"'))) return inline;
    const col = this.width + 2 + this.listColumns.size;
    this.listColumns.set(col, items);
    const letter = columnLetter(col);
    return `=$${letter}$1:$${letter}$${Math.max(1, items.length)}`;
  }

  /** Table names are unique in a workbook, case-insensitively; a taken name gets a number. */
  tableName(wanted: string): string {
    const name = validTableName(wanted);
    const taken = (n: string) => this.takenTableNames.has(n.toLowerCase()) || this.tableNames.has(n.toLowerCase());
    let chosen = name;
    for (let i = 2; taken(chosen); i++) chosen = `${name}${i}`;
    this.tableNames.add(chosen.toLowerCase());
    return chosen;
  }
}

function planTitle(b: PlanBuilder, text: string, size: number): void {
  const r = b.addRow([text]);
  b.mergeAcross(r);
  b.rowHeights.set(r, Math.round(size * 1.7));
  b.styles.push({ range: rect(r, 1, r, b.width), style: 'title', align: 'center', size });
}

function planLines(b: PlanBuilder, lines: readonly string[], align: 'left' | 'center' | 'right'): void {
  for (const line of lines) {
    const r = b.addRow([line]);
    b.mergeAcross(r);
    b.styles.push({ range: rect(r, 1, r, b.width), style: 'line', align });
  }
}

/** A date shows with the column's format when that is a date format, else as yyyy-mm-dd. */
function dateFormat(columnFmt: string | undefined): string {
  return isDateFormat(columnFmt) ? (columnFmt ?? DEFAULT_DATE_FORMAT) : DEFAULT_DATE_FORMAT;
}

function planFields(b: PlanBuilder, pairs: ReadonlyArray<readonly [string, SpecValue]>, numFmt: string | undefined): void {
  for (let i = 0; i < pairs.length; i += 2) {
    const values: SpecValue[] = [];
    const cols: number[] = [];
    for (let k = 0; k < 2; k++) {
      const pair = pairs[i + k];
      if (!pair) continue;
      values[k * 2] = pair[0];
      values[k * 2 + 1] = pair[1];
      cols.push(1 + k * 2);
    }
    const r = b.addRow(Array.from({ length: values.length }, (_, j) => values[j] ?? null));
    for (const c of cols) {
      const label = values[c - 1];
      const value = values[c] ?? null;
      b.styles.push({ range: rect(r, c, r, c), style: 'fieldLabel' });
      b.styles.push({ range: rect(r, c + 1, r, c + 1), style: 'fieldValue' });
      const fmt = isDateValue(value) ? dateFormat(numFmt) : numFmt;
      if (fmt) b.numFmts.push({ range: rect(r, c + 1, r, c + 1), numFmt: fmt });
      if (typeof label === 'string') b.widths.note(c - 1, label);
      b.widths.noteValue(c, value);
    }
  }
}

/** An Excel table needs at least one data row, so an empty one gets a blank row to type into. */
function tableBlankRows(t: TableBlock): number {
  const blank = t.blankRows ?? 0;
  return t.tableName && t.rows.length + blank === 0 ? 1 : blank;
}

function planTable(b: PlanBuilder, t: TableBlock): void {
  const n = Math.min(t.columns.length, b.width);
  const top = b.next;
  if (t.groups && t.groups.length > 0) {
    const values: SpecValue[] = new Array<SpecValue>(n).fill(null);
    const r = b.next;
    for (const g of t.groups) {
      const from = Math.min(g.from, n - 1) + 1;
      const to = Math.min(Math.max(g.to, g.from), n - 1) + 1;
      values[from - 1] = g.label;
      if (to > from) b.merges.push(rect(r, from, r, to));
    }
    b.addRow(values);
    b.styles.push({ range: rect(r, 1, r, n), style: 'header' });
  }

  const headerRow = b.next;
  const headers = t.tableName ? uniqueHeaders(t.columns.map((c) => c.header)) : t.columns.map((c) => c.header);
  b.addRow(headers);
  b.styles.push({ range: rect(headerRow, 1, headerRow, n), style: 'header' });
  headers.forEach((h, j) => {
    b.widths.note(j, h, true);
    b.widths.declare(j, t.columns[j]?.width);
  });

  const dataStart = b.next;
  t.rows.forEach((values, i) => {
    const row = dataStart + i;
    b.addRow(values.slice(0, n).map((v) => (isFormulaValue(v) ? { ...v, formula: formulaForRow(v.formula, row) } : v)));
    if (i < WIDTH_SAMPLE_ROWS) values.slice(0, n).forEach((v, j) => b.widths.noteValue(j, v));
  });
  for (let k = tableBlankRows(t); k > 0; k--) b.addRow();
  const dataEnd = b.next - 1;
  const hasData = dataEnd >= dataStart;

  let last = dataEnd;
  if (t.total) {
    const total = t.total;
    const values: SpecValue[] = new Array<SpecValue>(n).fill(null);
    if (total.labelColumn < n) values[total.labelColumn] = total.label;
    for (const c of total.sumColumns) {
      if (c >= n) continue;
      const letter = columnLetter(c + 1);
      values[c] = hasData ? { formula: `=SUM(${letter}${dataStart}:${letter}${dataEnd})` } : 0;
    }
    last = b.addRow(values);
  }

  planTableStyles(b, t, n, dataStart, dataEnd, last);
  b.bordered.push(rect(top, 1, last, n));

  if (hasData) {
    t.columns.slice(0, n).forEach((column, j) => {
      if (!column.list && !column.help) return;
      b.validations.push({
        range: rect(dataStart, j + 1, dataEnd, j + 1),
        listSource: column.list ? b.listSource(column.list) : undefined,
        prompt: column.help ? { title: column.header.slice(0, MAX_PROMPT_TITLE), message: column.help.slice(0, MAX_PROMPT) } : undefined,
      });
    });
  }

  if (t.tableName && hasData) {
    b.tables.push({ range: rect(headerRow, 1, dataEnd, n), name: b.tableName(t.tableName) });
  } else if (t.autoFilter && !b.autoFilter) {
    b.autoFilter = rect(headerRow, 1, Math.max(dataEnd, headerRow), n);
  }
  if (!b.firstTable) b.firstTable = { top, headerRow, freezeHeader: t.freezeHeader ?? false };
}

/** Data cells take the column's alignment and format; rows take their highlight; dates their format. */
function planTableStyles(b: PlanBuilder, t: TableBlock, n: number, dataStart: number, dataEnd: number, last: number): void {
  // One range per run of rows with the same row style keeps the number of requests small.
  const styleOf = (row: number): RowStyle => {
    if (row > dataEnd) return 'total';
    const i = row - dataStart;
    return i < t.rows.length ? (t.rowStyles?.[i] ?? 'normal') : 'normal';
  };
  for (let start = dataStart; start <= last; ) {
    const style = styleOf(start);
    let end = start;
    while (end + 1 <= last && styleOf(end + 1) === style) end++;
    b.styles.push({ range: rect(start, 1, end, n), style: 'data', rowStyle: style });
    start = end + 1;
  }
  if (last < dataStart) return;
  t.columns.slice(0, n).forEach((column: ColumnSpec, j) => {
    const col = j + 1;
    if (column.align || column.wrap) b.styles.push({ range: rect(dataStart, col, last, col), style: 'data', align: column.align, wrap: column.wrap });
    if (column.numFmt) b.numFmts.push({ range: rect(dataStart, col, last, col), numFmt: column.numFmt });
    if (isDateFormat(column.numFmt)) return;
    // Dates in a column without a date format: one format per run of date cells.
    let runStart = -1;
    for (let i = 0; i <= t.rows.length; i++) {
      const dated = i < t.rows.length && isDateValue(t.rows[i]?.[j]);
      if (dated && runStart < 0) runStart = i;
      if (!dated && runStart >= 0) {
        b.numFmts.push({ range: rect(dataStart + runStart, col, dataStart + i - 1, col), numFmt: DEFAULT_DATE_FORMAT });
        runStart = -1;
      }
    }
  });
}

function planSignatures(b: PlanBuilder, labels: readonly string[]): void {
  const values: SpecValue[] = [];
  const texts = labels.map((l) => (/[：:]$/.test(l) ? l : `${l}：`));
  for (const l of texts) values.push(l, null);
  const r = b.addRow(values);
  texts.forEach((text, i) => {
    b.styles.push({ range: rect(r, 2 * i + 1, r, 2 * i + 1), style: 'signatureLabel' });
    b.underlined.push(rect(r, 2 * i + 2, r, 2 * i + 2));
    b.widths.note(i * 2, text);
  });
}

function planBlock(b: PlanBuilder, block: Block): void {
  switch (block.type) {
    case 'title':
      return planTitle(b, block.text, block.size ?? DEFAULT_TITLE_SIZE);
    case 'lines':
      return planLines(b, block.lines, block.align ?? 'left');
    case 'fields':
      return planFields(b, block.pairs, block.numFmt);
    case 'table':
      return planTable(b, block);
    case 'signatures':
      return planSignatures(b, block.labels);
    case 'spacer':
      for (let i = 0; i < (block.rows ?? 1); i++) b.addRow();
      return;
    case 'pageBreak':
      // What follows starts a new page (nothing to break before row 1).
      if (b.next > 1) b.pageBreaks.push(b.next);
      return;
  }
}

/**
 * @param takenTableNames table names already used in the workbook (lower case): Excel table names
 * are unique across a workbook.
 */
export function planSheet(spec: SheetSpec, takenTableNames: ReadonlySet<string> = new Set()): SheetPlan {
  const width = specWidth(spec);
  const b = new PlanBuilder(width, takenTableNames);
  for (const block of spec.blocks) planBlock(b, block);
  const print = spec.print ?? printSpecSchema.parse({});
  const first = b.firstTable;
  return {
    width,
    rows: b.rows,
    listColumns: b.listColumns,
    merges: b.merges,
    styles: b.styles,
    numFmts: b.numFmts,
    validations: b.validations,
    tables: b.tables,
    autoFilter: b.autoFilter,
    bordered: b.bordered,
    underlined: b.underlined,
    links: b.links,
    rowHeights: b.rowHeights,
    freezeRows: first?.freezeHeader ? first.headerRow : 0,
    pageBreaks: b.pageBreaks,
    columnWidths: b.widths.result(spec.columnWidths ?? []),
    print,
    printTitleRows: print.repeatHeader && first ? { from: first.top, to: first.headerRow } : null,
  };
}

/** Table names a spec asks for, to look up in the workbook before planning. */
export function requestedTableNames(spec: SheetSpec): string[] {
  const names: string[] = [];
  for (const b of spec.blocks) if (b.type === 'table' && b.tableName) names.push(b.tableName);
  return names;
}
