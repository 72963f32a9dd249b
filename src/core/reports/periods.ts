/**
 * Periods of whole months ("2025-09..2026-01", both months included) and the period a comparison
 * is made against:
 *
 * - `last-year` (上年同期): the same months one year earlier (2025-09..2026-01 → 2024-09..2025-01).
 * - `last-term` (上学期): the previous term of the school year, as DOMAIN.md has it — the autumn
 *   term (秋季学期) runs September to January, the spring term (春季学期) February to July, and
 *   August is the summer break. The term before the autumn term of year Y (Sep Y – Jan Y+1) is the
 *   spring term of the school year before (Feb–Jul Y); the term before the spring term of year Y is
 *   the autumn term of Y−1 (Sep Y−1 – Jan Y). A whole term is compared with the whole previous
 *   term (5 months against 6 or 6 against 5: that is what the office compares, as in the seed
 *   "与春季学期相比节约28102.00元"). Part of a term is compared with the same months counted from the
 *   start of the previous term (Oct–Dec of an autumn term → Mar–May of the spring term before),
 *   cut at that term's end; a period that reaches the end of its term reaches the end of the
 *   previous term. A period outside one term (crossing August, or two terms) has no previous term.
 */
import { daysInMonth, parseDateText, ymd, type IsoDate } from '../dates';
import type { Localized } from '../i18n/locale';
import { toHalfWidth } from '../text';

export interface MonthPeriod {
  /** First and last month, "YYYY-MM". */
  readonly fromMonth: string;
  readonly toMonth: string;
  /** First and last day. */
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export type Against = 'last-year' | 'last-term';
export const AGAINST: readonly Against[] = ['last-year', 'last-term'];

type Term = { readonly season: 'autumn' | 'spring'; readonly year: number };

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

export function periodOfMonths(fromIndex: number, toIndex: number): MonthPeriod {
  const fromMonth = monthOf(fromIndex);
  const toMonth = monthOf(toIndex);
  const ty = Math.floor(toIndex / 12);
  const tm = (toIndex % 12) + 1;
  return { fromMonth, toMonth, from: `${fromMonth}-01`, to: ymd(ty, tm, daysInMonth(ty, tm)) };
}

/** "2025-09" · "2025.9" · "2025年9月" → month index; null otherwise. */
function parseMonth(text: string): number | null {
  const parsed = parseDateText(text.trim());
  if (!parsed || parsed.precision !== 'month') return null;
  return monthIndex(parsed.date);
}

/** "2025-09..2026-01" (also "~", "—", "至" between the months); one month alone is that month. */
export function parsePeriod(text: string): MonthPeriod | null {
  const t = toHalfWidth(text).trim();
  const parts = t.split(/\s*(?:\.\.|~|—|–|至|到)\s*/);
  if (parts.length > 2) return null;
  const a = parseMonth(parts[0] ?? '');
  const b = parts.length === 2 ? parseMonth(parts[1] ?? '') : a;
  if (a === null || b === null || b < a) return null;
  return periodOfMonths(a, b);
}

function termOfMonth(index: number): Term | null {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  if (m >= 9) return { season: 'autumn', year: y };
  if (m === 1) return { season: 'autumn', year: y - 1 };
  if (m >= 2 && m <= 7) return { season: 'spring', year: y };
  return null;
}

function termStart(t: Term): number {
  return t.season === 'autumn' ? t.year * 12 + 8 : t.year * 12 + 1;
}

function termLength(t: Term): number {
  return t.season === 'autumn' ? 5 : 6;
}

function previousTerm(t: Term): Term {
  return t.season === 'autumn' ? { season: 'spring', year: t.year } : { season: 'autumn', year: t.year - 1 };
}

/** The term a period lies in, and whether it is the whole term; null when it is not inside one. */
export function termOfPeriod(p: MonthPeriod): { term: Term; whole: boolean } | null {
  const a = monthIndex(p.fromMonth);
  const b = monthIndex(p.toMonth);
  const t = termOfMonth(a);
  const u = termOfMonth(b);
  if (!t || !u || t.season !== u.season || t.year !== u.year) return null;
  const start = termStart(t);
  return { term: t, whole: a === start && b === start + termLength(t) - 1 };
}

/** The period compared against; null for `last-term` when the period is not inside one term. */
export function previousPeriod(p: MonthPeriod, against: Against): MonthPeriod | null {
  const a = monthIndex(p.fromMonth);
  const b = monthIndex(p.toMonth);
  if (against === 'last-year') return periodOfMonths(a - 12, b - 12);
  const inTerm = termOfPeriod(p);
  if (!inTerm) return null;
  const t = inTerm.term;
  const start = termStart(t);
  const prev = previousTerm(t);
  const prevStart = termStart(prev);
  const prevLast = prevStart + termLength(prev) - 1;
  const first = Math.min(prevStart + (a - start), prevLast);
  const last = b === start + termLength(t) - 1 ? prevLast : Math.min(prevStart + (b - start), prevLast);
  return periodOfMonths(first, last);
}

function monthLabel(month: string): Localized {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return { 'zh-CN': `${y}年${m}月`, 'en-US': `${month}` };
}

/** "2025年9月—2026年1月", "2025年9月"; "2025-09 to 2026-01". */
export function periodLabel(p: MonthPeriod): Localized {
  const a = monthLabel(p.fromMonth);
  if (p.fromMonth === p.toMonth) return a;
  const b = monthLabel(p.toMonth);
  return { 'zh-CN': `${a['zh-CN']}—${b['zh-CN']}`, 'en-US': `${a['en-US']} to ${b['en-US']}` };
}

/** "2025年秋季学期" when the period is a whole term, else null. */
export function termLabel(p: MonthPeriod): Localized | null {
  const t = termOfPeriod(p);
  if (!t?.whole) return null;
  const { season, year } = t.term;
  return season === 'autumn'
    ? { 'zh-CN': `${year}年秋季学期`, 'en-US': `autumn term ${year}–${year + 1}` }
    : { 'zh-CN': `${year}年春季学期`, 'en-US': `spring term ${year}` };
}
