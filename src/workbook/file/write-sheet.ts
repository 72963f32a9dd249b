/**
 * Renders a SheetSpec onto a new worksheet: blocks stacked from row 1 down, then column widths,
 * frozen panes and print setup. The layout is the spec's; this file only turns it into cells and
 * styles. Large tables are written in chunks that report progress and honour the abort signal;
 * a cancelled write removes its half-written sheet.
 */
import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import { specWidth, type Block, type SheetSpec, type SpecValue, type TableBlock } from '../../core/sheet/spec';
import { columnLetter } from '../../core/sheet/address';
import { throwIfAborted } from '../../core/errors';
import type { WriteOptions } from '../port';
import { StyleBook } from './spec-styles';
import { writtenValue } from './spec-values';
import { ColumnWidths } from './column-widths';
import { applyPrintSetup } from './print-setup';
import { nextTick } from './ticks';
import { validationsOf } from './load-fixes';

export const WRITE_CHUNK_ROWS = 5_000;
const DEFAULT_TITLE_SIZE = 16;
/** Excel's limits for an inline list ("a,b,c") and for validation prompt texts. */
const MAX_INLINE_LIST = 255;
const MAX_PROMPT = 255;
const MAX_PROMPT_TITLE = 32;

type Validation = Omit<DataValidation, 'type'> & { type: DataValidation['type'] | 'any' };

/** Where the first table landed, for frozen panes and repeated print titles. */
export interface TablePlacement {
  /** First row of the table: the group row when there is one, else the header. */
  readonly top: number;
  readonly headerRow: number;
  readonly freezeHeader: boolean;
}

export async function writeSpec(wb: Workbook, spec: SheetSpec, date1904: boolean, options: WriteOptions = {}): Promise<void> {
  throwIfAborted(options.signal);
  const ws = wb.addWorksheet(spec.name);
  try {
    const writer = new SheetWriter(ws, spec, date1904, options);
    await writer.write();
    if (writer.wroteFormulas) wb.calcProperties.fullCalcOnLoad = true;
  } catch (e) {
    wb.removeWorksheet(ws.id);
    throw e;
  }
}

/** Rows the spec occupies, the unit of progress. */
export function specRowCount(spec: SheetSpec): number {
  let n = 0;
  for (const b of spec.blocks) n += blockRows(b);
  return n;
}

function blockRows(b: Block): number {
  switch (b.type) {
    case 'title':
    case 'signatures':
      return 1;
    case 'lines':
      return b.lines.length;
    case 'fields':
      return Math.ceil(b.pairs.length / 2);
    case 'table':
      return (b.groups?.length ? 1 : 0) + 1 + b.rows.length + tableBlankRows(b) + (b.total ? 1 : 0);
    case 'spacer':
      return b.rows ?? 1;
    case 'pageBreak':
      return 0;
  }
}

/** An Excel table needs at least one data row, so an empty one gets a blank row to type into. */
function tableBlankRows(b: TableBlock): number {
  const blank = b.blankRows ?? 0;
  return b.tableName && b.rows.length + blank === 0 ? 1 : blank;
}

class SheetWriter {
  private row = 1;
  private done = 0;
  private nextReport = WRITE_CHUNK_ROWS;
  private readonly total: number;
  private readonly width: number;
  private readonly styles = new StyleBook();
  private readonly widths: ColumnWidths;
  private firstTable: TablePlacement | null = null;
  private filterUsed = false;
  /** Lists too long (or with commas) for an inline drop-down go to hidden columns right of the layout. */
  private listColumns = 0;
  wroteFormulas = false;

  constructor(
    private readonly ws: Worksheet,
    private readonly spec: SheetSpec,
    private readonly date1904: boolean,
    private readonly options: WriteOptions,
  ) {
    this.total = specRowCount(spec);
    this.width = specWidth(spec);
    this.widths = new ColumnWidths(this.width);
  }

  async write(): Promise<void> {
    if (this.spec.tabColor) this.ws.properties.tabColor = { argb: `FF${this.spec.tabColor}` };
    for (const block of this.spec.blocks) await this.block(block);
    this.widths.apply(this.ws, this.spec.columnWidths ?? []);
    this.applyViews();
    applyPrintSetup(this.ws, this.spec.print, this.firstTable);
    this.options.onProgress?.({ done: this.total, total: this.total });
  }

  private async block(b: Block): Promise<void> {
    switch (b.type) {
      case 'title':
        return this.title(b.text, b.size ?? DEFAULT_TITLE_SIZE);
      case 'lines':
        for (const line of b.lines) await this.line(line, b.align ?? 'left');
        return;
      case 'fields':
        return this.fields(b.pairs, b.numFmt);
      case 'table':
        return this.table(b);
      case 'signatures':
        return this.signatures(b.labels);
      case 'spacer':
        return this.advance(b.rows ?? 1);
      case 'pageBreak':
        // A manual break after the last row written: what follows starts a new page.
        if (this.row > 1) this.ws.getRow(this.row - 1).addPageBreak(1, 16_384);
        return;
    }
  }

