/**
 * The monthly-plan use cases: make next month's (or a whole term's) work plan from the school's task
 * library, its calendar, its own registers and what last month's plan left undone; write it as a
 * sheet; give it as print-ready text, an .ics calendar and JSON. Every face calls these.
 */
import { z } from 'zod';
import { UserError } from '../core/errors';
import { findingSchema, type Finding } from '../core/findings';
import { localize, type Locale, type Localized } from '../core/i18n/locale';
import {
  generatePlan,
  PLAN_MESSAGES,
  PLAN_SHEET_KIND,
  planJsonSchema,
  planPeriodSchema,
  planSheetName,
  readPlanFromGrid,
  renderPlanIcs,
  renderPlanSheet,
  renderPlanText,
  termMonths,
  toPlanJson,
  type HolidayCalendar,
  type PlanItem,
  type PlanPeriod,
  type PlanRenderOptions,
  type PlanResult,
  type PlanTextOptions,
  type PlanView,
  type PlanWarning,
  type Task,
} from '../core/plan';
import type { WorkbookPort } from '../workbook/port';
import { listOwnedSheets, writeOwnedSheet, type WrittenSheet } from './owned-sheets';
import { chooseCalendar } from './plan/calendar';
import { loadLibrary } from './plan/library';
import { planAppMessage } from './plan/messages';
import { findPreviousPlan, previousMonth, splitRegisterLines } from './plan/previous';
import { readRegisters, type CountBasis, type RegisterKind, type RegisterSheet } from './plan/registers';

export { CALENDAR_SETTING, chooseCalendar, loadCalendarConfig, saveCalendarConfig } from './plan/calendar';
export { createLibrarySheet, findLibrarySheet, loadLibrary, type LibrarySheetResult, type LoadedLibrary } from './plan/library';
export { findPreviousPlan, previousMonth, type PreviousPlan } from './plan/previous';
export { readRegisters, type CountBasis, type RegisterKind, type RegisterRead, type RegisterSheet } from './plan/registers';

export interface MonthlyPlanRequest {
  /** "2026-03"; or give `term`. */
  readonly month?: string;
  /** "2026-spring" | "2026-autumn": one block per month of the term. */
  readonly term?: string;
  /** Calendar settings for this run (JSON as schoolCalendarConfigSchema reads it); the workbook's when absent. */
  readonly config?: unknown;
  /** Where `config` came from, for messages ("文件 校历.json"). */
  readonly configLabel?: Localized;
  /** When the plan is made: its .ics DTSTAMP and the time written on Taizhang's sheets. */
  readonly now: Date;
  /** Tasks edited for this run (the pane's review); the workbook's library sheet or the built-in one when absent. */
  readonly library?: readonly Task[];
  /** Assets not counted for this many months are listed (default 12). */
  readonly uncountedMonths?: number;
  /** Holidays and 调休; the installed chinese-days data when absent. */
  readonly holidays?: HolidayCalendar;
  readonly signal?: AbortSignal;
}

export interface MonthlyPlan extends PlanResult {
  readonly generatedAt: string;
  readonly library: { readonly source: 'sheet' | 'builtIn' | 'given'; readonly sheet: string | null; readonly tasks: number; readonly enabled: number };
  readonly calendar: { readonly source: 'given' | 'workbook' | 'default' };
  /** The registers read; null when no workbook was given. */
  readonly registers: readonly RegisterSheet[] | null;
  readonly countBasis: CountBasis | null;
  readonly previous: {
    readonly sheet: string;
    readonly month: string;
    readonly rows: number;
    readonly carried: number;
    /** Lines of last month's plan that came from a register read again now (listed afresh, not carried). */
    readonly fromRegisters: number;
  } | null;
  /** What the plan was made from, one line each, for the faces to show. */
  readonly sources: readonly Localized[];
  /** The calendar settings have errors (in `findings`): no items were made. */
  readonly blocked: boolean;
}

const UNCOUNTED_ITEM = 'wb:assets:uncounted';

function badPeriod(text: string): UserError {
  return new UserError('plan.badPeriod', localize(PLAN_MESSAGES, 'period.bad', { text }));
}

export function requestedPeriod(request: Pick<MonthlyPlanRequest, 'month' | 'term'>): PlanPeriod {
  if (request.month !== undefined && request.term !== undefined) throw new UserError('plan.badPeriod', planAppMessage('period.both'));
  const raw = request.month !== undefined ? { month: request.month.trim() } : request.term !== undefined ? { term: request.term.trim().toLowerCase() } : null;
  if (raw === null) throw badPeriod('—');
  const parsed = planPeriodSchema.safeParse(raw);
  if (!parsed.success) throw badPeriod(request.month ?? request.term ?? '');
  return parsed.data;
}

function firstMonthOf(period: PlanPeriod): string {
  return 'month' in period ? period.month : (termMonths(period.term)[0] ?? '');
}

function appendNote(item: PlanItem, extra: Localized): PlanItem {
  const note = item.note ? { 'zh-CN': `${item.note['zh-CN']}；${extra['zh-CN']}`, 'en-US': `${item.note['en-US']}; ${extra['en-US']}` } : extra;
  return { ...item, note };
}

