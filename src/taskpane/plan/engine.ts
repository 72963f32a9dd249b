/**
 * 月度计划 on the engine's side of the worker: makes the plan (from the open workbook, or from the
 * built-in library and calendar alone when none is open), takes the pane's edited items back to write
 * the plan sheet, the text and the .ics, selects an item's source row, and keeps the task-library
 * sheet and the school calendar settings. Everything sent back is plain data.
 */
import { z } from 'zod';
import {
  createLibrarySheet,
  generateMonthlyPlan,
  loadCalendarConfig,
  loadLibrary,
  planIcs,
  planText,
  refTarget,
  saveCalendarConfig,
  writePlan,
  type LibrarySheetResult,
  type MonthlyPlan,
  type WrittenPlan,
} from '../../app/plan';
import { addDays } from '../../core/dates';
import { UserError, isUserError, throwIfAborted } from '../../core/errors';
import type { Finding } from '../../core/findings';
import { localize, type Locale, type Localized } from '../../core/i18n/locale';
import {
  checkSchoolCalendar,
  chineseDaysCalendar,
  planItemSchema,
  planPeriodSchema,
  planSheetName,
  resolveTerm,
  schoolCalendarConfigSchema,
  termLabel,
  type HolidayCalendar,
  type HolidayOccurrence,
  type PlanPeriod,
  type SchoolCalendarConfig,
  type Term,
} from '../../core/plan';
import { compareItems } from '../../core/plan/plan-item';
import { termKeySchema } from '../../core/plan/school-calendar';
import { holidayDef, type HolidayKey } from '../../core/plan/vocabulary';
import type { WorkbookPort } from '../../workbook/port';
import type { EngineContext } from '../engine/job-engine';
import { settle, type Result } from '../engine/result';
import { planUi } from './messages';
import { planRange, type PeriodChoice, type PlanDay, type TermOverride } from './view-model';

export interface GeneratedPlan {
  readonly plan: MonthlyPlan;
  /** The sheet the plan is written to ("2026年10月工作计划"). */
  readonly sheetName: string;
  /** Days of the plan's months that are not ordinary weekdays: weekends, holidays, 调休 working days. */
  readonly days: Readonly<Record<string, PlanDay>>;
  /** False when no workbook was open: the plan came from the built-in library and the calendar alone. */
  readonly fromWorkbook: boolean;
}

/** The plan as the pane hands it back after review: its period and months, and the items kept. */
export interface EditedPlan {
  readonly period: PlanPeriod;
  readonly months: readonly string[];
  readonly items: MonthlyPlan['items'];
  readonly generatedAt?: string;
}

export interface PlanTitleOptions {
  readonly school?: string;
  readonly office?: string;
}

export interface PlanIcsFile {
  readonly text: string;
  readonly fileName: string;
}

export interface LibraryView {
  /** The library sheet in the workbook, or null (the built-in library is used). */
  readonly sheet: string | null;
  readonly source: 'sheet' | 'builtIn';
  readonly tasks: number;
  readonly enabled: number;
  /** Cells of the library sheet that could not be read. */
  readonly findings: readonly Finding[];
  /** The sheet gave no tasks and the built-in library stood in. */
  readonly fallback: Localized | null;
}

export interface TermDates {
  readonly start: string;
  readonly end: string;
  readonly midterm: { readonly start: string; readonly end: string };
  readonly finals: { readonly start: string; readonly end: string };
}

export interface CalendarView {
  readonly term: string;
  readonly label: Localized;
  /** The workbook keeps calendar settings (for any term). */
  readonly stored: boolean;
  /** This term's dates as kept in the workbook (null: all defaults). */
  readonly override: TermOverride | null;
  /** The dates without any setting, shown beside empty fields. */
  readonly defaults: TermDates;
  /** The dates plans use now. */
  readonly current: TermDates;
  /** The workbook's settings cannot be read (they are replaced by the next save). */
  readonly problem: Localized | null;
}

export type CalendarSaved =
  | { readonly saved: true; readonly view: CalendarView }
  /** Not saved: the dates do not fit together (term order, exam weeks outside the term, overlapping terms). */
  | { readonly saved: false; readonly problems: readonly Localized[] };

