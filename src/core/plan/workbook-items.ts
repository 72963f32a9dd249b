/**
 * Items from the office's own registers: repairs still open, compensation not yet settled, shortages
 * awaiting write-off approval, assets not counted for a year or more, loans past due. The rows arrive
 * typed (read from the workbook by the app layer), each naming its cell; deciding what is still open
 * happens here, so it is the same everywhere and testable.
 */
import { z } from 'zod';
import { daysInMonth, splitIso, ymd, type IsoDate } from '../dates';
import type { Localized } from '../i18n/locale';
import { formatFen, sumFen } from '../money';
import { cleanText } from '../text';
import { stableHash } from './hash';
import type { HolidayCalendar } from './holidays';
import { PLAN_MESSAGES, planMessage, planMessageEach } from './messages';
import { joinNotes, type PlanItem, type PlanWarning } from './plan-item';
import { isoDateSchema } from './school-calendar';
import type { MonthDay } from './schedule';
import type { Category } from './vocabulary';
import { firstWorkdayOfMonth, lastWorkdayOfMonth, monthEnd, monthStart, workdayInMonth } from './workdays';

const ref = z.string().min(1);
const optionalDate = isoDateSchema.nullable().optional();

/** 维修登记: a row is open until it has a completion date. */
export const repairRowSchema = z.object({ ref, item: z.string().min(1), location: z.string().optional(), reportedOn: optionalDate, completedOn: optionalDate });
/** 损坏赔偿: open until settled (每月兑现). */
export const compensationRowSchema = z.object({ ref, payer: z.string().min(1), item: z.string().optional(), amountFen: z.number().int().min(0), settledOn: optionalDate });
/** 盘亏: awaiting write-off approval until approved. */
export const shortageRowSchema = z.object({ ref, code: z.string().optional(), name: z.string().min(1), amountFen: z.number().int().min(0), approvedOn: optionalDate });
/** 资产: when it was last counted (null: never). */
export const assetRowSchema = z.object({ ref, code: z.string().optional(), name: z.string().min(1), lastCountedOn: isoDateSchema.nullable() });
/** 借还登记: open until returned. */
export const loanRowSchema = z.object({ ref, item: z.string().min(1), borrower: z.string().min(1), dueOn: isoDateSchema, returnedOn: optionalDate });

/** The registers found in the workbook; a register left out was not found. */
export const workbookInputsSchema = z.object({
  repairs: z.array(repairRowSchema).optional(),
  compensations: z.array(compensationRowSchema).optional(),
  shortages: z.array(shortageRowSchema).optional(),
  assets: z.array(assetRowSchema).optional(),
  loans: z.array(loanRowSchema).optional(),
});
export type WorkbookInputs = z.infer<typeof workbookInputsSchema>;
export type RegisterKey = keyof WorkbookInputs;

/** Who does each kind of item and when in the month it is due. Compensation is settled at month end (每月兑现). */
const REGISTER_RULES: Readonly<Record<RegisterKey, { category: Category; owner: string; day: MonthDay }>> = {
  repairs: { category: '校舍维修', owner: '总务处', day: 'firstWorkday' },
  compensations: { category: '财务', owner: '出纳', day: 'lastWorkday' },
  shortages: { category: '资产', owner: '资产管理员', day: 10 },
  assets: { category: '资产', owner: '资产管理员', day: 15 },
  loans: { category: '资产', owner: '资产管理员', day: 'firstWorkday' },
};

const REGISTER_KEYS: readonly RegisterKey[] = ['repairs', 'compensations', 'shortages', 'assets', 'loans'];

export interface WorkbookItemOptions {
  /** Assets not counted for this many months or more are listed (default 12). */
  readonly uncountedMonths?: number;
}

