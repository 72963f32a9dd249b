/**
 * Writing a run's results to sheets Taizhang owns: the result sheet, the 盘点报告, the by-department
 * table with its chart, and on request the follow-ups — shortages as rows of the 报损注销登记 and
 * surpluses as draft rows of the 固定资产明细账, each in its template's layout on a new sheet (the
 * school's own registers are never edited). The user's sheets are not touched here.
 */
import type { IsoDate } from '../../core/dates';
import { DEFAULT_LOCALE, localize, type Locale } from '../../core/i18n/locale';
import { fenToYuanNumber } from '../../core/money';
import {
  draftLedgerRows,
  reconcileLabels,
  renderCountReport,
  renderDepartmentChartSheet,
  renderResultSheet,
  writeOffRows,
  type ReconcileResult,
} from '../../core/reconcile';
import type { ChartSpec, SheetSpec, SpecValue } from '../../core/sheet/spec';
import { findTemplate } from '../../core/templates/catalogue';
import { createTemplateSpec } from '../../core/templates/render';
import type { WorkbookPort } from '../../workbook/port';
import { categoryNames, loadCategories } from '../categories';
import { writeOwnedSheet, type WrittenSheet } from '../owned-sheets';
import { reconcileAppMessages as msg } from './messages';
import type { ReconcileRun } from './run';

export const WRITE_OFF_KIND = 'reconcile.writeOff';
export const DRAFT_LEDGER_KIND = 'reconcile.draftLedger';

export interface WriteResultsOptions {
  readonly locale?: Locale;
  /** 盘点日期 (ISO) on the result sheet and the report. */
  readonly countDate?: IsoDate;
  /** The school or office, on the report and the register titles. */
  readonly unitName?: string;
  readonly countedBy?: readonly string[];
  /** 截止日期 of the follow-up registers (the count date or today). */
  readonly asOf: IsoDate;
  readonly writeOffs?: boolean;
  readonly draftLedger?: boolean;
  /**
   * Whether the target workbook holds the source sheets, so result rows can link to them. False
   * when the results go to a new workbook (the CLI's --out).
   */
  readonly linkToSources?: boolean;
  readonly now?: Date;
}

export interface WrittenResults {
  readonly result: WrittenSheet;
  readonly report: WrittenSheet;
  readonly byDepartment: WrittenSheet;
  readonly writeOffs: WrittenSheet | null;
  readonly draftLedger: WrittenSheet | null;
}

/** Source links only where they can resolve: the target holds the ledger; the count only when it is a sheet of the same workbook. */
function withLinks(run: ReconcileRun, link: boolean): ReconcileResult {
  const r = run.result;
  return {
    ...r,
    options: {
      ...r.options,
      ledgerSource: { ...r.options.ledgerSource, linkable: link },
      countSource: { ...r.options.countSource, linkable: link && run.sameWorkbook && run.count.report !== null },
    },
  };
}

/** The by-department sheet with its column chart of shortage and surplus amounts, below the table. */
export function departmentChartSpec(result: ReconcileResult, locale: Locale): SheetSpec {
  const spec = renderDepartmentChartSheet(result, { locale });
  const tableIndex = spec.blocks.findIndex((b) => b.type === 'table');
  const table = spec.blocks[tableIndex];
  if (!table || table.type !== 'table' || table.rows.length === 0) return spec;
  const blocks = [...spec.blocks, { type: 'spacer' as const }, { type: 'spacer' as const, rows: 16 }];
  const chart: ChartSpec = {
    type: 'column',
    title: reconcileLabels['chart.title'][locale],
    table: 0,
    categoryColumn: 0,
    valueColumns: [2, 4],
    rows: { from: 0, to: table.rows.length - 1 },
    anchor: { block: blocks.length - 1, column: 0, width: 480, height: 260 },
  };
  return { ...spec, blocks, charts: [chart] };
}

function templateOrThrow(key: string) {
  const template = findTemplate(key);
  if (!template) throw new Error(`template ${key} is missing from the catalogue`);
  return template;
}

const money = (fen: number | undefined): SpecValue => (fen === undefined ? null : fenToYuanNumber(fen));

