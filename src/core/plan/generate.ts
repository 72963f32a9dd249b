/**
 * The plan generator: for a month or a whole term, the library's tasks on their working days, the
 * holiday checks and duty, the term's rhythm, the open items of the office's registers and what last
 * month left undone — ordered by date, then category. Pure and deterministic.
 */
import { z } from 'zod';
import type { Finding } from '../findings';
import { UserError } from '../errors';
import type { Localized } from '../i18n/locale';
import { chineseDaysCalendar } from './chinese-days';
import { occurrencesInMonth, type Occurrence } from './expand';
import type { HolidayCalendar } from './holidays';
import { dayLabel } from './labels';
import type { Task } from './library';
import { planMessage, planMessageEach } from './messages';
import { compareItems, joinNotes, type PlanItem, type PlanRow, type PlanWarning } from './plan-item';
import { carryOverItems } from './roll-forward';
import {
  checkSchoolCalendar,
  monthKeySchema,
  resolveTerm,
  schoolCalendarConfigSchema,
  termKeyOfMonth,
  termKeySchema,
  termMonths,
  type SchoolCalendarConfig,
  type Term,
} from './school-calendar';
import { holidayDef } from './vocabulary';
import { itemsFromWorkbook, type WorkbookInputs } from './workbook-items';

/** Years the festival calculations (lunar calendar 1900–2100) serve with a year to spare. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2098;
const inRange = (key: string): boolean => Number(key.slice(0, 4)) >= FIRST_YEAR && Number(key.slice(0, 4)) <= LAST_YEAR;

export const planPeriodSchema = z.union([
  z.object({ month: monthKeySchema.refine(inRange, `year ${FIRST_YEAR}–${LAST_YEAR}`) }).strict(),
  z.object({ term: termKeySchema.refine(inRange, `year ${FIRST_YEAR}–${LAST_YEAR}`) }).strict(),
]);
export type PlanPeriod = z.infer<typeof planPeriodSchema>;

export interface PlanRequest {
  readonly period: PlanPeriod;
  /** Tasks (the built-in library or the workbook's library sheet); switched-off tasks are ignored. */
  readonly library: readonly Task[];
  /** The school's term dates; defaults when absent. Validated here. */
  readonly calendar?: z.input<typeof schoolCalendarConfigSchema>;
  /** Holidays and 调休; the installed chinese-days data when absent. */
  readonly holidays?: HolidayCalendar;
  /** Registers read from the workbook; absent when no workbook was read. */
  readonly workbook?: WorkbookInputs;
  /** Last month's plan lines (read from its sheet) for roll-forward into the first month. */
  readonly previousPlan?: readonly PlanRow[];
  /** Assets not counted for this many months are listed (default 12). */
  readonly uncountedMonths?: number;
}

export interface PlanResult {
  readonly period: PlanPeriod;
  readonly months: readonly string[];
  /** The terms the months belong to, with their resolved dates. */
  readonly terms: readonly Term[];
  readonly items: readonly PlanItem[];
  readonly warnings: readonly PlanWarning[];
  /** Configuration errors; when there are any, no items are made. */
  readonly findings: readonly Finding[];
}

function occurrenceItem(task: Task, occ: Occurrence, month: string): PlanItem {
  const names = occ.holidays && occ.holidays.length > 0 ? occ.holidays.map((k) => holidayDef(k)) : [];
  const suffix: Localized | null =
    names.length > 0
      ? planMessageEach('item.holidaySuffix', (l) => ({ names: names.map((h) => (l === 'zh-CN' ? h.zh : h.en)).join(l === 'zh-CN' ? '、' : ', ') }))
      : null;
  const notes: Localized[] = [];
  const period = occ.period;
  if (period) notes.push(planMessageEach('note.holidayPeriod', (l) => ({ from: dayLabel(period.start)[l], to: dayLabel(period.end)[l] })));
  if (occ.estimated) notes.push(planMessage('note.estimated'));
  const note = joinNotes(notes);
  return {
    id: `lib:${task.id}:${occ.due}`,
    month,
    title: task.text + (suffix?.['zh-CN'] ?? ''),
    titleEn: task.textEn + (suffix?.['en-US'] ?? ''),
    category: task.category,
    due: occ.due,
    owner: task.owner,
    source: occ.source,
    taskId: task.id,
    status: '未开始',
    ...(note ? { note } : {}),
    ...(occ.estimated ? { estimated: true } : {}),
  };
}

function coverageWarnings(months: readonly string[], holidays: HolidayCalendar): PlanWarning[] {
  const out: PlanWarning[] = [];
  const { first, last } = holidays.coverage();
  const warnedYears = new Set<number>();
  for (const month of months) {
    const year = Number(month.slice(0, 4));
    if (!holidays.isCovered(year)) {
      if (!warnedYears.has(year)) {
        warnedYears.add(year);
        out.push({ code: 'plan.holidays.uncovered', month, message: planMessage('holidays.uncovered', { year, first, last }) });
      }
    } else if (month.endsWith('-12') && !holidays.isCovered(year + 1)) {
      out.push({ code: 'plan.holidays.nextYearUncovered', month, message: planMessage('holidays.nextYearUncovered', { next: year + 1 }) });
    }
  }
  return out;
}

export function periodMonths(period: PlanPeriod): string[] {
  return 'month' in period ? [period.month] : termMonths(period.term);
}

export function generatePlan(request: PlanRequest): PlanResult {
  const periodParse = planPeriodSchema.safeParse(request.period);
  if (!periodParse.success) {
    throw new UserError('plan.badPeriod', planMessage('period.bad', { text: JSON.stringify(request.period) }));
  }
  const period = periodParse.data;
  const configParse = schoolCalendarConfigSchema.safeParse(request.calendar ?? {});
  if (!configParse.success) {
    throw new UserError('plan.badConfig', planMessage('config.bad', { detail: configParse.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }));
  }
  const calendar: SchoolCalendarConfig = configParse.data;
  const holidays = request.holidays ?? chineseDaysCalendar();
  const months = periodMonths(period);
  const termKeys = [...new Set(months.map(termKeyOfMonth))];
  const terms = termKeys.map((k) => resolveTerm(k, calendar, holidays));
  const warnings = coverageWarnings(months, holidays);

  const findings = checkSchoolCalendar(calendar, holidays);
  if (findings.some((f) => f.severity === 'error')) return { period, months, terms, items: [], warnings, findings };

  const items: PlanItem[] = [];
  const ctx = { holidays, calendar, termCache: new Map(terms.map((t) => [t.key, t])) };
  for (const month of months) {
    for (const task of request.library) {
      if (!task.enabled) continue;
      for (const occ of occurrencesInMonth(task.rule, month, ctx)) items.push(occurrenceItem(task, occ, month));
    }
  }
  // The registers and last month's leftovers describe the present: they go into the first month.
  const firstMonth = months[0];
  if (firstMonth !== undefined) {
    const fromWorkbook = itemsFromWorkbook(request.workbook, firstMonth, holidays, request.uncountedMonths === undefined ? {} : { uncountedMonths: request.uncountedMonths });
    items.push(...fromWorkbook.items);
    warnings.push(...fromWorkbook.warnings);
    if (request.previousPlan) items.push(...carryOverItems(request.previousPlan, firstMonth, holidays));
  }
  items.sort((a, b) => (a.month !== b.month ? (a.month < b.month ? -1 : 1) : compareItems(a, b)));
  return { period, months, terms, items, warnings, findings };
}

