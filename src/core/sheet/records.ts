/**
 * Turns the data rows of a mapped table into records of typed field values, with findings for the
 * cells that could not be read. A value merged down a block (a department over its rows) fills every
 * row of the block.
 */
import { FindingCollector, finding, type Finding } from '../findings';
import { localize } from '../i18n/locale';
import { cellAddress, columnNumber } from './address';
import { cellAt, isEmptyCell, type Cell, type Grid } from './grid';
import type { FieldDef } from './fields';
import type { FieldMapping } from './mapping';
import { sheetMessages } from './messages';
import type { TableLayout } from './structure';
import { readCell, type FieldValue } from './values';

export interface SheetRecord {
  /** The sheet's own row number. */
  readonly row: number;
  readonly hidden: boolean;
  readonly values: Readonly<Record<string, FieldValue>>;
}

export interface ParsedTable {
  readonly records: SheetRecord[];
  readonly findings: Finding[];
}

const KEY_STRIDE = 20_000;

/** Cells covered by a merge (other than its top-left) inside the data rows, with the merge's value. */
function mergedFill(grid: Grid, layout: TableLayout): Map<number, Cell> {
  const fill = new Map<number, Cell>();
  if (layout.dataRows.length === 0) return fill;
  for (const m of grid.merges) {
    if (m.bottom < layout.firstDataRow || m.top > layout.lastDataRow || m.bottom === m.top) continue;
    const value = cellAt(grid, m.top, m.left);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) fill.set(r * KEY_STRIDE + c, value);
    }
  }
  return fill;
}

function rowSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

function runs(rows: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

export function parseRecords(
  grid: Grid,
  layout: TableLayout,
  mapping: Readonly<Record<string, FieldMapping>>,
  fields: readonly FieldDef[],
  collector = new FindingCollector(),
): ParsedTable {
  const sheet = grid.sheet;
  const fill = mergedFill(grid, layout);
  const hidden = new Set(layout.hiddenDataRows);
  const mapped = fields
    .filter((f) => mapping[f.key] !== undefined)
    .map((f) => ({ field: f, col: columnNumber(mapping[f.key]?.column ?? 'A') }));
  const converted = new Map<string, { count: number; first: string; kind: 'number' | 'date' }>();
  const records: SheetRecord[] = [];
  // Grouping columns carry their value down a block; a non-data row (小计, blank) ends the block.
  const carried = new Map<string, Cell>();
  const filled = new Map<string, { count: number; first: string }>();
  let previousRow = -1;

  for (const row of layout.dataRows) {
    if (row !== previousRow + 1) carried.clear();
    previousRow = row;
    const values: Record<string, FieldValue> = {};
    for (const { field, col } of mapped) {
      let cell = cellAt(grid, row, col);
      if (cell === null) cell = fill.get(row * KEY_STRIDE + col) ?? null;
      if (field.fillDown) {
        if (isEmptyCell(cell) && carried.has(field.key)) {
          cell = carried.get(field.key) ?? null;
          const f = filled.get(field.key);
          if (f) f.count++;
          else filled.set(field.key, { count: 1, first: cellAddress(row, col) });
        } else if (!isEmptyCell(cell)) carried.set(field.key, cell);
      }
      const reading = readCell(cell, field.type, grid.date1904);
      if (reading.kind === 'empty') continue;
      // Addresses are built only for what gets reported: one per cell was a large share of the walk.
      if (reading.kind === 'value') {
        const v = reading.value;
        values[field.key] = v;
        const fromText = (v.type === 'number' || v.type === 'money') && v.fromText;
        const textDate = v.type === 'date' && v.source !== 'cell';
        if (fromText || textDate) {
          const c = converted.get(field.key);
          if (c) c.count++;
          else converted.set(field.key, { count: 1, first: cellAddress(row, col), kind: textDate ? 'date' : 'number' });
        }
        if (v.type === 'date' && v.precision === 'month') {
          collector.add(finding(sheet, cellAddress(row, col), 'info', 'value.monthOnly', localize(sheetMessages, 'value.monthOnly', { field: field.zh, value: String(cell) }), field.key));
        }
      } else if (reading.kind === 'problem') {
        const key = reading.problem === 'error' ? 'cell.error' : reading.problem === 'notNumber' ? 'value.notNumber' : 'value.notDate';
        collector.add(finding(sheet, cellAddress(row, col), 'warning', key, localize(sheetMessages, key, { field: field.zh, value: reading.shown }), field.key));
      }
    }
    records.push({ row, hidden: hidden.has(row), values });
  }

  // Error cells in columns no field took still deserve a word: they often break totals.
  const mappedCols = new Set(mapped.map((m) => m.col));
  for (const row of layout.dataRows) {
    const cells = grid.rows[row - grid.top] ?? [];
    cells.forEach((cell, i) => {
      const col = grid.left + i;
      if (!mappedCols.has(col) && cell !== null && typeof cell === 'object' && 'error' in cell) {
        collector.add(finding(sheet, cellAddress(row, col), 'warning', 'cell.error', localize(sheetMessages, 'cell.error', { value: cell.error })));
      }
    });
  }

  for (const [key, c] of converted) {
    const f = fields.find((x) => x.key === key);
    const code = c.kind === 'date' ? 'value.textDates' : 'value.textNumbers';
    collector.add(finding(sheet, c.first, 'info', code, localize(sheetMessages, code, { field: f?.zh ?? key, count: c.count }), key));
  }
  for (const [key, f] of filled) {
    const def = fields.find((x) => x.key === key);
    collector.add(finding(sheet, f.first, 'info', 'value.filledDown', localize(sheetMessages, 'value.filledDown', { field: def?.zh ?? key, count: f.count }), key));
  }
  for (const [from, to] of runs(layout.hiddenDataRows)) {
    collector.add(finding(sheet, `${from}:${to}`, 'info', 'structure.hiddenRows', localize(sheetMessages, 'structure.hiddenRows', { rows: rowSpan(from, to) })));
  }
  const blanks = layout.excluded.filter((e) => e.kind === 'blank').map((e) => e.row);
  for (const [from, to] of runs(blanks)) {
    if (from > layout.firstDataRow && to < layout.lastDataRow) {
      collector.add(finding(sheet, `${from}:${to}`, 'info', 'structure.blankRows', localize(sheetMessages, 'structure.blankRows', { rows: rowSpan(from, to) })));
    }
  }
  return { records, findings: collector.list() };
}

/** Typed accessors: engines read records through these rather than switching on value types. */
export function textOf(r: SheetRecord, key: string): string | undefined {
  const v = r.values[key];
  if (!v) return undefined;
  if (v.type === 'text' || v.type === 'code') return v.text;
  if (v.type === 'number') return String(v.value);
  if (v.type === 'date') return v.date;
  return undefined;
}

export function codeKeyOf(r: SheetRecord, key = 'code'): string | undefined {
  const v = r.values[key];
  return v?.type === 'code' ? v.key : undefined;
}

export function numberOf(r: SheetRecord, key: string): number | undefined {
  const v = r.values[key];
  return v?.type === 'number' ? v.value : undefined;
}

export function fenOf(r: SheetRecord, key: string): number | undefined {
  const v = r.values[key];
  return v?.type === 'money' ? v.fen : undefined;
}

export function dateOf(r: SheetRecord, key: string): string | undefined {
  const v = r.values[key];
  return v?.type === 'date' ? v.date : undefined;
}
