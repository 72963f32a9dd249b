/**
 * Pure helpers behind the templates panel: what a template column's preview says, which template a
 * sheet is probably kept as, the create form turned into a request, findings filtered by severity.
 * No React here, so each rule is tested on its own.
 */
import type { CreateRequest } from '../../app/templates';
import { parseDateText, ymd, type IsoDate } from '../../core/dates';
import type { Finding, Severity } from '../../core/findings';
import type { Locale } from '../../core/i18n/locale';
import { columnLetter } from '../../core/sheet/address';
import type { MappingOverrides } from '../../core/sheet/mapping';
import { TEMPLATES, findTemplate, type ParsedTemplate } from '../../core/templates/catalogue';
import { listFor } from '../../core/templates/render';
import type { TemplateSheet } from './engine';

export type TemplateField = ParsedTemplate['fields'][number];
export type FieldType = TemplateField['type'];

/** The local calendar date (the office's "today"), as the date inputs and validation want it. */
export function todayIso(now: Date = new Date()): IsoDate {
  return ymd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function templateName(template: ParsedTemplate, locale: Locale): string {
  return locale === 'zh-CN' ? template.zh : template.en;
}

export function fieldLabel(field: TemplateField, locale: Locale): string {
  return locale === 'zh-CN' ? field.zh : field.en;
}

/** Column letter of a field in a created register: column A holds 序号. */
export function fieldColumn(template: ParsedTemplate, key: string): string {
  return columnLetter(template.fields.findIndex((f) => f.key === key) + 2);
}

/** How many drop-down values a preview names before "and N more". */
export const LIST_PREVIEW = 6;

export interface ListPreview {
  readonly shown: readonly string[];
  readonly more: number;
}

/** The drop-down values of a column, the first few named (categories come from the workbook's list). */
export function listPreview(field: TemplateField, categories: readonly string[]): ListPreview | null {
  const list = listFor(field, categories);
  if (!list || list.length === 0) return null;
  return { shown: list.slice(0, LIST_PREVIEW), more: Math.max(0, list.length - LIST_PREVIEW) };
}

/**
 * The template a sheet is probably kept as: the one it was adopted as (or created from), else one
 * whose name the sheet's name contains ("高一(1)班财产登记册" → 财产登记册), else none.
 */
export function likelyTemplate(sheet: TemplateSheet | undefined): string | null {
  if (!sheet) return null;
  if (sheet.template && findTemplate(sheet.template)) return sheet.template;
  const name = sheet.name.replace(/\s+/g, '');
  const byName = TEMPLATES.filter((t) => !t.cardsFrom).find((t) => name.includes(t.sheetName) || name.includes(t.zh));
  return byName?.key ?? null;
}

/** Templates a sheet can be adopted as or checked against: cards are printed, not kept as a table. */
export const TABLE_TEMPLATES: readonly ParsedTemplate[] = TEMPLATES.filter((t) => !t.cardsFrom);

/** Sheets that can hold the asset register custody cards are made from: adopted or created as one first. */
export function cardSources(sheets: readonly TemplateSheet[], from: string): TemplateSheet[] {
  const kept = sheets.filter((s) => s.template === from);
  const rest = sheets.filter((s) => s.template !== from && s.template === null);
  return [...kept, ...rest];
}

export interface CreateForm {
  readonly template: string;
  readonly school: string;
  readonly period: string;
  readonly asOf: string;
  readonly sample: number;
  readonly blankRows: number;
  /** Custody cards: the register sheet, or '' for example cards. */
  readonly fromSheet: string;
}

export const MAX_SAMPLE = 200;
export const MAX_BLANK = 2000;

export type CreateProblem = 'asOf' | 'sample' | 'blankRows' | 'cardsNeedSource';

/** The form as a create request, or what is wrong with it. */
export function createRequest(form: CreateForm): { ok: true; request: CreateRequest } | { ok: false; problem: CreateProblem } {
  const template = findTemplate(form.template);
  const asOf = parseDateText(form.asOf.trim());
  if (!asOf || asOf.precision !== 'day') return { ok: false, problem: 'asOf' };
  if (!Number.isInteger(form.sample) || form.sample < 0 || form.sample > MAX_SAMPLE) return { ok: false, problem: 'sample' };
  if (!Number.isInteger(form.blankRows) || form.blankRows < 0 || form.blankRows > MAX_BLANK) return { ok: false, problem: 'blankRows' };
  const school = form.school.trim();
  const period = form.period.trim();
  const base = { template: form.template, asOf: asOf.date, ...(school ? { school } : {}) };
  if (template?.cardsFrom) {
    if (form.fromSheet) return { ok: true, request: { ...base, fromSheet: form.fromSheet } };
    if (form.sample === 0) return { ok: false, problem: 'cardsNeedSource' };
    return { ok: true, request: { ...base, sample: form.sample } };
  }
  return { ok: true, request: { ...base, ...(period ? { period } : {}), sample: form.sample, blankRows: form.blankRows } };
}

/** What the mapping table shows as the user's choices: the workbook's, then the ones not yet adopted. */
export function pendingRemembered(remembered: MappingOverrides, pending: MappingOverrides): MappingOverrides {
  return { ...remembered, ...pending };
}

export type SeverityFilter = 'all' | Severity;

export function filterFindings(findings: readonly Finding[], filter: SeverityFilter): Finding[] {
  return filter === 'all' ? [...findings] : findings.filter((f) => f.severity === filter);
}

/** A value as the change list shows it: quoted, so leading and trailing spaces can be seen. */
export function shownValue(value: string): string | null {
  return value === '' ? null : `“${value}”`;
}

/** A sheet and template one part of the panel asks another to show ("check this sheet"). */
export interface SheetTarget {
  readonly sheet: string;
  readonly template: string;
}

/**
 * The sheet a tab starts on and its template. Adopting starts on the user's own sheets (not yet
 * kept as a template); checking on a sheet that is (adopted or created by Taizhang).
 */
export function defaultChoice(
  sheets: readonly TemplateSheet[],
  purpose: 'adopt' | 'validate',
  sheetName: string | null = null,
): { sheet: string | null; template: string | null } {
  const visible = sheets.filter((s) => !s.hidden);
  const preferred =
    purpose === 'adopt' ? visible.find((s) => !s.register && s.template === null) : visible.find((s) => s.template !== null);
  const chosen = sheetName !== null ? sheets.find((s) => s.name === sheetName) : (preferred ?? visible[0] ?? sheets[0]);
  if (!chosen) return { sheet: null, template: null };
  return { sheet: chosen.name, template: likelyTemplate(chosen) ?? TABLE_TEMPLATES[0]?.key ?? null };
}
