/**
 * Finding the header rows of the sheets the plan capability owns (task library, plan sheets) by their
 * Chinese column names, wherever staff have moved them. A plan sheet for a term repeats its header
 * once per month, so every matching row is returned.
 */
import { cellText, gridBottom, gridRight, type Grid } from '../sheet/grid';
import { normalizeHeader } from '../text';

export interface HeaderField<K extends string> {
  readonly key: K;
  /** Header texts, compared normalized (half-width, no spaces, no bracketed units). */
  readonly names: readonly string[];
}

export interface HeaderRow<K extends string> {
  /** Sheet row of the header. */
  readonly row: number;
  /** Sheet column of each field found. */
  readonly columns: ReadonlyMap<K, number>;
}

function matchRow<K extends string>(grid: Grid, row: number, fields: readonly HeaderField<K>[]): Map<K, number> {
  const columns = new Map<K, number>();
  const right = gridRight(grid);
  for (let col = grid.left; col <= right; col++) {
    const text = normalizeHeader(cellText(grid.rows[row - grid.top]?.[col - grid.left]));
    if (text === '') continue;
    for (const f of fields) {
      if (!columns.has(f.key) && f.names.some((n) => normalizeHeader(n) === text)) {
        columns.set(f.key, col);
        break;
      }
    }
  }
  return columns;
}

/** Every row holding all the required header names, top to bottom. */
export function findHeaderRows<K extends string>(grid: Grid, fields: readonly HeaderField<K>[], required: readonly K[]): HeaderRow<K>[] {
  const out: HeaderRow<K>[] = [];
  const bottom = gridBottom(grid);
  for (let row = grid.top; row <= bottom; row++) {
    const columns = matchRow(grid, row, fields);
    if (required.every((k) => columns.has(k))) out.push({ row, columns });
  }
  return out;
}

/** Text as typed, trimmed and with runs of spaces collapsed; Chinese punctuation (，、（）) kept as it is. */
export function tidyText(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
