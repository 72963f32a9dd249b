/**
 * Settings live in the very hidden sheet `_taizhang` (SETTINGS_SHEET), laid out exactly as the file
 * adapter lays them out (src/workbook/file/settings.ts), so a workbook keeps its settings whichever
 * face opens it: column A holds the key, columns B, C, … the value cut into 30,000-character pieces
 * (below Excel's 32,767 per cell; a surrogate pair is never cut). Keys and pieces are written as
 * literal text, so a piece that happens to start with "=" or digits stays text.
 */
import { SETTINGS_SHEET } from '../port';
import type { ExcelContext, ExcelRange, ExcelWorksheet, WireValue } from './excel-api';
import { literalText } from './literal-text';
import { jsonBytes, RequestBudget } from './request-budget';

export const SETTING_CHUNK = 30_000;

/** Pieces of at most SETTING_CHUNK characters, never splitting a surrogate pair. */
export function splitValue(value: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < value.length) {
    let end = Math.min(value.length, start + SETTING_CHUNK);
    const code = value.charCodeAt(end - 1);
    if (end < value.length && code >= 0xd800 && code <= 0xdbff) end--;
    pieces.push(value.slice(start, end));
    start = end;
  }
  return pieces;
}

interface SettingsTable {
  /** Sheet row of values[0]; 0 when the sheet is empty. */
  readonly top: number;
  readonly left: number;
  readonly values: WireValue[][];
}

function loadUsed(sheet: ExcelWorksheet): ExcelRange {
  return sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
}

function tableOf(used: ExcelRange): SettingsTable {
  if (used.isNullObject) return { top: 0, left: 1, values: [] };
  return { top: used.rowIndex + 1, left: used.columnIndex + 1, values: used.values };
}

/** Sheet row of the key, or null. */
function findKey(t: SettingsTable, key: string): number | null {
  if (t.left !== 1) return null;
  const i = t.values.findIndex((row) => row[0] !== undefined && row[0] !== '' && String(row[0]) === key);
  return i < 0 ? null : t.top + i;
}

export async function readSettingIn(context: ExcelContext, key: string): Promise<string | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = loadUsed(sheet);
  await context.sync();
  const t = tableOf(used);
  const row = findKey(t, key);
  if (row === null) return null;
  const cells = t.values[row - t.top] ?? [];
  let value = '';
  for (let j = 1; j < cells.length; j++) {
    const piece = cells[j];
    if (piece === undefined || piece === '') break;
    value += String(piece);
  }
  return value;
}

export async function writeSettingIn(context: ExcelContext, key: string, value: string): Promise<void> {
  let sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  await context.sync();
  let t: SettingsTable = { top: 0, left: 1, values: [] };
  if (sheet.isNullObject) {
    sheet = context.workbook.worksheets.add(SETTINGS_SHEET);
    sheet.visibility = 'VeryHidden';
  } else {
    const used = loadUsed(sheet);
    await context.sync();
    t = tableOf(used);
  }
  const found = findKey(t, key);
  const row = found ?? (t.values.length > 0 ? t.top + t.values.length : 1);
  const oldWidth = found === null ? 0 : (t.values[found - t.top]?.length ?? 0) + t.left - 1;
  const cells: WireValue[] = [literalText(key), ...splitValue(value).map(literalText)];
  // Pieces left over from a longer earlier value are cleared.
  while (cells.length < oldWidth) cells.push('');
  // A long value is sent in groups of pieces so no request nears Excel's 5 MB.
  const budget = new RequestBudget(context, undefined);
  const GROUP = 40;
  for (let start = 0; start < cells.length; start += GROUP) {
    const group = cells.slice(start, start + GROUP);
    await budget.reserve(jsonBytes(group), 2);
    sheet.getRangeByIndexes(row - 1, start, 1, group.length).values = [group];
  }
  await budget.flush();
}