const REGISTER_LABEL: Readonly<Record<RegisterKind, Parameters<typeof planAppMessage>[0]>> = {
  repairs: 'register.repairs',
  compensations: 'register.compensations',
  shortages: 'register.shortages',
  assets: 'register.assets',
  counts: 'register.counts',
  loans: 'register.loans',
};

function registerLine(s: RegisterSheet): Localized {
  const register = planAppMessage(REGISTER_LABEL[s.register]);
  const via = planAppMessage(s.via === 'adopted' ? 'via.adopted' : 'via.columns');
  return {
    'zh-CN': planAppMessage('source.line', { register: register['zh-CN'], sheet: s.sheet, via: via['zh-CN'], rows: s.rows })['zh-CN'],
    'en-US': planAppMessage('source.line', { register: register['en-US'], sheet: s.sheet, via: via['en-US'], rows: s.rows })['en-US'],
  };
}

function checkUncounted(months: number | undefined): void {
  if (months === undefined) return;
  if (!Number.isInteger(months) || months < 1 || months > 120) throw new UserError('plan.badUncounted', planAppMessage('uncounted.bad', { value: String(months) }));
}

/**
 * Makes the plan. `port` is the workbook (its library sheet, calendar settings, registers and last
 * month's plan sheet); null plans from the built-in library and the calendar alone.
 */
export async function generateMonthlyPlan(port: WorkbookPort | null, request: MonthlyPlanRequest): Promise<MonthlyPlan> {
  const period = requestedPeriod(request);
  checkUncounted(request.uncountedMonths);
  const firstMonth = firstMonthOf(period);
  const sources: Localized[] = [];
  const findings: Finding[] = [];
  const appWarnings: PlanWarning[] = [];

  let library: MonthlyPlan['library'];
  let tasks: readonly Task[];
  if (request.library) {
    tasks = request.library;
    library = { source: 'given', sheet: null, tasks: tasks.length, enabled: tasks.filter((t) => t.enabled).length };
    sources.push(planAppMessage('library.given', { count: library.tasks, off: library.tasks - library.enabled }));
  } else {
    const loaded = await loadLibrary(port);
    tasks = loaded.tasks;
    findings.push(...loaded.findings);
    library = { source: loaded.source, sheet: loaded.sheet, tasks: tasks.length, enabled: tasks.filter((t) => t.enabled).length };
    if (loaded.fallback) appWarnings.push({ code: 'plan.library.unreadable', message: loaded.fallback });
    sources.push(
      loaded.source === 'sheet' && loaded.sheet !== null
        ? planAppMessage('library.sheet', { sheet: loaded.sheet, count: library.tasks, off: library.tasks - library.enabled })
        : planAppMessage('library.builtIn', { count: library.tasks }),
    );
  }

  const calendar = await chooseCalendar(port, request.config, request.configLabel);
  sources.push(calendar.message);

  const registers = port ? await readRegisters(port, request.signal ? { signal: request.signal } : {}) : null;
  if (registers) {
    findings.push(...registers.findings);
    appWarnings.push(...registers.warnings);
    sources.push(...registers.sheets.map(registerLine));
    if (registers.countBasis && registers.countBasis.kind !== 'none' && registers.countBasis.kind !== 'countOnly') sources.push(registers.countBasis.message);
  }

  const previous = port ? await findPreviousPlan(port, firstMonth) : null;
  const split = previous ? splitRegisterLines(previous.rows, new Set((registers?.sheets ?? []).map((s) => s.sheet))) : null;
  if (previous) findings.push(...previous.findings);

  const result = generatePlan({
    period,
    library: tasks,
    calendar: calendar.config,
    ...(request.holidays ? { holidays: request.holidays } : {}),
    ...(registers ? { workbook: registers.inputs } : {}),
    ...(split ? { previousPlan: split.carry } : {}),
    ...(request.uncountedMonths === undefined ? {} : { uncountedMonths: request.uncountedMonths }),
  });

  let warnings: PlanWarning[] = [...result.warnings];
  if (registers && registers.sheets.length === 0) {
    // One plain sentence instead of five "no such register" lines.
    warnings = warnings.filter((w) => w.code !== 'plan.workbook.missing');
    warnings.push({ code: 'plan.workbook.noRegisters', message: planAppMessage('workbook.noRegisters') });
  }
  warnings.push(...appWarnings);
  if (port === null) sources.push(localize(PLAN_MESSAGES, 'workbook.none'));

  const basis = registers?.countBasis?.message;
  const items = basis ? result.items.map((it) => (it.id === UNCOUNTED_ITEM ? appendNote(it, basis) : it)) : result.items;
  const carried = items.filter((it) => it.source === 'carryOver').length;
  if (previous && split) {
    const line = planAppMessage('previous.line', { sheet: previous.sheet, rows: previous.rows.length, carried });
    const more = split.fromRegisters.length > 0 ? planAppMessage('previous.fromRegisters', { count: split.fromRegisters.length }) : null;
    sources.push(more ? { 'zh-CN': `${line['zh-CN']}；${more['zh-CN']}`, 'en-US': `${line['en-US']}; ${more['en-US']}` } : line);
  } else if (port) {
    sources.push(planAppMessage('previous.none', { month: previousMonth(firstMonth) }));
  }

  return {
    ...result,
    items,
    warnings,
    findings: [...result.findings, ...findings],
    generatedAt: request.now.toISOString(),
    library,
    calendar: { source: calendar.source },
    registers: registers ? registers.sheets : null,
    countBasis: registers?.countBasis?.kind ?? null,
    previous: previous && split ? { sheet: previous.sheet, month: previous.month, rows: previous.rows.length, carried, fromRegisters: split.fromRegisters.length } : null,
    sources,
    blocked: result.findings.some((f) => f.severity === 'error'),
  };
}

