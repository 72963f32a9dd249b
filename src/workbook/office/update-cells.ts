/**
 * Explicit edits of a user's cells through Office.js. Edits are joined into blocks (a run of
 * neighbouring cells on a row, runs of the same columns on consecutive rows stacked), so a column of
 * a thousand corrections is one write, not a thousand. One sync reads the blocks' number formats, in
 * chunks; the writes then go through the RequestBudget, a few per request.
 *
 * The formats are read because the same text needs different wire values: in a cell formatted "@"
 * (registers format their code and text columns so) Excel keeps typed text as it is, apostrophe
 * included, so text goes there unmarked; elsewhere it gets Excel's text mark (literal-text.ts). And a
 * date going into a cell without a date format gets yyyy-mm-dd first, so it shows (and stays) a date.
 */
import { DEFAULT_DATE_FORMAT, clipCellText, formulaForRow, isDateFormat } from '../../core/sheet/layout';
import { toExcelSerial } from '../../core/dates';
import { throwIfAborted } from '../../core/errors';
import type { SpecValue } from '../../core/sheet/spec';
import type { CellEdit, WriteOptions } from '../port';
import type { ExcelContext, ExcelRange, ExcelWorksheet, WireValue } from './excel-api';
import { literalText } from './literal-text';
import { jsonBytes, RequestBudget } from './request-budget';

/** Cells whose formats one sync reads: the response stays well under 5 MB even with long custom formats. */
export const FORMAT_READ_CELLS = 50_000;
/** Target size of one block's values on the wire; a bigger block is written in parts of whole rows. */
const WRITE_PART_BYTES = 1_000_000;

export interface EditBlock {
  readonly top: number;
  readonly left: number;
  bottom: number;
  readonly right: number;
  /** values[r][c] for sheet row top + r, column left + c. */
  readonly values: SpecValue[][];
}

/** `edits` sorted by row and column, one per cell (checkedEdits). */
export function editBlocks(edits: readonly CellEdit[]): EditBlock[] {
  const runs: Array<{ row: number; left: number; right: number; values: SpecValue[] }> = [];
  for (const e of edits) {
    const last = runs[runs.length - 1];
    if (last && last.row === e.row && last.right + 1 === e.col) {
      last.right = e.col;
      last.values.push(e.value);
    } else {
      runs.push({ row: e.row, left: e.col, right: e.col, values: [e.value] });
    }
  }
  const blocks: EditBlock[] = [];
  // Blocks that the next row may still extend, by their columns.
  const open = new Map<string, EditBlock>();
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const block = open.get(key);
    if (block && block.bottom + 1 === run.row) {
      block.bottom = run.row;
      block.values.push(run.values);
    } else {
      const b: EditBlock = { top: run.row, left: run.left, bottom: run.row, right: run.right, values: [run.values] };
      blocks.push(b);
      open.set(key, b);
    }
  }
  return blocks;
}

/** What goes on the wire for one edited value in sheet row `row`, given the cell's number format. */
export function editWireValue(v: SpecValue, row: number, numFmt: string, date1904: boolean): WireValue {
  if (v === null) return '';
  if (typeof v === 'string') return numFmt === '@' ? clipCellText(v) : literalText(clipCellText(v));
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'boolean') return v;
  if ('date' in v) return toExcelSerial(v.date, date1904);
  if ('formula' in v) return formulaForRow(v.formula, row);
  return numFmt === '@' ? clipCellText(v.text) : literalText(clipCellText(v.text));
}

