/** Cell edits as both adapters take them: checked against the sheet's bounds, one per cell, in sheet order. */
import { cellAddress, MAX_COLUMNS, MAX_ROWS } from '../core/sheet/address';
import type { CellEdit } from './port';
import { addressError } from './messages';

function inSheet(n: number, max: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= max;
}

/** The edits by row, then column; a later edit of the same cell replaces an earlier one. */
export function checkedEdits(edits: ReadonlyArray<CellEdit>): CellEdit[] {
  const byCell = new Map<number, CellEdit>();
  for (const e of edits) {
    if (!inSheet(e.row, MAX_ROWS) || !inSheet(e.col, MAX_COLUMNS)) {
      throw addressError(Number.isInteger(e.row) && Number.isInteger(e.col) && e.row >= 1 && e.col >= 1 ? cellAddress(e.row, e.col) : `${e.row},${e.col}`);
    }
    byCell.set((e.row - 1) * MAX_COLUMNS + (e.col - 1), e);
  }
  return [...byCell.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e);
}