/** "维修登记!A5", "'2026年3月工作计划'!B7" → the sheet and cell to select (a plan line's source row); null if not an address. */
export function refTarget(ref: string): { readonly sheet: string; readonly address: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(ref.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  return { sheet, address: (m[3] ?? '').replace(/\$/g, '') };
}

// ---- outputs -------------------------------------------------------------------------------------

export interface WritePlanOptions extends PlanRenderOptions {
  readonly now?: Date;
}

export interface WrittenPlan extends WrittenSheet {
  /** 完成情况 kept from the sheet this one replaced (same line, same date). */
  readonly keptStatuses: number;
}

/**
 * Writes the plan sheet (a sheet Taizhang owns: a re-run replaces it, a user's sheet of that name is
 * never touched). Lines already ticked on the sheet being replaced keep their 完成情况.
 */
export async function writePlan(port: WorkbookPort, plan: PlanView, options: WritePlanOptions = {}): Promise<WrittenPlan> {
  const name = planSheetName(plan.period);
  const mine = (await listOwnedSheets(port)).find((o) => o.kind === PLAN_SHEET_KIND && (o.requested ?? o.name) === name);
  let items = plan.items;
  let keptStatuses = 0;
  if (mine) {
    const ticked = new Map<string, PlanItem['status']>();
    for (const row of readPlanFromGrid(await port.readGrid(mine.name)).rows) {
      if (row.status !== '未开始' && row.due !== undefined) ticked.set(`${row.title}\u0000${row.due}`, row.status);
    }
    items = items.map((it) => {
      const status = ticked.get(`${it.title}\u0000${it.due}`);
      if (status === undefined || status === it.status) return it;
      keptStatuses++;
      return { ...it, status };
    });
  }
  const { now, ...render } = options;
  const written = await writeOwnedSheet(port, renderPlanSheet({ ...plan, items }, render), now ? { now } : undefined);
  return { ...written, keptStatuses };
}

/** The print-ready text in the seeds' form ("三月：1、… 2、…"). */
export function planText(plan: PlanView, options: PlanTextOptions = {}): string {
  return renderPlanText(plan, options);
}

/** The .ics calendar; stamped with the time the plan was made (or `now`). */
export function planIcs(plan: PlanView & { readonly generatedAt?: string }, options: PlanRenderOptions & { readonly locale?: Locale; readonly now?: Date } = {}): string {
  const { now, ...rest } = options;
  const stamp = now?.toISOString() ?? plan.generatedAt;
  return renderPlanIcs(plan, { ...rest, ...(stamp ? { stamp } : {}) });
}

const registerSheetSchema = z.object({
  register: z.enum(['repairs', 'compensations', 'shortages', 'assets', 'counts', 'loans']),
  sheet: z.string(),
  template: z.string(),
  via: z.enum(['adopted', 'columns']),
  rows: z.number().int(),
});

/** The JSON of `taizhang plan --json`: core's plan JSON plus what it was made from. */
export const monthlyPlanJsonSchema = planJsonSchema.extend({
  generatedAt: z.string(),
  library: z.object({ source: z.enum(['sheet', 'builtIn', 'given']), sheet: z.string().nullable(), tasks: z.number().int(), enabled: z.number().int() }),
  calendar: z.object({ source: z.enum(['given', 'workbook', 'default']) }),
  registers: z.array(registerSheetSchema).nullable(),
  countBasis: z.enum(['countSheets', 'ledger', 'both', 'countOnly', 'none']).nullable(),
  previous: z.object({ sheet: z.string(), month: z.string(), rows: z.number().int(), carried: z.number().int(), fromRegisters: z.number().int() }).nullable(),
  sources: z.array(z.string()),
  blocked: z.boolean(),
  findings: z.array(findingSchema),
});
export type MonthlyPlanJson = z.infer<typeof monthlyPlanJsonSchema>;

export function planJson(plan: MonthlyPlan, locale: Locale = 'zh-CN'): MonthlyPlanJson {
  return monthlyPlanJsonSchema.parse({
    ...toPlanJson(plan, locale),
    generatedAt: plan.generatedAt,
    library: plan.library,
    calendar: plan.calendar,
    registers: plan.registers,
    countBasis: plan.countBasis,
    previous: plan.previous,
    sources: plan.sources.map((s) => s[locale]),
    blocked: plan.blocked,
  });
}
