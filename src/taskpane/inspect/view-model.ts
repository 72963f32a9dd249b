/**
 * Pure helpers that turn an inspect report into what the panel shows: confidence levels, the rows
 * of the mapping table, the summary of left-out rows, finding counts. No React here, so each rule
 * is tested on its own.
 */
import type { SheetReport } from '../../app/inspect';
import type { Finding, Severity } from '../../core/findings';
import type { Locale } from '../../core/i18n/locale';
import { LOW_CONFIDENCE } from '../../core/sheet/analyze';
import { columnNumber } from '../../core/sheet/address';
import type { FieldDef } from '../../core/sheet/fields';
import type { MappingOverrides } from '../../core/sheet/mapping';

export function fieldName(field: FieldDef, locale: Locale): string {
  return locale === 'zh-CN' ? field.zh : field.en;
}

/** At or above this a mapping needs no second look. */
export const HIGH_CONFIDENCE = 0.85;

export type ConfidenceLevel = 'high' | 'medium' | 'low';

export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= HIGH_CONFIDENCE) return 'high';
  if (confidence >= LOW_CONFIDENCE) return 'medium';
  return 'low';
}

export function percent(confidence: number): number {
  return Math.round(confidence * 100);
}

export type MappingState =
  | { readonly kind: 'auto'; readonly column: string; readonly header: string; readonly confidence: number }
  | { readonly kind: 'user'; readonly column: string; readonly header: string }
  /** The user said this sheet has no such column. */
  | { readonly kind: 'userNone' }
  | { readonly kind: 'notFound' };

export interface MappingRow {
  readonly field: FieldDef;
  readonly state: MappingState;
  /** True when a remembered choice exists for the field (so it can be reset to automatic). */
  readonly remembered: boolean;
}

export function mappingRows(report: SheetReport, remembered: MappingOverrides, fields: readonly FieldDef[]): MappingRow[] {
  return fields.map((field) => {
    const m = report.fields[field.key];
    const isRemembered = Object.prototype.hasOwnProperty.call(remembered, field.key);
    let state: MappingState;
    if (m) state = m.source === 'user' ? { kind: 'user', column: m.column, header: m.header } : { kind: 'auto', column: m.column, header: m.header, confidence: m.confidence };
    else state = isRemembered && remembered[field.key] === null ? { kind: 'userNone' } : { kind: 'notFound' };
    return { field, state, remembered: isRemembered };
  });
}

/** Mapped fields first (in catalogue order), then the rest: what a user checks first is at the top. */
export function orderMappingRows(rows: readonly MappingRow[]): MappingRow[] {
  const mapped = rows.filter((r) => r.state.kind === 'auto' || r.state.kind === 'user');
  const rest = rows.filter((r) => r.state.kind !== 'auto' && r.state.kind !== 'user');
  return [...mapped, ...rest];
}

export type ExcludedKind = SheetReport['excludedRows'][number]['kind'];

/** The order the summary names them in: structure first, blanks last. */
export const EXCLUDED_ORDER: readonly ExcludedKind[] = ['subtotal', 'total', 'signature', 'note', 'blank'];

export function excludedSummary(excluded: SheetReport['excludedRows']): Array<{ kind: ExcludedKind; rows: number[] }> {
  return EXCLUDED_ORDER.map((kind) => ({ kind, rows: excluded.filter((e) => e.kind === kind).map((e) => e.row).sort((a, b) => a - b) })).filter(
    (g) => g.rows.length > 0,
  );
}

/** [3,4,5,9] → ["3–5", "9"], at most `max` items; `more` says some were left off. */
export function compactRows(rows: readonly number[], max = 6): { items: string[]; more: boolean } {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const items: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i] as number;
    let end = start;
    while (i + 1 < sorted.length && sorted[i + 1] === end + 1) {
      end = sorted[i + 1] as number;
      i++;
    }
    items.push(end === start ? String(start) : `${start}–${end}`);
    i++;
  }
  return { items: items.slice(0, max), more: items.length > max };
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within a severity, the order the sheet gave. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/** Fields with a column, in the sheet's column order: the preview reads like the sheet. */
export function previewFields(report: SheetReport, fields: readonly FieldDef[]): FieldDef[] {
  const position = (f: FieldDef): number => columnNumber(report.fields[f.key]?.column ?? '');
  return fields.filter((f) => report.fields[f.key] !== undefined).sort((a, b) => position(a) - position(b));
}

/** A finding can be located when it names a cell or range (not the whole sheet). */
export function canLocate(f: Finding): boolean {
  return f.cell.trim() !== '';
}

/** "16:16" or "16:18": a finding about whole rows. */
export function rowSpan(cell: string): { from: number; to: number } | null {
  const m = /^(\d+):(\d+)$/.exec(cell.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/**
 * The range to select for a finding: a column-only address ("H") means its header cell; whole rows
 * mean those rows across the table (both adapters select a cell range, and it shows the rows).
 */
export function locateAddress(f: Finding, report: SheetReport): string {
  if (/^[A-Z]{1,3}$/.test(f.cell)) return `${f.cell}${report.headerRows[report.headerRows.length - 1] ?? 1}`;
  const rows = rowSpan(f.cell);
  if (rows) {
    const first = report.columns[0]?.column ?? 'A';
    const last = report.columns[report.columns.length - 1]?.column ?? first;
    return `${first}${rows.from}:${last}${rows.to}`;
  }
  return f.cell;
}
