/**
 * Turns a SheetSpec into the Grid an adapter would read back from the written sheet, in a simple
 * deterministic layout: one row per title, text line, header, data row and signature line; spacers
 * as empty rows; values as the cell would hold them (dates as date cells, links as their text).
 */
import type { Cell, Grid } from '../../../src/core/sheet/grid';
import type { SheetSpec, SpecValue } from '../../../src/core/sheet/spec';

function cellOf(v: SpecValue): Cell {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if ('date' in v) return { date: v.date };
  if ('formula' in v) return v.result ?? null;
  return v.text;
}

export function specToGrid(spec: SheetSpec, options: { sheet?: string; top?: number; left?: number } = {}): Grid {
  const rows: Cell[][] = [];
  for (const b of spec.blocks) {
    switch (b.type) {
      case 'title':
        rows.push([b.text]);
        break;
      case 'lines':
        for (const l of b.lines) rows.push([l]);
        break;
      case 'fields':
        for (const [label, value] of b.pairs) rows.push([label, cellOf(value)]);
        break;
      case 'table':
        rows.push(b.columns.map((c) => c.header));
        for (const r of b.rows) rows.push(r.map(cellOf));
        for (let i = 0; i < (b.blankRows ?? 0); i++) rows.push(b.columns.map(() => null));
        break;
      case 'signatures':
        rows.push(b.labels.flatMap((l) => [`${l}：`, null]));
        break;
      case 'spacer':
        for (let i = 0; i < (b.rows ?? 1); i++) rows.push([]);
        break;
      case 'pageBreak':
        break;
    }
  }
  return { sheet: options.sheet ?? spec.name, top: options.top ?? 1, left: options.left ?? 1, rows, merges: [], hiddenRows: [], date1904: false };
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