  private async title(text: string, size: number): Promise<void> {
    const cell = this.ws.getCell(this.row, 1);
    cell.value = text;
    cell.style = this.styles.title(size);
    this.ws.getRow(this.row).height = Math.round(size * 1.7);
    this.mergeAcross(this.row);
    await this.advance(1);
  }

  private async line(text: string, align: 'left' | 'center' | 'right'): Promise<void> {
    const cell = this.ws.getCell(this.row, 1);
    cell.value = text;
    cell.style = this.styles.line(align);
    this.mergeAcross(this.row);
    await this.advance(1);
  }

  private mergeAcross(row: number): void {
    if (this.width > 1) this.ws.mergeCells(row, 1, row, this.width);
  }

  private async fields(pairs: readonly (readonly [string, SpecValue])[], numFmt: string | undefined): Promise<void> {
    for (let i = 0; i < pairs.length; i += 2) {
      for (let k = 0; k < 2; k++) {
        const pair = pairs[i + k];
        if (!pair) continue;
        const [label, value] = pair;
        const labelCol = 1 + k * 2;
        const labelCell = this.ws.getCell(this.row, labelCol);
        labelCell.value = label;
        labelCell.style = this.styles.fieldLabel();
        const w = writtenValue(value, this.row, this.date1904, numFmt);
        const valueCell = this.ws.getCell(this.row, labelCol + 1);
        valueCell.value = w.value;
        valueCell.style = this.styles.fieldValue(w.numFmt ?? numFmt, w.link);
        if (w.formula) this.wroteFormulas = true;
        this.widths.note(labelCol - 1, label);
        this.widths.noteValue(labelCol, value);
      }
      await this.advance(1);
    }
  }

  private async signatures(labels: readonly string[]): Promise<void> {
    labels.forEach((label, i) => {
      const labelCell = this.ws.getCell(this.row, 1 + i * 2);
      labelCell.value = /[：:]$/.test(label) ? label : `${label}：`;
      labelCell.style = this.styles.signatureLabel();
      this.ws.getCell(this.row, 2 + i * 2).style = this.styles.signatureBlank();
      this.widths.note(i * 2, `${label}：`);
    });
    await this.advance(1);
  }

  private async table(b: TableBlock): Promise<void> {
    const n = b.columns.length;
    const top = this.row;
    if (b.groups?.length) {
      for (let c = 1; c <= n; c++) this.ws.getCell(this.row, c).style = this.styles.header();
      for (const g of b.groups) {
        const from = Math.min(g.from, n - 1) + 1;
        const to = Math.min(Math.max(g.to, g.from), n - 1) + 1;
        this.ws.getCell(this.row, from).value = g.label;
        if (to > from) this.ws.mergeCells(this.row, from, this.row, to);
      }
      await this.advance(1);
    }

    const headerRow = this.row;
    const headers = b.tableName ? uniqueHeaders(b.columns.map((c) => c.header)) : b.columns.map((c) => c.header);
    headers.forEach((h, j) => {
      const cell = this.ws.getCell(headerRow, j + 1);
      cell.value = h;
      cell.style = this.styles.header();
      this.widths.note(j, h, true);
      this.widths.declare(j, b.columns[j]?.width);
    });
    await this.advance(1);

    const dataStart = this.row;
    const sums = new Map<number, number>((b.total?.sumColumns ?? []).filter((c) => c < n).map((c) => [c, 0]));
    for (let i = 0; i < b.rows.length; i++) {
      const values = b.rows[i] ?? [];
      const rowStyle = b.rowStyles?.[i] ?? 'normal';
      const r = this.ws.getRow(this.row);
      for (let j = 0; j < n; j++) {
        const column = b.columns[j];
        if (!column) continue;
        const v = values[j] ?? null;
        const w = writtenValue(v, this.row, this.date1904, column.numFmt);
        const cell = r.getCell(j + 1);
        cell.value = w.value;
        cell.style = this.styles.data(column, rowStyle, w.numFmt ?? column.numFmt, w.link);
        if (w.number !== null && sums.has(j)) sums.set(j, (sums.get(j) ?? 0) + w.number);
        if (w.formula) this.wroteFormulas = true;
        if (i < ColumnWidths.SAMPLE_ROWS) this.widths.noteValue(j, v);
      }
      await this.advance(1);
    }
    for (let k = tableBlankRows(b); k > 0; k--) {
      const r = this.ws.getRow(this.row);
      b.columns.forEach((column, j) => {
        r.getCell(j + 1).style = this.styles.data(column, 'normal', column.numFmt);
      });
      await this.advance(1);
    }
    const dataEnd = this.row - 1;
    const hasData = dataEnd >= dataStart;

    if (hasData) this.validations(b, dataStart, dataEnd);
    if (b.total) this.totalRow(b, dataStart, dataEnd, sums);
    if (b.total) await this.advance(1);

    if (b.tableName && hasData) {
      this.ws.addTable({
        name: this.uniqueTableName(b.tableName),
        ref: `A${headerRow}`,
        headerRow: true,
        totalsRow: false,
        style: { theme: 'TableStyleLight1', showRowStripes: true },
        columns: headers.map((name) => ({ name, filterButton: true })),
        // The cells are written above with their styles; the table only needs its size.
        rows: Array.from({ length: dataEnd - dataStart + 1 }, () => []),
      });
    } else if (b.autoFilter && !this.filterUsed) {
      this.ws.autoFilter = `A${headerRow}:${columnLetter(n)}${Math.max(dataEnd, headerRow)}`;
      this.filterUsed = true;
    }
    if (!this.firstTable) this.firstTable = { top, headerRow, freezeHeader: b.freezeHeader ?? false };
  }

