/**
 * Where every block of a SheetSpec lands on the sheet, cell by cell: one pure plan that both adapters
 * write with their own API (ExcelJS in `workbook/file`, the Office JavaScript API in `workbook/office`), so the
 * add-in, the workbench and the CLI produce the same sheets. The rules:
 * - blocks stack from row 1 down, column A, with no gap (renderers add `spacer`s);
 * - title: one row, text in A, merged across the sheet width, row height 1.7 × font size;
 * - lines: one row each, text in A, merged across the width;
 * - fields: two label/value pairs per row, in columns A–B and C–D;
 * - table: an optional group row (labels merged over their columns), the header row, the data rows,
 *   `blankRows` empty rows (one when an Excel table would otherwise have no data row), then the total
 *   row (label + SUM over data and blank rows, with the sum as its cached result). Headers of an
 *   Excel table are made unique, and its name valid and unused;
 * - signatures: "label：" then a blank underlined to sign on, left to right; labels take as many
 *   columns as their text needs (merged) so they are never cut off, blanks at least MIN_SIGN_WIDTH;
 * - spacer: `rows` empty rows (default 1); pageBreak: the next block starts a new printed page;
 * - drop-down lists too long for Excel's inline 255 characters, or holding commas or quotes, are
 *   written into hidden columns right of the layout (two columns after it) and referenced from there;
 * - column widths: the spec's, else the first table's, else estimated from what the column holds;
 * - text that does not fit its cell's width wraps (wrap columns, headers, long titles, lines and
 *   fields), and its row gets a height tall enough for the lines it takes.
 */
import type { CellRange } from './address';
import { columnLetter } from './address';
import type { Block, ColumnSpec, PrintSpec, RowStyle, SheetSpec, SpecValue, TableBlock } from './spec';
import { printSpecSchema, specWidth } from './spec';

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
  /** Looks, in the order they apply: a later range sets only what it names, over what earlier ones set. */
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
  /** Row heights in points by row, for rows that need more than the default. */
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
  /** Sheet tab colour, "RRGGBB". */
  readonly tabColor?: string;
}

export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
/** Font size of everything but titles, in points. */
export const BASE_FONT_SIZE = 11;
const DEFAULT_TITLE_SIZE = 16;
const MAX_INLINE_LIST = 255;
const MAX_PROMPT = 255;
const MAX_PROMPT_TITLE = 32;
/** Rows of a table looked at for the width estimate. */
const WIDTH_SAMPLE_ROWS = 1000;
const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
const WIDTH_PADDING = 2;
/** Narrowest blank to sign on, in characters (a name in Chinese, written by hand). */
const MIN_SIGN_WIDTH = 8;
/** Excel's limit for the height of a row, in points. */
const MAX_ROW_HEIGHT = 409;
/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Page margins in inches (Excel's unit in files): a little narrower than Excel's default so registers fit. */
export const PRINT_MARGINS_INCHES = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

/** A footer as Excel's header/footer codes: keeps the page codes &P and &N; any other & is literal text, written &&. */
export function footerText(text: string): string {
  return text.replace(/&(?![PN])/g, '&&');
}

/** Replaces `{row}` in a formula by the sheet row it is written to. */
export function formulaForRow(formula: string, row: number): string {
  return formula.split('{row}').join(String(row));
}

/** Same rule as spreadsheet programs: day/month/year/hour/second codes outside quotes and brackets. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhs]/i.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/**
 * A time or duration format (hh:mm, [h]:mm:ss) shows no calendar day: its value is kept as the
 * serial number (a fraction of a day) rather than read as a date.
 */
export function isTimeOnlyFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const codes = numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
  return !/[yd]/i.test(codes) && /[hs]/i.test(codes);
}

/** Text cut to Excel's limit for a cell, never between the halves of a surrogate pair (that makes a file unreadable). */
export function clipCellText(s: string): string {
  if (s.length <= MAX_CELL_TEXT) return s;
  const code = s.charCodeAt(MAX_CELL_TEXT - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT);
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
 * Excel refuses table names that read as a cell reference ("T1", "AB12", "R1C1", "R", "C"), and
 * reports a file holding one as corrupt; such a name gets a leading underscore, which the spec's
 * name pattern allows.
 */
export function validTableName(name: string): string {
  return /^[A-Za-z]{1,3}\d+$|^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name) ? `_${name}` : name;
}

/** Width of text in Excel character units: a CJK character is two. The widest line counts. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const line of text.split('\n')) w = Math.max(w, lineWidth(line));
  return w;
}

function lineWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

/**
 * Character units text takes on paper at `size` points, with a margin: CJK glyphs of 宋体 are a
 * little wider than two digits of the default font, and spreadsheet programs pad every cell.
 */
