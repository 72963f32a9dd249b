/**
 * SpecValue → what ExcelJS stores. Strings stay literal text whatever they start with: ExcelJS
 * writes a JS string as a shared string, and only an explicit `{ formula }` becomes a formula.
 */
import type { CellValue } from 'exceljs';
import type { SpecValue } from '../../core/sheet/spec';
import { toExcelSerial } from '../../core/dates';
import { clipCellText, formulaForRow } from '../../core/sheet/layout';

/** Excel's limit for a text literal inside a formula. */
const MAX_FORMULA_TEXT = 255;

export interface WrittenValue {
  readonly value: CellValue;
  /** A formula was written (Excel should recalculate on open). */
  readonly formula: boolean;
  /** The value is a date serial, which shows as a date only with a date format. */
  readonly date: boolean;
}

/** `row`: the sheet row, for `{row}` in a formula. */
export function writtenValue(v: SpecValue | undefined, row: number, date1904: boolean): WrittenValue {
  if (v === null || v === undefined) return { value: null, formula: false, date: false };
  if (typeof v === 'string') return { value: clipCellText(v), formula: false, date: false };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : { error: '#NUM!' }, formula: false, date: false };
  if (typeof v === 'boolean') return { value: v, formula: false, date: false };
  if ('date' in v) {
    // The serial is written directly so the value is exact in both date systems (ExcelJS's Date path
    // is a day off before 1900-03-01).
    return { value: toExcelSerial(v.date, date1904), formula: false, date: true };
  }
  if ('formula' in v) {
    const formula = formulaForRow(v.formula.slice(1), row);
    return { value: v.result === undefined ? { formula } : { formula, result: v.result }, formula: true, date: false };
  }
  // A HYPERLINK formula rather than a cell hyperlink: ExcelJS writes cell hyperlinks as external
  // relationships, which is not how Excel stores a link inside the workbook. The formula is read the
  // same way by Excel, WPS and LibreOffice, and its cached result is the text.
  const text = v.text.slice(0, MAX_FORMULA_TEXT);
  return { value: { formula: `HYPERLINK(${formulaString(internalLink(v.link))},${formulaString(text)})`, result: text }, formula: true, date: false };
}

/** A text literal inside a formula: quotes doubled, so the text can never end the string early. */
function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** "盘点表!D17" → "#盘点表!D17": a link inside this workbook. */
function internalLink(link: string): string {
  return link.startsWith('#') ? link : `#${link}`;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
