/**
 * ExcelJS cell values → the compact cells of a Grid: text, number, boolean, a date, an error or
 * null, with formulas read as their cached results.
 */
import { ValueType, type Cell as XCell, type CellValue, type CellRichTextValue } from 'exceljs';
import type { Cell } from '../../core/sheet/grid';
import { fromExcelSerial } from '../../core/dates';
import { isDateFormat, isTimeOnlyFormat } from '../../core/sheet/layout';

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 system; 1904 serials are 1462 days smaller. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;

/** The grid cell of an ExcelJS cell. Covered cells of a merge are empty: the value lives in the top-left cell only. */
export function gridCell(cell: XCell, date1904: boolean): Cell {
  if (cell.type === ValueType.Merge) return null;
  const timeOnly = isTimeOnlyFormat(cell.numFmt);
  // ExcelJS 4.4's `cell.value` drops a formula's falsy cached result (0, "", FALSE); `cell.result` keeps it.
  if (cell.type === ValueType.Formula) {
    const result: unknown = cell.result;
    if (result === 0 || result === '' || result === false) return result === '' ? null : (result as number | boolean);
  }
  // A number written into a date-formatted cell in this session (ExcelJS turns such numbers into Dates only when a file is loaded).
  if (typeof cell.value === 'number' && !timeOnly && isDateFormat(cell.numFmt)) {
    const date = fromExcelSerial(cell.value, date1904);
    if (date !== null) return { date };
  }
  return gridValue(cell.value, date1904, timeOnly);
}

export function gridValue(value: CellValue, date1904: boolean, timeOnly = false): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return timeOnly ? roundSerial(toSerial(value, date1904)) : dateValue(value, date1904);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return richText(value) || null;
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return text === '' ? null : text;
    return isRichText(text) ? richText(text) || null : null;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result: unknown = value.result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' || result instanceof Date) {
      return gridValue(result, date1904, timeOnly);
    }
    if (typeof result === 'object' && 'error' in result) return { error: String((result as { error: unknown }).error) };
    return null;
  }
  return null;
}

/**
 * ExcelJS turns a date-formatted number into a JS Date by the 25569-day offset, which is off by a
 * day before 1900-03-01 (Excel's phantom 1900-02-29). Going back to the serial and through core's
 * converter gets every date right in both date systems. A time of day alone (serial below 1) or a
 * number far outside the calendar is no date: it stays the number it is.
 */
function dateValue(d: Date, date1904: boolean): Cell {
  const serial = toSerial(d, date1904);
  if (!Number.isFinite(serial)) return null;
  const iso = fromExcelSerial(serial, date1904);
  if (iso === null || !/^\d{4}-/.test(iso)) return roundSerial(serial);
  return { date: iso };
}

function toSerial(d: Date, date1904: boolean): number {
  return UNIX_EPOCH_SERIAL + d.getTime() / MS_PER_DAY - (date1904 ? DAYS_1900_TO_1904 : 0);
}

/** The serial as Excel stores it, without the float noise of the ms round trip. */
function roundSerial(serial: number): number {
  return Math.round(serial * 1e9) / 1e9;
}

function isRichText(v: unknown): v is CellRichTextValue {
  return typeof v === 'object' && v !== null && Array.isArray((v as { richText?: unknown }).richText);
}

function richText(v: CellRichTextValue): string {
  return v.richText.map((run) => run.text ?? '').join('');
}
