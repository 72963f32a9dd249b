/**
 * The period comparison use case: any sheet with a date and an amount, grouped by any column the
 * user names (by header, letter or field), this period against last year's or last term's.
 */
import { z } from 'zod';
import { interpolate } from '../../core/i18n/locale';
import { formatFen } from '../../core/money';
import { comparePeriods, type CompareRecord } from '../../core/reports/compare';
import { compareJson, findingJson, type CompareJson } from '../../core/reports/json';
import { reportLabels } from '../../core/reports/labels';
import { AGAINST, parsePeriod, previousPeriod, type Against } from '../../core/reports/periods';
import { renderCompareSheet } from '../../core/reports/render/compare';
import { analyzeSheet } from '../../core/sheet/analyze';
import type { FieldDef } from '../../core/sheet/fields';
import { ALL_FIELDS } from '../../core/sheet/register-fields';
import { dateOf, fenOf, textOf } from '../../core/sheet/records';
import type { WorkbookPort } from '../../workbook/port';
import { userSheets } from '../inspect';
import { loadMapping } from '../mapping-store';
import { readSheet, readingFindings, reportError, resolveColumn, requireTable } from './sources';
import type { ReportOutput, RunContext } from './types';

export const compareRequestSchema = z.object({
  sheet: z.string().min(1).optional(),
  /** The columns, each by header ("日期"), letter ("A") or field ("movedOn", "金额"). */
  dateField: z.string().min(1),
  amountField: z.string().min(1),
  by: z.string().min(1),
  /** "2025-09..2026-01": first and last month, both included. */
  period: z.string().min(1),
  against: z.string().optional(),
  /** What the amounts are, for the title and sentences ("支出", "采购"); 支出 by default. */
  noun: z.string().optional(),
  school: z.string().optional(),
});
export type CompareRequest = z.infer<typeof compareRequestSchema>;

// Fields of this run only: the columns the user named, read as a date, an amount and a text.
const DATE: FieldDef = { key: '_compareDate', zh: '日期', en: 'Date', type: 'date', synonyms: [] };
const AMOUNT: FieldDef = { key: '_compareAmount', zh: '金额', en: 'Amount', type: 'money', synonyms: [] };
const BY: FieldDef = { key: '_compareBy', zh: '分组', en: 'Group', type: 'text', synonyms: [] };

function againstOf(text: string | undefined): Against {
  const t = (text ?? 'last-year').trim().toLowerCase();
  const found = AGAINST.find((a) => a === t);
  if (!found) throw reportError('error.badAgainst', { text: text ?? '' });
  return found;
}

export async function runCompare(port: WorkbookPort, req: CompareRequest, ctx: RunContext): Promise<ReportOutput<CompareJson>> {
  const current = parsePeriod(req.period);
  if (!current) throw reportError('error.badPeriod', { text: req.period });
  const against = againstOf(req.against);
  const previous = previousPeriod(current, against);
  if (!previous) throw reportError('error.periodNotInTerm', { period: req.period });
  // Without a sheet name, the first of the user's sheets that has all three columns.
  const sheets = req.sheet ? [req.sheet] : (await userSheets(port)).filter((s) => !s.hidden).map((s) => s.name);
  let lastError: unknown = null;
  for (const name of sheets) {
    const read = await readSheet(port, name, ALL_FIELDS, ctx);
    let columns;
    let fillDown = false;
    try {
      const base = requireTable(read);
      columns = { date: resolveColumn(base, req.dateField), amount: resolveColumn(base, req.amountField), by: resolveColumn(base, req.by) };
      // A grouping column typed once per block (使用部门 merged down) fills its blanks; any other keeps them blank.
      const byColumn = columns.by.column;
      fillDown = Object.values(base.mapping?.fields ?? {}).some((m) => m.column === byColumn && ALL_FIELDS.some((f) => f.key === m.field && f.fillDown));
    } catch (e) {
      lastError = e;
      continue;
    }
    const remembered = await loadMapping(port, name);
    const analysis = analyzeSheet(read.grid, [...ALL_FIELDS, DATE, AMOUNT, { ...BY, fillDown }], {
      overrides: { ...remembered, [DATE.key]: columns.date.column, [AMOUNT.key]: columns.amount.column, [BY.key]: columns.by.column },
    });
    const records: CompareRecord[] = analysis.records.map((r) => ({
      row: r.row,
      date: dateOf(r, DATE.key),
      amount: fenOf(r, AMOUNT.key),
      key: textOf(r, BY.key),
      dateCell: `${columns.date.column}${r.row}`,
      amountCell: `${columns.amount.column}${r.row}`,
    }));
    const noun = req.noun ? { 'zh-CN': req.noun, 'en-US': req.noun } : undefined;
    const result = comparePeriods(analysis.sheet, records, { current, previous, against, locale: ctx.locale, noun });
    // Unreadable dates and amounts are the engine's findings; other columns do not matter here.
    const reading = readingFindings(analysis).filter((f) => f.field === BY.key);
    const findings = [...reading, ...result.findings];
    const params = { sheet: analysis.sheet, current: formatFen(result.total.current), previous: formatFen(result.total.previous), change: formatFen(result.total.change) };
    const headline = {
      'zh-CN': interpolate(reportLabels['headline.compare']['zh-CN'], { ...params, againstName: reportLabels[`against.${against}`]['zh-CN'] }),
      'en-US': interpolate(reportLabels['headline.compare']['en-US'], { ...params, againstName: reportLabels[`against.${against}`]['en-US'] }),
    };
    return {
      kind: 'compare',
      json: { ...compareJson(result, { by: columns.by.header, date: columns.date.header, amount: columns.amount.header }, ctx.locale), findings: findings.map((f) => findingJson(f, ctx.locale)) },
      sheets: [renderCompareSheet(result, { locale: ctx.locale, school: req.school, byLabel: columns.by.header, noun })],
      findings,
      lines: [...result.lines.map((l) => l.sentence), result.total.sentence],
      headline,
    };
  }
  throw lastError ?? reportError('error.noTable', { sheet: req.sheet ?? '' });
}
