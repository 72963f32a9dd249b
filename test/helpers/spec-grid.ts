/**
 * A SheetSpec laid out by core's own layout (the one both adapters write) and read back as the
 * Grid an adapter would return: core tests of "render → read" round trips without a workbook file.
 */
import { planSheet } from '../../src/core/sheet/layout';
import type { Cell, Grid } from '../../src/core/sheet/grid';
import type { SheetSpec, SpecValue } from '../../src/core/sheet/spec';

function cellOf(v: SpecValue): Cell {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if ('date' in v) return { date: v.date };
  if ('formula' in v) return v.result ?? null;
  return v.text;
}

/**
 * The grid as read back; `top`/`left` shift it as if the sheet started lower or further right, and
 * `gap` puts that many empty rows between blocks (a sheet a person has spread out).
 */
export function specToGrid(spec: SheetSpec, options: { sheet?: string; top?: number; left?: number; gap?: number } = {}): Grid {
  const gap = options.gap ?? 0;
  const blocks = gap > 0 ? spec.blocks.flatMap((b, i) => (i === 0 ? [b] : [{ type: 'spacer' as const, rows: gap }, b])) : spec.blocks;
  const plan = planSheet({ ...spec, blocks });
  const top = options.top ?? 1;
  const left = options.left ?? 1;
  const shift = <T extends { top: number; left: number; bottom: number; right: number }>(r: T): T => ({ ...r, top: r.top + top - 1, bottom: r.bottom + top - 1, left: r.left + left - 1, right: r.right + left - 1 });
  return {
    sheet: options.sheet ?? spec.name,
    top,
    left,
    rows: plan.rows.map((r) => r.map(cellOf)),
    merges: plan.merges.map(shift),
    hiddenRows: [],
    date1904: false,
  };
}

/** A copy of the grid with one cell (sheet coordinates) replaced. */
export function withCell(grid: Grid, row: number, col: number, value: Cell): Grid {
  const rows = grid.rows.map((r) => [...r]);
  const r = rows[row - grid.top] ?? [];
  while (r.length < col - grid.left + 1) r.push(null);
  r[col - grid.left] = value;
  rows[row - grid.top] = r;
  return { ...grid, rows };
}

/** The sheet row whose cell in `col` holds exactly `text`. */
export function rowOf(grid: Grid, col: number, text: string): number {
  const i = grid.rows.findIndex((r) => r[col - grid.left] === text);
  if (i < 0) throw new Error(`no row with "${text}" in column ${col}`);
  return grid.top + i;
}

/** The first cell (sheet coordinates) whose value is exactly `text`. */
export function findCell(grid: Grid, text: string): { row: number; col: number } | null {
  for (let r = 0; r < grid.rows.length; r++) {
    const c = (grid.rows[r] ?? []).findIndex((v) => v === text);
    if (c >= 0) return { row: grid.top + r, col: grid.left + c };
  }
  return null;
}
