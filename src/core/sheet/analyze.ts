/**
 * One sheet understood: header, data range, column mapping, records and findings — the
 * locate → header → map → parse steps of the pipeline, in one pure function every capability uses.
 */
import { FindingCollector, finding, type Finding } from '../findings';
import { localize } from '../i18n/locale';
import { cellAddress, columnLetter } from './address';
import { gridBottom, gridRight, type Grid } from './grid';
import type { FieldDef } from './fields';
import { detectHeader, headerCandidatesText, type HeaderInfo } from './header';
import { mapColumns, MAP_THRESHOLD, type MappingOverrides, type MappingResult } from './mapping';
import { sheetMessages } from './messages';
import { parseRecords, type SheetRecord } from './records';
import { locateData, type TableLayout } from './structure';

/** Confidence under which a mapped field is worth a second look by the user. */
export const LOW_CONFIDENCE = 0.75;

export interface SheetAnalysis {
  readonly sheet: string;
  readonly status: 'ok' | 'empty' | 'noHeader';
  readonly header: HeaderInfo | null;
  readonly layout: TableLayout | null;
  readonly mapping: MappingResult | null;
  readonly records: readonly SheetRecord[];
  readonly findings: readonly Finding[];
  /** Findings past the per-kind cap, counted. */
  readonly omittedFindings: number;
}

export interface AnalyzeOptions {
  readonly overrides?: MappingOverrides;
  /** Parse records (the default); off when only the layout and mapping are wanted. */
  readonly parse?: boolean;
}

function isBlankGrid(grid: Grid): boolean {
  return grid.rows.every((r) => r.every((c) => c === null || (typeof c === 'string' && c.trim() === '')));
}

export function analyzeSheet(grid: Grid, fields: readonly FieldDef[], options: AnalyzeOptions = {}): SheetAnalysis {
  const collector = new FindingCollector();
  const base = { sheet: grid.sheet, header: null, layout: null, mapping: null, records: [], omittedFindings: 0 };
  if (grid.rows.length === 0 || isBlankGrid(grid)) {
    return { ...base, status: 'empty', findings: [finding(grid.sheet, '', 'info', 'sheet.empty', localize(sheetMessages, 'sheet.empty', { sheet: grid.sheet }))] };
  }
  const header = detectHeader(grid, fields);
  if (!header) {
    const looked = fields.slice(0, 10).map((f) => f.zh).join('、');
    const found = headerCandidatesText(grid).join('、') || '—';
    const area = `A1:${cellAddress(Math.min(gridBottom(grid), 10), Math.max(1, gridRight(grid)))}`;
    return { ...base, status: 'noHeader', findings: [finding(grid.sheet, area, 'error', 'sheet.noHeader', localize(sheetMessages, 'sheet.noHeader', { sheet: grid.sheet, looked, found }))] };
  }
  const layout = locateData(grid, header);
  const mapping = mapColumns(grid, header, layout, fields, options.overrides);
  for (const m of Object.values(mapping.fields)) {
    if (m.source === 'auto' && m.confidence < LOW_CONFIDENCE && m.confidence >= MAP_THRESHOLD) {
      const f = fields.find((x) => x.key === m.field);
      const headerRow = header.headerRows[header.headerRows.length - 1] ?? 1;
      collector.add(finding(grid.sheet, `${m.column}${headerRow}`, 'info', 'mapping.lowConfidence',
        localize(sheetMessages, 'mapping.lowConfidence', { field: f?.zh ?? m.field, header: m.header, confidence: m.confidence.toFixed(2) }), m.field));
    }
    if (m.source === 'user' && !header.columns.some((c) => columnLetter(c.col) === m.column)) {
      const f = fields.find((x) => x.key === m.field);
      collector.add(finding(grid.sheet, m.column, 'warning', 'mapping.missingColumn',
        localize(sheetMessages, 'mapping.missingColumn', { field: f?.zh ?? m.field, column: m.column }), m.field));
    }
  }
  if (layout.dataRows.length === 0) {
    collector.add(finding(grid.sheet, '', 'warning', 'sheet.noData', localize(sheetMessages, 'sheet.noData', { sheet: grid.sheet })));
  }
  const records = options.parse === false ? [] : parseRecords(grid, layout, mapping.fields, fields, collector).records;
  const omitted = collector.omitted().reduce((n, o) => n + o.count, 0);
  return { ...base, status: 'ok', header, layout, mapping, records, findings: collector.list(), omittedFindings: omitted };
}
