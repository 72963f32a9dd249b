/**
 * Filling the register's own 应赔金额 column is an edit of the user's rows, so it is only ever
 * previewed here: the cells that would change, each with the value it holds now, so the edit can be
 * shown, confirmed, applied and logged with the previous values by whoever applies it.
 */
import type { IncidentResult } from '../../core/compensation';
import { fenToYuanNumber, parseYuanText, yuanToFen, type Fen } from '../../core/money';
import { isEmptyCell, type Cell } from '../../core/sheet/grid';
import type { RowDetails } from './register';

export interface AmountDueEdit {
  /** The register's row. */
  readonly row: number;
  /** Column letter of 应赔金额. */
  readonly column: string;
  /** A1 address on the register sheet. */
  readonly address: string;
  /** The amount to write, in 元 (a number, for a 0.00 format). */
  readonly value: number;
  readonly fen: Fen;
  /** What the cell holds now (to log before it is replaced). */
  readonly previous: Cell;
}

export interface AmountDuePreview {
  readonly sheet: string;
  /** Null when the register has no 应赔金额 column: there is nothing to fill. */
  readonly column: string | null;
  /** Cells whose value would change; incidents that could not be computed are left as they are. */
  readonly edits: readonly AmountDueEdit[];
  /** Computed incidents whose cell already holds the amount. */
  readonly unchanged: number;
}

function cellFen(c: Cell): Fen | null {
  if (typeof c === 'number' && Number.isFinite(c)) return yuanToFen(c);
  if (typeof c === 'string') return parseYuanText(c);
  return null;
}

export function previewAmountDue(sheet: string, column: string | null, results: readonly IncidentResult[], details: ReadonlyMap<number, RowDetails>): AmountDuePreview {
  if (column === null) return { sheet, column, edits: [], unchanged: 0 };
  const edits: AmountDueEdit[] = [];
  let unchanged = 0;
  for (const r of results) {
    const cell = details.get(r.row)?.amountDue;
    if (!cell) continue;
    // An empty cell of a school-repair or write-off incident (nothing to pay) stays empty.
    if (r.amount === 0 && isEmptyCell(cell.value)) {
      unchanged++;
      continue;
    }
    if (cellFen(cell.value) === r.amount) {
      unchanged++;
      continue;
    }
    edits.push({ row: r.row, column, address: cell.address, value: fenToYuanNumber(r.amount), fen: r.amount, previous: cell.value });
  }
  return { sheet, column, edits, unchanged };
}
