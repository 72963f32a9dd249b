/**
 * Valuation at book price (DOMAIN.md: 盘亏 is valued at the ledger's unit price). A whole row is worth
 * its 金额 when the ledger gives one (the figure the books add up), else 单价 × 数量; a part of a row
 * (a quantity shortfall or overage) is worth 单价 × that part, where a missing 单价 is 金额 / 数量
 * rounded half-up to the fen. Integer arithmetic throughout; bigints only off the common path.
 */
import { divideHalfUp, multiplyFen, numberToDecimalText, type Fen } from '../money';
import type { AssetRow } from './records';

/** Largest |numerator| for which 2·n + d stays exact in a double. */
const SAFE_HALF = 2 ** 51;

/** A decimal number as an integer over a power of ten: 2.5 → [25n, 1n]. */
function decimalUnits(x: number): [bigint, bigint] {
  const text = numberToDecimalText(x);
  const negative = text.startsWith('-');
  const [intPart = '0', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const units = BigInt(intPart + frac);
  return [negative ? -units : units, 10n ** BigInt(frac.length)];
}

/** value × part / whole, half-up; undefined when whole is 0. Exact for decimal quantities (2.5 ㎡). */
export function prorateFen(value: Fen, part: number, whole: number): Fen | undefined {
  if (whole === 0) return undefined;
  if (Number.isInteger(part) && Number.isInteger(whole)) {
    const n = value * part;
    if (Math.abs(n) <= SAFE_HALF && Math.abs(whole) <= SAFE_HALF) {
      const an = Math.abs(n);
      const aw = Math.abs(whole);
      const q = Math.floor((2 * an + aw) / (2 * aw));
      return n < 0 !== whole < 0 && q !== 0 ? -q : q;
    }
  }
  const [p, ps] = decimalUnits(part);
  const [w, ws] = decimalUnits(whole);
  return Number(divideHalfUp(BigInt(value) * p * ws, w * ps));
}

/** 单价 × a quantity; the common integer case stays in plain numbers. */
export function priceTimes(unitPrice: Fen, quantity: number): Fen {
  if (Number.isInteger(quantity)) {
    const v = unitPrice * quantity;
    if (Number.isSafeInteger(v)) return v;
  }
  return multiplyFen(unitPrice, quantity);
}

/** The row's unit price: as given, or 金额 / 数量 half-up; undefined when neither is known. */
export function unitPriceOf(row: AssetRow): Fen | undefined {
  if (row.unitPrice !== undefined) return row.unitPrice;
  if (row.amount !== undefined) return prorateFen(row.amount, 1, row.quantity);
  return undefined;
}

/** The row's book value: 金额 as given, else 单价 × 数量; undefined when there is no price at all. */
export function valueOf(row: AssetRow): Fen | undefined {
  if (row.amount !== undefined) return row.amount;
  if (row.unitPrice !== undefined) return priceTimes(row.unitPrice, row.quantity);
  return undefined;
}

/**
 * The value of `quantity` units of the row at its unit price. The whole quantity is the row's own
 * value, so a row missing entirely is worth exactly what the books say.
 */
export function valueOfQuantity(row: AssetRow, quantity: number): Fen | undefined {
  if (quantity === row.quantity) return valueOf(row);
  const price = unitPriceOf(row);
  return price === undefined ? undefined : priceTimes(price, quantity);
}

/**
 * Sums of quantities can be fractional (2.5 ㎡ + 0.1 ㎡); rounding to a millionth keeps float noise
 * (0.30000000000000004) out of reports without hiding any real quantity.
 */
export function roundQuantity(q: number): number {
  return Number.isInteger(q) ? q : Math.round(q * 1e6) / 1e6;
}
