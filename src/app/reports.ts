/**
 * Every report the office can produce, in one table: what it is called, what it asks for, and the
 * use case that makes it. Faces (the task pane's report panel, the CLI) list the table, build their
 * form from `params`, call `runReport`, show `headline`/`json`/`findings`, and `writeReport` the
 * sheets — into the same workbook in Excel and the workbench, into a new one from the CLI.
 *
 * The count report (盘点报告) and the compensation settlement join with one entry each once their
 * use cases land: `defineReport({ key: 'count', request: …, params: […], run: … })`.
 */
import type { z } from 'zod';
import { UserError } from '../core/errors';
import { localize, type Localized } from '../core/i18n/locale';
import type { SheetSpec } from '../core/sheet/spec';
import { compareJsonSchema, fourPillarJsonSchema, summaryJsonSchema } from '../core/reports/json';
import { reportMessages } from '../core/reports/messages';
import { findingsSheet } from '../core/reports/render/common';
import { analyzeSheet } from '../core/sheet/analyze';
import { columnLetter } from '../core/sheet/address';
import { ALL_FIELDS } from '../core/sheet/register-fields';
import { GROUP_FIELDS, type GroupField } from '../core/reports/groups';
import type { WorkbookPort, WriteOptions } from '../workbook/port';
import { userSheets } from './inspect';
import { loadMapping } from './mapping-store';
import { printHtml } from './reports/print-html';
export { printHtml };
import { writeOwnedSheet, type WrittenSheet } from './owned-sheets';
import { compareRequestSchema, runCompare } from './reports/compare';
import { fourPillarRequestSchema, runFourPillar } from './reports/four-pillar';
import { runSummary, summaryRequestSchema } from './reports/summary';
import type { ReportOutput, RunContext } from './reports/types';
import { countReportJsonSchema, countReportRequestSchema, runCountReport, runSettlement, settlementJsonSchema, settlementRequestSchema } from './reports/from-jobs';

export type { ReportOutput, RunContext } from './reports/types';
export { resolveColumn } from './reports/sources';

/** One input of a report, for a face to build its form from. */
export interface ReportParam {
  /** Key in the request object. */
  readonly key: string;
  readonly label: Localized;
  /** sheet: a sheet picker; field: a column of the chosen sheet; groupFields: one or two of department/category/location/status/custodian. */
  readonly kind: 'sheet' | 'field' | 'groupFields' | 'groupField' | 'date' | 'period' | 'choice' | 'text' | 'sheets';
  readonly required: boolean;
  readonly choices?: ReadonlyArray<{ readonly value: string; readonly label: Localized }>;
  readonly placeholder?: string;
}

export interface ReportKind {
  readonly key: string;
  readonly label: Localized;
  readonly description: Localized;
  readonly params: readonly ReportParam[];
  /** The JSON the report returns (for validation by callers and tests). */
  readonly jsonSchema: z.ZodType;
  /** Validates the request (a UserError listing what is wrong) and runs the report. */
  run(port: WorkbookPort, request: unknown, ctx: RunContext): Promise<ReportOutput>;
}

