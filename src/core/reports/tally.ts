/**
 * Quantities and amounts added up. Amounts are whole fen, so they add exactly; quantities may be
 * fractional (㎡ of glass), so each sum is rounded to six decimals to keep binary noise
 * (0.1 + 0.2) out of the reports.
 */
import type { Fen } from '../money';

export function addQuantity(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}

export interface QuantityAmount {
  quantity: number;
  amount: Fen;
}

export function zeroQA(): QuantityAmount {
  return { quantity: 0, amount: 0 };
}

export function addQA(into: QuantityAmount, quantity: number, amount: Fen): void {
  into.quantity = addQuantity(into.quantity, quantity);
  into.amount += amount;
}

export function sameQA(a: QuantityAmount, b: QuantityAmount): boolean {
  return a.quantity === b.quantity && a.amount === b.amount;
}