function inkWidth(chars: number, size: number): number {
  return chars * 1.05 * (size / BASE_FONT_SIZE);
}

/** Lines `text` takes when wrapped in `width` characters (each explicit line break starts a line). */
export function wrappedLines(text: string, width: number, size = BASE_FONT_SIZE): number {
  const usable = Math.max(1, width - 0.5);
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(inkWidth(lineWidth(line), size) / usable));
  return lines;
}

/** Points a row needs for `lines` lines of text at `size` points (CJK fonts have tall line boxes). */
export function linesHeight(lines: number, size = BASE_FONT_SIZE): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * size * 1.45 + 3));
}

function titleHeight(size: number, lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.round(size * 1.7) + (lines > 1 ? Math.ceil((lines - 1) * size * 1.45) : 0));
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

/** The text a cell shows when it is a string (or a link), which may wrap; null for numbers, dates… */
function wrappableText(v: SpecValue | undefined): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && 'link' in v) return v.text;
  return null;
}

/** The number a cell holds for a total: numbers, and formulas with a numeric cached result. */
function numberOf(v: SpecValue | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (isFormulaValue(v) && typeof v.result === 'number') return v.result;
  return null;
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

  /** Text seen in column `index` (0-based); header text may wrap, so it counts for less. */
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

/** A style while the plan is built: `wrap` is decided once the column widths are known. */
type DraftStyle = { -readonly [K in keyof StyledRange]: StyledRange[K] };

/** Text that must show in full: checked against the final widths, wrapped and given height if it does not fit. */
interface TextCell {
  readonly row: number;
  readonly left: number;
  readonly right: number;
  readonly text: string;
  readonly size: number;
  /** The style to make wrap when the text is too wide; absent when it wraps already. */
  readonly style?: DraftStyle;
  /** The cells right of it up to this column are free: a text too wide may be merged across them first. */
  readonly spillTo?: number;
}

interface SignatureRow {
  readonly row: number;
  readonly labels: readonly string[];
}

class PlanBuilder {
  readonly rows: SpecValue[][] = [];
  readonly listColumns = new Map<number, readonly string[]>();
  readonly merges: CellRange[] = [];
  readonly styles: DraftStyle[] = [];
  readonly numFmts: FormattedRange[] = [];
  readonly validations: PlannedValidation[] = [];
  readonly tables: PlannedTable[] = [];
  readonly bordered: CellRange[] = [];
  readonly underlined: CellRange[] = [];
  readonly links: PlannedLink[] = [];
  readonly rowHeights = new Map<number, number>();
  readonly pageBreaks: number[] = [];
  readonly texts: TextCell[] = [];
  readonly signatures: SignatureRow[] = [];
  readonly titles = new Map<number, number>();
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

  /** Adds a row: strings clipped to what a cell holds, `{row}` in formulas replaced, links noted. */
  addRow(values: readonly SpecValue[] = []): number {
    const r = this.rows.length + 1;
    const row: SpecValue[] = new Array<SpecValue>(this.width).fill(null);
    values.forEach((v, i) => {
      if (i >= this.width) return;
      if (typeof v === 'string') row[i] = clipCellText(v);
      else if (isFormulaValue(v)) row[i] = { ...v, formula: formulaForRow(v.formula, r) };
      else {
        row[i] = v;
        if (typeof v === 'object' && v !== null && 'link' in v) this.links.push({ row: r, col: i + 1, text: clipCellText(v.text), link: v.link });
      }
    });
    this.rows.push(row);
    return r;
  }

  style(s: DraftStyle): DraftStyle {
    this.styles.push(s);
    return s;
  }

  mergeAcross(row: number): void {
    if (this.width > 1) this.merges.push(rect(row, 1, row, this.width));
  }

  /** `"a,b,c"` when Excel can hold it inline, else a reference to the items in a hidden column. */
  listSource(items: readonly string[]): string {
    const inline = items.join(',');
    if (inline.length <= MAX_INLINE_LIST && !items.some((s) => s.includes(',') || s.includes('"'))) return inline;
    const col = this.width + 2 + this.listColumns.size;
    this.listColumns.set(col, items.map(clipCellText));
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
  b.titles.set(r, size);
  const style = b.style({ range: rect(r, 1, r, b.width), style: 'title', align: 'center', size });
  b.texts.push({ row: r, left: 1, right: b.width, text, size, style });
}

function planLines(b: PlanBuilder, lines: readonly string[], align: 'left' | 'center' | 'right'): void {
  for (const line of lines) {
    const r = b.addRow([line]);
    b.mergeAcross(r);
    const style = b.style({ range: rect(r, 1, r, b.width), style: 'line', align });
    b.texts.push({ row: r, left: 1, right: b.width, text: line, size: BASE_FONT_SIZE, style });
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
      const labelStyle = b.style({ range: rect(r, c, r, c), style: 'fieldLabel' });
      const valueStyle = b.style({ range: rect(r, c + 1, r, c + 1), style: 'fieldValue' });
      const fmt = isDateValue(value) ? dateFormat(numFmt) : numFmt;
      if (fmt) b.numFmts.push({ range: rect(r, c + 1, r, c + 1), numFmt: fmt });
      if (typeof label === 'string') {
        b.widths.note(c - 1, label);
        b.texts.push({ row: r, left: c, right: c, text: label, size: BASE_FONT_SIZE, style: labelStyle });
      }
      b.widths.noteValue(c, value);
      const text = wrappableText(value);
      // A pair alone on its row has the rest of the row to spread over.
      const spillTo = cols.length === 1 && b.width > c + 1 ? b.width : undefined;
      if (text !== null) b.texts.push({ row: r, left: c + 1, right: c + 1, text, size: BASE_FONT_SIZE, style: valueStyle, ...(spillTo ? { spillTo } : {}) });
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
    const spans: Array<{ from: number; to: number; label: string }> = [];
    for (const g of t.groups) {
      const from = Math.min(g.from, n - 1) + 1;
      const to = Math.min(Math.max(g.to, g.from), n - 1) + 1;
      values[from - 1] = g.label;
      if (to > from) b.merges.push(rect(r, from, r, to));
      spans.push({ from, to, label: g.label });
    }
    b.addRow(values);
    b.style({ range: rect(r, 1, r, n), style: 'header' });
    for (const s of spans) b.texts.push({ row: r, left: s.from, right: s.to, text: s.label, size: BASE_FONT_SIZE });
  }

  const headerRow = b.next;
  const headers = t.tableName ? uniqueHeaders(t.columns.map((c) => c.header)) : t.columns.map((c) => c.header);
  b.addRow(headers);
  b.style({ range: rect(headerRow, 1, headerRow, n), style: 'header' });
  headers.slice(0, n).forEach((h, j) => {
    b.widths.note(j, h, true);
    b.widths.declare(j, t.columns[j]?.width);
    b.texts.push({ row: headerRow, left: j + 1, right: j + 1, text: h, size: BASE_FONT_SIZE });
  });

  const dataStart = b.next;
  const sums = new Map<number, number>((t.total?.sumColumns ?? []).filter((c) => c < n).map((c) => [c, 0]));
  const wrapColumns = t.columns.slice(0, n).flatMap((c, j) => (c.wrap ? [j] : []));
  t.rows.forEach((values, i) => {
    const row = b.addRow(values.slice(0, n));
    if (i < WIDTH_SAMPLE_ROWS) values.slice(0, n).forEach((v, j) => b.widths.noteValue(j, v));
    for (const [j, sum] of sums) sums.set(j, sum + (numberOf(values[j]) ?? 0));
    for (const j of wrapColumns) {
      const text = wrappableText(values[j]);
      if (text !== null && text !== '') b.texts.push({ row, left: j + 1, right: j + 1, text, size: BASE_FONT_SIZE });
    }
  });
  for (let k = tableBlankRows(t); k > 0; k--) b.addRow();
  const dataEnd = b.next - 1;
  const hasData = dataEnd >= dataStart;

  let last = dataEnd;
  if (t.total) {
    const total = t.total;
    const values: SpecValue[] = new Array<SpecValue>(n).fill(null);
    if (total.labelColumn < n) values[total.labelColumn] = total.label;
    for (const [c, sum] of sums) {
      const letter = columnLetter(c + 1);
      // The cached result lets programs that do not recalculate on open (and readers) see the total.
      values[c] = hasData ? { formula: `=SUM(${letter}${dataStart}:${letter}${dataEnd})`, result: Number(sum.toPrecision(15)) } : 0;
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
    b.style({ range: rect(start, 1, end, n), style: 'data', rowStyle: style });
    start = end + 1;
  }
  if (last < dataStart) return;
  t.columns.slice(0, n).forEach((column: ColumnSpec, j) => {
    const col = j + 1;
    if (column.align || column.wrap) b.style({ range: rect(dataStart, col, last, col), style: 'data', align: column.align, wrap: column.wrap });
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

/** "制表人" → "制表人：" (a label that ends in a colon keeps it). */
export function signatureText(label: string): string {
  return /[：:]$/.test(label) ? label : `${label}：`;
}

function planSignatures(b: PlanBuilder, labels: readonly string[]): void {
  const r = b.addRow();
  const texts = labels.map(signatureText);
  // Where the labels would sit if every column were wide enough; the estimate widens free columns.
  texts.forEach((text, i) => b.widths.note(i * 2, text));
  b.signatures.push({ row: r, labels: texts });
}

interface SignatureSlot {
  readonly label: string;
  readonly labelFrom: number;
  readonly labelTo: number;
  readonly blankFrom: number;
  readonly blankTo: number;
}

/**
 * Left to right, each label takes as few columns as its text needs and its blank as few as make
 * MIN_SIGN_WIDTH, always leaving two columns for each label still to come. With wide enough columns
 * this is "label, blank, label, blank…" from column A. A label that still does not fit widens the
 * last column it takes (`widths` is changed): a cut-off "表人：" is worse than a wider column.
 */
export function signatureSlots(labels: readonly string[], widths: number[]): SignatureSlot[] {
  const n = widths.length;
  const slots: SignatureSlot[] = [];
  // specWidth gives every label two columns, so `c` never passes n - 1 - 2 × (labels still to come).
  let c = 1;
  labels.forEach((label, i) => {
    const rest = labels.length - i - 1;
    const need = Math.ceil(inkWidth(displayWidth(label), BASE_FONT_SIZE)) + 1;
    let to = c;
    let w = widths[c - 1] ?? 0;
    while (w < need && to < n - 1 - 2 * rest) w += widths[to++] ?? 0;
    if (w < need) widths[to - 1] = (widths[to - 1] ?? 0) + need - w;
    let blankTo = to + 1;
    let bw = widths[blankTo - 1] ?? 0;
    while (bw < MIN_SIGN_WIDTH && blankTo < n - 2 * rest) bw += widths[blankTo++] ?? 0;
    slots.push({ label, labelFrom: c, labelTo: to, blankFrom: to + 1, blankTo });
    c = blankTo + 1;
  });
  return slots;
}

function layOutSignatures(b: PlanBuilder, widths: number[]): void {
  for (const { row, labels } of b.signatures) {
    const values = b.rows[row - 1];
    if (!values) continue;
    for (const s of signatureSlots(labels, widths)) {
      values[s.labelFrom - 1] = s.label;
      if (s.labelTo > s.labelFrom) b.merges.push(rect(row, s.labelFrom, row, s.labelTo));
      b.style({ range: rect(row, s.labelFrom, row, s.labelTo), style: 'signatureLabel' });
      b.underlined.push(rect(row, s.blankFrom, row, s.blankTo));
    }
  }
}

/** Wraps text that is wider than its cell and makes its row tall enough for the lines it takes. */
function fitTexts(b: PlanBuilder, widths: readonly number[]): void {
  for (const [row, size] of b.titles) b.rowHeights.set(row, titleHeight(size, 1));
  for (const t of b.texts) {
    let width = 0;
    for (let c = t.left; c <= t.right; c++) width += widths[c - 1] ?? 0;
    let right = t.right;
    while (right < (t.spillTo ?? 0) && wrappedLines(t.text, width, t.size) > 1) width += widths[right++] ?? 0;
    if (right > t.right) {
      b.merges.push(rect(t.row, t.left, t.row, right));
      if (t.style) t.style.range = rect(t.row, t.left, t.row, right);
    }
    const n = wrappedLines(t.text, width, t.size);
    if (n <= 1) continue;
    if (t.style) t.style.wrap = true;
    const height = b.titles.has(t.row) ? titleHeight(t.size, n) : linesHeight(n, t.size);
    if (height > (b.rowHeights.get(t.row) ?? 0)) b.rowHeights.set(t.row, height);
  }
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
  const columnWidths = b.widths.result(spec.columnWidths ?? []);
  layOutSignatures(b, columnWidths);
  fitTexts(b, columnWidths);
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
    columnWidths,
    print,
    printTitleRows: print.repeatHeader && first ? { from: first.top, to: first.headerRow } : null,
    ...(spec.tabColor ? { tabColor: spec.tabColor } : {}),
  };
}

/** Table names a spec asks for, to look up in the workbook before planning. */
export function requestedTableNames(spec: SheetSpec): string[] {
  const names: string[] = [];
  for (const b of spec.blocks) if (b.type === 'table' && b.tableName) names.push(b.tableName);
  return names;
}
