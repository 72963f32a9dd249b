/**
 * Settings live in the very hidden sheet `_taizhang` (SETTINGS_SHEET): column A holds the key,
 * columns B, C, … the value cut into pieces that fit a cell. Both adapters use this layout, so a
 * workbook keeps its settings whichever face opens it.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Grid } from '../../core/sheet/grid';
import { SETTINGS_SHEET } from '../port';
import { gridValue } from './cell-values';
import { isHighSurrogate } from './spec-values';

/** Below Excel's 32,767-character cell limit, with room to spare. */
export const SETTING_CHUNK = 30_000;

export function readSettingFrom(wb: Workbook, key: string): string | null {
  const ws = wb.getWorksheet(SETTINGS_SHEET);
  if (!ws) return null;
  const row = findKeyRow(ws, key);
  if (row === null) return null;
  const r = ws.getRow(row);
  let value = '';
  for (let col = 2; ; col++) {
    const piece = r.findCell(col);
    const text = piece ? gridValue(piece.value, false) : null;
    if (typeof text !== 'string') break;
    value += text;
  }
  return value;
}

/** The same reading over a Grid of the settings sheet (what the streaming reader gives). */
export function readSettingFromGrid(grid: Grid, key: string): string | null {
  for (const row of grid.rows) {
    if (row[0] !== key) continue;
    let value = '';
    for (let col = 1; col < row.length; col++) {
      const piece = row[col];
      if (typeof piece !== 'string') break;
      value += piece;
    }
    return value;
  }
  return null;
}

export function writeSettingTo(wb: Workbook, key: string, value: string): void {
  // An empty key could never be found again (an empty cell reads as no key).
  if (key === '') throw new Error('a setting needs a key');
  const ws = wb.getWorksheet(SETTINGS_SHEET) ?? wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  const rowNumber = findKeyRow(ws, key) ?? lastRow(ws) + 1;
  const row = ws.getRow(rowNumber);
  const pieces = splitValue(value);
  const oldEnd = row.cellCount;
  row.getCell(1).value = key;
  pieces.forEach((piece, i) => {
    row.getCell(i + 2).value = piece;
  });
  for (let col = pieces.length + 2; col <= oldEnd; col++) row.getCell(col).value = null;
}

/** Pieces of at most SETTING_CHUNK characters, never splitting a surrogate pair. */
export function splitValue(value: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < value.length) {
    let end = Math.min(value.length, start + SETTING_CHUNK);
    if (end < value.length && isHighSurrogate(value.charCodeAt(end - 1))) end--;
    pieces.push(value.slice(start, end));
    start = end;
  }
  return pieces;
}

function findKeyRow(ws: Worksheet, key: string): number | null {
  let found: number | null = null;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (found === null && gridValue(row.getCell(1).value, false) === key) found = rowNumber;
  });
  return found;
}

function lastRow(ws: Worksheet): number {
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (_row, rowNumber) => {
    last = rowNumber;
  });
  return last;
}
