/**
 * Reads a range of a sheet into a Grid in a few large round trips.
 *
 * Values: the range is cut into row chunks of about 1 MB of `values` + `valueTypes` each (rows per
 * chunk from the column count and the bytes per cell seen so far), and up to three chunks are loaded
 * per sync — about 3 MB per response, under Excel on the web's 5 MB, and far under its 5-million-cell
 * read limit. Should a response still be too large (very long texts), the batch is retried with
 * smaller chunks.
 *
 * Hidden rows: loading `rowHidden` per row would be one action per row. Instead every chunk also
 * loads `rowHidden` of the whole chunk, which Excel answers true (all hidden), false (none) or null
 * (some) — so a sheet without hidden rows costs nothing extra. A "some" range is split into 16 parts
 * whose `rowHidden` rides along with the next sync, and so on down to single rows: a few small probes
 * per run of hidden rows, a handful of extra syncs at most. (`getVisibleView()` was rejected: its rows
 * come back as cell addresses, as large as a column of values, and it also drops filtered rows.)
 *
 * Merges: `getMergedAreasOrNullObject` needs ExcelApi 1.13. On older Excel (2019/2021 perpetual)
 * there is no API that reports merged cells at all, so the grid then has no merges — header
 * detection still works from the values, only merged group headers are not recognised as spanning.
 *
 * Dates: Excel returns dates as serial numbers and they stay numbers here; the core parser turns
 * serials into dates for date fields, using `date1904`.
 */
import type { CellRange } from '../../core/sheet/address';
import { parseRange } from '../../core/sheet/address';
import type { Cell, Grid } from '../../core/sheet/grid';
import { throwIfAborted } from '../../core/errors';
import type { ReadOptions } from '../port';
import type { ExcelContext, ExcelFunctionResult, ExcelRange, ExcelRangeAreas, ExcelWorksheet, ValueType, WireValue } from './excel-api';
import { jsonBytes } from './request-budget';

/** Target size of one chunk's `values` + `valueTypes` JSON. */
export const CHUNK_BYTES = 1_000_000;
/** Chunks loaded per sync: about 3 MB per response. */
export const CHUNKS_PER_SYNC = 3;
/** Never more cells per chunk than this, whatever the estimate says (Excel's read limit is 5 million). */
export const MAX_CHUNK_CELLS = 250_000;
/** A first guess for `values` + `valueTypes` JSON per cell, corrected after every sync. */
const INITIAL_BYTES_PER_CELL = 24;
const PROBES_PER_SYNC = 2_000;
const PROBE_FANOUT = 16;

/** DATE(1904,1,1) is 0 in the 1904 date system and 1462 in the 1900 one: the only released way to ask. */
export function queueDateSystemProbe(context: ExcelContext): ExcelFunctionResult {
  return context.workbook.functions.date(1904, 1, 1).load('value');
}

export function isDate1904(probe: ExcelFunctionResult): boolean {
  return probe.value === 0;
}

/** One cell from Excel's value and value type. Empty text reads as an empty cell, as in the file adapter. */
export function toCell(v: WireValue, t: ValueType): Cell {
  switch (t) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(v) };
    case 'Boolean':
      return typeof v === 'boolean' ? v : String(v).toUpperCase() === 'TRUE';
    case 'Double':
    case 'Integer':
      return typeof v === 'number' ? v : Number(v);
    case 'String':
      return v === '' ? null : String(v);
    default:
      return v === '' ? null : v;
  }
}

interface Chunk {
  readonly offset: number;
  readonly count: number;
  readonly range: ExcelRange;
}

interface Probe {
  readonly top: number;
  readonly bottom: number;
}

