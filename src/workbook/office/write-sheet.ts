/**
 * Sends a planned sheet (core/sheet/layout.ts) to Excel: values in row chunks of about 1 MB, then merges,
 * formats, validation, tables, view and print setup, each as one action per range — all through a
 * RequestBudget, so a 100,000-row table costs a few dozen round trips, none over 2.5 MB.
 *
 * Strings go through `literalText` (see literal-text.ts) so Excel never turns them into formulas,
 * numbers or dates; formulas Taizhang writes itself are the only strings starting with "=" that
 * reach Excel unmarked. A chunk that holds a formula is written through `range.formulas` (Excel
 * parses constants there exactly as in `range.values`), other chunks through `range.values`.
 * Everything used here is in ExcelApi 1.9 or older.
 */
import type { CellRange } from '../../core/sheet/address';
import { columnLetter, rangeAddress } from '../../core/sheet/address';
import { toExcelSerial } from '../../core/dates';
import type { RowStyle, SpecValue } from '../../core/sheet/spec';
import type { SheetPlan, StyledRange } from '../../core/sheet/layout';
import { clipCellText, footerText, PRINT_MARGINS_INCHES } from '../../core/sheet/layout';
import type { WriteOptions } from '../port';
import type { ExcelContext, ExcelRange, ExcelRangeFormat, ExcelWorksheet, WireValue } from './excel-api';
import { literalText } from './literal-text';
import { jsonBytes, RequestBudget } from './request-budget';

/** Target size of one `values` write. */
export const WRITE_CHUNK_BYTES = 1_000_000;

const FONT_NAME = '宋体';
const FONT_SIZE = 11;
const GRID_COLOR = '#808080';
const HEADER_FILL = '#D9E1F2';
const LINK_COLOR = '#0563C1';
/** Close to Excel's own "Good / Bad / Neutral" cell styles, as the file adapter uses. */
const ROW_FILLS: Partial<Record<RowStyle, string>> = { good: '#C6EFCE', bad: '#FFC7CE', warn: '#FFEB9C', info: '#DDEBF7' };
const MUTED_COLOR = '#808080';
/** Office.js takes page margins in points. */
const MARGINS_IN = PRINT_MARGINS_INCHES;
const POINTS_PER_INCH = 72;

/** Excel's column width unit (characters of the default font) → points: 7 px per character + 5 px padding. */
export function widthToPoints(chars: number): number {
  return Math.round((Math.trunc(chars * 7 + 5) * 0.75) * 100) / 100;
}

/** What goes on the wire for one planned value. */
export function wireValue(v: SpecValue, date1904: boolean): WireValue {
  if (v === null) return '';
  if (typeof v === 'string') return literalText(clipCellText(v));
  // A non-finite number is written as the error it is, like the file adapter does.
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'boolean') return v;
  if ('date' in v) return toExcelSerial(v.date, date1904);
  if ('formula' in v) return v.formula;
  return literalText(clipCellText(v.text));
}

