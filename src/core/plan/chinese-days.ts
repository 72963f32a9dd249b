/**
 * The holiday calendar over the `chinese-days` package. Its date functions read "YYYY-MM-DD" as UTC
 * and then use local-time getters, so in a time zone west of UTC they answer for the previous day
 * (isWorkday('2026-10-10') in New York says Friday's answer). The package's static JSON data is used
 * instead, which has no such problem; only its lunar conversion is called, and only with ISO strings
 * whose lunar month and day it computes from a UTC day count, the same in every time zone.
 */
import { getLunarDate } from 'chinese-days';
import data from 'chinese-days/dist/chinese-days.json';
import { addDays, ymd, type IsoDate } from '../dates';
import { createHolidayCalendar, fixedFestival, type HolidayCalendar } from './holidays';
import type { HolidayKey } from './vocabulary';

/** Lunar festivals: lunar month/day and the Gregorian window the day always falls in. */
const LUNAR: Readonly<Partial<Record<HolidayKey, { month: number; day: number; from: [number, number]; days: number }>>> = {
  springFestival: { month: 1, day: 1, from: [1, 20], days: 33 },
  dragonBoat: { month: 5, day: 5, from: [5, 27], days: 32 },
  midAutumn: { month: 8, day: 15, from: [9, 6], days: 35 },
};

/**
 * 清明 from the solar-term formula (寿星通用公式): day = ⌊Y·0.2422 + C⌋ − ⌊Y/4⌋ with Y the year in its
 * century, C = 4.81 for 2000–2099 and 5.59 for 1900–1999.
 */
function qingming(year: number): IsoDate {
  const y = year % 100;
  const c = year >= 2000 ? 4.81 : 5.59;
  return ymd(year, 4, Math.floor(y * 0.2422 + c) - Math.floor(y / 4));
}

function lunarFestival(key: HolidayKey, year: number): IsoDate | null {
  const def = LUNAR[key];
  if (!def) return null;
  const start = ymd(year, def.from[0], def.from[1]);
  for (let i = 0; i < def.days; i++) {
    const d = addDays(start, i);
    const l = getLunarDate(d);
    if (!l.isLeap && l.lunarMon === def.month && l.lunarDay === def.day) return d;
  }
  return null;
}

const festivalCache = new Map<string, IsoDate>();

/** The festival day of a holiday in a year. */
export function festivalDate(key: HolidayKey, year: number): IsoDate {
  const k = `${key}:${year}`;
  const cached = festivalCache.get(k);
  if (cached) return cached;
  const d = fixedFestival(key, year) ?? (key === 'qingming' ? qingming(year) : lunarFestival(key, year));
  if (d === null) throw new Error(`no festival date for ${key} ${year}`);
  festivalCache.set(k, d);
  return d;
}

let shared: HolidayCalendar | undefined;

/** The calendar from the installed chinese-days data (built once). */
export function chineseDaysCalendar(): HolidayCalendar {
  shared ??= createHolidayCalendar({ holidays: data.holidays, workdays: data.workdays }, festivalDate);
  return shared;
}
