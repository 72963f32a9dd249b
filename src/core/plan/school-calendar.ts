/**
 * The school year: 秋季学期 (September – January) and 春季学期 (February – July, its plan running
 * through the summer break in August, as the seeds' plans do). Term dates, mid-term and final exam
 * weeks come from the school's configuration where given and from defaults otherwise:
 *
 * - autumn term Y: starts on the first working day on or after Y-09-01; mid-terms in the week of
 *   11-10; ends on the last working day on or before (Y+1)-01-23, or 10 days before 春节 leave when
 *   春节 is early; finals in the week before the week it ends;
 * - spring term Y: starts on the Monday on or after both 02-15 and 5 days after 春节 leave (a working
 *   day); mid-terms in the week of 04-25; ends on the last working day on or before 07-10; finals in
 *   the week before the week it ends.
 */
import { z } from 'zod';
import { finding, type Finding } from '../findings';
import type { Localized } from '../i18n/locale';
import { addDays, isValidYmd, splitIso, weekday, ymd, type IsoDate } from '../dates';
import { PLAN_MESSAGES, planMessage, planMessageEach } from './messages';
import type { HolidayCalendar } from './holidays';
import { mondayOf, nextWorkday, previousWorkday } from './workdays';
import type { TermSeason } from './vocabulary';

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const { y, m, d } = splitIso(s);
    return isValidYmd(y, m, d);
  }, 'not a calendar date');

export const monthKeySchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month as YYYY-MM');

export const termKeySchema = z.string().regex(/^\d{4}-(spring|autumn)$/, 'term as YYYY-spring or YYYY-autumn');

/** An exam week: its first day, and its last (default: four days later, Monday → Friday). */
export const examWeekSchema = z.object({ start: isoDateSchema, end: isoDateSchema.optional() }).strict();

export const termOverrideSchema = z
  .object({
    start: isoDateSchema.optional(),
    end: isoDateSchema.optional(),
    midtermWeek: examWeekSchema.optional(),
    finalsWeek: examWeekSchema.optional(),
  })
  .strict();

/** The school's calendar settings (JSON, stored with the workbook or given to the CLI with --config). */
export const schoolCalendarConfigSchema = z
  .object({
    /** Per term ("2026-spring", "2026-autumn"): dates that differ from the defaults. */
    terms: z.record(termKeySchema, termOverrideSchema).default({}),
  })
  .strict();
export type SchoolCalendarConfig = z.infer<typeof schoolCalendarConfigSchema>;

export interface DateSpan {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface Term {
  /** "2026-spring" | "2026-autumn". */
  readonly key: string;
  readonly season: TermSeason;
  /** The calendar year the term begins in. */
  readonly year: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly midterm: DateSpan;
  readonly finals: DateSpan;
  /** The plan months of the term ("2026-02" … "2026-08" for a spring term). */
  readonly months: readonly string[];
}

export function parseTermKey(key: string): { year: number; season: TermSeason } {
  const year = Number(key.slice(0, 4));
  return { year, season: key.endsWith('spring') ? 'spring' : 'autumn' };
}

export function termKey(year: number, season: TermSeason): string {
  return `${year}-${season}`;
}

/** The term whose plan a month belongs to: Feb–Aug → spring of that year; Sep–Dec → autumn; Jan → autumn of the year before. */
export function termKeyOfMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (m >= 9) return termKey(y, 'autumn');
  if (m === 1) return termKey(y - 1, 'autumn');
  return termKey(y, 'spring');
}

export function termMonths(key: string): string[] {
  const { year, season } = parseTermKey(key);
  const pairs: Array<[number, number]> =
    season === 'spring'
      ? [2, 3, 4, 5, 6, 7, 8].map((m) => [year, m])
      : [[year, 9], [year, 10], [year, 11], [year, 12], [year + 1, 1]];
  return pairs.map(([y, m]) => ymd(y, m, 1).slice(0, 7));
}

function neighbour(key: string, step: -1 | 1): string {
  const { year, season } = parseTermKey(key);
  if (step === 1) return season === 'spring' ? termKey(year, 'autumn') : termKey(year + 1, 'spring');
  return season === 'spring' ? termKey(year - 1, 'autumn') : termKey(year, 'spring');
}

function week(start: IsoDate): DateSpan {
  return { start, end: addDays(start, 4) };
}

/** The Monday on or after a date. */
function mondayOnOrAfter(date: IsoDate): IsoDate {
  return weekday(date) === 1 ? date : addDays(mondayOf(date), 7);
}

function springFestivalLeave(holidays: HolidayCalendar, year: number): DateSpan | null {
  const occ = holidays.occurrences(year).find((o) => o.keys.includes('springFestival'));
  return occ ? { start: occ.start, end: occ.end } : null;
}

