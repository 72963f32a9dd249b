/**
 * The formulas of computed columns, written into the sheet so it keeps computing as people type,
 * and mirrored by core's own arithmetic (money.ts, depreciation) so validation can check them.
 * `{row}` is the sheet row; column letters are resolved from the template's field order.
 */
import type { IsoDate } from '../dates';
import { lifeMonthsFromYears, netValue } from '../depreciation';
import { fenToYuanNumber, multiplyFen, yuanToFen } from '../money';
import type { SpecValue } from '../sheet/spec';
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
  const months = `IF(${acquired}{row}>${at},0,MIN((YEAR(${at})-YEAR(${acquired}{row}))*12+MONTH(${at})-MONTH(${acquired}{row})+1,${life}{row}*12))`;
  return `=IF(OR(${cost}{row}="",${acquired}{row}=""),"",IF(OR(${life}{row}="",${life}{row}=0),${cost}{row},ROUND(${cost}{row}-ROUND(${cost}{row}*${months}/(${life}{row}*12),2),2)))`;
}

function num(v: SpecValue | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * The value a computed column's formula gives for a row, by core's own arithmetic: written as the
 * formula's cached result, so a viewer that does not recalculate shows it, and compared with what
 * LibreOffice computes in the tests.
 */
export function computeResult(rule: ComputeRule, row: Readonly<Record<string, SpecValue>>, asOf: IsoDate): number | null {
  const quantity = num(row.quantity);
  const price = num(row.unitPrice);
  if (rule === 'amount') return quantity === null || price === null ? null : fenToYuanNumber(multiplyFen(yuanToFen(price), quantity));
  const cost = num(row.amount) ?? (quantity !== null && price !== null ? fenToYuanNumber(multiplyFen(yuanToFen(price), quantity)) : null);
  const acquired = row.acquiredOn;
  const life = num(row.usefulLife);
  if (cost === null || acquired === null || typeof acquired !== 'object' || !('date' in acquired)) return null;
  if (life === null || life === 0) return cost;
  return fenToYuanNumber(netValue({ originalFen: yuanToFen(cost), acquiredOn: acquired.date, lifeMonths: lifeMonthsFromYears(life), at: asOf }));
}
