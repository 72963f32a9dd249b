/**
 * The ledger's own grand total: the last 合计/总计 row below its data, with what it shows in the
 * quantity and amount columns (either may be blank; a formula's cached result counts).
 */
import type { Fen } from '../money';
import type { SheetAnalysis } from '../sheet/analyze';
import { cellAt, type Grid } from '../sheet/grid';
import { readCell } from '../sheet/values';
import { mappedColumn } from './items';

export interface LedgerTotal {
  readonly sheet: string;
  readonly row: number;
  readonly quantity: number | null;
  readonly amount: Fen | null;
  /** Cells read, for findings ("I140"). */
  readonly quantityCell: string | null;
  readonly amountCell: string | null;
}

export function readLedgerTotal(grid: Grid, analysis: SheetAnalysis): LedgerTotal | null {
  const layout = analysis.layout;
  if (!layout) return null;
  const totals = layout.excluded.filter((e) => e.kind === 'total' && e.row > layout.lastDataRow);
  const last = totals[totals.length - 1];
  if (!last) return null;
  const qCol = mappedColumn(analysis, 'quantity');
  const aCol = mappedColumn(analysis, 'amount');
  const q = qCol === null ? null : readCell(cellAt(grid, last.row, qCol), 'number', grid.date1904);
  const a = aCol === null ? null : readCell(cellAt(grid, last.row, aCol), 'money', grid.date1904);
  const quantity = q?.kind === 'value' && q.value.type === 'number' ? q.value.value : null;
  const amount = a?.kind === 'value' && a.value.type === 'money' ? a.value.fen : null;
  if (quantity === null && amount === null) return null;
  const cell = (field: string) => `${analysis.mapping?.fields[field]?.column ?? ''}${last.row}`;
  return {
    sheet: analysis.sheet,
    row: last.row,
    quantity,
    amount,
    quantityCell: quantity === null ? null : cell('quantity'),
    amountCell: amount === null ? null : cell('amount'),
  };
}
