/**
 * The formulas of computed columns, written into the sheet so it keeps computing as people type,
 * and mirrored by core's own arithmetic (money.ts, depreciation) so validation can check them.
 * `{row}` is the sheet row; column letters are resolved from the template's field order.
 */
import type { IsoDate } from '../dates';
import type { ComputeRule } from './schema';

type ColumnOf = (fieldKey: string) => string | undefined;

function dateLiteral(date: IsoDate): string {
  return `DATE(${Number(date.slice(0, 4))},${Number(date.slice(5, 7))},${Number(date.slice(8, 10))})`;
}

/** Blank inputs give a blank result, so empty register lines stay empty. */
export function computeFormula(rule: ComputeRule, columnOf: ColumnOf, asOf: IsoDate): string | null {
  if (rule === 'amount') {
    const q = columnOf('quantity');
    const p = columnOf('unitPrice');
    if (!q || !p) return null;
    return `=IF(OR(${q}{row}="",${p}{row}=""),"",ROUND(${q}{row}*${p}{row},2))`;
  }
  const cost = columnOf('amount');
  const acquired = columnOf('acquiredOn');
  const life = columnOf('usefulLife');
  if (!cost || !acquired || !life) return null;
  const at = dateLiteral(asOf);
  // Months depreciated: the month of acquisition counts, capped at the useful life (no residual).
  const months = `MIN(MAX((YEAR(${at})-YEAR(${acquired}{row}))*12+MONTH(${at})-MONTH(${acquired}{row})+1,0),${life}{row}*12)`;
  return `=IF(OR(${cost}{row}="",${acquired}{row}=""),"",IF(OR(${life}{row}="",${life}{row}=0),${cost}{row},ROUND(${cost}{row}-ROUND(${cost}{row}*${months}/(${life}{row}*12),2),2)))`;
}
