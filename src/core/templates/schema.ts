/**
 * What a ledger template is, as data: its fields with Chinese headers, types, widths, formats,
 * drop-down lists, computed rules and help, and its print setup. The catalogue (catalogue.ts) is a
 * table of these; code never branches on a template's key.
 */
import { z } from 'zod';
import { localizedSchema } from '../i18n/locale';

export const templateFieldTypeSchema = z.enum(['code', 'text', 'integer', 'number', 'money', 'date', 'list']);
export type TemplateFieldType = z.infer<typeof templateFieldTypeSchema>;

/** Computed columns: a formula in the sheet and the same rule in core, so validation can check it. */
export const computeRuleSchema = z.enum([
  /** 金额 = 数量 × 单价 */
  'amount',
  /** 净值 from 原值, 取得日期, 使用年限 and the sheet's 截止日期 (straight line, monthly, no residual). */
  'netValue',
]);
export type ComputeRule = z.infer<typeof computeRuleSchema>;

/** Drop-down lists that come from editable lists rather than being fixed in the template. */
export const listSourceSchema = z.enum(['categories', 'natures', 'status', 'yesNo', 'repairState', 'stockDirection', 'planState', 'checkResult']);
export type ListSource = z.infer<typeof listSourceSchema>;

export const templateFieldSchema = z.object({
  key: z.string(),
  zh: z.string(),
  en: z.string(),
  type: templateFieldTypeSchema,
  required: z.boolean().default(false),
  /** Column width in characters. */
  width: z.number().positive(),
  numFmt: z.string().optional(),
  list: z.array(z.string()).optional(),
  listSource: listSourceSchema.optional(),
  compute: computeRuleSchema.optional(),
  help: localizedSchema.optional(),
  /** Quantities that must be whole (台、件、把). */
  whole: z.boolean().optional(),
});
export type TemplateField = z.input<typeof templateFieldSchema>;

export const templateSchema = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z]*$/),
  zh: z.string(),
  en: z.string(),
  description: localizedSchema,
  /** Sheet name when created (a collision gets a free name). */
  sheetName: z.string().max(31),
  fields: z.array(templateFieldSchema).min(2),
  orientation: z.enum(['portrait', 'landscape']),
  /** Signature labels under the table and in the print footer. */
  signatures: z.array(z.string()),
  /** Lines under the title besides 单位 and period ("一式两份：班级、总务处各一份"). */
  notes: z.array(z.string()).default([]),
  /** Whether amounts appear, so the unit line "单位：元" is printed. */
  hasAmounts: z.boolean(),
  /** Custody cards: one printable card per item, generated from the asset register. */
  cardsFrom: z.string().optional(),
});
export type Template = z.input<typeof templateSchema>;
