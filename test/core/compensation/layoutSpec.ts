/**
 * Test helper: lays a SheetSpec out into a Grid the simple way an adapter does — blocks one under
 * another from row 1, column A; fields two pairs per row; a table's header, rows, total row and
 * blank rows. Formulas show their cached result (a total row shows the sum, as Excel would).
 * `gap` inserts blank rows between blocks, to check readers do not depend on the exact layout.
 */
import type { Cell, Grid } from '../../../src/core/sheet/grid';
import type { SheetSpec, SpecValue } from '../../../src/core/sheet/spec';

function toCell(v: SpecValue): Cell {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if ('date' in v) return { date: v.date };
  if ('formula' in v) return v.result ?? null;
  return v.text;
}

export function layoutSpec(spec: SheetSpec, options: { gap?: number; sheet?: string } = {}): Grid {
  const rows: Cell[][] = [];
  const gap = options.gap ?? 0;
  spec.blocks.forEach((b, i) => {
    if (i > 0) for (let g = 0; g < gap; g++) rows.push([]);
    switch (b.type) {
      case 'title':
        rows.push([b.text]);
        break;
      case 'lines':
        for (const l of b.lines) rows.push([l]);
        break;
      case 'fields':
        for (let p = 0; p < b.pairs.length; p += 2) {
          const row: Cell[] = [];
          for (const pair of b.pairs.slice(p, p + 2)) row.push(pair[0], toCell(pair[1]));
          rows.push(row);
        }
        break;
      case 'table': {
        if (b.groups) {
          const g: Cell[] = b.columns.map(() => null);
          for (const grp of b.groups) g[grp.from] = grp.label;
          rows.push(g);
        }
        rows.push(b.columns.map((c) => c.header));
        for (const r of b.rows) rows.push(r.map(toCell));
        if (b.total) {
          const total: Cell[] = b.columns.map(() => null);
          total[b.total.labelColumn] = b.total.label;
          for (const c of b.total.sumColumns) {
            let sum = 0;
            for (const r of b.rows) {
              const v = r[c];
              if (typeof v === 'number') sum += v;
            }
            total[c] = Math.round(sum * 100) / 100;
          }
          rows.push(total);
        }
        for (let k = 0; k < (b.blankRows ?? 0); k++) rows.push([]);
        break;
      }
      case 'signatures':
        rows.push(b.labels.flatMap((l) => [`${l}：`, null]));
        break;
      case 'spacer':
        for (let k = 0; k < (b.rows ?? 1); k++) rows.push([]);
        break;
      case 'pageBreak':
        break;
    }
  });
  return { sheet: options.sheet ?? spec.name, top: 1, left: 1, rows, merges: [], hiddenRows: [], date1904: false };
}

/** The row (1-based) of the first cell whose text equals `text`, and its column. */
export function findCell(grid: Grid, text: string): { row: number; col: number } | null {
  for (let r = 0; r < grid.rows.length; r++) {
    const c = (grid.rows[r] ?? []).findIndex((v) => v === text);
    if (c >= 0) return { row: grid.top + r, col: grid.left + c };
  }
  return null;
}
