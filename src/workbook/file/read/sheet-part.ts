/**
 * Reads one worksheet part into a Grid as it streams by: only cells holding a value are kept, so
 * memory follows the cells there are, never the sheet's declared or used size (a stray cell at
 * XFD1048576 costs one short row list, not a million-by-16,384 block).
 *
 * The Grid is what the ExcelJS path gave (read-grid.ts): the used range from A1 (or the range
 * asked for), covered cells of a merge empty, formulas as their cached results, date-formatted
 * numbers as dates in the workbook's date system; each row lists its cells up to its last value
 * (a missing cell is empty, as `cellAt` reads it).
 */
import type { Cell, Grid } from '../../../core/sheet/grid';
import type { CellRange } from '../../../core/sheet/address';
import { parseRange } from '../../../core/sheet/address';
import { fromExcelSerial } from '../../../core/dates';
import { throwIfAborted } from '../../../core/errors';
import type { Progress } from '../../port';
import type { ZipEntry } from '../zip-directory';
import { nextTick } from '../ticks';
import { NumberKind } from './cell-styles';
import { DEFAULT_INPUT_CHUNK, partText } from './part-stream';
import { StringItem } from './string-item';
import { attrValue, decodeEntities, XmlScanner, type XmlHandler } from './xml-scanner';

/** Rows between progress reports (and pauses that let a cancel land). */
export const READ_CHUNK_ROWS = 10_000;

export interface SheetPartOptions {
  readonly sheet: string;
  /** The range asked for, or null for the used range from A1. */
  readonly range: CellRange | null;
  readonly date1904: boolean;
  readonly sharedStrings: readonly string[];
  readonly numberKinds: readonly NumberKind[];
  readonly onProgress?: (p: Progress) => void;
  readonly signal?: AbortSignal;
  /** Rows the sheet is thought to have (its <dimension>, when known already), for progress totals. */
  readonly rowsHint?: number;
  /** Compressed bytes inflated at a time (tests make it tiny so piece boundaries fall everywhere). */
  readonly inputChunk?: number;
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;
/** The largest time a JS Date holds; a serial beyond it is no value. */
const MAX_DATE_MS = 8.64e15;
const MERGE_TAG = '<mergeCells';

export async function readSheetPart(bytes: Uint8Array, entry: ZipEntry, options: SheetPartOptions): Promise<Grid> {
  throwIfAborted(options.signal);
  const collector = new CellCollector(options);
  const scanner = new XmlScanner(collector);
  // After the last row of a range, the rest of sheetData is skipped unscanned up to the merges.
  let skipping = false;
  let tail = '';
  for (const piece of partText(bytes, entry, options.inputChunk ?? DEFAULT_INPUT_CHUNK)) {
    if (skipping) {
      const buf = tail + piece;
      const at = buf.indexOf(MERGE_TAG);
      if (at < 0) {
        tail = buf.slice(-MERGE_TAG.length);
        continue;
      }
      skipping = false;
      scanner.push(buf.slice(at));
    } else {
      scanner.push(piece);
      if (collector.pastRange) {
        scanner.reset();
        skipping = true;
        tail = '';
      }
    }
    if (collector.pause) {
      collector.pause = false;
      await nextTick();
      throwIfAborted(options.signal);
    }
  }
  scanner.end();
  return collector.grid();
}

class CellCollector implements XmlHandler {
  pastRange = false;
  /** Set when a progress report went out: the reader pauses after the current piece. */
  pause = false;

  private readonly top: number;
  private readonly bottom: number;
  private readonly left: number;
  private readonly right: number;
  private readonly rowNumbers: number[] = [];
  private readonly rowCells: Cell[][] = [];
  private readonly hidden: number[] = [];
  private readonly merges: CellRange[] = [];
  private ordered = true;
  private totalHint = 0;
  private nextReport = READ_CHUNK_ROWS;
  private lastReported = -1;

  private rowNumber = 0;
  private row: Cell[] | null = null;
  private column = 0;

  private inCell = false;
  private cellColumn = 0;
  private cellType = '';
  private cellKind: NumberKind = NumberKind.Plain;
  private hasFormula = false;
  private inValue = false;
  private value = '';
  private inInline = false;
  private readonly inline = new StringItem();

  constructor(private readonly options: SheetPartOptions) {
    const r = options.range;
    this.top = r?.top ?? 1;
    this.bottom = r?.bottom ?? Number.POSITIVE_INFINITY;
    this.left = r?.left ?? 1;
    this.right = r?.right ?? Number.POSITIVE_INFINITY;
    if (r) this.totalHint = r.bottom - r.top + 1;
    else if (options.rowsHint) this.totalHint = options.rowsHint;
  }

