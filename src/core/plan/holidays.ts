/**
 * Statutory holidays and adjusted working days (调休) behind a small interface, built from plain data
 * (the State Council arrangements as the chinese-days package records them) plus festival dates for
 * years the data does not cover yet. For such a year the calendar says so (`isCovered`) and
 * estimates the days off from the festival dates; the plan warns instead of treating the year as
 * ordinary.
 */
import { z } from 'zod';
import { addDays, splitIso, weekday, ymd, type IsoDate } from '../dates';
import { HOLIDAYS, holidayDef, type HolidayKey } from './vocabulary';

/** One stretch of days off around a holiday (weekends included), e.g. 国庆 2026-10-01 … 10-07. */
export interface HolidayOccurrence {
  /** The holidays whose days off form this stretch (中秋 and 国庆 may share one). */
  readonly keys: readonly HolidayKey[];
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** True when the year is not in the data and the stretch is estimated from the festival date. */
  readonly estimated: boolean;
}

export interface HolidayCalendar {
  /** Whether the official arrangement of this year is in the data. */
  isCovered(year: number): boolean;
  /** First and last year the data covers. */
  coverage(): { readonly first: number; readonly last: number };
  isWorkday(date: IsoDate): boolean;
  /** A weekend day that is a working day by 调休. */
  isAdjustedWorkday(date: IsoDate): boolean;
  /** The holiday stretches whose festival falls in a calendar year, in date order. */
  occurrences(year: number): readonly HolidayOccurrence[];
}

/**
 * The data: date → "English name,中文名,n" as chinese-days writes it (only the Chinese name is used).
 * `holidays` are days off, `workdays` are weekend days worked in exchange.
 */
export const holidayDataSchema = z.object({
  holidays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()),
  workdays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()),
});
export type HolidayData = z.infer<typeof holidayDataSchema>;

/** The festival day itself for a year (春节 = 正月初一, 中秋 = 八月十五 …), any year. */
export type FestivalDates = (key: HolidayKey, year: number) => IsoDate;

function isWeekend(date: IsoDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

/** The Chinese name in a data value "National Day,国庆节,3". */
function dataName(value: string): string {
  return value.split(',')[1] ?? value;
}

/** How far from the festival day a named day off may lie and still belong to it (元旦 2019 began 2018-12-30). */
const NAMED_DAY_WINDOW = 20;

export function createHolidayCalendar(data: HolidayData, festival: FestivalDates): HolidayCalendar {
  const parsed = holidayDataSchema.parse(data);
  const years = new Set<number>();
  for (const d of Object.keys(parsed.holidays)) years.add(Number(d.slice(0, 4)));
  const sortedYears = [...years].sort((a, b) => a - b);
  const first = sortedYears[0] ?? 0;
  const last = sortedYears[sortedYears.length - 1] ?? -1;
  const isCovered = (year: number): boolean => years.has(year);

  // Estimated days off of uncovered years, built once per year on demand.
  const estimatedOff = new Map<number, Set<IsoDate>>();
  const estimatedDaysOff = (year: number): Set<IsoDate> => {
    let set = estimatedOff.get(year);
    if (!set) {
      set = new Set();
      for (const h of HOLIDAYS) {
        const day = festival(h.key, year);
        const [offset, length] = h.estimate;
        for (let i = 0; i < length; i++) set.add(addDays(day, offset + i));
      }
      estimatedOff.set(year, set);
    }
    return set;
  };

  const isWorkday = (date: IsoDate): boolean => {
    const y = splitIso(date).y;
    if (isCovered(y)) {
      if (parsed.workdays[date] !== undefined) return true;
      if (parsed.holidays[date] !== undefined) return false;
      return !isWeekend(date);
    }
    // 春节 of an uncovered year may begin on 12-31 of the year before; both years' estimates count.
    if (estimatedDaysOff(y).has(date) || estimatedDaysOff(y + 1).has(date)) return false;
    return !isWeekend(date);
  };

  /** The run of consecutive days off containing `day` (a working day gives an empty run). */
  const runAround = (day: IsoDate): { start: IsoDate; end: IsoDate } | null => {
    if (isWorkday(day)) return null;
    let start = day;
    let end = day;
    for (let i = 0; i < 31 && !isWorkday(addDays(start, -1)); i++) start = addDays(start, -1);
    for (let i = 0; i < 31 && !isWorkday(addDays(end, 1)); i++) end = addDays(end, 1);
    return { start, end };
  };

  const occurrenceCache = new Map<number, HolidayOccurrence[]>();
  const occurrences = (year: number): readonly HolidayOccurrence[] => {
    const cached = occurrenceCache.get(year);
    if (cached) return cached;
    const found: Array<{ key: HolidayKey; start: IsoDate; end: IsoDate; estimated: boolean }> = [];
    for (const h of HOLIDAYS) {
      const day = festival(h.key, year);
      const covered = isCovered(splitIso(day).y);
      // In covered years the first named day off anchors the stretch; 中秋 2020 has no day of its
      // own (it fell on 国庆), so the festival day does.
      let anchor = day;
      if (covered) {
        for (let i = -NAMED_DAY_WINDOW; i <= NAMED_DAY_WINDOW; i++) {
          const d = addDays(day, i);
          const v = parsed.holidays[d];
          if (v !== undefined && dataName(v) === holidayDef(h.key).dataName) {
            anchor = d;
            break;
          }
        }
      }
      const run = runAround(anchor);
      const estimated = !covered;
      found.push(run ? { key: h.key, ...run, estimated } : { key: h.key, start: day, end: day, estimated });
    }
    // Holidays sharing one stretch (中秋 inside 国庆) become one occurrence.
    const merged: HolidayOccurrence[] = [];
    for (const f of [...found].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))) {
      const prev = merged[merged.length - 1];
      if (prev && prev.start === f.start) {
        merged[merged.length - 1] = { ...prev, keys: [...prev.keys, f.key], end: prev.end > f.end ? prev.end : f.end, estimated: prev.estimated || f.estimated };
      } else {
        merged.push({ keys: [f.key], start: f.start, end: f.end, estimated: f.estimated });
      }
    }
    occurrenceCache.set(year, merged);
    return merged;
  };

  return {
    isCovered,
    coverage: () => ({ first, last }),
    isWorkday,
    isAdjustedWorkday: (date) => isCovered(splitIso(date).y) && parsed.workdays[date] !== undefined && isWeekend(date),
    occurrences,
  };
}

/** Fixed-date festivals; the lunar ones and 清明 come from the FestivalDates the caller gives. */
export function fixedFestival(key: HolidayKey, year: number): IsoDate | null {
  if (key === 'newYear') return ymd(year, 1, 1);
  if (key === 'labourDay') return ymd(year, 5, 1);
  if (key === 'nationalDay') return ymd(year, 10, 1);
  return null;
}
