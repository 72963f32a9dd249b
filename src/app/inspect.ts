/**
 * The inspect use case: read each sheet, find its table, map its columns (with what the user chose
 * before), parse its rows, and report all of it. The first job a user sees: "is my sheet understood?"
 */
import { z } from 'zod';
import { throwIfAborted } from '../core/errors';
import { findingSchema } from '../core/findings';
import { analyzeSheet, type SheetAnalysis } from '../core/sheet/analyze';
import { columnLetter } from '../core/sheet/address';
import { ASSET_FIELDS, type FieldDef } from '../core/sheet/fields';
import { fieldMappingSchema, type MappingOverrides } from '../core/sheet/mapping';
import { valueText } from '../core/sheet/values';
import { SETTINGS_SHEET, type Progress, type WorkbookPort } from '../workbook/port';
import { loadMapping, saveMapping } from './mapping-store';
import { listOwnedSheets } from './owned-sheets';

export const sheetReportSchema = z.object({
  name: z.string(),
  hidden: z.boolean(),
  status: z.enum(['ok', 'empty', 'noHeader']),
  headerRows: z.array(z.number().int()),
  firstDataRow: z.number().int(),
  lastDataRow: z.number().int(),
  dataRowCount: z.number().int(),
  columns: z.array(z.object({ column: z.string(), header: z.string() })),
  fields: z.record(z.string(), fieldMappingSchema),
  candidates: z.record(z.string(), z.array(z.object({ column: z.string(), header: z.string(), confidence: z.number() }))),
  excludedRows: z.array(z.object({ row: z.number().int(), kind: z.enum(['blank', 'subtotal', 'total', 'signature', 'note']) })),
  hiddenRows: z.array(z.number().int()),
  findings: z.array(findingSchema),
  omittedFindings: z.number().int(),
  /** The first parsed rows as display text, for a quick look. */
  preview: z.array(z.object({ row: z.number().int(), hidden: z.boolean(), values: z.record(z.string(), z.string()) })),
});
export type SheetReport = z.infer<typeof sheetReportSchema>;

export interface InspectOptions {
  /** One sheet only; all visible sheets (not Taizhang's own) when absent. */
  readonly sheet?: string;
  readonly fields?: readonly FieldDef[];
  /** Per-field column choices for this run (they replace what is remembered for the given fields). */
  readonly overrides?: MappingOverrides;
  readonly previewRows?: number;
  readonly onProgress?: (p: Progress & { readonly sheet: string }) => void;
  readonly signal?: AbortSignal;
}

export function toSheetReport(analysis: SheetAnalysis, hidden: boolean, previewRows = 20): SheetReport {
  const { header, layout, mapping } = analysis;
  return {
    name: analysis.sheet,
    hidden,
    status: analysis.status,
    headerRows: [...(layout?.headerRows ?? [])],
    firstDataRow: layout?.firstDataRow ?? 0,
    lastDataRow: layout?.lastDataRow ?? 0,
    dataRowCount: layout?.dataRows.length ?? 0,
    columns: (header?.columns ?? []).map((c) => ({ column: columnLetter(c.col), header: c.label })),
    fields: { ...(mapping?.fields ?? {}) },
    candidates: Object.fromEntries(Object.entries(mapping?.candidates ?? {}).map(([k, v]) => [k, [...v]])),
    excludedRows: [...(layout?.excluded ?? [])],
    hiddenRows: [...(layout?.hiddenDataRows ?? [])],
    findings: [...analysis.findings],
    omittedFindings: analysis.omittedFindings,
    preview: analysis.records.slice(0, previewRows).map((r) => ({
      row: r.row,
      hidden: r.hidden,
      values: Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, valueText(v)])),
    })),
  };
}

/** Sheets a user would inspect: visible ones that are not Taizhang's own output or settings. */
export async function userSheets(port: WorkbookPort): Promise<Array<{ name: string; hidden: boolean }>> {
  const sheets = await port.listSheets();
  const owned = new Set((await listOwnedSheets(port, sheets)).map((o) => o.name));
  return sheets
    .filter((s) => s.name !== SETTINGS_SHEET && s.visibility !== 'veryHidden' && !owned.has(s.name))
    .map((s) => ({ name: s.name, hidden: s.visibility !== 'visible' }));
}

/** Reads and analyzes one sheet with its remembered mapping. */
export async function analyzeWorkbookSheet(
  port: WorkbookPort,
  sheet: string,
  fields: readonly FieldDef[],
  options: Pick<InspectOptions, 'overrides' | 'onProgress' | 'signal'> = {},
): Promise<SheetAnalysis> {
  const remembered = await loadMapping(port, sheet);
  const grid = await port.readGrid(sheet, {
    signal: options.signal,
    onProgress: options.onProgress ? (p) => options.onProgress?.({ ...p, sheet }) : undefined,
  });
  throwIfAborted(options.signal);
  return analyzeSheet(grid, fields, { overrides: { ...remembered, ...(options.overrides ?? {}) } });
}

export async function inspectWorkbook(port: WorkbookPort, options: InspectOptions = {}): Promise<{ sheets: SheetReport[] }> {
  const fields = options.fields ?? ASSET_FIELDS;
  const all = await userSheets(port);
  let targets = all;
  if (options.sheet !== undefined) {
    // readGrid raises the "no such sheet" message, naming the sheets there are.
    targets = all.filter((s) => s.name === options.sheet);
    if (targets.length === 0) targets = [{ name: options.sheet, hidden: false }];
  }
  const sheets: SheetReport[] = [];
  for (const s of targets) {
    throwIfAborted(options.signal);
    const analysis = await analyzeWorkbookSheet(port, s.name, fields, options);
    sheets.push(toSheetReport(analysis, s.hidden, options.previewRows));
  }
  return { sheets };
}

/** Remembers a user's column choices for a sheet (merged with what was remembered). */
export async function rememberMapping(port: WorkbookPort, sheet: string, choices: MappingOverrides): Promise<MappingOverrides> {
  const merged = { ...(await loadMapping(port, sheet)), ...choices };
  await saveMapping(port, sheet, merged);
  return merged;
}