function isFormulaValue(v: SpecValue | undefined): boolean {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

function isDateValue(v: SpecValue | undefined): boolean {
  return typeof v === 'object' && v !== null && 'date' in v;
}

export interface BlockWrite {
  readonly context: ExcelContext;
  readonly sheet: ExcelWorksheet;
  readonly blocks: readonly EditBlock[];
  readonly date1904: boolean;
}

function blockRange(ws: ExcelWorksheet, top: number, left: number, bottom: number, right: number): ExcelRange {
  return ws.getRangeByIndexes(top - 1, left - 1, bottom - top + 1, right - left + 1);
}

/** The number formats of every block's cells, read a chunk of cells per sync. */
async function readFormats(w: BlockWrite): Promise<string[][][]> {
  const formats: string[][][] = [];
  let pending: Array<{ index: number; range: ExcelRange }> = [];
  let cells = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    await w.context.sync();
    for (const p of pending) {
      const f = p.range.numberFormat;
      formats[p.index] = typeof f === 'string' ? [[f]] : f;
    }
    pending = [];
    cells = 0;
  };
  for (const [index, b] of w.blocks.entries()) {
    const n = (b.bottom - b.top + 1) * (b.right - b.left + 1);
    if (cells > 0 && cells + n > FORMAT_READ_CELLS) await flush();
    pending.push({ index, range: blockRange(w.sheet, b.top, b.left, b.bottom, b.right).load('numberFormat') });
    cells += n;
  }
  await flush();
  return formats;
}

/**
 * Reads the formats, then writes every block. `options.signal` is honoured until the writing starts,
 * not after: an edit applied halfway would leave the sheet in neither state.
 */
export async function writeEditBlocks(w: BlockWrite, options: WriteOptions = {}): Promise<void> {
  const formats = await readFormats(w);
  const total = w.blocks.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0);
  let queued = 0;
  throwIfAborted(options.signal);
  // No signal from here on: the budget only sends.
  const budget = new RequestBudget(w.context, undefined, () => options.onProgress?.({ done: Math.min(queued, total), total }));
  for (const [index, b] of w.blocks.entries()) {
    const fmts = formats[index] ?? [];
    const fmt = (r: number, c: number): string => fmts[r]?.[c] ?? 'General';
    // Date cells without a date format get one before the value arrives (in a text cell the serial would stay text).
    for (let r = 0; r < b.values.length; r++) {
      for (const [c, v] of (b.values[r] ?? []).entries()) {
        if (!isDateValue(v) || isDateFormat(fmt(r, c))) continue;
        await budget.reserve(DEFAULT_DATE_FORMAT.length + 40, 2);
        blockRange(w.sheet, b.top + r, b.left + c, b.top + r, b.left + c).numberFormat = DEFAULT_DATE_FORMAT;
      }
    }
    await writeBlockValues(w, b, fmt, budget);
    for (let r = 0; r < b.values.length; r++) {
      for (const [c, v] of (b.values[r] ?? []).entries()) {
        if (typeof v !== 'object' || v === null || !('link' in v)) continue;
        await budget.reserve(jsonBytes(v) + 40, 2);
        blockRange(w.sheet, b.top + r, b.left + c, b.top + r, b.left + c).hyperlink = { documentReference: v.link, textToDisplay: clipCellText(v.text) };
      }
    }
    queued += (b.bottom - b.top + 1) * (b.right - b.left + 1);
  }
  await budget.flush();
  options.onProgress?.({ done: total, total });
}

/** A block's values in parts of whole rows of about WRITE_PART_BYTES, through `formulas` when a part holds one. */
async function writeBlockValues(w: BlockWrite, b: EditBlock, fmt: (r: number, c: number) => string, budget: RequestBudget): Promise<void> {
  let start = 0;
  while (start < b.values.length) {
    const part: WireValue[][] = [];
    let bytes = 0;
    let formulas = false;
    let r = start;
    while (r < b.values.length && (part.length === 0 || bytes < WRITE_PART_BYTES)) {
      const row = b.values[r] ?? [];
      const sheetRow = b.top + r;
      const wire = row.map((v, c) => editWireValue(v, sheetRow, fmt(r, c), w.date1904));
      if (row.some(isFormulaValue)) formulas = true;
      bytes += jsonBytes(wire) + 1;
      part.push(wire);
      r++;
    }
    await budget.reserve(bytes, 2);
    const range = blockRange(w.sheet, b.top + start, b.left, b.top + r - 1, b.right);
    if (formulas) range.formulas = part;
    else range.values = part;
    start = r;
  }
}
