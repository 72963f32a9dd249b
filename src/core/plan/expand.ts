/**
 * When a schedule rule falls in a month: the planned working days, with what put them there. Routine
 * and fixed-date tasks stay inside their month (see workdays.ts); tasks counted from a term point or
 * a holiday keep the date they work out to, in whichever month that is (开学前 lands in August).
 */
import { addDays, daysInMonth, monthKey, splitIso, weekday, ymd, type IsoDate } from '../dates';
import type { HolidayCalendar, HolidayOccurrence } from './holidays';
import type { PlanSource } from './plan-item';
import { monthsInRange, type MonthDay, type ScheduleRule } from './schedule';
import { resolveTerm, termKeyOfMonth, type DateSpan, type SchoolCalendarConfig, type Term } from './school-calendar';
import type { HolidayKey, TermAnchor } from './vocabulary';
import { firstWorkdayOfMonth, lastWorkdayOfMonth, previousWorkday, workdayInMonth, workdaysBefore } from './workdays';

export interface Occurrence {
  readonly due: IsoDate;
  readonly source: PlanSource;
  /** Holidays to name in the title, for rules about several or all holidays. */
  readonly holidays?: readonly HolidayKey[];
  /** The days off, for duty over a holiday. */
  readonly period?: DateSpan;
  readonly estimated?: boolean;
}

export interface ExpandContext {
  readonly holidays: HolidayCalendar;
  readonly calendar: SchoolCalendarConfig;
  /** Terms already resolved in this run (every term-point task of every month asks for them). */
  readonly termCache?: Map<string, Term>;
}

function termOf(key: string, ctx: ExpandContext): Term {
  const cached = ctx.termCache?.get(key);
  if (cached) return cached;
  const term = resolveTerm(key, ctx.calendar, ctx.holidays);
  ctx.termCache?.set(key, term);
  return term;
}

function dayOfMonth(cal: HolidayCalendar, month: string, day: MonthDay): IsoDate {
  if (day === 'firstWorkday') return firstWorkdayOfMonth(cal, month);
  if (day === 'lastWorkday') return lastWorkdayOfMonth(cal, month);
  const { y, m } = splitIso(`${month}-01`);
  return workdayInMonth(cal, ymd(y, m, Math.min(day, daysInMonth(y, m))), month);
}

function anchorDate(term: Term, anchor: TermAnchor): IsoDate {
  switch (anchor) {
    case 'start':
      return term.start;
    case 'midterm':
      return term.midterm.start;
    case 'finals':
      return term.finals.start;
    case 'end':
      return term.end;
  }
}

/** The month's term and its neighbours: a term point ±120 days away can only land in these. */
function termsNear(month: string, ctx: ExpandContext): Term[] {
  const key = termKeyOfMonth(month);
  const y = Number(key.slice(0, 4));
  const keys = key.endsWith('spring') ? [`${y - 1}-autumn`, key, `${y}-autumn`] : [`${y}-spring`, key, `${y + 1}-spring`];
  return keys.map((k) => termOf(k, ctx));
}

function holidayOccurrencesNear(month: string, cal: HolidayCalendar): HolidayOccurrence[] {
  const y = Number(month.slice(0, 4));
  return [y - 1, y, y + 1].flatMap((year) => [...cal.occurrences(year)]);
}

/** The occurrences of a rule whose planned date falls in `month`, one per date. */
export function occurrencesInMonth(rule: ScheduleRule, month: string, ctx: ExpandContext): Occurrence[] {
  const cal = ctx.holidays;
  const { y, m } = splitIso(`${month}-01`);
  const out: Occurrence[] = [];
  const inSession = 'termTime' in rule && rule.termTime === true ? termsNear(month, ctx) : null;
  const add = (o: Occurrence): void => {
    if (monthKey(o.due) !== month || out.some((x) => x.due === o.due)) return;
    if (inSession && !inSession.some((t) => o.due >= t.start && o.due <= t.end)) return;
    out.push(o);
  };
  switch (rule.kind) {
    case 'weekly':
      for (let d = 1; d <= daysInMonth(y, m); d++) {
        const date = ymd(y, m, d);
        if ((weekday(date) + 6) % 7 + 1 === rule.weekday) add({ due: workdayInMonth(cal, date, month), source: 'library' });
      }
      break;
    case 'monthly':
      add({ due: dayOfMonth(cal, month, rule.day), source: 'library' });
      break;
    case 'months':
      if (rule.months.includes(m)) add({ due: dayOfMonth(cal, month, rule.day), source: 'library' });
      break;
    case 'season':
      if (monthsInRange(rule.from, rule.to).includes(m)) add({ due: dayOfMonth(cal, month, rule.day), source: 'library' });
      break;
    case 'fixedDate':
      if (rule.month === m) add({ due: workdayInMonth(cal, ymd(y, m, Math.min(rule.day, daysInMonth(y, m))), month), source: 'calendar' });
      break;
    case 'termPhase':
      for (const term of termsNear(month, ctx)) {
        if (rule.term !== undefined && rule.term !== term.season) continue;
        add({ due: previousWorkday(cal, addDays(anchorDate(term, rule.anchor), rule.offsetDays)), source: 'calendar' });
      }
      break;
    case 'holiday':
      for (const occ of holidayOccurrencesNear(month, cal)) {
        if (rule.holidays.length > 0 && !occ.keys.some((k) => rule.holidays.includes(k))) continue;
        const due = workdaysBefore(cal, occ.start, rule.when === 'before' ? rule.workdaysBefore : 1);
        const named = rule.holidays.length === 1 ? {} : { holidays: occ.keys };
        const period = rule.when === 'during' ? { period: { start: occ.start, end: occ.end } } : {};
        add({ due, source: 'holiday', ...named, ...period, ...(occ.estimated ? { estimated: true } : {}) });
      }
      break;
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
