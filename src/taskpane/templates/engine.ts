/**
 * The templates job on the engine's side: create a register, review and adopt a sheet's mapping,
 * normalize it, validate it — the app's use cases, run on the workbook in work. Everything returned
 * is plain data (it crosses the worker boundary).
 */
import { toSheetReport, rememberMapping, type SheetReport } from '../../app/inspect';
import { categoryNames, loadCategories } from '../../app/categories';
import { loadMapping } from '../../app/mapping-store';
import { listOwnedSheets } from '../../app/owned-sheets';
import {
  adoptSheet,
  adoptedTemplate,
  analyzeForTemplate,
  createRegister,
  normalizeSheet,
  requireTemplate,
  validateSheet,
  type Adoption,
  type CreateRequest,
} from '../../app/templates';
import type { IsoDate } from '../../core/dates';
import { localize, type Localized } from '../../core/i18n/locale';
import type { MappingOverrides } from '../../core/sheet/mapping';
import { findTemplate } from '../../core/templates/catalogue';
import { templateMessages } from '../../core/templates/messages';
import type { ValueChange } from '../../core/templates/normalize';
import { TEMPLATE_KIND_PREFIX } from '../../core/templates/render';
import { SETTINGS_SHEET, type WorkbookPort } from '../../workbook/port';
import type { EngineContext } from '../engine/job-engine';
import { settle, type Result } from '../engine/result';
import { watchedPort, type TemplateProgress } from './watched-port';

export type { TemplateProgress } from './watched-port';

/** A sheet as the templates job lists it. */
export interface TemplateSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** The template it is kept as: adopted by the user, or the register Taizhang created. */
  readonly template: string | null;
  /** Created by Taizhang (a new register or a normalized copy): the user types into it. */
  readonly register: boolean;
}

export interface CreatedRegister {
  readonly name: string;
  /** The name the template asks for; `name` differs when a sheet already had it. */
  readonly requested: string;
  readonly renamed: boolean;
  /** An earlier register Taizhang created under the same name was replaced. */
  readonly replaced: boolean;
}

export interface AdoptView {
  readonly sheet: string;
  readonly template: string;
  readonly report: SheetReport;
  /** What the workbook remembers for the sheet's columns. */
  readonly remembered: MappingOverrides;
  /** Required fields (Chinese headers) with no column. */
  readonly missing: readonly string[];
  /** Why the sheet cannot be adopted as it is mapped now, naming the missing fields. */
  readonly tooDifferent: Localized | null;
  /** The sheet is adopted as this template. */
  readonly adopted: boolean;
}

export interface NormalizeView {
  readonly sheet: string;
  readonly written: string;
  readonly changes: readonly ValueChange[];
  readonly changesSheet: string | null;
}

export interface ValidateView {
  readonly sheet: string;
  readonly template: string;
  readonly rows: number;
  /** The sheet's layout with the validation findings (so a finding about a column or rows can be located). */
  readonly report: SheetReport;
  readonly findingsSheet: string | null;
}

type OnProgress = ((p: TemplateProgress) => void) | undefined;

export interface TemplatesEngineApi {
  templateSheets(): Promise<Result<TemplateSheet[]>>;
  /** The school's category list kept in the workbook (the drop-down of 资产分类). */
  templateCategories(): Promise<Result<string[]>>;
  /** The register a new one of this template would replace (Taizhang's own earlier one), or null. */
  templateWouldReplace(template: string): Promise<Result<string | null>>;
  templateCreate(opId: number, request: CreateRequest, onProgress?: OnProgress): Promise<Result<CreatedRegister>>;
  templateAnalyze(opId: number, sheet: string, template: string, overrides: MappingOverrides, onProgress?: OnProgress): Promise<Result<AdoptView>>;
  templateAdopt(opId: number, sheet: string, template: string, overrides: MappingOverrides, onProgress?: OnProgress): Promise<Result<AdoptView>>;
  templateNormalize(opId: number, sheet: string, template: string, options: { asOf: IsoDate; school?: string }, onProgress?: OnProgress): Promise<Result<NormalizeView>>;
  templateValidate(
    opId: number,
    sheet: string,
    template: string,
    options: { today: IsoDate; writeSheet: boolean },
    onProgress?: OnProgress,
  ): Promise<Result<ValidateView>>;
}

const NORMALIZED_PREFIX = 'normalize.';
const CHANGES_PREFIX = 'normalize.changes.';

/** The template behind one of Taizhang's sheets, or undefined when it is a result sheet, not a register. */
async function registerTemplate(port: WorkbookPort, kind: string): Promise<string | null | undefined> {
  if (kind.startsWith(TEMPLATE_KIND_PREFIX)) return kind.slice(TEMPLATE_KIND_PREFIX.length);
  if (kind.startsWith(NORMALIZED_PREFIX) && !kind.startsWith(CHANGES_PREFIX)) return adoptedTemplate(port, kind.slice(NORMALIZED_PREFIX.length));
  return undefined;
}

