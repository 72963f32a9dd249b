/**
 * Which sheet is the ledger and which the count when the user has not said: names offices give
 * them (固定资产明细账 / 资产盘点表, 清查表…), as data; otherwise the first sheet for the ledger and the
 * next one for the count.
 */
import { UserError } from '../../core/errors';
import { localize } from '../../core/i18n/locale';
import type { WorkbookPort } from '../../workbook/port';
import { userSheets } from '../inspect';
import { reconcileAppMessages as msg } from './messages';

/** Name parts, most telling first. */
const COUNT_HINTS = ['盘点', '清查', '实盘', '扫描', 'count'] as const;
const LEDGER_HINTS = ['明细账', '台账', '账簿', '资产账', '账', 'ledger', 'register'] as const;

function byHints(names: readonly string[], hints: readonly string[], exclude: readonly string[]): string | undefined {
  for (const h of hints) {
    const found = names.find((n) => n.toLowerCase().includes(h) && !exclude.some((x) => n.toLowerCase().includes(x)));
    if (found !== undefined) return found;
  }
  return undefined;
}

export interface SheetChoice {
  readonly ledger: string;
  readonly count: string;
}

/** The visible user sheets of a workbook (not Taizhang's own). */
export async function candidateSheets(port: WorkbookPort): Promise<string[]> {
  return (await userSheets(port)).filter((s) => !s.hidden).map((s) => s.name);
}

export async function requireSheet(port: WorkbookPort, sheet: string): Promise<string> {
  const names = (await port.listSheets()).map((s) => s.name);
  if (!names.includes(sheet)) throw new UserError('reconcile.sheetNotFound', localize(msg, 'reconcile.sheetNotFound', { sheet, sheets: names.join('、') }));
  return sheet;
}

/** The ledger sheet of a workbook: the one given, else the best-named. */
export async function chooseLedgerSheet(port: WorkbookPort, given?: string): Promise<string> {
  if (given !== undefined) return requireSheet(port, given);
  const names = await candidateSheets(port);
  const found = byHints(names, LEDGER_HINTS, COUNT_HINTS) ?? names[0];
  if (found === undefined) throw new UserError('reconcile.noLedgerSheet', localize(msg, 'reconcile.noLedgerSheet', { sheets: names.join('、') }));
  return found;
}

/** The count sheet: the one given, else the best-named, else the first one that is not the ledger. */
export async function chooseCountSheet(port: WorkbookPort, ledgerSheet: string | null, given?: string): Promise<string> {
  if (given !== undefined) return requireSheet(port, given);
  const names = (await candidateSheets(port)).filter((n) => n !== ledgerSheet);
  const found = byHints(names, COUNT_HINTS, []) ?? names[0];
  if (found === undefined) throw new UserError('reconcile.noCountSheet', localize(msg, 'reconcile.noCountSheet', { sheets: names.join('、') }));
  return found;
}

/** Both sheets of one workbook. */
export async function chooseSheets(port: WorkbookPort, given: { ledger?: string; count?: string } = {}): Promise<SheetChoice> {
  const ledger = await chooseLedgerSheet(port, given.ledger);
  const count = await chooseCountSheet(port, ledger, given.count);
  return { ledger, count };
}