function defaultTerm(key: string, holidays: HolidayCalendar): Omit<Term, 'months'> {
  const { year, season } = parseTermKey(key);
  if (season === 'autumn') {
    const start = nextWorkday(holidays, ymd(year, 9, 1));
    const leave = springFestivalLeave(holidays, year + 1);
    const latest = ymd(year + 1, 1, 23);
    const beforeLeave = leave ? addDays(leave.start, -10) : latest;
    const end = previousWorkday(holidays, beforeLeave < latest ? beforeLeave : latest);
    return { key, season, year, start, end, midterm: week(mondayOf(ymd(year, 11, 10))), finals: week(addDays(mondayOf(end), -7)) };
  }
  const leave = springFestivalLeave(holidays, year);
  const afterLeave = leave ? addDays(leave.end, 5) : ymd(year, 2, 15);
  const earliest = ymd(year, 2, 15);
  const start = nextWorkday(holidays, mondayOnOrAfter(afterLeave > earliest ? afterLeave : earliest));
  const end = previousWorkday(holidays, ymd(year, 7, 10));
  return { key, season, year, start, end, midterm: week(mondayOf(ymd(year, 4, 25))), finals: week(addDays(mondayOf(end), -7)) };
}

/** A term's dates: the configured ones over the defaults. */
export function resolveTerm(key: string, config: SchoolCalendarConfig, holidays: HolidayCalendar): Term {
  const d = defaultTerm(key, holidays);
  const o = config.terms[key] ?? {};
  const span = (w: { start: IsoDate; end?: IsoDate | undefined } | undefined, fallback: DateSpan): DateSpan =>
    w ? { start: w.start, end: w.end ?? addDays(w.start, 4) } : fallback;
  return {
    ...d,
    start: o.start ?? d.start,
    end: o.end ?? d.end,
    midterm: span(o.midtermWeek, d.midterm),
    finals: span(o.finalsWeek, d.finals),
    months: termMonths(key),
  };
}

export function termLabel(key: string): Localized {
  const { year, season } = parseTermKey(key);
  return planMessage(season === 'spring' ? 'term.spring' : 'term.autumn', { year });
}

function configFinding(code: string, message: Localized): Finding {
  return finding('', '', 'error', code, message);
}

/**
 * Configuration errors: a term ending before it starts, exam weeks outside their term, and terms
 * that overlap their neighbours (defaults included). Any of these stops plan generation.
 */
export function checkSchoolCalendar(config: SchoolCalendarConfig, holidays: HolidayCalendar): Finding[] {
  const out: Finding[] = [];
  const seenPairs = new Set<string>();
  for (const key of Object.keys(config.terms).sort()) {
    const t = resolveTerm(key, config, holidays);
    const label = termLabel(key);
    if (t.start >= t.end) {
      out.push(configFinding('plan.calendar.termOrder', planMessageEach('calendar.termOrder', (l) => ({ term: label[l], start: t.start, end: t.end }))));
      continue;
    }
    if (t.midterm.end < t.midterm.start || t.finals.end < t.finals.start || t.midterm.end >= t.finals.start) {
      const bad = t.midterm.end < t.midterm.start ? t.midterm : t.finals;
      out.push(configFinding('plan.calendar.examOrder', planMessageEach('calendar.examOrder', (l) => ({ term: label[l], from: bad.start, to: bad.end }))));
    }
    for (const [exam, w] of [['exam.midterm', t.midterm], ['exam.finals', t.finals]] as const) {
      if (w.start < t.start || w.end > t.end) {
        const examName = PLAN_MESSAGES[exam];
        out.push(
          configFinding(
            'plan.calendar.examOutside',
            planMessageEach('calendar.examOutside', (l) => ({ term: label[l], exam: examName[l], from: w.start, to: w.end, start: t.start, end: t.end })),
          ),
        );
      }
    }
    for (const [a, b] of [[neighbour(key, -1), key], [key, neighbour(key, 1)]] as const) {
      const pair = `${a}|${b}`;
      if (seenPairs.has(pair)) continue;
      seenPairs.add(pair);
      const first = resolveTerm(a, config, holidays);
      const second = resolveTerm(b, config, holidays);
      if (first.end >= second.start) {
        const fl = termLabel(a);
        const sl = termLabel(b);
        out.push(
          configFinding(
            'plan.calendar.termOverlap',
            planMessageEach('calendar.termOverlap', (l) => ({ first: fl[l], firstEnd: first.end, second: sl[l], secondStart: second.start })),
          ),
        );
      }
    }
  }
  return out;
}
