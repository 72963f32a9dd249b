/**
 * Template use cases: create a register, adopt an existing sheet, normalize it into a fresh
 * template sheet, validate it. Results go to sheets Taizhang owns; the user's sheets are only read.
 */
import { z } from 'zod';
import { UserError } from '../core/errors';
import type { Finding } from '../core/findings';
import { localize } from '../core/i18n/locale';
import { analyzeSheet, type SheetAnalysis } from '../core/sheet/analyze';
import { mappingOverridesSchema, type MappingOverrides } from '../core/sheet/mapping';
import type { SheetSpec } from '../core/sheet/spec';
import { findTemplate, TEMPLATES, type ParsedTemplate } from '../core/templates/catalogue';
import { custodyCardsSpec } from '../core/templates/cards';
import { templateFieldDefs } from '../core/templates/fields';
import { templateMessages } from '../core/templates/messages';
import { normalizeRows, type ValueChange } from '../core/templates/normalize';
import { createTemplateSpec } from '../core/templates/render';
import { sampleRows } from '../core/templates/samples';
import { validateAgainstTemplate } from '../core/templates/validate';
import type { IsoDate } from '../core/dates';
import type { WorkbookPort } from '../workbook/port';
import { categoryNames, loadCategories } from './categories';
import { loadMapping, saveMapping } from './mapping-store';
import { writeOwnedSheet, type WrittenSheet } from './owned-sheets';
import { readJsonSetting, writeJsonSetting } from './settings';
import { findingsSheetSpec } from './findings-sheet';

export function requireTemplate(key: string): ParsedTemplate {
  const t = findTemplate(key);
  if (!t) throw new UserError('template.unknown', localize(templateMessages, 'template.unknown', { key, keys: TEMPLATES.map((x) => x.key).join(', ') }));
  return t;
}

export interface CreateRequest {
  readonly template: string;
  readonly school?: string;
  readonly period?: string;
  readonly asOf: IsoDate;
  /** Example rows, so a new user sees the register filled. */
  readonly sample?: number;
  /** Empty lines to type into. */
  readonly blankRows?: number;
  /** For custody cards: the asset register sheet the cards come from. */
  readonly fromSheet?: string;
}

export async function createRegister(port: WorkbookPort, req: CreateRequest): Promise<WrittenSheet> {
  const template = requireTemplate(req.template);
  const categories = categoryNames(await loadCategories(port));
  let spec: SheetSpec;
  if (template.cardsFrom) {
    if (!req.fromSheet && !req.sample) throw new UserError('template.cardsNeedSource', localize(templateMessages, 'template.cardsNeedSource'));
    const items = req.fromSheet
      ? (await readAdopted(port, req.fromSheet, template.cardsFrom)).rows
      : sampleRows(template, req.sample ?? 0, req.asOf);
    spec = custodyCardsSpec(template, items, { school: req.school });
  } else {
    spec = createTemplateSpec(template, {
      school: req.school,
      period: req.period,
      asOf: req.asOf,
      categories,
      rows: req.sample ? sampleRows(template, req.sample, req.asOf) : [],
      blankRows: req.blankRows ?? (req.sample ? 0 : 20),
    });
  }
  // A register is typed into: creating another never replaces one, it gets a free name.
  return writeOwnedSheet(port, spec, { replace: false });
}

const adoptionSchema = z.object({ version: z.literal(1), template: z.string(), overrides: mappingOverridesSchema });

function adoptionKey(sheet: string): string {
  return `adopted:${sheet}`;
}

export interface Adoption {
  readonly template: ParsedTemplate;
  readonly analysis: SheetAnalysis;
  /** Required fields with no column: the sheet cannot be adopted until they are mapped. */
  readonly missing: readonly string[];
}

/** Maps a sheet to a template without touching its data (reviewed mapping: remembered overrides apply). */
export async function analyzeForTemplate(port: WorkbookPort, sheet: string, templateKey: string, overrides: MappingOverrides = {}): Promise<Adoption> {
  const template = requireTemplate(templateKey);
  const grid = await port.readGrid(sheet);
  const remembered = await loadMapping(port, sheet);
  const analysis = analyzeSheet(grid, templateFieldDefs(template), { overrides: { ...remembered, ...overrides } });
  const mapped = analysis.mapping?.fields ?? {};
  const missing = template.fields.filter((f) => f.required && !f.compute && !mapped[f.key]).map((f) => f.zh);
  return { template, analysis, missing };
}

