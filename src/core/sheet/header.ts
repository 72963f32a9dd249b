/**
 * Finds the header of a table on a sheet: the row (or two rows, with merged group cells) whose
 * cells name the most known fields, anywhere in the first rows — below title and unit rows.
 */
import type { CellRange } from './address';
import { cellAt, cellText, gridBottom, gridRight, isEmptyCell, type Grid } from './grid';
import type { FieldDef } from './fields';
import { bestField, isRowNumberHeader } from './match';
import { tidyText } from '../text';

export interface HeaderColumn {
  readonly col: number;
  /** Header texts from the top header row down, merged cells resolved, duplicates dropped. */
  readonly parts: readonly string[];
  /** What the user sees: parts joined with " / ". */
  readonly label: string;
}

export interface HeaderInfo {
  readonly headerRows: readonly number[];
  /** Columns with a header text, left to right. */
  readonly columns: readonly HeaderColumn[];
  readonly firstCol: number;
  readonly lastCol: number;
}

/** How many rows from the top a header may start on (titles, unit lines, notes above it). */
export const HEADER_SCAN_ROWS = 30;
const MIN_MATCHES = 2;

/** Merges of the grid that touch rows [from, to], for quick lookups near the header. */
function mergesNear(grid: Grid, from: number, to: number): CellRange[] {
  return grid.merges.filter((m) => m.bottom >= from && m.top <= to);
}

function mergeAt(merges: readonly CellRange[], row: number, col: number): CellRange | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** Cell text with merges resolved to their top-left value. */
function textAt(grid: Grid, merges: readonly CellRange[], row: number, col: number): string {
  const m = mergeAt(merges, row, col);
  return tidyText(cellText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col)));
}

interface RowScore {
  readonly row: number;
  readonly matches: number;
  readonly texts: number;
  readonly numbers: number;
}

function scoreRow(grid: Grid, row: number, fields: readonly FieldDef[], right: number): RowScore {
  let matches = 0;
  let texts = 0;
  let numbers = 0;
  const seen = new Set<string>();
  for (let c = grid.left; c <= right; c++) {
    const cell = cellAt(grid, row, c);
    if (typeof cell === 'number') numbers++;
    if (typeof cell !== 'string' || cell.trim() === '') continue;
    texts++;
    const best = bestField(cell, fields, 0.75);
    if (best && !seen.has(best.field.key)) {
      seen.add(best.field.key);
      matches++;
    } else if (isRowNumberHeader(cell)) {
      matches += 0.5;
    }
  }
  return { row, matches, texts, numbers };
}

/** Title, unit and date lines ("单位：元", "截止日期：…") are never group cells of a header. */
function isLabelLike(text: string): boolean {
  const t = text.trim();
  return t !== '' && !/[:：]/.test(t) && t.length <= 12;
}

function rowHasColonText(grid: Grid, row: number, right: number): boolean {
  for (let c = grid.left; c <= right; c++) {
    const cell = cellAt(grid, row, c);
    if (typeof cell === 'string' && /[:：]/.test(cell)) return true;
  }
  return false;
}

/**
 * A header row's neighbour joins the header when merges tie them: cells merged down across both
 * rows, or group cells ("数量" over "期初 | 期末") spanning some columns with labels under them.
 */
function extendHeader(grid: Grid, row: number, right: number): number[] {
  const merges = mergesNear(grid, row - 1, row + 1);
  const width = right - grid.left + 1;
  const isGroup = (m: CellRange | undefined, r: number): m is CellRange =>
    m !== undefined && m.top === r && m.bottom === r && m.right > m.left && m.right - m.left + 1 < width && isLabelLike(cellText(cellAt(grid, m.top, m.left)));
  const rows = [row];
  const below = row + 1;
  if (below <= gridBottom(grid) && !rowHasColonText(grid, below, right)) {
    let tied = false;
    let subLabels = 0;
    let numbersBelow = 0;
    for (let c = grid.left; c <= right; c++) {
      const m = mergeAt(merges, row, c);
      if (m && m.top === row && m.bottom >= below) tied = true;
      if (isGroup(m, row)) {
        const sub = cellAt(grid, below, c);
        if (typeof sub === 'string' && isLabelLike(sub)) subLabels++;
      }
      if (typeof cellAt(grid, below, c) === 'number') numbersBelow++;
    }
    if ((tied || subLabels >= 2) && numbersBelow === 0) rows.push(below);
  }
  const above = row - 1;
  if (rows.length === 1 && above >= grid.top && !rowHasColonText(grid, above, right)) {
    let tied = false;
    let groups = 0;
    for (let c = grid.left; c <= right; c++) {
      const m = mergeAt(merges, above, c);
      if (m && m.top === above && m.bottom >= row && isLabelLike(cellText(cellAt(grid, m.top, m.left)))) tied = true;
      if (isGroup(m, above)) groups++;
    }
    if (tied || groups > 0) rows.unshift(above);
  }
  return rows;
}

export function detectHeader(grid: Grid, fields: readonly FieldDef[]): HeaderInfo | null {
  const right = gridRight(grid);
  const last = Math.min(gridBottom(grid), grid.top + HEADER_SCAN_ROWS - 1);
  let best: RowScore | null = null;
  for (let r = grid.top; r <= last; r++) {
    const s = scoreRow(grid, r, fields, right);
    if (s.matches < MIN_MATCHES) continue;
    if (best === null || s.matches > best.matches || (s.matches === best.matches && s.numbers < best.numbers)) best = s;
  }
  if (best === null) return null;
  const headerRows = extendHeader(grid, best.row, right);
  const merges = mergesNear(grid, headerRows[0] ?? best.row, headerRows[headerRows.length - 1] ?? best.row);
  const columns: HeaderColumn[] = [];
  for (let c = grid.left; c <= right; c++) {
    const parts: string[] = [];
    for (const r of headerRows) {
      const t = textAt(grid, merges, r, c);
      if (t !== '' && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length > 0) columns.push({ col: c, parts, label: parts.join(' / ') });
  }
  const firstCol = columns[0]?.col ?? grid.left;
  const lastCol = columns[columns.length - 1]?.col ?? grid.left;
  return { headerRows, columns, firstCol, lastCol };
}

/** Header-like texts of the first rows, for the message shown when no header is found. */
export function headerCandidatesText(grid: Grid, limit = 12): string[] {
  const out: string[] = [];
  const last = Math.min(gridBottom(grid), grid.top + 9);
  for (let r = grid.top; r <= last && out.length < limit; r++) {
    for (const cell of grid.rows[r - grid.top] ?? []) {
      if (!isEmptyCell(cell) && typeof cell === 'string' && out.length < limit) {
        const t = tidyText(cell);
        if (t.length <= 20 && !out.includes(t)) out.push(t);
      }
    }
  }
  return out;
}
