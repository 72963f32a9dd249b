/**
 * Putting planned dates on working days. The rule: a date that falls on a weekend or a holiday
 * moves to the nearest EARLIER working day (work due over 国庆 is done before it); but a task of a
 * month is not pushed into the month before — when the earlier working day would leave the month,
 * it moves to the next working day instead (a 10-01 task in 2026 lands on 10-08, not 09-30). Only
 * when the month has no working day after it either does it stay on the earlier one.
 */
import { addDays, daysInMonth, splitIso, weekday, ymd, type IsoDate } from '../dates';
import type { HolidayCalendar } from './holidays';

/** Longest stretch searched for a working day (春节 plus weekends is at most about 10 days). */
const SEARCH_DAYS = 45;

export function previousWorkday(cal: HolidayCalendar, date: IsoDate): IsoDate {
  let d = date;
  for (let i = 0; i < SEARCH_DAYS && !cal.isWorkday(d); i++) d = addDays(d, -1);
  return d;
}

export function nextWorkday(cal: HolidayCalendar, date: IsoDate): IsoDate {
  let d = date;
  for (let i = 0; i < SEARCH_DAYS && !cal.isWorkday(d); i++) d = addDays(d, 1);
  return d;
}

/** The Nth working day strictly before a date (N = 1: the last working day before it). */
export function workdaysBefore(cal: HolidayCalendar, date: IsoDate, n: number): IsoDate {
  let d = date;
  for (let left = n; left > 0; left--) d = previousWorkday(cal, addDays(d, -1));
  return d;
}

export function monthStart(month: string): IsoDate {
  return `${month}-01`;
}

export function monthEnd(month: string): IsoDate {
  const { y, m } = splitIso(`${month}-01`);
  return ymd(y, m, daysInMonth(y, m));
}

/** The working day a task of `month` due on `date` is planned on (see the rule above). */
export function workdayInMonth(cal: HolidayCalendar, date: IsoDate, month: string): IsoDate {
  const earlier = previousWorkday(cal, date);
  if (earlier >= monthStart(month)) return earlier;
  const later = nextWorkday(cal, date);
  return later <= monthEnd(month) && cal.isWorkday(later) ? later : earlier;
}

export function firstWorkdayOfMonth(cal: HolidayCalendar, month: string): IsoDate {
  return workdayInMonth(cal, monthStart(month), month);
}

export function lastWorkdayOfMonth(cal: HolidayCalendar, month: string): IsoDate {
  const d = previousWorkday(cal, monthEnd(month));
  return d >= monthStart(month) ? d : nextWorkday(cal, monthStart(month));
}

/** Monday of the week a date is in. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}
