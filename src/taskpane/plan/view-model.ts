/**
 * Pure helpers behind the 月度计划 panel: the default period, the periods offered, the review's edits
 * (drop, reword, reassign, re-date, category) on a generated plan, how a day reads (working day,
 * weekend, holiday, 调休) and the calendar settings form. No React here, so each rule is tested alone.
 */
import { addDays, isValidYmd, splitIso, weekday } from '../../core/dates';
import type { Localized } from '../../core/i18n/locale';
import { compareItems, type PlanItem, type PlanSource } from '../../core/plan/plan-item';
import { termKeyOfMonth } from '../../core/plan/school-calendar';
import { CATEGORIES, type Category } from '../../core/plan/vocabulary';

/** The period asked for: a month ("2026-03") or a term ("2026-autumn"). */
export type PeriodChoice = { readonly kind: 'month'; readonly month: string } | { readonly kind: 'term'; readonly term: string };

function monthOf(y: number, m: number): string {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return `${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}`;
}

/** At the end of a month the office plans the next one: the month after today's (local time). */
export function nextMonth(today: Date): string {
  return monthOf(today.getFullYear(), today.getMonth() + 2);
}

/** The terms offered: last year's to next year's, so the current and the coming term are always there. */
export function termOptions(today: Date): string[] {
  const y = today.getFullYear();
  const out: string[] = [];
  for (const year of [y - 1, y, y + 1]) out.push(`${year}-spring`, `${year}-autumn`);
  return out;
}

/** The term whose plan next month belongs to. */
export function defaultTerm(today: Date): string {
  return termKeyOfMonth(nextMonth(today));
}

