/** Where a worksheet's values end: the last row and column holding a value (not just formatting). */
import type { Worksheet } from 'exceljs';
import { gridCell } from './cell-values';

export interface UsedExtent {
  /** 0 when the sheet holds no value. */
  readonly lastRow: number;
  readonly lastColumn: number;
}

export function usedExtent(ws: Worksheet): UsedExtent {
  let lastRow = 0;
  let lastColumn = 0;
  // Date systems do not change whether a cell is empty.
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (gridCell(cell, false) === null) return;
      if (rowNumber > lastRow) lastRow = rowNumber;
      if (col > lastColumn) lastColumn = col;
    });
  });
  return { lastRow, lastColumn };
}
