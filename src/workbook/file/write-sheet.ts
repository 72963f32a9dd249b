/**
 * Writes a SheetSpec onto a new worksheet through ExcelJS. Where everything goes is the plan's
 * (core/sheet/layout.ts, the same plan the Office adapter writes); this file only turns the plan into
 * ExcelJS cells, styles, merges, validations and tables. Rows are written in chunks that report
 * progress and honour the abort signal; a cancelled write removes its half-written sheet.
 */
import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import type { SheetSpec } from '../../core/sheet/spec';
import type { CellRange } from '../../core/sheet/address';
import { columnLetter, rangeAddress } from '../../core/sheet/address';
import { planSheet, requestedTableNames, type PlannedValidation, type SheetPlan } from '../../core/sheet/layout';
import { throwIfAborted } from '../../core/errors';
import type { WriteOptions } from '../port';
import { StyleBook, type CellLook } from './spec-styles';
import { writtenValue } from './spec-values';
import { applyPrintSetup } from './print-setup';
import { nextTick } from './ticks';
import { validationsOf } from './load-fixes';

export const WRITE_CHUNK_ROWS = 5_000;

type Validation = Omit<DataValidation, 'type'> & { type: DataValidation['type'] | 'any' };

export async function writeSpec(wb: Workbook, spec: SheetSpec, date1904: boolean, options: WriteOptions = {}): Promise<void> {
  throwIfAborted(options.signal);
  const plan = planSheet(spec, requestedTableNames(spec).length > 0 ? tableNamesIn(wb) : new Set());
  const ws = wb.addWorksheet(spec.name);
  try {
    const wroteFormulas = await new PlanWriter(ws, plan, date1904, options).write();
    if (wroteFormulas) wb.calcProperties.fullCalcOnLoad = true;
  } catch (e) {
    wb.removeWorksheet(ws.id);
    throw e;
  }
}

/** Rows the spec occupies (as planned), the unit of progress. */
export function specRowCount(spec: SheetSpec): number {
  return planSheet(spec).rows.length;
}

/** Table names used anywhere in the workbook (lower case): Excel's are unique per workbook. */
function tableNamesIn(wb: Workbook): Set<string> {
  const taken = new Set<string>();
  for (const sheet of wb.worksheets) {
    const tables = (sheet as unknown as { tables?: Record<string, unknown> }).tables ?? {};
    for (const t of Object.keys(tables)) taken.add(t.toLowerCase());
  }
  return taken;
}

/** Planned ranges by chunk of rows, so each chunk looks only at the ranges that touch it. */
class ChunkIndex<T> {
  private readonly buckets = new Map<number, T[]>();

  constructor(items: readonly T[], rangeOf: (item: T) => CellRange) {
    for (const item of items) {
      const r = rangeOf(item);
      for (let k = chunkOf(r.top); k <= chunkOf(r.bottom); k++) {
        let bucket = this.buckets.get(k);
        if (!bucket) this.buckets.set(k, (bucket = []));
        bucket.push(item);
      }
    }
  }

  in(chunk: number): readonly T[] {
    return this.buckets.get(chunk) ?? [];
  }
}

function chunkOf(row: number): number {
  return Math.floor((row - 1) / WRITE_CHUNK_ROWS);
}

class PlanWriter {
  private readonly styles = new StyleBook();
  private wroteFormulas = false;

  constructor(
    private readonly ws: Worksheet,
    private readonly plan: SheetPlan,
    private readonly date1904: boolean,
    private readonly options: WriteOptions,
  ) {}

  /** Returns whether a formula was written (the file should then be recalculated on open). */
  async write(): Promise<boolean> {
    const p = this.plan;
    const ws = this.ws;
    if (p.tabColor) ws.properties.tabColor = { argb: `FF${p.tabColor}` };
    await this.cells();
    for (const m of p.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    this.listColumns();
    for (const v of p.validations) this.validation(v);
    for (const t of p.tables) {
      const header = p.rows[t.range.top - 1] ?? [];
      ws.addTable({
        name: t.name,
        ref: `${columnLetter(t.range.left)}${t.range.top}`,
        headerRow: true,
        totalsRow: false,
        style: { theme: 'TableStyleLight1', showRowStripes: true },
        columns: header.slice(t.range.left - 1, t.range.right).map((name) => ({ name: typeof name === 'string' ? name : '', filterButton: true })),
        // The cells are written with their styles already; the table only needs its size.
        rows: Array.from({ length: t.range.bottom - t.range.top }, () => []),
      });
    }
    if (p.autoFilter) ws.autoFilter = rangeAddress(p.autoFilter);
    p.columnWidths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const [row, height] of p.rowHeights) ws.getRow(row).height = height;
    // A manual break after the row before: what follows starts a new page.
    for (const row of p.pageBreaks) ws.getRow(row - 1).addPageBreak(1, 16_384);
    if (p.freezeRows > 0) {
      const topLeftCell = `A${p.freezeRows + 1}`;
      ws.views = [{ state: 'frozen', xSplit: 0, ySplit: p.freezeRows, topLeftCell, activeCell: topLeftCell }];
    } else {
      ws.views = [{ state: 'normal', activeCell: 'A1' }];
    }
    applyPrintSetup(ws, p);
    this.options.onProgress?.({ done: p.rows.length, total: p.rows.length });
    return this.wroteFormulas;
  }

