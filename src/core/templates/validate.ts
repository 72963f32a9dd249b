/**
 * Checks a sheet against its template: required columns and values, types, duplicate asset codes,
 * 金额 ≠ 数量 × 单价 beyond 0.01 元, dates in the future or before 1949, unknown categories, values
 * outside their drop-down list, fractional quantities where whole ones are required.
 */
import { finding, type Finding } from '../findings';
import { localize } from '../i18n/locale';
import { formatFen, multiplyFen } from '../money';
import { cellAddress, columnNumber } from '../sheet/address';
import type { SheetAnalysis } from '../sheet/analyze';
import type { IsoDate } from '../dates';
import { findCategory, type DepreciationTable } from '../depreciation';
import type { ParsedTemplate } from './catalogue';
import { listFor } from './render';
import { templateMessages } from './messages';

export interface ValidateOptions {
  readonly today: IsoDate;
  /** The school's category table: names and the aliases offices type are all known categories. */
  readonly categories: DepreciationTable;
  /** Allowed |金额 − 数量×单价| per row, in 分. */
  readonly amountToleranceFen?: number;
}

const EARLIEST = '1949-01-01';

export function validateAgainstTemplate(analysis: SheetAnalysis, template: ParsedTemplate, options: ValidateOptions): Finding[] {
  const sheet = analysis.sheet;
  const out: Finding[] = [];
  const mapping = analysis.mapping?.fields ?? {};
  const headerRow = analysis.layout?.headerRows[0] ?? 1;
  // Reading problems (not a number, not a date, error cells) are errors against a template.
  for (const f of analysis.findings) out.push(f.code.startsWith('value.not') || f.code === 'cell.error' ? { ...f, severity: 'error' } : f);

  for (const f of template.fields) {
    if (f.required && !f.compute && !mapping[f.key]) {
      out.push(finding(sheet, `A${headerRow}`, 'error', 'template.missingColumn', localize(templateMessages, 'template.missingColumn', { template: template.zh, field: f.zh }), f.key));
    }
  }
  const tolerance = options.amountToleranceFen ?? 1;
  const seenCodes = new Map<string, number>();
  const at = (row: number, key: string): string => cellAddress(row, columnNumber(mapping[key]?.column ?? 'A'));
  const hasAmountRule = template.fields.some((f) => f.compute === 'amount') || template.fields.some((f) => f.key === 'amount');

  const cellsWithFindings = new Set(analysis.findings.map((x) => x.cell));
  for (const rec of analysis.records) {
    const v = rec.values;
    for (const f of template.fields) {
      if (!mapping[f.key]) continue;
      const value = v[f.key];
      if (f.required && !f.compute && value === undefined && !cellsWithFindings.has(at(rec.row, f.key))) {
        out.push(finding(sheet, at(rec.row, f.key), 'error', 'value.required', localize(templateMessages, 'value.required', { field: f.zh }), f.key));
        continue;
      }
      if (!value) continue;
      if (value.type === 'number') {
        if (f.whole && !Number.isInteger(value.value)) {
          out.push(finding(sheet, at(rec.row, f.key), 'error', 'value.notWhole', localize(templateMessages, 'value.notWhole', { field: f.zh, value: value.value }), f.key));
        }
        if (value.value < 0) out.push(finding(sheet, at(rec.row, f.key), 'error', 'value.negative', localize(templateMessages, 'value.negative', { field: f.zh, value: value.value }), f.key));
      }
      if (value.type === 'money' && value.fen < 0) {
        out.push(finding(sheet, at(rec.row, f.key), 'error', 'value.negative', localize(templateMessages, 'value.negative', { field: f.zh, value: formatFen(value.fen) }), f.key));
      }
      if (value.type === 'date') {
        if (value.date > options.today) {
          out.push(finding(sheet, at(rec.row, f.key), 'warning', 'value.futureDate', localize(templateMessages, 'value.futureDate', { field: f.zh, date: value.date, today: options.today }), f.key));
        } else if (value.date < EARLIEST) {
          out.push(finding(sheet, at(rec.row, f.key), 'error', 'value.ancientDate', localize(templateMessages, 'value.ancientDate', { field: f.zh, date: value.date }), f.key));
        }
      }
      if (f.listSource === 'categories') {
        if (value.type === 'text' && findCategory(value.text, options.categories) === null) {
          out.push(finding(sheet, at(rec.row, f.key), 'warning', 'value.unknownCategory', localize(templateMessages, 'value.unknownCategory', { value: value.text }), f.key));
        }
      } else {
        const list = listFor(f, []);
        if (list && value.type === 'text' && !list.includes(value.text)) {
          out.push(finding(sheet, at(rec.row, f.key), 'warning', 'value.notInList', localize(templateMessages, 'value.notInList', { field: f.zh, value: value.text, list: list.join('、') }), f.key));
        }
      }
    }
    const code = v.code;
    if (code?.type === 'code') {
      const first = seenCodes.get(code.key);
      if (first === undefined) seenCodes.set(code.key, rec.row);
      else out.push(finding(sheet, at(rec.row, 'code'), 'error', 'value.duplicateCode', localize(templateMessages, 'value.duplicateCode', { code: code.text, firstRow: first }), 'code'));
    }
    const q = v.quantity;
    const p = v.unitPrice;
    const a = v.amount;
    if (hasAmountRule && q?.type === 'number' && p?.type === 'money' && a?.type === 'money') {
      const expected = multiplyFen(p.fen, q.value);
      const diff = Math.abs(a.fen - expected);
      if (diff > tolerance) {
        out.push(finding(sheet, at(rec.row, 'amount'), 'error', 'value.amountMismatch', localize(templateMessages, 'value.amountMismatch', {
          amount: formatFen(a.fen), quantity: q.value, unitPrice: formatFen(p.fen), expected: formatFen(expected), diff: formatFen(diff),
        }), 'amount'));
      }
    }
  }
  return out;
}
