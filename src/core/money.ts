/**
 * Money inside core is an integer number of 分 (fen). Floats never carry money: a value read from a
 * cell is turned into its decimal text first, so "1.005" means exactly what the clerk typed.
 * Rounding is half-up (四舍五入) and lives only here.
 */

/** An integer amount of 分. Plain number: safe up to 2^53 fen (9e13 元), far above any school's books. */
export type Fen = number;

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$/;

/** Decimal text of a JS number without exponent notation ("1e-7" → "0.0000001"). */
export function numberToDecimalText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  // toFixed handles up to 100 digits; 20 covers every amount that is not noise.
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/**
 * Rounds a decimal text to a whole number of units of 10^-scale, half-up (away from zero on .5),
 * returning a bigint count of those units. `scale` 2 gives 分 from 元.
 */
export function roundDecimalText(text: string, scale: number): bigint | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const sign = m[1] === '-' ? -1n : 1n;
  const intPart = m[2] ?? '0';
  const frac = m[3] ?? '';
  const kept = (frac + '0'.repeat(scale)).slice(0, scale);
  const nextDigit = frac.length > scale ? Number(frac[scale]) : 0;
  let units = BigInt(intPart + kept);
  if (nextDigit >= 5) units += 1n;
  return sign * units;
}

/** 元 as a number (from a cell) → 分, half-up. */
export function yuanToFen(yuan: number): Fen {
  // Most amounts have at most two decimals: then yuan × 100 is within float noise of the whole fen
  // it stands for, and rounding it is exact — no decimal text arithmetic per cell of a big ledger.
  const plain = String(yuan);
  const dot = plain.indexOf('.');
  if (Number.isFinite(yuan) && Math.abs(yuan) < 1e13 && !/e/i.test(plain) && (dot < 0 || plain.length - dot <= 3)) return Math.round(yuan * 100) + 0;
  const units = roundDecimalText(numberToDecimalText(yuan), 2);
  if (units === null) throw new RangeError(`not an amount: ${yuan}`);
  return Number(units);
}

/** "1,280.00", "¥1280", "1280元", "－12.5" → 分; null when the text is not an amount. */
export function parseYuanText(text: string): Fen | null {
  const cleaned = text
    .trim()
    .replace(/^[¥￥]|^人民币|元$/g, '')
    .replace(/[,，\s]/g, '')
    .replace(/^[（(](.*)[)）]$/, '-$1');
  if (cleaned === '' || cleaned === '-' || cleaned === '+') return null;
  const units = roundDecimalText(cleaned, 2);
  return units === null ? null : Number(units);
}

/** 分 → "1234.50" (no grouping): the form JSON outputs and CSVs use. */
export function formatFen(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${yuan}.${cents.toString().padStart(2, '0')}`;
}

/** 分 → "1,234.50" for display in the task pane. */
export function formatFenGrouped(fen: Fen): string {
  const [intPart, frac] = formatFen(fen).split('.');
  return `${(intPart ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac ?? '00'}`;
}

/** 分 → 元 as a number, for writing into a cell with a 0.00 format. Exact to the fen when displayed. */
export function fenToYuanNumber(fen: Fen): number {
  return Number(formatFen(fen));
}

/**
 * 分 × a quantity that may be fractional (2.5 ㎡ of glass), rounded half-up once.
 * The quantity goes through its decimal text so 0.1 × 3 stays exact.
 */
export function multiplyFen(fen: Fen, quantity: number): Fen {
  const qText = numberToDecimalText(quantity);
  const m = DECIMAL.exec(qText);
  if (!m) throw new RangeError(`not a quantity: ${quantity}`);
  const frac = m[3] ?? '';
  const qUnits = BigInt((m[1] === '-' ? '-' : '') + (m[2] ?? '0') + frac);
  const product = BigInt(fen) * qUnits; // in units of 10^-frac.length fen
  return Number(divideHalfUp(product, 10n ** BigInt(frac.length)));
}

/** Integer division rounding half away from zero. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/**
 * Splits a whole into parts by weights with the largest-remainder method, so the parts always add
 * up to the whole. Ties go to the earlier part (DOMAIN.md: remainders to the first names).
 */
export function splitFen(total: Fen, weights: readonly number[]): Fen[] {
  if (weights.length === 0) return [];
  const w = weights.map((x) => BigInt(Math.round(x * 1_000_000)));
  const sumW = w.reduce((a, b) => a + b, 0n);
  if (sumW <= 0n) throw new RangeError('weights must add up to more than zero');
  const sign = total < 0 ? -1n : 1n;
  const t = BigInt(Math.abs(total));
  const floors = w.map((wi) => (t * wi) / sumW);
  const remainders = w.map((wi, i) => t * wi - (floors[i] ?? 0n) * sumW);
  let left = t - floors.reduce((a, b) => a + b, 0n);
  const order = remainders
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const parts = [...floors];
  for (const { i } of order) {
    if (left === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(sign * p));
}

/** Equal shares to the fen; the first names take the remainder fen. */
export function splitFenEqually(total: Fen, count: number): Fen[] {
  return splitFen(total, Array.from({ length: count }, () => 1));
}

export function sumFen(values: Iterable<Fen>): Fen {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