function isFormula(v: SpecValue): boolean {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

class PlanWriter {
  private readonly budget: RequestBudget;
  private queuedRows = 0;

  constructor(
    context: ExcelContext,
    private readonly ws: ExcelWorksheet,
    private readonly plan: SheetPlan,
    private readonly date1904: boolean,
    private readonly options: WriteOptions,
  ) {
    const total = plan.rows.length;
    this.budget = new RequestBudget(context, options.signal, () => options.onProgress?.({ done: Math.min(this.queuedRows, total), total }));
  }

  private range(r: CellRange): ExcelRange {
    return this.ws.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
  }

  async write(): Promise<void> {
    const p = this.plan;
    await this.values();
    await this.listColumns();
    await this.baseFormat();
    for (const m of p.merges) {
      await this.budget.reserve(40, 2);
      this.range(m).merge(false);
    }
    for (const s of p.styles) await this.style(s);
    for (const f of p.numFmts) {
      await this.budget.reserve(f.numFmt.length + 40, 2);
      this.range(f.range).numberFormat = f.numFmt;
    }
    for (const b of p.bordered) await this.borders(b);
    for (const u of p.underlined) {
      await this.budget.reserve(60, 4);
      const border = this.range(u).format.borders.getItem('EdgeBottom');
      border.style = 'Continuous';
      border.color = '#000000';
    }
    await this.rowHeights();
    await this.columnWidths();
    for (const v of p.validations) await this.validation(v.range, v.listSource, v.prompt);
    for (const l of p.links) {
      await this.budget.reserve(jsonBytes(l) + 40, 4);
      const cell = this.range({ top: l.row, left: l.col, bottom: l.row, right: l.col });
      cell.hyperlink = { documentReference: l.link, textToDisplay: clipCellText(l.text) };
      cell.format.font.color = LINK_COLOR;
      cell.format.font.underline = 'Single';
    }
    for (const t of p.tables) {
      await this.budget.reserve(120, 3);
      const table = this.ws.tables.add(rangeAddress(t.range), true);
      table.name = t.name;
      table.style = 'TableStyleLight1';
    }
    if (p.autoFilter) {
      await this.budget.reserve(60, 1);
      this.ws.autoFilter.apply(rangeAddress(p.autoFilter));
    }
    if (p.freezeRows > 0) {
      await this.budget.reserve(20, 1);
      this.ws.freezePanes.freezeRows(p.freezeRows);
    }
    for (const row of p.pageBreaks) {
      await this.budget.reserve(20, 1);
      this.ws.horizontalPageBreaks.add(`A${row}`);
    }
    await this.printSetup();
    if (p.tabColor) {
      await this.budget.reserve(20, 1);
      this.ws.tabColor = `#${p.tabColor}`;
    }
    await this.budget.flush();
  }

  /** Values in chunks of about WRITE_CHUNK_BYTES: one action per chunk, several chunks per request. */
  private async values(): Promise<void> {
    const { rows, width } = this.plan;
    let start = 0;
    while (start < rows.length) {
      const chunk: WireValue[][] = [];
      let bytes = 0;
      let formulas = false;
      let i = start;
      while (i < rows.length && (chunk.length === 0 || bytes < WRITE_CHUNK_BYTES)) {
        const planned = rows[i] ?? [];
        const wire = planned.map((v) => wireValue(v, this.date1904));
        if (planned.some(isFormula)) formulas = true;
        bytes += jsonBytes(wire) + 1;
        chunk.push(wire);
        i++;
      }
      await this.budget.reserve(bytes, 2);
      const range = this.ws.getRangeByIndexes(start, 0, chunk.length, width);
      if (formulas) range.formulas = chunk;
      else range.values = chunk;
      start = i;
      this.queuedRows = start;
    }
  }

  /** Items of drop-down lists too long to write inline, in hidden columns right of the layout. */
  private async listColumns(): Promise<void> {
    for (const [col, items] of this.plan.listColumns) {
      if (items.length === 0) continue;
      const values = items.map((item) => [literalText(clipCellText(item))]);
      await this.budget.reserve(jsonBytes(values), 4);
      this.ws.getRangeByIndexes(0, col - 1, items.length, 1).values = values;
      this.ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).columnHidden = true;
    }
  }

  /** The sheet's font and vertical centring, once for the whole layout. */
  private async baseFormat(): Promise<void> {
    const { rows, width } = this.plan;
    if (rows.length === 0) return;
    await this.budget.reserve(80, 4);
    const all = this.range({ top: 1, left: 1, bottom: rows.length, right: width });
    all.format.font.name = FONT_NAME;
    all.format.font.size = FONT_SIZE;
    all.format.verticalAlignment = 'Center';
  }

  private async style(s: StyledRange): Promise<void> {
    const sets = styleSettings(s);
    if (sets.length === 0) return;
    // One action for the range, one per navigation (format, font, fill) and one per property.
    await this.budget.reserve(sets.length * 24, 3 + sets.length * 2);
    const format = this.range(s.range).format;
    for (const set of sets) set(format);
  }

  private async borders(r: CellRange): Promise<void> {
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
    const inside = [...(r.bottom > r.top ? (['InsideHorizontal'] as const) : []), ...(r.right > r.left ? (['InsideVertical'] as const) : [])];
    await this.budget.reserve(400, 1 + 3 * (edges.length + inside.length));
    const borders = this.range(r).format.borders;
    for (const index of [...edges, ...inside]) {
      const b = borders.getItem(index);
      b.style = 'Continuous';
      b.color = GRID_COLOR;
    }
  }

  /** One action per run of consecutive rows with the same height (wrapped text in a long table). */
  private async rowHeights(): Promise<void> {
    const rows = [...this.plan.rowHeights].sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < rows.length; ) {
      const [top, height] = rows[i] ?? [0, 0];
      let j = i;
      while (j + 1 < rows.length && rows[j + 1]?.[1] === height && rows[j + 1]?.[0] === top + (j + 1 - i)) j++;
      await this.budget.reserve(40, 2);
      this.range({ top, left: 1, bottom: top + (j - i), right: 1 }).format.rowHeight = height;
      i = j + 1;
    }
  }

  /** One action per run of columns with the same width. */
  private async columnWidths(): Promise<void> {
    const widths = this.plan.columnWidths;
    for (let i = 0; i < widths.length; ) {
      const w = widths[i] ?? 0;
      let j = i;
      while (j + 1 < widths.length && widths[j + 1] === w) j++;
      await this.budget.reserve(40, 2);
      this.ws.getRange(`${columnLetter(i + 1)}:${columnLetter(j + 1)}`).format.columnWidth = widthToPoints(w);
      i = j + 1;
    }
  }

  private async validation(r: CellRange, listSource: string | undefined, prompt: { title: string; message: string } | undefined): Promise<void> {
    await this.budget.reserve((listSource?.length ?? 0) + (prompt ? prompt.title.length + prompt.message.length : 0) + 80, 3);
    const dv = this.range(r).dataValidation;
    if (listSource !== undefined) dv.rule = { list: { inCellDropDown: true, source: listSource } };
    if (prompt) dv.prompt = { showPrompt: true, title: prompt.title, message: prompt.message };
  }

  private async printSetup(): Promise<void> {
    const { print, printTitleRows } = this.plan;
    await this.budget.reserve(400, 14);
    const layout = this.ws.pageLayout;
    layout.paperSize = print.paper;
    layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.leftMargin = MARGINS_IN.left * POINTS_PER_INCH;
    layout.rightMargin = MARGINS_IN.right * POINTS_PER_INCH;
    layout.topMargin = MARGINS_IN.top * POINTS_PER_INCH;
    layout.bottomMargin = MARGINS_IN.bottom * POINTS_PER_INCH;
    layout.headerMargin = MARGINS_IN.header * POINTS_PER_INCH;
    layout.footerMargin = MARGINS_IN.footer * POINTS_PER_INCH;
    layout.centerHorizontally = true;
    // One page wide, as many pages tall as it takes (0 = automatic, as in the file format).
    if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (printTitleRows) layout.setPrintTitleRows(`$${printTitleRows.from}:$${printTitleRows.to}`);
    if (print.footer) layout.headersFooters.defaultForAllPages.centerFooter = footerText(print.footer);
  }
}