async function listTemplateSheets(port: WorkbookPort): Promise<TemplateSheet[]> {
  const owned = new Map((await listOwnedSheets(port)).map((o) => [o.name, o.kind]));
  const out: TemplateSheet[] = [];
  for (const s of await port.listSheets()) {
    if (s.name === SETTINGS_SHEET || s.visibility === 'veryHidden') continue;
    const hidden = s.visibility !== 'visible';
    const kind = owned.get(s.name);
    if (kind === undefined) {
      out.push({ name: s.name, hidden, template: await adoptedTemplate(port, s.name), register: false });
      continue;
    }
    const template = await registerTemplate(port, kind);
    // Findings sheets, change records and custody cards are read, not typed into as a table.
    if (template === undefined || (template !== null && findTemplate(template)?.cardsFrom)) continue;
    out.push({ name: s.name, hidden, template, register: true });
  }
  return out;
}

async function adoptView(port: WorkbookPort, sheet: string, template: string, adoption: Adoption): Promise<AdoptView> {
  const missing = [...adoption.missing];
  return {
    sheet,
    template,
    report: toSheetReport(adoption.analysis, false, 0),
    remembered: await loadMapping(port, sheet),
    missing,
    tooDifferent:
      missing.length === 0
        ? null
        : localize(templateMessages, 'template.tooDifferent', { sheet, template: adoption.template.zh, fields: missing.map((m) => `“${m}”`).join('、') }),
    adopted: (await adoptedTemplate(port, sheet)) === template,
  };
}

export function createTemplatesEngine(ctx: EngineContext): TemplatesEngineApi {
  /** A long call: cancellable, with progress, on a port that reads each sheet once. */
  const run = <T>(opId: number, onProgress: OnProgress, work: (port: WorkbookPort) => Promise<T>): Promise<Result<T>> =>
    settle(() => ctx.operation(opId, (signal) => work(watchedPort(ctx.current(), signal, onProgress))));

  return {
    templateSheets: () => settle(() => listTemplateSheets(ctx.current())),

    templateCategories: () => settle(async () => categoryNames(await loadCategories(ctx.current()))),

    templateWouldReplace: (key) =>
      settle(async () => {
        const template = requireTemplate(key);
        const kind = `${TEMPLATE_KIND_PREFIX}${template.key}`;
        const wanted = template.sheetName.toLowerCase();
        const mine = (await listOwnedSheets(ctx.current())).find((o) => o.kind === kind && (o.requested ?? o.name).toLowerCase() === wanted);
        return mine?.name ?? null;
      }),

    templateCreate: (opId, request, onProgress) =>
      run(opId, onProgress, async (port) => {
        const template = requireTemplate(request.template);
        const written = await createRegister(port, request);
        // The new sheet is where the user goes next (and where the downloaded file opens).
        await port.select(written.name, 'A1');
        return { name: written.name, requested: template.sheetName, renamed: written.name !== template.sheetName, replaced: written.replaced };
      }),

    templateAnalyze: (opId, sheet, template, overrides, onProgress) =>
      run(opId, onProgress, async (port) => adoptView(port, sheet, template, await analyzeForTemplate(port, sheet, template, overrides))),

    templateAdopt: (opId, sheet, template, overrides, onProgress) =>
      run(opId, onProgress, async (port) => {
        const adoption = await adoptSheet(port, sheet, template, overrides);
        // "This sheet has no such column" is a choice too; adopting keeps it.
        const none = Object.fromEntries(Object.entries(overrides).filter(([, column]) => column === null));
        if (Object.keys(none).length > 0) await rememberMapping(port, sheet, none);
        return adoptView(port, sheet, template, adoption);
      }),

    templateNormalize: (opId, sheet, template, options, onProgress) =>
      run(opId, onProgress, async (port) => {
        const result = await normalizeSheet(port, sheet, template, options);
        return { sheet, written: result.written.name, changes: [...result.changes], changesSheet: result.changesSheet?.name ?? null };
      }),

    templateValidate: (opId, sheet, template, options, onProgress) =>
      run(opId, onProgress, async (port) => {
        // The layout, so findings about a column or rows can be located; validating reuses the read.
        const { analysis } = await analyzeForTemplate(port, sheet, template);
        const result = await validateSheet(port, sheet, template, { today: options.today, writeSheet: options.writeSheet });
        const report: SheetReport = { ...toSheetReport(analysis, false, 0), findings: [...result.findings] };
        return { sheet, template, rows: result.rows, report, findingsSheet: result.findingsSheet?.name ?? null };
      }),
  };
}