  private totalRow(b: TableBlock, dataStart: number, dataEnd: number, sums: Map<number, number>): void {
    const total = b.total;
    if (!total) return;
    const r = this.ws.getRow(this.row);
    b.columns.forEach((column, j) => {
      const cell = r.getCell(j + 1);
      if (j === total.labelColumn) cell.value = total.label;
      const sum = sums.get(j);
      if (sum !== undefined) {
        const result = Number(sum.toPrecision(15));
        const letter = columnLetter(j + 1);
        cell.value = dataEnd >= dataStart ? { formula: `SUM(${letter}${dataStart}:${letter}${dataEnd})`, result } : 0;
        this.wroteFormulas = true;
      }
      cell.style = this.styles.data(column, 'total', column.numFmt);
    });
  }

  private validations(b: TableBlock, dataStart: number, dataEnd: number): void {
    b.columns.forEach((column, j) => {
      if (!column.list && !column.help) return;
      const letter = columnLetter(j + 1);
      const validation: Validation = column.list
        ? { type: 'list', allowBlank: true, showErrorMessage: true, formulae: [this.listSource(column.list)] }
        : { type: 'any', allowBlank: true, formulae: [] };
      if (column.help) {
        validation.showInputMessage = true;
        validation.prompt = column.help.slice(0, MAX_PROMPT);
        validation.promptTitle = column.header.slice(0, MAX_PROMPT_TITLE);
      }
      // ExcelJS writes type "any" (an input message without a rule) though its typings omit it.
      validationsOf(this.ws).add(`${letter}${dataStart}:${letter}${dataEnd}`, validation as DataValidation);
    });
  }

  /** `"a,b,c"` when Excel can hold it inline, else a reference to the items in a hidden column. */
  private listSource(items: readonly string[]): string {
    const inline = items.join(',');
    if (inline.length <= MAX_INLINE_LIST && !items.some((s) => s.includes(',') || s.includes('"'))) return `"${inline}"`;
    const col = this.width + 2 + this.listColumns++;
    items.forEach((item, i) => {
      this.ws.getCell(i + 1, col).value = item;
    });
    this.ws.getColumn(col).hidden = true;
    const letter = columnLetter(col);
    return `$${letter}$1:$${letter}$${Math.max(1, items.length)}`;
  }

  /**
   * Table names are unique in a workbook, case-insensitively (a taken name gets a number), and may
   * not read as a cell reference ("T1", "R1C1"), which Excel would reject as a corrupt file.
   */
  private uniqueTableName(wanted: string): string {
    const name = /^[A-Za-z]{1,3}\d+$|^[Rr]\d*[Cc]?\d*$|^[Cc]\d*$/.test(wanted) ? `_${wanted}` : wanted;
    const taken = new Set<string>();
    for (const sheet of this.ws.workbook.worksheets) {
      const tables = (sheet as unknown as { tables?: Record<string, unknown> }).tables ?? {};
      for (const t of Object.keys(tables)) taken.add(t.toLowerCase());
    }
    if (!taken.has(name.toLowerCase())) return name;
    for (let i = 2; ; i++) if (!taken.has(`${name}${i}`.toLowerCase())) return `${name}${i}`;
  }

  private applyViews(): void {
    const t = this.firstTable;
    if (t?.freezeHeader) {
      const topLeftCell = `A${t.headerRow + 1}`;
      this.ws.views = [{ state: 'frozen', xSplit: 0, ySplit: t.headerRow, topLeftCell, activeCell: topLeftCell }];
    } else {
      this.ws.views = [{ state: 'normal', activeCell: 'A1' }];
    }
  }

  private async advance(rows: number): Promise<void> {
    this.row += rows;
    this.done += rows;
    if (this.done >= this.nextReport) {
      this.nextReport = (Math.floor(this.done / WRITE_CHUNK_ROWS) + 1) * WRITE_CHUNK_ROWS;
      this.options.onProgress?.({ done: Math.min(this.done, this.total), total: this.total });
      await nextTick();
      throwIfAborted(this.options.signal);
    }
  }
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