export function writeOffSpec(result: ReconcileResult, options: { locale: Locale; asOf: IsoDate; school?: string; categories: readonly string[] }): SheetSpec {
  const { locale } = options;
  const rows = writeOffRows(result, locale).map((r): Record<string, SpecValue> => ({
    code: r.code || null,
    name: r.name,
    spec: r.spec || null,
    quantity: r.quantity,
    amount: money(r.amount),
    reason: r.reason,
    note: localize(msg, 'writeOff.note', { row: r.ledgerRow, note: r.note })[locale],
  }));
  const spec = createTemplateSpec(templateOrThrow('writeOffRegister'), {
    school: options.school,
    asOf: options.asOf,
    categories: options.categories,
    rows,
    blankRows: 0,
    sheetName: msg['writeOff.sheet'][locale],
  });
  return { ...spec, kind: WRITE_OFF_KIND, blocks: spec.blocks.map((b) => (b.type === 'table' ? { ...b, tableName: 'TZ_reconcileWriteOffs' } : b)) };
}

export function draftLedgerSpec(result: ReconcileResult, options: { locale: Locale; asOf: IsoDate; school?: string; categories: readonly string[] }): SheetSpec {
  const { locale } = options;
  const rows = draftLedgerRows(result, locale).map((r): Record<string, SpecValue> => ({
    code: r.code || null,
    name: r.name,
    category: r.category || null,
    spec: r.spec || null,
    quantity: r.quantity,
    unitPrice: money(r.unitPrice),
    department: r.department || null,
    location: r.location || null,
    custodian: r.custodian || null,
    status: r.status || null,
    note: localize(msg, 'draft.note', { row: r.countRow })[locale],
  }));
  const spec = createTemplateSpec(templateOrThrow('assetRegister'), {
    school: options.school,
    asOf: options.asOf,
    categories: options.categories,
    rows,
    blankRows: 0,
    sheetName: msg['draft.sheet'][locale],
  });
  return { ...spec, kind: DRAFT_LEDGER_KIND, blocks: spec.blocks.map((b) => (b.type === 'table' ? { ...b, tableName: 'TZ_reconcileDraftLedger' } : b)) };
}

/** Ledger size above which the result sheet lists only rows that need attention. */
export const LARGE_RUN_ROWS = 20_000;

/** Every sheet a run writes, in the order they are written (for a caller that wants the specs, e.g. a preview). */
export async function resultSpecs(port: WorkbookPort, run: ReconcileRun, options: WriteResultsOptions): Promise<SheetSpec[]> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const result = withLinks(run, options.linkToSources ?? true);
  const specs: SheetSpec[] = [
    // On very large counts the agreeing rows are left out of the detail table (the summary still counts
    // them): a million 相符 lines help nobody and cost gigabytes to write.
    renderResultSheet(result, { locale, countDate: options.countDate, problemsOnly: result.ledger.length > LARGE_RUN_ROWS }),
    renderCountReport(result, { locale, countDate: options.countDate, unitName: options.unitName, countedBy: options.countedBy }),
    departmentChartSpec(result, locale),
  ];
  if (options.writeOffs || options.draftLedger) {
    const categories = categoryNames(await loadCategories(port));
    const common = { locale, asOf: options.asOf, school: options.unitName, categories };
    if (options.writeOffs) specs.push(writeOffSpec(result, common));
    if (options.draftLedger) specs.push(draftLedgerSpec(result, common));
  }
  return specs;
}

export async function writeReconcileResults(port: WorkbookPort, run: ReconcileRun, options: WriteResultsOptions): Promise<WrittenResults> {
  const specs = await resultSpecs(port, run, options);
  const written: WrittenSheet[] = [];
  for (const spec of specs) written.push(await writeOwnedSheet(port, spec, { now: options.now }));
  const byKind = (kind: string): WrittenSheet | null => {
    const i = specs.findIndex((s) => s.kind === kind);
    return i < 0 ? null : (written[i] as WrittenSheet);
  };
  return {
    result: written[0] as WrittenSheet,
    report: written[1] as WrittenSheet,
    byDepartment: written[2] as WrittenSheet,
    writeOffs: byKind(WRITE_OFF_KIND),
    draftLedger: byKind(DRAFT_LEDGER_KIND),
  };
}
