/**
 * Exact arithmetic for amounts that are not yet whole fen (a price × 1.25 ㎡, a base × 1.5): values
 * are kept as a fraction of bigints and rounded half-up exactly once.
 */
import { divideHalfUp, numberToDecimalText, type Fen } from '../money';

export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

/** A JS number as the exact decimal it prints as (0.1 is one tenth, not the nearest double). */
export function decimalRatio(n: number): Ratio {
  const text = numberToDecimalText(n);
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new RangeError(`not a decimal: ${n}`);
  const frac = m[3] ?? '';
  return { num: BigInt(`${m[1] ?? ''}${m[2] ?? '0'}${frac}`), den: 10n ** BigInt(frac.length) };
}

export function times(fen: Fen, ...factors: number[]): Ratio {
  let num = BigInt(fen);
  let den = 1n;
  for (const f of factors) {
    const r = decimalRatio(f);
    num *= r.num;
    den *= r.den;
  }
  return { num, den };
}

/** Rounds half-up to a multiple of `unitFen` (1 分, 10 角, 100 元). */
export function roundRatio(r: Ratio, unitFen = 1): Fen {
  return Number(divideHalfUp(r.num, r.den * BigInt(unitFen))) * unitFen;
}

export function isWhole(r: Ratio, unitFen = 1): boolean {
  return r.num % (r.den * BigInt(unitFen)) === 0n;
}