export interface PlanEngineApi {
  /** Makes the plan for a month or a term; cancellable. */
  planGenerate(opId: number, period: PeriodChoice, now: Date): Promise<Result<GeneratedPlan>>;
  /** Writes the plan sheet (a sheet Taizhang owns; a re-run replaces it, keeping what was ticked). */
  planWrite(plan: EditedPlan, options: PlanTitleOptions): Promise<Result<WrittenPlan>>;
  /** The seed-style text ("三月：1、… 2、…"). */
  planText(plan: EditedPlan, options: PlanTitleOptions & { readonly locale: Locale; readonly withDates: boolean }): Promise<Result<string>>;
  /** The .ics calendar and its file name ("2026年10月工作计划.ics"). */
  planIcs(plan: EditedPlan, options: PlanTitleOptions & { readonly locale: Locale }): Promise<Result<PlanIcsFile>>;
  /** Selects an item's source row ("维修登记!A5"); returns the sheet and cell selected. */
  planLocate(ref: string): Promise<Result<{ readonly sheet: string; readonly address: string }>>;
  planLibrary(): Promise<Result<LibraryView>>;
  /** Writes the library sheet staff edit; `reset` replaces an existing one with the built-in library. */
  planCreateLibrary(reset: boolean): Promise<Result<LibrarySheetResult>>;
  planCalendar(term: string): Promise<Result<CalendarView>>;
  /** Saves one term's dates (null: back to the defaults) after checking them with the other terms. */
  planSaveCalendar(term: string, override: TermOverride | null): Promise<Result<CalendarSaved>>;
}

/** The workbook when one is open; null otherwise (a plan can be made without one). */
function openWorkbook(ctx: EngineContext): WorkbookPort | null {
  try {
    return ctx.current();
  } catch (e) {
    if (isUserError(e) && e.code === 'workbook.none') return null;
    throw e;
  }
}

function holidayName(keys: readonly HolidayKey[]): Localized {
  const defs = keys.map(holidayDef);
  return { 'zh-CN': defs.map((d) => d.zh).join('、'), 'en-US': defs.map((d) => d.en).join(', ') };
}

/** Every day of the months that is not an ordinary weekday, with the holiday it belongs to. */
export function planDays(months: readonly string[], cal: HolidayCalendar): Record<string, PlanDay> {
  const range = planRange(months);
  if (!range) return {};
  const firstYear = Number(range.first.slice(0, 4));
  const lastYear = Number(range.last.slice(0, 4));
  const stretches: HolidayOccurrence[] = [];
  for (let y = firstYear - 1; y <= lastYear + 1; y++) stretches.push(...cal.occurrences(y));
  const days: Record<string, PlanDay> = {};
  for (let d = range.first; d <= range.last; d = addDays(d, 1)) {
    if (cal.isWorkday(d)) {
      if (cal.isAdjustedWorkday(d)) days[d] = { kind: 'adjusted' };
      continue;
    }
    // A weekend inside a holiday's days off is part of the holiday (国庆 10-01 … 10-07).
    const stretch = stretches.find((s) => s.start <= d && d <= s.end);
    days[d] = stretch ? { kind: 'holiday', holiday: holidayName(stretch.keys), ...(stretch.estimated ? { estimated: true } : {}) } : { kind: 'weekend' };
  }
  return days;
}

const editedPlanSchema = z.object({
  period: planPeriodSchema,
  months: z.array(z.string()),
  items: z.array(planItemSchema),
  generatedAt: z.string().optional(),
});

/** The pane's edits, checked at the boundary and put in date order (as the sheet lists them). */
function checked(plan: EditedPlan): EditedPlan {
  const parsed = editedPlanSchema.safeParse(plan);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new UserError('plan.badEdit', localize(planUi, 'engine.badEdit', { detail }));
  }
  return { ...parsed.data, items: [...parsed.data.items].sort(compareItems) };
}

function titleOptions(options: PlanTitleOptions): PlanTitleOptions {
  const school = options.school?.trim() ?? '';
  const office = options.office?.trim() ?? '';
  return { ...(school ? { school } : {}), ...(office ? { office } : {}) };
}

function dates(t: Term): TermDates {
  return { start: t.start, end: t.end, midterm: { ...t.midterm }, finals: { ...t.finals } };
}