/** Records that `sheet` is kept as `template`, with the mapping the user reviewed. */
export async function adoptSheet(port: WorkbookPort, sheet: string, templateKey: string, overrides: MappingOverrides = {}): Promise<Adoption> {
  const adoption = await analyzeForTemplate(port, sheet, templateKey, overrides);
  if (adoption.missing.length > 0) {
    throw new UserError('template.tooDifferent', localize(templateMessages, 'template.tooDifferent', {
      sheet, template: adoption.template.zh, fields: adoption.missing.map((m) => `“${m}”`).join('、'),
    }));
  }
  const columns: MappingOverrides = Object.fromEntries(Object.entries(adoption.analysis.mapping?.fields ?? {}).map(([k, m]) => [k, m.column]));
  await saveMapping(port, sheet, { ...(await loadMapping(port, sheet)), ...columns });
  await writeJsonSetting(port, adoptionKey(sheet), adoptionSchema, { version: 1, template: templateKey, overrides: columns });
  return adoption;
}

/** The template a sheet was adopted as, if any. */
export async function adoptedTemplate(port: WorkbookPort, sheet: string): Promise<string | null> {
  return (await readJsonSetting(port, adoptionKey(sheet), adoptionSchema))?.template ?? null;
}

async function readAdopted(port: WorkbookPort, sheet: string, templateKey: string) {
  const grid = await port.readGrid(sheet);
  const adoption = await analyzeForTemplate(port, sheet, templateKey);
  return { ...normalizeRows(grid, adoption.analysis, adoption.template), adoption };
}

export interface NormalizeResult {
  readonly written: WrittenSheet;
  readonly changes: readonly ValueChange[];
  readonly changesSheet: WrittenSheet | null;
}

/** Copies an adopted sheet into a fresh template sheet with cleaned values; lists every change. */
export async function normalizeSheet(port: WorkbookPort, sheet: string, templateKey: string, opts: { asOf: IsoDate; school?: string }): Promise<NormalizeResult> {
  const { rows, changes, adoption } = await readAdopted(port, sheet, templateKey);
  if (adoption.missing.length > 0) {
    throw new UserError('template.tooDifferent', localize(templateMessages, 'template.tooDifferent', {
      sheet, template: adoption.template.zh, fields: adoption.missing.map((m) => `“${m}”`).join('、'),
    }));
  }
  const categories = categoryNames(await loadCategories(port));
  const spec = createTemplateSpec(adoption.template, { asOf: opts.asOf, school: opts.school, categories, rows, sheetName: `${sheet.slice(0, 24)}（规范）` });
  const written = await writeOwnedSheet(port, { ...spec, kind: `normalize.${sheet}` });
  let changesSheet: WrittenSheet | null = null;
  if (changes.length > 0) {
    changesSheet = await writeOwnedSheet(port, {
      name: `${sheet.slice(0, 22)}（变更记录）`,
      kind: `normalize.changes.${sheet}`,
      blocks: [
        { type: 'title', text: `“${sheet}”规范化变更记录` },
        { type: 'lines', lines: [`原表未改动；新表：${written.name}。共 ${changes.length} 处变更。`] },
        {
          type: 'table',
          columns: [{ header: '单元格', width: 10 }, { header: '字段', width: 12 }, { header: '原值', width: 24, numFmt: '@' }, { header: '新值', width: 24, numFmt: '@' }],
          rows: changes.map((c) => [{ text: c.cell, link: `'${sheet.replace(/'/g, "''")}'!${c.cell}` }, adoption.template.fields.find((f) => f.key === c.field)?.zh ?? c.field, c.before, c.after]),
          autoFilter: true,
          freezeHeader: true,
        },
      ],
    });
  }
  return { written, changes, changesSheet };
}

export interface ValidateResult {
  readonly template: ParsedTemplate;
  readonly rows: number;
  readonly findings: readonly Finding[];
  readonly findingsSheet: WrittenSheet | null;
}

export async function validateSheet(
  port: WorkbookPort,
  sheet: string,
  templateKey: string,
  opts: { today: IsoDate; writeSheet?: boolean; overrides?: MappingOverrides },
): Promise<ValidateResult> {
  const adoption = await analyzeForTemplate(port, sheet, templateKey, opts.overrides);
  const findings = validateAgainstTemplate(adoption.analysis, adoption.template, { today: opts.today, categories: await loadCategories(port) });
  const findingsSheet = opts.writeSheet ? await writeOwnedSheet(port, findingsSheetSpec(sheet, adoption.template.zh, findings)) : null;
  return { template: adoption.template, rows: adoption.analysis.records.length, findings, findingsSheet };
}
