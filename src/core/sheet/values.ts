/**
 * Reads one cell as a value of a field type: text and codes cleaned, numbers and amounts from
 * number cells or from text ("1,280.00", "１２８０", "50套"), dates from date cells, Excel serials or
 * the text forms offices type. Returns a problem instead of throwing.
 */
import { formatFen, parseYuanText, yuanToFen, type Fen } from '../money';
import { fromExcelSerial, isPlausibleDateSerial, parseDateText, type DatePrecision, type IsoDate } from '../dates';
import { normalizeCode, tidyText, toHalfWidth } from '../text';
import { isDateCell, isEmptyCell, isErrorCell, type Cell } from './grid';
import type { FieldType } from './fields';

export type FieldValue =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'code'; readonly text: string; readonly key: string }
  | { readonly type: 'number'; readonly value: number; readonly fromText: boolean }
  | { readonly type: 'money'; readonly fen: Fen; readonly fromText: boolean }
  | { readonly type: 'date'; readonly date: IsoDate; readonly precision: DatePrecision; readonly source: 'cell' | 'serial' | 'text' };

export type CellProblem = 'error' | 'notNumber' | 'notDate';

export type CellReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'value'; readonly value: FieldValue }
  | { readonly kind: 'problem'; readonly problem: CellProblem; readonly shown: string };

const EMPTY: CellReading = { kind: 'empty' };

/** "1,280.00" · "１，２８０" · "50套" · "-3" → number; null otherwise. */
export function parseNumberText(text: string): number | null {
  const t = toHalfWidth(text).replace(/[,，\s]/g, '');
  const m = /^([+-]?\d+(?:\.\d+)?)(?:[\u4e00-\u9fff㎡]{1,2})?$/.exec(t);
  return m ? Number(m[1]) : null;
}

function shown(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (isDateCell(cell)) return cell.date;
  if (isErrorCell(cell)) return cell.error;
  return String(cell);
}

/** 20190901 typed as a number is a date, not twenty million. */
function compactDateNumber(n: number): string | null {
  return Number.isInteger(n) && n >= 19000101 && n <= 21001231 ? String(n) : null;
}

export function readCell(cell: Cell, type: FieldType, date1904: boolean): CellReading {
  if (isEmptyCell(cell)) return EMPTY;
  if (isErrorCell(cell)) return { kind: 'problem', problem: 'error', shown: cell.error };
  switch (type) {
    case 'text': {
      const text = isDateCell(cell) ? cell.date : tidyText(String(cell));
      return text === '' ? EMPTY : { kind: 'value', value: { type: 'text', text } };
    }
    case 'code': {
      // Shown as written (trimmed), compared by its normalized key.
      const text = isDateCell(cell) ? cell.date : String(cell).trim();
      return text === '' ? EMPTY : { kind: 'value', value: { type: 'code', text, key: normalizeCode(text) } };
    }
    case 'number': {
      if (typeof cell === 'number') return { kind: 'value', value: { type: 'number', value: cell, fromText: false } };
      if (typeof cell === 'string') {
        const n = parseNumberText(cell);
        if (n !== null) return { kind: 'value', value: { type: 'number', value: n, fromText: true } };
      }
      return { kind: 'problem', problem: 'notNumber', shown: shown(cell) };
    }
    case 'money': {
      if (typeof cell === 'number') return { kind: 'value', value: { type: 'money', fen: yuanToFen(cell), fromText: false } };
      if (typeof cell === 'string') {
        const fen = parseYuanText(toHalfWidth(cell));
        if (fen !== null) return { kind: 'value', value: { type: 'money', fen, fromText: true } };
      }
      return { kind: 'problem', problem: 'notNumber', shown: shown(cell) };
    }
    case 'date': {
      if (isDateCell(cell)) return { kind: 'value', value: { type: 'date', date: cell.date, precision: 'day', source: 'cell' } };
      if (typeof cell === 'number') {
        const compactText = compactDateNumber(cell);
        const parsed = compactText ? parseDateText(compactText) : null;
        if (parsed) return { kind: 'value', value: { type: 'date', ...parsed, source: 'text' } };
        if (isPlausibleDateSerial(cell, date1904)) {
          const date = fromExcelSerial(cell, date1904);
          if (date) return { kind: 'value', value: { type: 'date', date, precision: 'day', source: 'serial' } };
        }
      }
      if (typeof cell === 'string') {
        const parsed = parseDateText(cell);
        if (parsed) return { kind: 'value', value: { type: 'date', ...parsed, source: 'text' } };
      }
      return { kind: 'problem', problem: 'notDate', shown: shown(cell) };
    }
  }
}

/** How plausible a column's sample is for a field type, 0–1 (the content half of a mapping's confidence). */
export function contentScore(cells: readonly Cell[], type: FieldType, date1904: boolean): number {
  const sample = cells.filter((c) => !isEmptyCell(c) && !isErrorCell(c));
  if (sample.length === 0) return 0.5;
  let fit = 0;
  for (const c of sample) {
    const r = readCell(c, type, date1904);
    if (r.kind !== 'value') continue;
    if (type === 'text') fit += typeof c === 'string' && parseNumberText(c) === null ? 1 : 0.3;
    else if (type === 'code') fit += typeof c === 'string' && /\d/.test(c) ? 1 : typeof c === 'number' ? 0.6 : 0.4;
    else if (type === 'date') fit += r.value.type === 'date' && r.value.source !== 'serial' ? 1 : 0.8;
    else fit += 1;
  }
  return fit / sample.length;
}

/** A parsed value as text for display and change lists: amounts as "1280.00", dates ISO ("2019-09" for a month). */
export function valueText(v: FieldValue): string {
  switch (v.type) {
    case 'text':
    case 'code':
      return v.text;
    case 'number':
      return String(v.value);
    case 'money':
      return formatFen(v.fen);
    case 'date':
      return v.precision === 'month' ? v.date.slice(0, 7) : v.date;
  }
}
