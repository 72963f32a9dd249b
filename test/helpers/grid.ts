/** Builds Grids for core tests the way adapters would hand them over. */
import type { CellRange } from '../../src/core/sheet/address';
import { parseRange } from '../../src/core/sheet/address';
import type { Cell, Grid } from '../../src/core/sheet/grid';

export function gridOf(
  rows: Cell[][],
  options: { sheet?: string; merges?: string[]; hidden?: number[]; date1904?: boolean } = {},
): Grid {
  const merges: CellRange[] = (options.merges ?? []).map((m) => {
    const r = parseRange(m);
    if (!r) throw new Error(`bad range ${m}`);
    return r;
  });
  return {
    sheet: options.sheet ?? 'Sheet1',
    top: 1,
    left: 1,
    rows,
    merges,
    hiddenRows: options.hidden ?? [],
    date1904: options.date1904 ?? false,
  };
}
