/**
 * What Excel does with a value written through `range.values` or `range.formulas`: it parses strings
 * as if a person typed them. The fake reproduces the conversions that matter to Taizhang — formulas,
 * signed and zero-padded numbers, thousands separators, percentages, dates, booleans, error literals
 * and the swallowed apostrophe — so a test fails if the adapter lets a string through unprotected.
 */
import { isValidYmd, toExcelSerial, ymd } from '../../../src/core/dates';
import type { Stored } from './model';

export interface Coerced {
  /** undefined: the cell becomes empty. */
  readonly stored: Stored | undefined;
  /** Number format Excel applies by itself when it recognizes a date or percentage. */
  readonly autoFormat?: string;
}

export class InvalidArgument extends Error {}

const NUMBER = /^\s*[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?\s*$/;
const PERCENT = /^\s*([+-]?(?:\d+)?(?:\.\d+)?)\s*%\s*$/;
const ERRORS = new Set(['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!']);
const DATES: ReadonlyArray<RegExp> = [/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/];

function hasDigit(s: string): boolean {
  return /\d/.test(s);
}

/**
 * @param textFormat the cell's number format is "@": Excel keeps typed text as it is.
 */
export function coerceInput(input: unknown, textFormat: boolean, date1904: boolean): Coerced | 'unchanged' {
  if (input === null || input === undefined) return 'unchanged';
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new InvalidArgument('not a finite number');
    return { stored: input };
  }
  if (typeof input === 'boolean') return { stored: input };
  if (typeof input !== 'string') throw new InvalidArgument(`cannot write a ${typeof input}`);
  const s = input;
  if (s === '') return { stored: undefined };
  if (textFormat) return { stored: s };
  if (s.startsWith("'")) return { stored: { text: s.slice(1), quotePrefix: true } };
  if (s.startsWith('=') && s.length > 1) return { stored: { formula: s } };
  if (NUMBER.test(s) && hasDigit(s)) return { stored: Number(s.replace(/,/g, '').trim()) };
  const pct = PERCENT.exec(s);
  if (pct && hasDigit(s)) return { stored: Number(pct[1]) / 100, autoFormat: '0%' };
  if (s.startsWith('+') || s.startsWith('-') || s.startsWith('@')) return { stored: { formula: `=${s}` } };
  if (/^(true|false)$/i.test(s.trim())) return { stored: s.trim().toLowerCase() === 'true' };
  if (ERRORS.has(s.trim().toUpperCase())) return { stored: { error: s.trim().toUpperCase() } };
  for (const re of DATES) {
    const m = re.exec(s.trim());
    if (!m) continue;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (isValidYmd(y, mo, d)) return { stored: toExcelSerial(ymd(y, mo, d), date1904), autoFormat: 'yyyy/m/d' };
  }
  return { stored: s };
}