function isPayloadTooLarge(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

/** The sheet range of a merged area's address ("Sheet1!A1:N1", "'My sheet'!$A$1:$B$2"). */
function areaOf(address: string): CellRange | null {
  const local = address.slice(address.lastIndexOf('!') + 1);
  return parseRange(local);
}

/** Splits a range whose rows are partly hidden into up to PROBE_FANOUT parts. */
function split(p: Probe): Probe[] {
  const n = p.bottom - p.top + 1;
  const size = Math.ceil(n / PROBE_FANOUT);
  const parts: Probe[] = [];
  for (let top = p.top; top <= p.bottom; top += size) parts.push({ top, bottom: Math.min(p.bottom, top + size - 1) });
  return parts;
}

export interface AreaRead {
  readonly context: ExcelContext;
  readonly sheet: ExcelWorksheet;
  readonly sheetName: string;
  readonly area: CellRange;
  readonly date1904: boolean;
  /** ExcelApi 1.13 is there: merged areas can be read. */
  readonly mergesSupported: boolean;
}

export async function readArea(a: AreaRead, options: ReadOptions = {}): Promise<Grid> {
  const { context, sheet, area } = a;
  const height = area.bottom - area.top + 1;
  const width = area.right - area.left + 1;
  const rows: Cell[][] = new Array<Cell[]>(height);
  const hiddenRows: number[] = [];
  const merges: CellRange[] = [];
  let probes: Probe[] = [];
  let next = 0;
  let done = 0;
  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  let mergesPending = a.mergesSupported;

  while (next < height || probes.length > 0 || mergesPending) {
    throwIfAborted(options.signal);
    const chunkRows = Math.max(1, Math.min(Math.floor(CHUNK_BYTES / (width * bytesPerCell)), Math.floor(MAX_CHUNK_CELLS / width)));
    const chunks: Chunk[] = [];
    for (let k = 0; k < CHUNKS_PER_SYNC && next < height; k++) {
      const count = Math.min(chunkRows, height - next);
      const range = sheet.getRangeByIndexes(area.top - 1 + next, area.left - 1, count, width).load('values,valueTypes,rowHidden');
      chunks.push({ offset: next, count, range });
      next += count;
    }
    const batch = probes.slice(0, PROBES_PER_SYNC);
    probes = probes.slice(PROBES_PER_SYNC);
    // Hidden rows are whole rows: one column is enough to ask about them.
    const probeRanges = batch.map((p) => sheet.getRangeByIndexes(p.top - 1, area.left - 1, p.bottom - p.top + 1, 1).load('rowHidden'));
    let areas: ExcelRangeAreas | null = null;
    if (mergesPending) {
      areas = sheet.getRangeByIndexes(area.top - 1, area.left - 1, height, width).getMergedAreasOrNullObject().load('areas/items/address');
      mergesPending = false;
    }

    try {
      await context.sync();
    } catch (e) {
      const first = chunks[0];
      if (!isPayloadTooLarge(e) || !first || chunkRows === 1) throw e;
      // Too much text for one response: read the same rows again in smaller chunks.
      next = first.offset;
      bytesPerCell *= 4;
      probes = [...batch, ...probes];
      if (areas) mergesPending = true;
      continue;
    }

    let bytes = 0;
    let cells = 0;
    for (const c of chunks) {
      const values = c.range.values;
      const types = c.range.valueTypes;
      bytes += jsonBytes(values) + jsonBytes(types);
      cells += c.count * width;
      for (let i = 0; i < c.count; i++) {
        const vr = values[i] ?? [];
        const tr = types[i] ?? [];
        const row = new Array<Cell>(width);
        for (let j = 0; j < width; j++) row[j] = toCell(vr[j] ?? '', tr[j] ?? 'Empty');
        rows[c.offset + i] = row;
      }
      const hidden: boolean | null = c.range.rowHidden;
      const top = area.top + c.offset;
      if (hidden === true) for (let r = top; r < top + c.count; r++) hiddenRows.push(r);
      else if (hidden === null) probes.push(...split({ top, bottom: top + c.count - 1 }));
    }
    batch.forEach((p, i) => {
      const probe = probeRanges[i];
      const hidden: boolean | null = probe ? probe.rowHidden : false;
      if (hidden === true) for (let r = p.top; r <= p.bottom; r++) hiddenRows.push(r);
      else if (hidden === null) probes.push(...split(p));
    });
    if (areas && !areas.isNullObject) {
      for (const item of areas.areas.items) {
        const m = areaOf(item.address);
        if (m) merges.push(m);
      }
    }
    if (cells > 0) bytesPerCell = Math.max(8, (bytes / cells) * 1.25);
    if (chunks.length > 0) {
      done = next;
      options.onProgress?.({ done, total: height });
    }
  }
  if (height === 0) options.onProgress?.({ done: 0, total: 0 });
  hiddenRows.sort((x, y) => x - y);
  return { sheet: a.sheetName, top: area.top, left: area.left, rows, merges, hiddenRows, date1904: a.date1904 };
}
