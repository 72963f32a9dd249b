/**
 * A Grid is what a range of a sheet holds, as adapters read it: typed cells, merged areas, hidden
 * rows, the sheet's name and where the range starts. Cells are kept compact (primitives where
 * possible) because a ledger can have a million rows.
 */
import { z } from 'zod';
import type { CellRange } from './address';

/** A cell that holds a real date (a date-formatted number in the file). */
export interface DateCell {
  readonly date: string; // YYYY-MM-DD
}

/** An error value such as #N/A or #REF!. */
export interface ErrorCell {
  readonly error: string;
}

/** null = empty; string = text; number; boolean; a date; an error. */
export type Cell = null | string | number | boolean | DateCell | ErrorCell;

export const cellSchema: z.ZodType<Cell> = z.union([
  z.null(),
  z.string(),
  z.number(),
  z.boolean(),
  z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  z.object({ error: z.string() }),
]);

export const cellRangeSchema = z.object({
  top: z.number().int().min(1),
  left: z.number().int().min(1),
  bottom: z.number().int().min(1),
  right: z.number().int().min(1),
});

export const gridSchema = z.object({
  sheet: z.string(),
  /** Sheet row of rows[0]. */
  top: z.number().int().min(1),
  /** Sheet column of rows[i][0]. */
  left: z.number().int().min(1),
  rows: z.array(z.array(cellSchema)),
  /** Merged areas in sheet coordinates, clipped to nothing: as the sheet has them. */
  merges: z.array(cellRangeSchema),
  /** Sheet rows that are hidden. */
  hiddenRows: z.array(z.number().int().min(1)),
  /** True when the workbook uses the 1904 date system (old Mac workbooks). */
  date1904: z.boolean(),
});

export type Grid = z.infer<typeof gridSchema>;

export function isDateCell(c: Cell): c is DateCell {
  return typeof c === 'object' && c !== null && 'date' in c;
}

export function isErrorCell(c: Cell): c is ErrorCell {
  return typeof c === 'object' && c !== null && 'error' in c;
}

export function isEmptyCell(c: Cell | undefined): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

/** The cell at sheet coordinates, or null outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): Cell {
  return grid.rows[row - grid.top]?.[col - grid.left] ?? null;
}

export function gridBottom(grid: Grid): number {
  return grid.top + grid.rows.length - 1;
}

export function gridRight(grid: Grid): number {
  let width = 0;
  for (const r of grid.rows) if (r.length > width) width = r.length;
  return grid.left + width - 1;
}

/** Text as a person sees it in the cell, for labels and messages. */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number' || typeof c === 'boolean') return String(c);
  if (isDateCell(c)) return c.date;
  return c.error;
}

/** Map from every covered cell of a merge to the merge, for lookups. */
export function mergeIndex(merges: readonly CellRange[]): Map<string, CellRange> {
  const index = new Map<string, CellRange>();
  for (const m of merges) {
    // A merge across a whole column block can be large; index only its cells (merges are small in practice).
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) index.set(`${r},${c}`, m);
  }
  return index;
}
