/**
 * Reads a worksheet of the loaded model (after a write) into a Grid: compact cells, merged areas,
 * hidden rows; each row lists its cells up to its last value, as the streaming reader does. Large
 * sheets are read in chunks that report progress, yield to the event loop (so a browser stays
 * responsive and a cancel click can land) and honour the abort signal.
 */
import type { Worksheet } from 'exceljs';
import type { Cell, Grid } from '../../core/sheet/grid';
import type { CellRange } from '../../core/sheet/address';
import type { ReadOptions } from '../port';
import { throwIfAborted } from '../../core/errors';
import { gridCell } from './cell-values';
import { usedExtent } from './used-range';
import { worksheetMerges } from './merges';
import { nextTick } from './ticks';

export const READ_CHUNK_ROWS = 10_000;

/** `range` is already parsed and valid; null means the used range from A1. */
export async function readWorksheet(ws: Worksheet, range: CellRange | null, date1904: boolean, options: ReadOptions = {}): Promise<Grid> {
  const { onProgress, signal } = options;
  throwIfAborted(signal);
  const area = range ?? usedArea(ws);
  const height = area ? area.bottom - area.top + 1 : 0;
  const width = area ? area.right - area.left + 1 : 0;
  const top = area?.top ?? 1;
  const left = area?.left ?? 1;
  const rows: Cell[][] = [];
  const hiddenRows: number[] = [];

  for (let start = 0; start < height; start += READ_CHUNK_ROWS) {
    const end = Math.min(height, start + READ_CHUNK_ROWS);
    for (let i = start; i < end; i++) {
      const rowNumber = top + i;
      const values: Cell[] = [];
      const row = ws.findRow(rowNumber);
      if (row) {
        if (row.hidden) hiddenRows.push(rowNumber);
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const j = col - left;
          if (j < 0 || j >= width) return;
          const value = gridCell(cell, date1904);
          if (value === null) return;
          while (values.length < j) values.push(null);
          values[j] = value;
        });
      }
      rows.push(values);
    }
    onProgress?.({ done: end, total: height });
    if (end < height) {
      await nextTick();
      throwIfAborted(signal);
    }
  }
  if (height === 0) onProgress?.({ done: 0, total: 0 });

  const merges = area ? worksheetMerges(ws).filter((m) => intersects(m, area)) : [];
  return { sheet: ws.name, top, left, rows, merges, hiddenRows, date1904 };
}

function usedArea(ws: Worksheet): CellRange | null {
  const { lastRow, lastColumn } = usedExtent(ws);
  return lastRow === 0 ? null : { top: 1, left: 1, bottom: lastRow, right: lastColumn };
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
