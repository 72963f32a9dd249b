/**
 * Where a chart of a given size in points ends, in cells: a two-cell anchor from the sheet's own
 * column widths and row heights, read from the worksheet part (so it matches what Excel, WPS and
 * LibreOffice lay out).
 */
import { attributes, tags } from './xml';

export interface CellOffset {
  /** 0-based column and row, offsets in EMU. */
  readonly col: number;
  readonly colOff: number;
  readonly row: number;
  readonly rowOff: number;
}

const EMU_PER_PIXEL = 9525;
/** Pixels per character of the default font (Calibri 11), Excel's "maximum digit width". */
const DIGIT_PIXELS = 7;
const PIXELS_PER_POINT = 96 / 72;

export interface SheetMetrics {
  columnPixels(col: number): number;
  rowPixels(row: number): number;
}

/** Column widths and row heights (1-based) as a worksheet part declares them. */
export function sheetMetrics(sheetXml: string): SheetMetrics {
  const format = attributes(tags(sheetXml, 'sheetFormatPr')[0] ?? '');
  const defaultWidth = Number(format.defaultColWidth ?? NaN);
  const baseWidth = Number(format.baseColWidth ?? 8);
  // Excel's default column is baseColWidth characters plus padding: 8 → 64 px.
  const defaultColumn = Number.isFinite(defaultWidth) ? Math.round(defaultWidth * DIGIT_PIXELS) : Math.trunc(baseWidth * DIGIT_PIXELS + 5) + 3;
  const defaultRow = Math.round(Number(format.defaultRowHeight ?? 15) * PIXELS_PER_POINT);
  const columns: Array<{ min: number; max: number; px: number }> = [];
  for (const tag of tags(sheetXml, 'col')) {
    const a = attributes(tag);
    const px = a.hidden === '1' || a.hidden === 'true' ? 0 : Math.round(Number(a.width ?? 0) * DIGIT_PIXELS);
    columns.push({ min: Number(a.min), max: Number(a.max), px });
  }
  const rows = new Map<number, number>();
  for (const tag of tags(sheetXml, 'row')) {
    const a = attributes(tag);
    if (a.hidden === '1' || a.hidden === 'true') rows.set(Number(a.r), 0);
    else if (a.ht !== undefined) rows.set(Number(a.r), Math.round(Number(a.ht) * PIXELS_PER_POINT));
  }
  return {
    columnPixels: (col) => columns.find((c) => col >= c.min && col <= c.max)?.px ?? defaultColumn,
    rowPixels: (row) => rows.get(row) ?? defaultRow,
  };
}

function walk(start: number, pixels: number, size: (i: number) => number): { index: number; offset: number } {
  let i = start;
  let left = pixels;
  // A sheet has 16,384 columns and 1,048,576 rows; a chart never runs past them.
  for (let guard = 0; guard < 1_048_576; guard++) {
    const s = size(i);
    if (left < s || (s === 0 && left === 0)) break;
    left -= s;
    i++;
  }
  return { index: i, offset: left };
}

/** From the top-left cell (1-based) and a size in points, the anchor's two corners. */
export function twoCellAnchor(metrics: SheetMetrics, row: number, col: number, widthPt: number, heightPt: number): { from: CellOffset; to: CellOffset } {
  const across = walk(col, Math.round(widthPt * PIXELS_PER_POINT), (c) => metrics.columnPixels(c));
  const down = walk(row, Math.round(heightPt * PIXELS_PER_POINT), (r) => metrics.rowPixels(r));
  return {
    from: { col: col - 1, colOff: 0, row: row - 1, rowOff: 0 },
    to: { col: across.index - 1, colOff: across.offset * EMU_PER_PIXEL, row: down.index - 1, rowOff: down.offset * EMU_PER_PIXEL },
  };
}
