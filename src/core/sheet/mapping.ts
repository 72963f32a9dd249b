/**
 * Column mapping: which column holds which field. Each (field, column) pair is scored by its header
 * text and by what the column holds; the best pairs are taken greedily, one column per field and
 * one field per column. The user's overrides come first and are never second-guessed.
 */
import { z } from 'zod';
import { columnLetter, columnNumber } from './address';
import { cellAt, type Cell, type Grid } from './grid';
import type { FieldDef } from './fields';
import type { HeaderColumn, HeaderInfo } from './header';
import { composedHeaderScore } from './match';
import type { TableLayout } from './structure';
import { contentScore } from './values';

export const HEADER_WEIGHT = 0.7;
export const CONTENT_WEIGHT = 0.3;
/** Below this a pair is offered as a candidate but not mapped. */
export const MAP_THRESHOLD = 0.5;
const SAMPLE_ROWS = 200;

export const mappingSourceSchema = z.enum(['auto', 'user']);

export const fieldMappingSchema = z.object({
  field: z.string(),
  /** Column letter ("B"). */
  column: z.string(),
  header: z.string(),
  confidence: z.number().min(0).max(1),
  source: mappingSourceSchema,
});
export type FieldMapping = z.infer<typeof fieldMappingSchema>;

/** A user's choice per field: a column letter, or null for "this sheet has no such column". */
export const mappingOverridesSchema = z.record(z.string(), z.string().regex(/^[A-Z]{1,3}$/).nullable());
export type MappingOverrides = z.infer<typeof mappingOverridesSchema>;

export interface Candidate {
  readonly column: string;
  readonly header: string;
  readonly confidence: number;
}

export interface MappingResult {
  readonly fields: Readonly<Record<string, FieldMapping>>;
  /** Per field, the columns it could be, best first (for the picker). */
  readonly candidates: Readonly<Record<string, readonly Candidate[]>>;
  /** Header columns no field took. */
  readonly unmapped: readonly HeaderColumn[];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function sampleColumn(grid: Grid, layout: TableLayout, col: number): Cell[] {
  const rows = layout.dataRows.length <= SAMPLE_ROWS ? layout.dataRows : layout.dataRows.slice(0, SAMPLE_ROWS);
  return rows.map((r) => cellAt(grid, r, col));
}

export function mapColumns(
  grid: Grid,
  header: HeaderInfo,
  layout: TableLayout,
  fields: readonly FieldDef[],
  overrides: MappingOverrides = {},
): MappingResult {
  const pairs: Array<{ field: FieldDef; column: HeaderColumn; confidence: number }> = [];
  const samples = new Map<number, Cell[]>();
  for (const column of header.columns) {
    for (const field of fields) {
      const hs = composedHeaderScore(column.parts, field);
      if (hs <= 0) continue;
      let sample = samples.get(column.col);
      if (!sample) {
        sample = sampleColumn(grid, layout, column.col);
        samples.set(column.col, sample);
      }
      const cs = contentScore(sample, field.type, grid.date1904);
      pairs.push({ field, column, confidence: round2(HEADER_WEIGHT * hs + CONTENT_WEIGHT * cs) });
    }
  }
  // Stable order: best confidence, then leftmost column, then catalogue order.
  const fieldOrder = new Map(fields.map((f, i) => [f.key, i]));
  pairs.sort((a, b) => b.confidence - a.confidence || a.column.col - b.column.col || (fieldOrder.get(a.field.key) ?? 0) - (fieldOrder.get(b.field.key) ?? 0));

  const mapped: Record<string, FieldMapping> = {};
  const takenCols = new Set<number>();
  const byLetter = new Map(header.columns.map((c) => [columnLetter(c.col), c]));
  for (const [key, letter] of Object.entries(overrides)) {
    if (!fields.some((f) => f.key === key)) continue;
    if (letter === null) continue;
    const col = columnNumber(letter);
    const hc = byLetter.get(letter);
    mapped[key] = { field: key, column: letter, header: hc?.label ?? '', confidence: 1, source: 'user' };
    takenCols.add(col);
  }
  const declined = new Set(Object.entries(overrides).filter(([, v]) => v === null).map(([k]) => k));
  for (const p of pairs) {
    if (p.confidence < MAP_THRESHOLD) break;
    if (mapped[p.field.key] || declined.has(p.field.key) || takenCols.has(p.column.col)) continue;
    mapped[p.field.key] = { field: p.field.key, column: columnLetter(p.column.col), header: p.column.label, confidence: p.confidence, source: 'auto' };
    takenCols.add(p.column.col);
  }
  const candidates: Record<string, Candidate[]> = {};
  for (const p of pairs) {
    const list = (candidates[p.field.key] ??= []);
    if (list.length < 5) list.push({ column: columnLetter(p.column.col), header: p.column.label, confidence: p.confidence });
  }
  return { fields: mapped, candidates, unmapped: header.columns.filter((c) => !takenCols.has(c.col)) };
}
