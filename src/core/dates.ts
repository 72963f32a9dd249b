/**
 * Calendar dates inside core are ISO strings "YYYY-MM-DD" (no time zone: a ledger date is a day,
 * not an instant). Cells hold dates in many forms; this module turns each into one.
 */
import { toHalfWidth } from './text';

export type IsoDate = string;

/** How much of a date the source gave: "2019年9月" has month precision (day set to 1). */
export type DatePrecision = 'day' | 'month';

export interface ParsedDate {
  readonly date: IsoDate;
  readonly precision: DatePrecision;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function ymd(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function splitIso(date: IsoDate): { y: number; m: number; d: number } {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (proleptic Gregorian, UTC arithmetic so no DST can shift a day). */
export function toEpochDay(date: IsoDate): number {
  const { y, m, d } = splitIso(date);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromEpochDay(day: number): IsoDate {
  const t = new Date(day * MS_PER_DAY);
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

// Excel's 1900 system counts 1900-02-29, a day that never was (Lotus compatibility); serial 60 is it.
const EPOCH_1900 = toEpochDay('1899-12-31');
const EPOCH_1900_AFTER_LEAP_BUG = toEpochDay('1899-12-30');
const EPOCH_1904 = toEpochDay('1904-01-01');

/** Excel serial (integer part) → date. Serial 60 in the 1900 system, the phantom 1900-02-29, gives null. */
export function fromExcelSerial(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) return whole < 0 ? null : fromEpochDay(EPOCH_1904 + whole);
  if (whole < 1 || whole === 60) return null;
  return fromEpochDay((whole < 60 ? EPOCH_1900 : EPOCH_1900_AFTER_LEAP_BUG) + whole);
}

export function toExcelSerial(date: IsoDate, date1904 = false): number {
  const day = toEpochDay(date);
  if (date1904) return day - EPOCH_1904;
  const s = day - EPOCH_1900_AFTER_LEAP_BUG;
  return s < 61 ? day - EPOCH_1900 : s;
}

/** Serials a ledger date plausibly has: 1949-10-01 to 2099-12-31 (guards against amounts read as dates). */
export function isPlausibleDateSerial(serial: number, date1904 = false): boolean {
  if (!Number.isInteger(serial)) return false;
  const d = fromExcelSerial(serial, date1904);
  return d !== null && d >= '1949-01-01' && d <= '2099-12-31';
}

const PATTERNS: ReadonlyArray<{ re: RegExp; precision: DatePrecision }> = [
  // 2019年9月1日 · 2019年09月01号
  { re: /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/, precision: 'day' },
  // 2019.09.01 · 2019-9-1 · 2019/9/1 · 2019. 9. 1
  { re: /^(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})(?:[T\s].*)?$/, precision: 'day' },
  // 20190901
  { re: /^(\d{4})(\d{2})(\d{2})$/, precision: 'day' },
  // 2019年9月 · 2019年09月份
  { re: /^(\d{4})\s*年\s*(\d{1,2})\s*月份?$/, precision: 'month' },
  // 2019.09 · 2019-9 · 2019/09
  { re: /^(\d{4})\s*[./-]\s*(\d{1,2})$/, precision: 'month' },
];

/** A date typed as text in any of the forms school ledgers use; null when it is none of them. */
export function parseDateText(text: string): ParsedDate | null {
  const t = toHalfWidth(text).trim();
  for (const { re, precision } of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = precision === 'day' ? Number(m[3]) : 1;
    return isValidYmd(y, mo, d) ? { date: ymd(y, mo, d), precision } : null;
  }
  return null;
}

/** "2024-03-15" → "2024-03". */
export function monthKey(date: IsoDate): string {
  return date.slice(0, 7);
}

/** Whole months from a's month to b's month (2024-01-31 → 2024-02-01 is 1). */
export function monthsBetween(a: IsoDate, b: IsoDate): number {
  const pa = splitIso(a);
  const pb = splitIso(b);
  return (pb.y - pa.y) * 12 + (pb.m - pa.m);
}
