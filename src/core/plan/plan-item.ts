/** One line of a work plan, and how lines are ordered. */
import { z } from 'zod';
import { localizedSchema, type Locale, type Localized } from '../i18n/locale';
import { categoryOrder, categorySchema, statusSchema } from './vocabulary';
import { isoDateSchema, monthKeySchema } from './school-calendar';

/**
 * What put an item on its date: `library` a routine of the task library (weekly, monthly, seasonal,
 * listed months); `calendar` a point of the school calendar (term start, exams, term end) or a fixed
 * date (植树节, 消防日); `holiday` a statutory holiday; `workbook` a row of the office's registers;
 * `carryOver` an item of last month's plan not marked done.
 */
export const PLAN_SOURCES = ['library', 'holiday', 'calendar', 'workbook', 'carryOver'] as const;
export const planSourceSchema = z.enum(PLAN_SOURCES);
export type PlanSource = z.infer<typeof planSourceSchema>;

export const planItemSchema = z.object({
  /** Stable identity (task and date, register row, …): the same item gets the same calendar UID on every export. */
  id: z.string().min(1),
  /** The plan month the item is listed under ("2026-03"). */
  month: monthKeySchema,
  title: z.string().min(1),
  titleEn: z.string().min(1),
  category: categorySchema,
  /** A working day. */
  due: isoDateSchema,
  owner: z.string().min(1),
  source: planSourceSchema,
  /** The source row ("维修登记!A7"); for a group of rows, the first. */
  ref: z.string().optional(),
  refs: z.array(z.string()).optional(),
  taskId: z.string().optional(),
  status: statusSchema,
  /** 备注. */
  note: localizedSchema.optional(),
  /** The date rests on a holiday arrangement not yet published (estimated from the festival date). */
  estimated: z.boolean().optional(),
});
export type PlanItem = z.infer<typeof planItemSchema>;

export interface PlanWarning {
  readonly code: string;
  readonly message: Localized;
  /** The month it concerns, when it concerns one. */
  readonly month?: string;
}

/** Date, then category (财务 … 综合), then title: the order a plan lists its items in. */
export function compareItems(a: PlanItem, b: PlanItem): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  const c = categoryOrder(a.category) - categoryOrder(b.category);
  if (c !== 0) return c;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Joins note parts in the reader's language. */
export function joinNotes(parts: readonly Localized[]): Localized | undefined {
  if (parts.length === 0) return undefined;
  return { 'zh-CN': parts.map((p) => p['zh-CN']).join('；'), 'en-US': parts.map((p) => p['en-US']).join('; ') };
}

export function itemTitle(item: PlanItem, locale: Locale): string {
  return locale === 'zh-CN' ? item.title : item.titleEn;
}

/** A line of a written plan sheet as read back (for roll-forward). */
export const planRowSchema = z.object({
  title: z.string().min(1),
  /** As written; may be outside the category list. */
  category: z.string(),
  owner: z.string(),
  due: isoDateSchema.optional(),
  status: statusSchema,
  note: z.string(),
  /** The row's 工作内容 cell ("2026年3月工作计划!B5"). */
  ref: z.string(),
});
export type PlanRow = z.infer<typeof planRowSchema>;
