/**
 * Marking the ledger's own rows with their count outcome (相符 / 不符 / 盘亏) — only on an explicit
 * request, behind a preview, through source-edits (which logs every previous value for undo). The
 * mark goes into a column headed 盘点结果: the one already there from an earlier run, else the first
 * column right of the table.
 */
import { DEFAULT_LOCALE, localize, type Locale } from '../../core/i18n/locale';
import { ledgerMarks } from '../../core/reconcile';
import { columnLetter, columnNumber } from '../../core/sheet/address';
import { normalizeHeader } from '../../core/text';
import type { CellEdit, WorkbookPort } from '../../workbook/port';
import { applySourceEdits, previewSourceEdits, undoSourceEdits, type EditLogEntry, type EditPreviewLine, type UndoResult } from '../source-edits';
import { reconcileAppMessages as msg } from './messages';
import type { ReconcileRun } from './run';

export interface MarkPlan {
  readonly sheet: string;
  /** Column letter of the mark column. */
  readonly column: string;
  readonly edits: CellEdit[];
  /** Only the cells that change, with their previous values. */
  readonly preview: EditPreviewLine[];
}

const HEADERS = [msg['marks.header']['zh-CN'], msg['marks.header']['en-US']].map(normalizeHeader);

export async function planLedgerMarks(port: WorkbookPort, run: ReconcileRun, locale: Locale = DEFAULT_LOCALE): Promise<MarkPlan> {
  const report = run.ledger.report;
  if (!report) throw new Error('a ledger always comes from a sheet');
  const sheet = run.ledger.name;
  const existing = report.columns.find((c) => HEADERS.includes(normalizeHeader(c.header)));
  const last = report.columns.reduce((m, c) => Math.max(m, columnNumber(c.column)), 0);
  const col = existing ? columnNumber(existing.column) : last + 1;
  const headerRow = report.headerRows[report.headerRows.length - 1] ?? Math.max(1, report.firstDataRow - 1);
  const edits: CellEdit[] = [{ row: headerRow, col, value: msg['marks.header'][locale] }];
  for (const m of ledgerMarks(run.result, locale)) edits.push({ row: m.ledgerRow, col, value: m.text });
  return { sheet, column: columnLetter(col), edits, preview: await previewSourceEdits(port, sheet, edits) };
}

export async function applyLedgerMarks(port: WorkbookPort, plan: MarkPlan, locale: Locale = DEFAULT_LOCALE, now?: Date): Promise<EditLogEntry | null> {
  return applySourceEdits(port, plan.sheet, plan.edits, { reason: localize(msg, 'marks.reason', { count: plan.edits.length - 1 })[locale], now });
}

export async function undoLedgerMarks(port: WorkbookPort, id: string): Promise<UndoResult> {
  return undoSourceEdits(port, id);
}