function problems(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '—'}: ${i.message}`).join('; ');
}

/** A table entry from a typed use case: the request is validated once, here. */
export function defineReport<Req>(def: {
  readonly key: string;
  readonly label: Localized;
  readonly description: Localized;
  readonly params: readonly ReportParam[];
  readonly request: z.ZodType<Req>;
  readonly jsonSchema: z.ZodType;
  readonly run: (port: WorkbookPort, request: Req, ctx: RunContext) => Promise<ReportOutput>;
}): ReportKind {
  return {
    key: def.key,
    label: def.label,
    description: def.description,
    params: def.params,
    jsonSchema: def.jsonSchema,
    run: async (port, request, ctx) => {
      const parsed = def.request.safeParse(request);
      if (!parsed.success) throw new UserError('error.badRequest', localize(reportMessages, 'error.badRequest', { problems: problems(parsed.error) }));
      return def.run(port, parsed.data, ctx);
    },
  };
}

const L = (zh: string, en: string): Localized => ({ 'zh-CN': zh, 'en-US': en });
const SHEET: ReportParam = { key: 'sheet', label: L('工作表', 'Sheet'), kind: 'sheet', required: false };
const SCHOOL: ReportParam = { key: 'school', label: L('学校名称（标题用）', 'School name (for the title)'), kind: 'text', required: false };

export const REPORT_KINDS: readonly ReportKind[] = [
  defineReport({
    key: 'summary',
    label: L('资产汇总', 'Asset summary'),
    description: L('按部门、分类、地点或状况（一级或两级）汇总项数、数量、原值、累计折旧和净值，附合计和图表。', 'Rows, quantity, original value, accumulated depreciation and net value by department, category, location or status (one or two levels), with totals and a chart.'),
    params: [
      SHEET,
      { key: 'by', label: L('汇总字段', 'Group by'), kind: 'groupFields', required: false, placeholder: 'department' },
      { key: 'at', label: L('截止日期', 'As of'), kind: 'date', required: false },
      SCHOOL,
    ],
    request: summaryRequestSchema,
    jsonSchema: summaryJsonSchema,
    run: runSummary,
  }),
  defineReport({
    key: 'four-pillar',
    label: L('四柱清册', 'Four-pillar statement'),
    description: L('旧管＋新收－开除＝实在：期间内资产增减变动，按分类或部门，数量和金额，并与台账核对。', 'Opening + additions − disposals = closing for a period, by category or department, in quantity and amount, checked against the ledger.'),
    params: [
      SHEET,
      { key: 'from', label: L('开始日期', 'From'), kind: 'date', required: true },
      { key: 'to', label: L('结束日期', 'To'), kind: 'date', required: true },
      {
        key: 'by', label: L('分组', 'By'), kind: 'groupField', required: false,
        choices: [{ value: 'category', label: L('资产分类', 'Category') }, { value: 'department', label: L('使用部门', 'Department') }],
      },
      { key: 'registerSheets', label: L('报损注销登记（默认按表名自动找）', 'Write-off registers (found by name by default)'), kind: 'sheets', required: false },
      SCHOOL,
    ],
    request: fourPillarRequestSchema,
    jsonSchema: fourPillarJsonSchema,
    run: runFourPillar,
  }),
  defineReport({
    key: 'compare',
    label: L('同期对比', 'Period comparison'),
    description: L('任何有日期和金额的表（支出、采购、易耗品、食堂成本）：本期与上年同期或上学期对比，附增减额、增减率和说明文字。', 'Any sheet with a date and an amount (spending, purchases, consumables, canteen costs): this period against last year or last term, with change, change % and sentences.'),
    params: [
      SHEET,
      { key: 'dateField', label: L('日期列', 'Date column'), kind: 'field', required: true },
      { key: 'amountField', label: L('金额列', 'Amount column'), kind: 'field', required: true },
      { key: 'by', label: L('分组列', 'Group by column'), kind: 'field', required: true },
      { key: 'period', label: L('本期（起止月份）', 'This period (months)'), kind: 'period', required: true, placeholder: '2025-09..2026-01' },
      {
        key: 'against', label: L('对比', 'Compare with'), kind: 'choice', required: false,
        choices: [{ value: 'last-year', label: L('上年同期', 'Same period last year') }, { value: 'last-term', label: L('上学期', 'Last term') }],
      },
      { key: 'noun', label: L('金额名称（默认“支出”）', 'What the amounts are (default 支出)'), kind: 'text', required: false },
      SCHOOL,
    ],
    request: compareRequestSchema,
    jsonSchema: compareJsonSchema,
    run: runCompare,
  }),
  defineReport({
    key: 'count',
    label: L('盘点报告', 'Count report'),
    description: L('账物核对的盘点报告：盘盈、盘亏清单及金额，待签字的处理意见栏。', 'The count report of a reconciliation: surplus and shortage lists with amounts, and lines to sign.'),
    params: [
      { key: 'ledgerSheet', label: L('账簿工作表', 'Ledger sheet'), kind: 'sheet', required: false },
      { key: 'countSheet', label: L('盘点表工作表', 'Count sheet'), kind: 'sheet', required: false },
      { key: 'countDate', label: L('盘点日期', 'Count date'), kind: 'date', required: false },
      SCHOOL,
    ],
    request: countReportRequestSchema,
    jsonSchema: countReportJsonSchema,
    run: runCountReport,
  }),
  defineReport({
    key: 'settlement',
    label: L('赔偿兑现表', 'Compensation settlement'),
    description: L('损坏赔偿每月兑现：按班级（责任单位）列出应收、已收、未收。', 'Monthly compensation settlement by class (responsible unit): due, paid, outstanding.'),
    params: [
      SHEET,
      { key: 'month', label: L('月份', 'Month'), kind: 'text', required: true, placeholder: '2025-11' },
      { key: 'asOf', label: L('计算日期', 'As of'), kind: 'date', required: false },
    ],
    request: settlementRequestSchema,
    jsonSchema: settlementJsonSchema,
    run: runSettlement,
  }),
];

export function findReportKind(key: string): ReportKind {
  const kind = REPORT_KINDS.find((k) => k.key === key);
  if (!kind) {
    throw new UserError('error.unknownReport', localize(reportMessages, 'error.unknownReport', { key, keys: REPORT_KINDS.map((k) => k.key).join(', ') }));
  }
  return kind;
}

/** Runs a report by key: what the task pane's report panel and the CLI call. Nothing is written. */
export async function runReport(port: WorkbookPort, key: string, request: unknown, ctx: RunContext): Promise<ReportOutput> {
  return findReportKind(key).run(port, request, ctx);
}

export interface WriteReportOptions extends WriteOptions {
  readonly locale: RunContext['locale'];
  /** Link findings to their cells: true when writing into the workbook the data came from. */
  readonly linkFindings: boolean;
}

/** The report's sheets plus, when there are findings, a notes sheet listing them. */
export function reportSheets(output: ReportOutput, options: Pick<WriteReportOptions, 'locale' | 'linkFindings'>): SheetSpec[] {
  const sheets = [...output.sheets];
  const main = output.sheets[0];
  if (main && output.findings.length > 0) {
    sheets.push({ ...findingsSheet(output.findings, options.locale, { link: options.linkFindings, report: main.name }), kind: `reports.${output.kind}.findings` });
  }
  return sheets;
}

/**
 * Writes a report's sheets as sheets Taizhang owns (a re-run replaces its own earlier sheets, never
 * a user's). In Excel and the workbench: the same workbook; from the CLI: a new one.
 */
export async function writeReport(target: WorkbookPort, output: ReportOutput, options: WriteReportOptions): Promise<WrittenSheet[]> {
  const written: WrittenSheet[] = [];
  for (const spec of reportSheets(output, options)) written.push(await writeOwnedSheet(target, spec, options));
  return written;
}

/** A sheet a report can draw from, as a report form's pickers need it. */
export interface ReportSource {
  readonly sheet: string;
  readonly hidden: boolean;
  readonly status: 'ok' | 'empty' | 'noHeader';
  readonly rows: number;
  /** Its columns, with the field each is mapped to (for date/amount/group pickers). */
  readonly columns: ReadonlyArray<{ readonly column: string; readonly header: string; readonly field?: string; readonly type?: string }>;
  /** The grouping fields it has (for summary and four-pillar). */
  readonly groupFields: readonly GroupField[];
  /** Which reports it can feed: amounts for a summary, plus acquisition dates for a 四柱清册, a date and an amount for a comparison. */
  readonly fits: readonly string[];
}

/** The user's sheets with what each offers the reports: what a report panel lists first. */
export async function listReportSources(port: WorkbookPort, ctx: Pick<RunContext, 'signal' | 'onProgress'> = {}): Promise<ReportSource[]> {
  const out: ReportSource[] = [];
  for (const s of await userSheets(port)) {
    const grid = await port.readGrid(s.name, { signal: ctx.signal, onProgress: ctx.onProgress ? (p) => ctx.onProgress?.({ ...p, sheet: s.name }) : undefined });
    const a = analyzeSheet(grid, ALL_FIELDS, { overrides: await loadMapping(port, s.name), parse: false });
    const mapped = a.mapping?.fields ?? {};
    const byColumn = new Map(Object.values(mapped).map((m) => [m.column, m.field]));
    const columns = (a.header?.columns ?? []).map((c) => {
      const column = columnLetter(c.col);
      const field = byColumn.get(column);
      const type = field ? ALL_FIELDS.find((f) => f.key === field)?.type : undefined;
      return { column, header: c.label, ...(field ? { field } : {}), ...(type ? { type } : {}) };
    });
    const has = (key: string) => mapped[key] !== undefined;
    const fits: string[] = [];
    if (a.status === 'ok' && (has('amount') || has('unitPrice'))) {
      fits.push('summary');
      if (has('acquiredOn')) fits.push('four-pillar');
    }
    if (a.status === 'ok' && columns.some((c) => c.type === 'date') && columns.some((c) => c.type === 'money')) fits.push('compare');
    out.push({ sheet: s.name, hidden: s.hidden, status: a.status, rows: a.layout?.dataRows.length ?? 0, columns, groupFields: GROUP_FIELDS.filter(has), fits });
  }
  return out;
}

/** A report as a printable HTML page (the workbench prints it, or saves it as PDF, with the browser). */
export function reportPrintHtml(output: ReportOutput, locale: RunContext['locale']): string {
  return printHtml(reportSheets(output, { locale, linkFindings: false }), { locale, title: output.headline[locale] });
}