  /** Values and styles, chunk by chunk: each cell's look is gathered from the ranges over it. */
  private async cells(): Promise<void> {
    const p = this.plan;
    const total = p.rows.length;
    const styles = new ChunkIndex(p.styles, (s) => s.range);
    const numFmts = new ChunkIndex(p.numFmts, (f) => f.range);
    const bordered = new ChunkIndex(p.bordered, (r) => r);
    const underlined = new ChunkIndex(p.underlined, (r) => r);
    const links = new ChunkIndex(p.links, (l) => ({ top: l.row, left: l.col, bottom: l.row, right: l.col }));
    for (let chunk = 0; chunk * WRITE_CHUNK_ROWS < total; chunk++) {
      const top = chunk * WRITE_CHUNK_ROWS + 1;
      const bottom = Math.min(total, top + WRITE_CHUNK_ROWS - 1);
      const looks = new Looks(top, bottom, p.width);
      for (const s of styles.in(chunk)) {
        looks.each(s.range, (l) => {
          l.style = s.style;
          if (s.rowStyle !== undefined) l.rowStyle = s.rowStyle;
          if (s.align !== undefined) l.align = s.align;
          if (s.wrap !== undefined) l.wrap = s.wrap;
          if (s.size !== undefined) l.size = s.size;
        });
      }
      for (const f of numFmts.in(chunk)) looks.each(f.range, (l) => (l.numFmt = f.numFmt));
      for (const r of bordered.in(chunk)) looks.each(r, (l) => (l.bordered = true));
      for (const r of underlined.in(chunk)) looks.each(r, (l) => (l.underlined = true));
      for (const k of links.in(chunk)) looks.each({ top: k.row, left: k.col, bottom: k.row, right: k.col }, (l) => (l.link = true));
      for (let r = top; r <= bottom; r++) this.row(r, looks);
      if (bottom < total) {
        this.options.onProgress?.({ done: bottom, total });
        await nextTick();
        throwIfAborted(this.options.signal);
      }
    }
  }

  private row(r: number, looks: Looks): void {
    const values = this.plan.rows[r - 1] ?? [];
    let row = null;
    for (let c = 1; c <= this.plan.width; c++) {
      const v = values[c - 1] ?? null;
      const look = looks.at(r, c);
      if (v === null && !look) continue;
      row ??= this.ws.getRow(r);
      const cell = row.getCell(c);
      if (v !== null) {
        const w = writtenValue(v, r, this.date1904);
        cell.value = w.value;
        if (w.formula) this.wroteFormulas = true;
      }
      cell.style = this.styles.of(look ?? {});
    }
  }

  /** Items of drop-down lists too long to write inline, in hidden columns right of the layout. */
  private listColumns(): void {
    for (const [col, items] of this.plan.listColumns) {
      items.forEach((item, i) => {
        this.ws.getCell(i + 1, col).value = item;
      });
      this.ws.getColumn(col).hidden = true;
    }
  }

  private validation(v: PlannedValidation): void {
    const source = v.listSource;
    // The plan's sources are as Office.js takes them; a file's formula has no "=" and quotes an inline list.
    const validation: Validation =
      source !== undefined
        ? { type: 'list', allowBlank: true, showErrorMessage: true, formulae: [source.startsWith('=') ? source.slice(1) : `"${source}"`] }
        : { type: 'any', allowBlank: true, formulae: [] };
    if (v.prompt) {
      validation.showInputMessage = true;
      validation.prompt = v.prompt.message;
      validation.promptTitle = v.prompt.title;
    }
    // ExcelJS writes type "any" (an input message without a rule) though its typings omit it.
    validationsOf(this.ws).add(rangeAddress(v.range), validation as DataValidation);
  }
}

/** The looks of the cells of one chunk of rows, made as ranges touch them. */
class Looks {
  private readonly cells: Array<CellLook | undefined>;

  constructor(
    private readonly top: number,
    private readonly bottom: number,
    private readonly width: number,
  ) {
    this.cells = new Array<CellLook | undefined>((bottom - top + 1) * width);
  }

  at(row: number, col: number): CellLook | undefined {
    return this.cells[(row - this.top) * this.width + col - 1];
  }

  each(r: CellRange, set: (look: CellLook) => void): void {
    const from = Math.max(r.top, this.top);
    const to = Math.min(r.bottom, this.bottom);
    const right = Math.min(r.right, this.width);
    for (let row = from; row <= to; row++) {
      for (let col = r.left; col <= right; col++) {
        const i = (row - this.top) * this.width + col - 1;
        let look = this.cells[i];
        if (!look) this.cells[i] = look = {};
        set(look);
      }
    }
  }
}