type FormatSetting = (format: ExcelRangeFormat) => void;

/** The property writes a style needs; none for a plain data row. */
function styleSettings(s: StyledRange): FormatSetting[] {
  const sets: FormatSetting[] = [];
  const bold: FormatSetting = (f) => (f.font.bold = true);
  const wrap: FormatSetting = (f) => (f.wrapText = true);
  switch (s.style) {
    case 'title':
      sets.push(bold, (f) => (f.font.size = s.size ?? 16), (f) => (f.horizontalAlignment = 'Center'));
      break;
    case 'line':
      sets.push((f) => (f.horizontalAlignment = alignment(s.align ?? 'left')));
      break;
    case 'header':
      sets.push(bold, (f) => (f.fill.color = HEADER_FILL), (f) => (f.horizontalAlignment = 'Center'), wrap);
      break;
    case 'fieldLabel':
      sets.push(bold, (f) => (f.horizontalAlignment = 'Right'));
      break;
    case 'fieldValue':
      sets.push((f) => (f.horizontalAlignment = 'Left'));
      break;
    case 'signatureLabel':
      sets.push((f) => (f.horizontalAlignment = 'Right'), (f) => (f.verticalAlignment = 'Bottom'));
      break;
    case 'data': {
      const align = s.align;
      if (align) sets.push((f) => (f.horizontalAlignment = alignment(align)));
      const fill = s.rowStyle ? ROW_FILLS[s.rowStyle] : undefined;
      if (fill) sets.push((f) => (f.fill.color = fill));
      if (s.rowStyle === 'muted') sets.push((f) => (f.font.color = MUTED_COLOR));
      if (s.rowStyle === 'subtotal' || s.rowStyle === 'total') sets.push(bold);
      break;
    }
  }
  // Headers always wrap; anything else wraps when its text is wider than its cell.
  if (s.wrap && s.style !== 'header') sets.push(wrap);
  return sets;
}

function alignment(a: 'left' | 'center' | 'right'): 'Left' | 'Center' | 'Right' {
  return a === 'left' ? 'Left' : a === 'center' ? 'Center' : 'Right';
}

export interface PlanWrite {
  readonly context: ExcelContext;
  readonly sheet: ExcelWorksheet;
  readonly plan: SheetPlan;
  readonly date1904: boolean;
}

export async function writePlan(w: PlanWrite, options: WriteOptions = {}): Promise<void> {
  await new PlanWriter(w.context, w.sheet, w.plan, w.date1904, options).write();
  options.onProgress?.({ done: w.plan.rows.length, total: w.plan.rows.length });
}