/** The workbook's settings, or none; a setting that cannot be read is reported, not thrown. */
async function storedCalendar(port: WorkbookPort): Promise<{ config: SchoolCalendarConfig | null; problem: Localized | null }> {
  try {
    return { config: await loadCalendarConfig(port), problem: null };
  } catch (e) {
    if (isUserError(e)) return { config: null, problem: e.localized };
    throw e;
  }
}

function calendarView(term: string, config: SchoolCalendarConfig | null, problem: Localized | null): CalendarView {
  const cal = chineseDaysCalendar();
  const empty = schoolCalendarConfigSchema.parse({});
  const override = config?.terms[term];
  return {
    term,
    label: termLabel(term),
    stored: config !== null,
    override: override && Object.keys(override).length > 0 ? override : null,
    defaults: dates(resolveTerm(term, empty, cal)),
    current: dates(resolveTerm(term, config ?? empty, cal)),
    problem,
  };
}

function checkTerm(term: string): string {
  const parsed = termKeySchema.safeParse(term);
  if (!parsed.success) throw new UserError('plan.badPeriod', localize(planUi, 'engine.badTerm', { term }));
  return parsed.data;
}

export function createPlanEngine(ctx: EngineContext): PlanEngineApi {
  return {
    planGenerate: (opId, period, now) =>
      settle(() =>
        ctx.operation(opId, async (signal): Promise<GeneratedPlan> => {
          const port = openWorkbook(ctx);
          const request = period.kind === 'month' ? { month: period.month } : { term: period.term };
          const plan = await generateMonthlyPlan(port, { ...request, now, signal });
          throwIfAborted(signal);
          return { plan, sheetName: planSheetName(plan.period), days: planDays(plan.months, chineseDaysCalendar()), fromWorkbook: port !== null };
        }),
      ),

    planWrite: (plan, options) => settle(() => writePlan(ctx.current(), checked(plan), { ...titleOptions(options), now: new Date() })),

    planText: (plan, options) => settle(async () => planText(checked(plan), { ...titleOptions(options), locale: options.locale, withDates: options.withDates })),

    planIcs: (plan, options) =>
      settle(async () => {
        const view = checked(plan);
        const text = planIcs(view, { ...titleOptions(options), locale: options.locale, now: new Date() });
        return { text, fileName: `${planSheetName(view.period)}.ics` };
      }),

    planLocate: (ref) =>
      settle(async () => {
        const target = refTarget(ref);
        if (!target) throw new UserError('plan.badRef', localize(planUi, 'engine.badRef', { ref }));
        await ctx.current().select(target.sheet, target.address);
        return target;
      }),

    planLibrary: () =>
      settle(async () => {
        const loaded = await loadLibrary(ctx.current());
        return {
          sheet: loaded.sheet,
          source: loaded.source,
          tasks: loaded.tasks.length,
          enabled: loaded.tasks.filter((t) => t.enabled).length,
          findings: loaded.findings,
          fallback: loaded.fallback,
        };
      }),

    planCreateLibrary: (reset) => settle(() => createLibrarySheet(ctx.current(), { reset, now: new Date() })),

    planCalendar: (term) =>
      settle(async () => {
        const key = checkTerm(term);
        const { config, problem } = await storedCalendar(ctx.current());
        return calendarView(key, config, problem);
      }),

    planSaveCalendar: (term, override) =>
      settle(async (): Promise<CalendarSaved> => {
        const key = checkTerm(term);
        const port = ctx.current();
        // Settings that cannot be read are replaced by what is saved now.
        const { config } = await storedCalendar(port);
        const terms: Record<string, TermOverride> = { ...(config?.terms ?? {}) };
        if (override === null) delete terms[key];
        else terms[key] = override;
        const parsed = schoolCalendarConfigSchema.safeParse({ terms });
        if (!parsed.success) {
          return { saved: false, problems: parsed.error.issues.map((i) => localize(planUi, 'engine.badSetting', { detail: `${i.path.join('.')}: ${i.message}` })) };
        }
        const problems = checkSchoolCalendar(parsed.data, chineseDaysCalendar()).filter((f) => f.severity === 'error');
        if (problems.length > 0) return { saved: false, problems: problems.map((f) => f.message) };
        const saved = await saveCalendarConfig(port, parsed.data);
        return { saved: true, view: calendarView(key, saved, null) };
      }),
  };
}