/** The same day N months later, clamped to the month's length (2025-08-31 + 6 → 2026-02-28). */
function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = splitIso(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return ymd(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

function dueOn(cal: HolidayCalendar, month: string, day: MonthDay): IsoDate {
  if (day === 'firstWorkday') return firstWorkdayOfMonth(cal, month);
  if (day === 'lastWorkday') return lastWorkdayOfMonth(cal, month);
  return workdayInMonth(cal, `${month}-${String(day).padStart(2, '0')}`, month);
}

function sourceNote(refs: readonly string[]): Localized {
  const first = refs[0] ?? '';
  return refs.length > 1 ? planMessage('note.sourceMore', { ref: first, count: refs.length, more: refs.length - 1 }) : planMessage('note.source', { ref: first });
}

function item(
  key: RegisterKey,
  id: string,
  month: string,
  due: IsoDate,
  title: Localized,
  refs: readonly string[],
  extraNotes: readonly Localized[] = [],
): PlanItem {
  const rule = REGISTER_RULES[key];
  const note = joinNotes([...extraNotes, sourceNote(refs)]);
  return {
    id: `wb:${key}:${id}`,
    month,
    title: title['zh-CN'],
    titleEn: title['en-US'],
    category: rule.category,
    due,
    owner: rule.owner,
    source: 'workbook',
    ref: refs[0],
    refs: [...refs],
    status: '未开始',
    ...(note ? { note } : {}),
  };
}

/** Items for `month` from the registers, plus a warning for each register the workbook lacks. */
export function itemsFromWorkbook(
  inputs: WorkbookInputs | undefined,
  month: string,
  cal: HolidayCalendar,
  options: WorkbookItemOptions = {},
): { items: PlanItem[]; warnings: PlanWarning[] } {
  const warnings: PlanWarning[] = [];
  if (inputs === undefined) return { items: [], warnings: [{ code: 'plan.workbook.none', message: planMessage('workbook.none') }] };
  const wb = workbookInputsSchema.parse(inputs);
  for (const key of REGISTER_KEYS) {
    if (wb[key] === undefined) {
      const name = PLAN_MESSAGES[`register.${key}`];
      warnings.push({ code: 'plan.workbook.missing', message: planMessage('workbook.missing', { register: name['zh-CN'], registerEn: name['en-US'] }) });
    }
  }
  const items: PlanItem[] = [];
  const due = (key: RegisterKey): IsoDate => dueOn(cal, month, REGISTER_RULES[key].day);

  for (const r of wb.repairs ?? []) {
    if (r.completedOn) continue;
    const what = r.location ? `${r.item}（${r.location}）` : r.item;
    const notes = r.reportedOn ? [planMessage('item.repairReported', { date: r.reportedOn })] : [];
    items.push(item('repairs', r.ref, month, due('repairs'), planMessage('item.repair', { item: what }), [r.ref], notes));
  }

  const byPayer = new Map<string, Array<z.infer<typeof compensationRowSchema>>>();
  for (const r of wb.compensations ?? []) {
    if (r.settledOn) continue;
    const payer = cleanText(r.payer);
    byPayer.set(payer, [...(byPayer.get(payer) ?? []), r]);
  }
  for (const [payer, rows] of byPayer) {
    const amount = formatFen(sumFen(rows.map((r) => r.amountFen)));
    const title = planMessage('item.compensation', { payer, count: rows.length, amount });
    items.push(item('compensations', stableHash(payer), month, due('compensations'), title, rows.map((r) => r.ref)));
  }

  const shortages = (wb.shortages ?? []).filter((r) => !r.approvedOn);
  if (shortages.length > 0) {
    const amount = formatFen(sumFen(shortages.map((r) => r.amountFen)));
    const title = planMessage('item.shortages', { count: shortages.length, amount });
    items.push(item('shortages', 'pending', month, due('shortages'), title, shortages.map((r) => r.ref)));
  }

  // Listed when the limit is reached by the end of the plan month, so it is counted before it is overdue.
  const limit = options.uncountedMonths ?? 12;
  const end = monthEnd(month);
  const uncounted = (wb.assets ?? []).filter((r) => r.lastCountedOn === null || addMonths(r.lastCountedOn, limit) <= end);
  if (uncounted.length > 0) {
    const shown = uncounted.slice(0, 3).map((r) => (r.code ? `${r.code} ${r.name}` : r.name));
    const more = uncounted.length > shown.length;
    const title = planMessageEach('item.uncounted', (l) => ({
      months: limit,
      count: uncounted.length,
      names: shown.join(l === 'zh-CN' ? '、' : ', ') + (more ? (l === 'zh-CN' ? '等' : ', …') : ''),
    }));
    items.push(item('assets', 'uncounted', month, due('assets'), title, uncounted.map((r) => r.ref)));
  }

  for (const r of wb.loans ?? []) {
    if (r.returnedOn || r.dueOn > monthEnd(month)) continue;
    // Already overdue: chase at the start of the month; due this month: on its due date.
    const when = r.dueOn < monthStart(month) ? due('loans') : workdayInMonth(cal, r.dueOn, month);
    const title = planMessage('item.loan', { item: r.item, borrower: r.borrower, due: r.dueOn });
    items.push(item('loans', r.ref, month, when, title, [r.ref]));
  }
  return { items, warnings };
}
