/** Builders for reconciliation tests: rows from a few fields, amounts in 元 text. */
import { parseYuanText } from '../../../src/core/money';
import { assetRow, type AssetRow, type AssetRowInput } from '../../../src/core/reconcile/records';

type Extra = Omit<AssetRowInput, 'row' | 'code' | 'quantity' | 'unitPrice' | 'amount'> & { unitPrice?: string; amount?: string };

export function yuan(text: string): number {
  const f = parseYuanText(text);
  if (f === null) throw new Error(`not an amount: ${text}`);
  return f;
}

export function row(rowNumber: number, code: string, quantity: number, extra: Extra = {}): AssetRow {
  const { unitPrice, amount, ...rest } = extra;
  return assetRow({
    row: rowNumber,
    code,
    quantity,
    ...rest,
    ...(unitPrice !== undefined ? { unitPrice: yuan(unitPrice) } : {}),
    ...(amount !== undefined ? { amount: yuan(amount) } : {}),
  });
}
