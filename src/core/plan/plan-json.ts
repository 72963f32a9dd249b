/**
 * The plan as JSON for `taizhang plan --json`: {"month":"2026-03","items":[{title, category, due,
 * owner, source, ref}], "warnings":[]} plus more keys (term, months, terms, findings, each item's
 * English title, status, note).
 */
import { z } from 'zod';
import { findingSchema } from '../findings';
import type { Locale } from '../i18n/locale';
import type { PlanResult } from './generate';
import { planSourceSchema } from './plan-item';
import { isoDateSchema, monthKeySchema, termKeySchema } from './school-calendar';
import { categorySchema, statusSchema } from './vocabulary';

const spanSchema = z.object({ start: isoDateSchema, end: isoDateSchema });

export const planJsonItemSchema = z.object({
  title: z.string(),
  titleEn: z.string(),
  category: categorySchema,
  due: isoDateSchema,
  owner: z.string(),
  source: planSourceSchema,
  ref: z.string().optional(),
  refs: z.array(z.string()).optional(),
  taskId: z.string().optional(),
  month: monthKeySchema,
  status: statusSchema,
  note: z.string().optional(),
  estimated: z.boolean().optional(),
  id: z.string(),
});

export const planJsonSchema = z.object({
  month: monthKeySchema.optional(),
  term: termKeySchema.optional(),
  months: z.array(monthKeySchema),
  terms: z.array(z.object({ key: termKeySchema, start: isoDateSchema, end: isoDateSchema, midterm: spanSchema, finals: spanSchema })),
  items: z.array(planJsonItemSchema),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), month: monthKeySchema.optional() })),
  findings: z.array(findingSchema),
});
export type PlanJson = z.infer<typeof planJsonSchema>;

/** The JSON form of a plan; messages and notes in `locale`. */
export function toPlanJson(result: PlanResult, locale: Locale = 'zh-CN'): PlanJson {
  return planJsonSchema.parse({
    ...result.period,
    months: result.months,
    terms: result.terms.map((t) => ({ key: t.key, start: t.start, end: t.end, midterm: t.midterm, finals: t.finals })),
    items: result.items.map((it) => ({
      title: it.title,
      titleEn: it.titleEn,
      category: it.category,
      due: it.due,
      owner: it.owner,
      source: it.source,
      ...(it.ref === undefined ? {} : { ref: it.ref }),
      ...(it.refs === undefined ? {} : { refs: it.refs }),
      ...(it.taskId === undefined ? {} : { taskId: it.taskId }),
      month: it.month,
      status: it.status,
      ...(it.note === undefined ? {} : { note: it.note[locale] }),
      ...(it.estimated ? { estimated: true } : {}),
      id: it.id,
    })),
    warnings: result.warnings.map((w) => ({ code: w.code, message: w.message[locale], ...(w.month === undefined ? {} : { month: w.month }) })),
    findings: result.findings,
  });
}
