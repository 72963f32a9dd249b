/**
 * Normalizing an adopted sheet: its rows copied into a fresh template sheet with cleaned values
 * (codes trimmed and half-width, numbers and dates converted), every change listed. The original
 * sheet is never touched.
 */
import { cellAddress, columnNumber } from '../sheet/address';
import type { SheetAnalysis } from '../sheet/analyze';
import { cellAt, cellText, isDateCell, type Grid } from '../sheet/grid';
import type { SpecValue } from '../sheet/spec';
import { valueText, type FieldValue } from '../sheet/values';
import { fenToYuanNumber } from '../money';
import type { ParsedTemplate } from './catalogue';

export interface ValueChange {
  readonly cell: string;
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

export interface NormalizedRows {
  readonly rows: Array<Record<string, SpecValue>>;
  readonly changes: ValueChange[];
  /** Source row of each normalized row. */
  readonly sourceRows: number[];
}

function specValue(v: FieldValue): SpecValue {
  switch (v.type) {
    case 'text':
    case 'code':
      return v.text;
    case 'number':
      return v.value;
    case 'money':
      return fenToYuanNumber(v.fen);
    case 'date':
      return { date: v.date };
  }
}

/** The new value as text; a month-only date is written as the 1st of that month, so it shows so. */
function shown(v: FieldValue): string {
  return v.type === 'date' ? v.date : valueText(v);
}

/** What the cell showed, as comparable text (numbers as typed, date cells as ISO). */
function before(grid: Grid, row: number, col: number): string {
  const c = cellAt(grid, row, col);
  return isDateCell(c) ? c.date : cellText(c);
}

export function normalizeRows(grid: Grid, analysis: SheetAnalysis, template: ParsedTemplate): NormalizedRows {
  const mapping = analysis.mapping?.fields ?? {};
  const rows: Array<Record<string, SpecValue>> = [];
  const changes: ValueChange[] = [];
  const sourceRows: number[] = [];
  for (const rec of analysis.records) {
    const out: Record<string, SpecValue> = {};
    for (const f of template.fields) {
      const m = mapping[f.key];
      const v = rec.values[f.key];
      if (!m || !v) continue;
      out[f.key] = specValue(v);
      const col = columnNumber(m.column);
      const was = before(grid, rec.row, col);
      const now = shown(v);
      const same = was === now || (v.type === 'money' && Number(was) * 100 === v.fen) || (v.type === 'number' && Number(was) === v.value);
      // A value merged down a block lands on every row of the new sheet; those cells were blank, so they are listed too.
      if (!same) changes.push({ cell: cellAddress(rec.row, col), field: f.key, before: was, after: now });
    }
    rows.push(out);
    sourceRows.push(rec.row);
  }
  return { rows, changes, sourceRows };
}