  open(name: string, attrs: string, selfClosing: boolean): void {
    if (this.inCell) {
      this.openInCell(name, selfClosing);
      return;
    }
    switch (name) {
      case 'c':
        this.openCell(attrs);
        return;
      case 'row':
        this.openRow(attrs);
        return;
      case 'dimension':
        if (!this.options.range) this.totalHint = parseRange(attrValue(attrs, 'ref') ?? '')?.bottom ?? 0;
        return;
      case 'mergeCell': {
        const m = parseRange(attrValue(attrs, 'ref') ?? '');
        if (m) this.merges.push(m);
        return;
      }
      default:
        return;
    }
  }

  close(name: string): void {
    if (this.inCell) {
      if (name === 'c') this.closeCell();
      else if (name === 'v') this.inValue = false;
      else if (name === 'is') this.inInline = false;
      else if (this.inInline) this.inline.close(name);
      return;
    }
    if (name === 'row') this.closeRow();
  }

  text(raw: string, cdata: boolean): void {
    if (this.inValue) this.value += cdata ? raw : decodeEntities(raw);
    else if (this.inInline) this.inline.text(raw, cdata);
  }

  private openRow(attrs: string): void {
    const r = attrValue(attrs, 'r');
    const n = r === undefined ? this.rowNumber + 1 : parseInt(r, 10);
    if (n <= this.rowNumber) this.ordered = false;
    this.rowNumber = n;
    this.column = 0;
    if (n > this.bottom) {
      this.pastRange = true;
      this.row = null;
      return;
    }
    const h = attrValue(attrs, 'hidden');
    if ((h === '1' || h === 'true') && n >= this.top) this.hidden.push(n);
    this.row = [];
  }

  private closeRow(): void {
    const cells = this.row;
    this.row = null;
    if (cells === null || this.rowNumber < this.top) return;
    if (cells.length > 0) {
      this.rowNumbers.push(this.rowNumber);
      this.rowCells.push(cells);
    }
    const done = this.rowNumber - this.top + 1;
    if (done >= this.nextReport && this.options.onProgress) {
      this.options.onProgress({ done, total: Math.max(this.totalHint, done) });
      this.lastReported = done;
      this.nextReport = (Math.floor(done / READ_CHUNK_ROWS) + 1) * READ_CHUNK_ROWS;
      this.pause = true;
    }
  }

  private openCell(attrs: string): void {
    this.inCell = true;
    const ref = attrValue(attrs, 'r');
    this.cellColumn = ref === undefined ? this.column + 1 : columnOf(ref);
    this.column = this.cellColumn;
    this.cellType = attrValue(attrs, 't') ?? 'n';
    const s = attrValue(attrs, 's');
    this.cellKind = s === undefined ? (this.options.numberKinds[0] ?? NumberKind.Plain) : (this.options.numberKinds[parseInt(s, 10)] ?? NumberKind.Plain);
    this.hasFormula = false;
    this.value = '';
    this.inValue = false;
    this.inInline = false;
    this.inline.reset();
  }

  private openInCell(name: string, selfClosing: boolean): void {
    if (this.inInline) {
      this.inline.open(name, selfClosing);
      return;
    }
    if (name === 'v') this.inValue = !selfClosing;
    else if (name === 'f') this.hasFormula = true;
    else if (name === 'is') this.inInline = !selfClosing;
  }

  private closeCell(): void {
    this.inCell = false;
    const row = this.row;
    const col = this.cellColumn;
    if (row === null || this.rowNumber < this.top || col < this.left || col > this.right) return;
    const cell = this.cellValue();
    if (cell === null) return;
    const j = col - this.left;
    while (row.length < j) row.push(null);
    row[j] = cell;
  }

  private cellValue(): Cell {
    const raw = this.value;
    switch (this.cellType) {
      case 'inlineStr':
        return this.hasFormula ? textCell(raw) : textCell(this.inline.value());
      case 's': {
        if (raw === '') return null;
        return textCell(this.options.sharedStrings[parseInt(raw, 10)] ?? '');
      }
      case 'str':
        return textCell(raw);
      case 'b':
        return raw === '' ? null : parseInt(raw, 10) !== 0;
      case 'e':
        return raw === '' ? null : { error: raw };
      case 'd':
        return isoDateCell(raw);
      default: {
        if (raw === '') return null;
        const n = parseFloat(raw);
        if (!Number.isFinite(n)) return null;
        return this.cellKind === NumberKind.Plain ? n : numberAsDate(n, this.cellKind, this.options.date1904);
      }
    }
  }

