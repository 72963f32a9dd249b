/**
 * The code behind each custom function declared in definitions.ts, keyed by function id. The
 * record type makes a declared function without an implementation a compile error.
 */
import { ymd, type IsoDate } from '../core/dates';
import { compensationOf, netValueOf, rmb, type ExcelArg, type FunctionContext } from './compensation-functions';
import type { FunctionId } from './definitions';
import { asExcelFunction } from './excel-errors';
import { workbookPolicy } from './workbook-policy';

/** Any function: Excel passes the arguments the metadata declares. */
export type CustomFunctionImplementation = (...args: never[]) => unknown;

/** Today on the computer's calendar, as the office sees it. */
function localToday(): IsoDate {
  const d = new Date();
  return ymd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

const context: FunctionContext = { today: localToday, policy: workbookPolicy };

export const FUNCTION_IMPLEMENTATIONS: Readonly<Record<FunctionId, CustomFunctionImplementation>> = {
  RMB: asExcelFunction((amount: ExcelArg, withPrefix?: ExcelArg) => rmb(amount, withPrefix)),
  NETVALUE: asExcelFunction((original: ExcelArg, acquired: ExcelArg, lifeOrCategory: ExcelArg, at?: ExcelArg) => netValueOf(context, original, acquired, lifeOrCategory, at)),
  COMPENSATION: asExcelFunction(
    (original: ExcelArg, nature: ExcelArg, repairCost?: ExcelArg, acquired?: ExcelArg, category?: ExcelArg, damageDate?: ExcelArg, quantity?: ExcelArg) =>
      compensationOf(context, original, nature, repairCost, acquired, category, damageDate, quantity),
  ),
};
