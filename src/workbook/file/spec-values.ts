/**
 * SpecValue → what ExcelJS stores. Strings stay literal text whatever they start with: ExcelJS
 * writes a JS string as a shared string, and only an explicit `{ formula }` becomes a formula.
 */
import type { CellValue } from 'exceljs';
import type { SpecValue } from '../../core/sheet/spec';
import { toExcelSerial } from '../../core/dates';
import { DEFAULT_DATE_FORMAT, isDateFormat } from './spec-styles';

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Excel's limit for a text literal inside a formula. */
const MAX_FORMULA_TEXT = 255;

export interface WrittenValue {
  readonly value: CellValue;
  /** A number format the value needs (dates), overriding a non-date column format. */
  readonly numFmt?: string;
  readonly link: boolean;
  /** A formula was written (Excel should recalculate on open). */
  readonly formula?: boolean;
  /** The number the cell shows, for totals computed on the way (cached SUM results). */
  readonly number: number | null;
}

export function writtenValue(v: SpecValue | undefined, row: number, date1904: boolean, columnFmt: string | undefined): WrittenValue {
  if (v === null || v === undefined) return { value: null, link: false, number: null };
  if (typeof v === 'string') return { value: clipText(v), link: false, number: null };
  if (typeof v === 'number') {
    return Number.isFinite(v) ? { value: v, link: false, number: v } : { value: { error: '#NUM!' }, link: false, number: null };
  }
  if (typeof v === 'boolean') return { value: v, link: false, number: null };
  if ('date' in v) {
    // The serial is written directly so the value is exact in both date systems (ExcelJS's Date path
    // is a day off before 1900-03-01).
    return { value: toExcelSerial(v.date, date1904), numFmt: isDateFormat(columnFmt) ? columnFmt : DEFAULT_DATE_FORMAT, link: false, number: null };
  }
  if ('formula' in v) {
    const formula = v.formula.slice(1).replaceAll('{row}', String(row));
    const result = v.result;
    return {
      value: result === undefined ? { formula } : { formula, result },
      link: false,
      formula: true,
      number: typeof result === 'number' ? result : null,
    };
  }
  // A HYPERLINK formula rather than a cell hyperlink: ExcelJS writes cell hyperlinks as external
  // relationships, which is not how Excel stores a link inside the workbook. The formula is read the
  // same way by Excel, WPS and LibreOffice, and its cached result is the text.
  const text = v.text.slice(0, MAX_FORMULA_TEXT);
  return {
    value: { formula: `HYPERLINK(${formulaString(internalLink(v.link))},${formulaString(text)})`, result: text },
    link: true,
    formula: true,
    number: null,
  };
}

/** A text literal inside a formula: quotes doubled, so the text can never end the string early. */
export function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** "盘点表!D17" → "#盘点表!D17": a link inside this workbook. */
export function internalLink(link: string): string {
  return link.startsWith('#') ? link : `#${link}`;
}

function clipText(s: string): string {
  if (s.length <= MAX_CELL_TEXT) return s;
  // Never cut a surrogate pair in half: a lone surrogate makes the file unreadable.
  const end = isHighSurrogate(s.charCodeAt(MAX_CELL_TEXT - 1)) ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
  return s.slice(0, end);
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