  /** The Grid, once the whole part has been read. */
  grid(): Grid {
    const { sheet, date1904, onProgress } = this.options;
    if (!this.ordered) this.sortRows();
    this.clearCoveredCells();
    let lastRow = 0;
    let lastColumn = 0;
    for (let i = 0; i < this.rowCells.length; i++) {
      const cells = this.rowCells[i] ?? [];
      let end = cells.length;
      while (end > 0 && cells[end - 1] === null) end--;
      if (end < cells.length) cells.length = end;
      if (end === 0) continue;
      lastRow = Math.max(lastRow, this.rowNumbers[i] ?? 0);
      lastColumn = Math.max(lastColumn, this.left + end - 1);
    }
    const range = this.options.range;
    const area: CellRange | null = range ?? (lastRow === 0 ? null : { top: 1, left: 1, bottom: lastRow, right: lastColumn });
    const height = area ? area.bottom - area.top + 1 : 0;
    const rows: Cell[][] = new Array<Cell[]>(height);
    for (let i = 0; i < height; i++) rows[i] = [];
    for (let i = 0; i < this.rowCells.length; i++) {
      const at = (this.rowNumbers[i] ?? 0) - this.top;
      const cells = this.rowCells[i];
      if (cells && cells.length > 0 && at >= 0 && at < height) rows[at] = cells;
    }
    const hiddenRows = area ? [...new Set(this.hidden)].filter((r) => r >= area.top && r <= area.bottom).sort((a, b) => a - b) : [];
    const merges = area ? this.merges.filter((m) => intersects(m, area)) : [];
    if (onProgress && this.lastReported !== height) onProgress({ done: height, total: height });
    return { sheet, top: this.top, left: this.left, rows, merges, hiddenRows, date1904 };
  }

  private sortRows(): void {
    const order = this.rowNumbers.map((_, i) => i).sort((a, b) => (this.rowNumbers[a] ?? 0) - (this.rowNumbers[b] ?? 0));
    const numbers = order.map((i) => this.rowNumbers[i] ?? 0);
    const cells = order.map((i) => this.rowCells[i] ?? []);
    this.rowNumbers.splice(0, numbers.length, ...numbers);
    this.rowCells.splice(0, cells.length, ...cells);
  }

  /** A merge's value lives in its top-left cell; whatever the file stores in the others is not shown. */
  private clearCoveredCells(): void {
    for (const m of this.merges) {
      for (let i = lowerBound(this.rowNumbers, m.top); i < this.rowNumbers.length && (this.rowNumbers[i] ?? 0) <= m.bottom; i++) {
        const r = this.rowNumbers[i] ?? 0;
        const cells = this.rowCells[i] ?? [];
        const from = Math.max(m.left, this.left) - this.left;
        const to = Math.min(m.right - this.left, cells.length - 1);
        for (let j = from; j <= to; j++) if (!(r === m.top && j + this.left === m.left)) cells[j] = null;
      }
    }
  }
}

function textCell(s: string): Cell {
  return s === '' ? null : s;
}

/** A t="d" cell holds an ISO 8601 date; its calendar day is the value. */
function isoDateCell(raw: string): Cell {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(raw.trim());
  return m?.[1] ? { date: m[1] } : textCell(raw);
}

/**
 * A number in a date- or time-formatted cell. The serial goes through a millisecond time first,
 * as ExcelJS's loading did, so results are identical to the last bit; a time of day alone, or a
 * number no calendar holds, stays the serial number it is.
 */
export function numberAsDate(n: number, kind: NumberKind, date1904: boolean): Cell {
  const offset = date1904 ? DAYS_1900_TO_1904 : 0;
  const ms = Math.round((n - UNIX_EPOCH_SERIAL + offset) * MS_PER_DAY);
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return null;
  const serial = UNIX_EPOCH_SERIAL + ms / MS_PER_DAY - offset;
  if (kind === NumberKind.Time) return roundSerial(serial);
  const iso = fromExcelSerial(serial, date1904);
  if (iso === null || !/^\d{4}-/.test(iso)) return roundSerial(serial);
  return { date: iso };
}

function roundSerial(serial: number): number {
  return Math.round(serial * 1e9) / 1e9;
}

/** The column number of a cell reference ("AB12" → 28). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return col;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
