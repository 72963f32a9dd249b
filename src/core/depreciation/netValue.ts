/**
 * Straight-line depreciation (年限平均法) as 政府会计准则第3号 sets it for schools: monthly, no residual
 * value; the month of acquisition is the first month depreciated (当月增加当月计提); the month an asset
 * leaves is not depreciated (当月减少当月不提); it stops when fully depreciated, so the net value never
 * goes below zero.
 *
 * Accumulated depreciation after n months is computed from the original value each time, not by
 * adding monthly amounts: round-half-up(original × n / lifeMonths) on whole fen in BigInt. So the
 * monthly charges differ by at most one fen, add up exactly, and the last month brings the
 * accumulated amount to exactly the original value.
 */
import { divideHalfUp, type Fen } from '../money';
import { addDays, daysInMonth, isValidYmd, monthsBetween, splitIso, ymd, type IsoDate } from '../dates';

export interface DepreciationInput {
  /** Original value (原值) of one item, in fen. */
  readonly originalFen: Fen;
  readonly acquiredOn: IsoDate;
  /** Useful life in months; 0 means the asset is not depreciated (图书、档案、文物和陈列品、动植物). */
  readonly lifeMonths: number;
  /** The date the value is wanted for; depreciation up to and including this date's month counts. */
  readonly at: IsoDate;
  /** When the asset left (报废、调出、报损): no depreciation in that month or after. */
  readonly disposedOn?: IsoDate | null;
}

function checkDate(name: string, date: IsoDate): void {
  const { y, m, d } = splitIso(date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValidYmd(y, m, d)) throw new RangeError(`${name} is not a date: ${date}`);
}

function check(input: DepreciationInput): void {
  if (!Number.isSafeInteger(input.originalFen) || input.originalFen < 0) {
    throw new RangeError(`original value must be a whole, non-negative number of fen: ${input.originalFen}`);
  }
  if (!Number.isSafeInteger(input.lifeMonths) || input.lifeMonths < 0) {
    throw new RangeError(`useful life must be a whole, non-negative number of months: ${input.lifeMonths}`);
  }
  checkDate('acquiredOn', input.acquiredOn);
  checkDate('at', input.at);
  if (input.disposedOn) checkDate('disposedOn', input.disposedOn);
}

/** Months depreciated by `at`: from the acquisition month through `at`'s month, capped by life and disposal. */
export function depreciatedMonths(input: DepreciationInput): number {
  check(input);
  if (input.lifeMonths === 0 || input.at < input.acquiredOn) return 0;
  let months = monthsBetween(input.acquiredOn, input.at) + 1;
  if (input.disposedOn) months = Math.min(months, Math.max(0, monthsBetween(input.acquiredOn, input.disposedOn)));
  return Math.min(months, input.lifeMonths);
}

/** Accumulated depreciation after a number of depreciated months. */
export function accumulatedForMonths(originalFen: Fen, months: number, lifeMonths: number): Fen {
  if (lifeMonths === 0 || months <= 0) return 0;
  if (months >= lifeMonths) return originalFen;
  return Number(divideHalfUp(BigInt(originalFen) * BigInt(months), BigInt(lifeMonths)));
}

/** 累计折旧 at `at`. */
export function accumulatedDepreciation(input: DepreciationInput): Fen {
  return accumulatedForMonths(input.originalFen, depreciatedMonths(input), input.lifeMonths);
}

/** 净值 (net book value) at `at`: original minus accumulated depreciation, never below zero. */
export function netValue(input: DepreciationInput): Fen {
  return input.originalFen - accumulatedDepreciation(input);
}

/** The depreciation charged in `at`'s month (本月折旧额): zero before acquisition, after disposal and after full depreciation. */
export function monthlyDepreciation(input: DepreciationInput): Fen {
  const { y, m } = splitIso(input.at);
  const firstOfMonth = ymd(y, m, 1);
  const monthEnd = ymd(y, m, daysInMonth(y, m));
  const through = depreciatedMonths({ ...input, at: monthEnd });
  const before = depreciatedMonths({ ...input, at: addDays(firstOfMonth, -1) });
  return accumulatedForMonths(input.originalFen, through, input.lifeMonths) - accumulatedForMonths(input.originalFen, before, input.lifeMonths);
}

/** Useful life in years (as categories and registers give it) → months; fractional years round to the month. */
export function lifeMonthsFromYears(years: number): number {
  if (!Number.isFinite(years) || years < 0) throw new RangeError(`not a useful life: ${years}`);
  return Math.round(years * 12);
}