export function isMonthKey(value: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(value.trim());
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function periodRequest(choice: PeriodChoice): { month: string } | { term: string } {
  return choice.kind === 'month' ? { month: choice.month.trim() } : { term: choice.term };
}

// ---- days ----------------------------------------------------------------------------------------

/** A day of the plan's months that is not an ordinary weekday (what the engine sends). */
export interface PlanDay {
  readonly kind: 'weekend' | 'holiday' | 'adjusted';
  /** The holiday's name (holiday days off, and 调休 working days given in exchange for one). */
  readonly holiday?: Localized;
  /** The year's arrangement is not published yet: the day is estimated from the festival date. */
  readonly estimated?: boolean;
}

export type DayKind = 'workday' | PlanDay['kind'];

export interface DayStatus {
  readonly kind: DayKind;
  readonly holiday?: Localized;
  readonly estimated?: boolean;
}

export function dayStatus(date: string, days: Readonly<Record<string, PlanDay>>): DayStatus {
  return days[date] ?? { kind: 'workday' };
}

export function isWorkingDay(status: DayStatus): boolean {
  return status.kind === 'workday' || status.kind === 'adjusted';
}

/** 0 = Monday … 6 = Sunday, as the weekday names are listed. */
export function weekdayIndex(date: string): number {
  return (weekday(date) + 6) % 7;
}

/** The first and last day of a plan's months (the dates an item may be moved to). */
export function planRange(months: readonly string[]): { readonly first: string; readonly last: string } | null {
  const first = months[0];
  const lastMonth = months[months.length - 1];
  if (first === undefined || lastMonth === undefined) return null;
  const { y, m } = splitIso(`${lastMonth}-01`);
  return { first: `${first}-01`, last: addDays(`${monthOf(y, m + 1)}-01`, -1) };
}

// ---- edits ---------------------------------------------------------------------------------------

export type EditProblem = 'titleEmpty' | 'ownerEmpty' | 'dateEmpty' | 'dateOutside';

export type EditResult = { readonly ok: true; readonly item: PlanItem } | { readonly ok: false; readonly problem: EditProblem };

/** Reworded: the new words are the item's text in both languages (the English one was a translation of the old). */
export function reword(item: PlanItem, text: string): EditResult {
  const title = text.replace(/\s+/g, ' ').trim();
  if (title === '') return { ok: false, problem: 'titleEmpty' };
  if (title === item.title) return { ok: true, item };
  return { ok: true, item: { ...item, title, titleEn: title } };
}

export function reassign(item: PlanItem, owner: string): EditResult {
  const o = owner.trim();
  if (o === '') return { ok: false, problem: 'ownerEmpty' };
  return { ok: true, item: o === item.owner ? item : { ...item, owner: o } };
}

export function recategorize(item: PlanItem, category: string): PlanItem {
  const c = CATEGORIES.find((k) => k === category);
  return c === undefined || c === item.category ? item : { ...item, category: c as Category };
}

/** Moved to another day of the plan: in a term plan it moves to that day's month block. */
export function redate(item: PlanItem, date: string, months: readonly string[]): EditResult {
  if (!isIsoDate(date)) return { ok: false, problem: 'dateEmpty' };
  const month = date.slice(0, 7);
  if (!months.includes(month)) return { ok: false, problem: 'dateOutside' };
  if (date === item.due) return { ok: true, item };
  return { ok: true, item: { ...item, due: date, month } };
}

/** The fields the review can change, compared with what was generated. */
export function isEdited(item: PlanItem, original: PlanItem | undefined): boolean {
  if (!original) return false;
  return item.title !== original.title || item.owner !== original.owner || item.due !== original.due || item.category !== original.category;
}

/** Date order, as the sheet lists its lines. */
export function sortItems(items: readonly PlanItem[]): PlanItem[] {
  return [...items].sort(compareItems);
}

export interface MonthGroup {
  readonly month: string;
  readonly items: readonly PlanItem[];
}

/** One block per month of the plan, in the plan's month order (a month with nothing stays, empty). */
export function groupByMonth(items: readonly PlanItem[], months: readonly string[]): MonthGroup[] {
  return months.map((month) => ({ month, items: items.filter((i) => i.month === month) }));
}

export const SOURCE_ORDER: readonly PlanSource[] = ['library', 'calendar', 'holiday', 'workbook', 'carryOver'];

export function sourceCounts(items: readonly PlanItem[]): Record<PlanSource, number> {
  const counts: Record<PlanSource, number> = { library: 0, calendar: 0, holiday: 0, workbook: 0, carryOver: 0 };
  for (const i of items) counts[i.source]++;
  return counts;
}

/** How many items sit on a day that is not a working day (only ever after an edit). */
export function offDayCount(items: readonly PlanItem[], days: Readonly<Record<string, PlanDay>>): number {
  return items.filter((i) => !isWorkingDay(dayStatus(i.due, days))).length;
}

// ---- the calendar settings form -------------------------------------------------------------------

/** One term's dates as the form holds them: "" means "the default". */
export interface TermForm {
  readonly start: string;
  readonly end: string;
  readonly midtermStart: string;
  readonly midtermEnd: string;
  readonly finalsStart: string;
  readonly finalsEnd: string;
}

export const TERM_FORM_FIELDS = ['start', 'end', 'midtermStart', 'midtermEnd', 'finalsStart', 'finalsEnd'] as const;
export type TermFormField = (typeof TERM_FORM_FIELDS)[number];

export const EMPTY_TERM_FORM: TermForm = { start: '', end: '', midtermStart: '', midtermEnd: '', finalsStart: '', finalsEnd: '' };

/** A term's override as the settings keep it (schoolCalendarConfigSchema's term entry). */
export interface TermOverride {
  readonly start?: string;
  readonly end?: string;
  readonly midtermWeek?: { readonly start: string; readonly end?: string };
  readonly finalsWeek?: { readonly start: string; readonly end?: string };
}

export function termForm(override: TermOverride | null | undefined): TermForm {
  if (!override) return EMPTY_TERM_FORM;
  return {
    start: override.start ?? '',
    end: override.end ?? '',
    midtermStart: override.midtermWeek?.start ?? '',
    midtermEnd: override.midtermWeek?.end ?? '',
    finalsStart: override.finalsWeek?.start ?? '',
    finalsEnd: override.finalsWeek?.end ?? '',
  };
}

export type FormProblem = 'badDate' | 'weekEndWithoutStart';

export type FormResult =
  | { readonly ok: true; readonly override: TermOverride | null }
  | { readonly ok: false; readonly problems: Partial<Record<TermFormField, FormProblem>> };

/**
 * The form as an override: only the filled fields (an empty form is "all defaults", null). An exam
 * week's end needs its start; the order of the dates is the core's check (checkSchoolCalendar).
 */
export function formToOverride(form: TermForm): FormResult {
  const problems: Partial<Record<TermFormField, FormProblem>> = {};
  for (const f of TERM_FORM_FIELDS) if (form[f] !== '' && !isIsoDate(form[f])) problems[f] = 'badDate';
  if (form.midtermEnd !== '' && form.midtermStart === '') problems.midtermEnd = 'weekEndWithoutStart';
  if (form.finalsEnd !== '' && form.finalsStart === '') problems.finalsEnd = 'weekEndWithoutStart';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const week = (start: string, end: string) => (start === '' ? undefined : end === '' ? { start } : { start, end });
  const midtermWeek = week(form.midtermStart, form.midtermEnd);
  const finalsWeek = week(form.finalsStart, form.finalsEnd);
  const override: TermOverride = {
    ...(form.start === '' ? {} : { start: form.start }),
    ...(form.end === '' ? {} : { end: form.end }),
    ...(midtermWeek ? { midtermWeek } : {}),
    ...(finalsWeek ? { finalsWeek } : {}),
  };
  return { ok: true, override: Object.keys(override).length === 0 ? null : override };
}
