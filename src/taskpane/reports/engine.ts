/**
 * 统计报表 on the engine's side of the worker boundary: the report table (as plain data for the
 * form), the sheets each report can draw from, running a report, writing its sheets and the
 * printable page. The last output stays here, so writing and printing work on exactly what the pane
 * showed; only plain data crosses the boundary.
 */
import { REPORT_KINDS, listReportSources, reportPrintHtml, runReport, writeReport, type ReportOutput, type ReportParam, type ReportSource } from '../../app/reports';
import type { IsoDate } from '../../core/dates';
import { UserError } from '../../core/errors';
import type { Finding } from '../../core/findings';
import { localize, type Locale, type Localized } from '../../core/i18n/locale';
import type { WorkbookPort } from '../../workbook/port';
import type { EngineContext } from '../engine/job-engine';
import { settle, type Result } from '../engine/result';
import { reportsUi } from './messages';

/** Reading the sheets or writing the report, on which sheet, how far. */
export interface ReportsProgress {
  readonly step: 'read' | 'write';
  readonly sheet: string;
  readonly done: number;
  readonly total: number;
}

/** A report kind as the form needs it: REPORT_KINDS without its schema and use case. */
export interface ReportKindView {
  readonly key: string;
  readonly label: Localized;
  readonly description: Localized;
  readonly params: readonly ReportParam[];
}

export interface ReportView {
  /** Names this output for writing and printing: a later run replaces it. */
  readonly outputId: number;
  readonly kind: string;
  /** The report's JSON (the kind's schema in src/core/reports/json.ts describes it). */
  readonly json: unknown;
  readonly headline: Localized;
  readonly lines: Localized[];
  readonly findings: Finding[];
  /** The sheets writing will make (their names before any clash with existing sheets is resolved). */
  readonly sheetNames: string[];
}

export interface WrittenReport {
  readonly sheets: string[];
  readonly replaced: boolean;
  /** The sheet left selected, ready for Excel's File → Print. */
  readonly selected: string;
}

export interface ReportsEngineApi {
  reportsKinds(): Promise<Result<ReportKindView[]>>;
  reportsSources(opId: number, onProgress?: (p: ReportsProgress) => void): Promise<Result<ReportSource[]>>;
  reportsRun(opId: number, kind: string, request: Record<string, unknown>, options: { locale: Locale; today: IsoDate }, onProgress?: (p: ReportsProgress) => void): Promise<Result<ReportView>>;
  reportsWrite(opId: number, outputId: number, locale: Locale, onProgress?: (p: ReportsProgress) => void): Promise<Result<WrittenReport>>;
  /** The report as a printable HTML page (A4, tables, SVG charts). */
  reportsPrintHtml(outputId: number, locale: Locale): Promise<Result<string>>;
}

export function createReportsEngine(ctx: EngineContext): ReportsEngineApi {
  let nextId = 1;
  let last: { id: number; port: WorkbookPort; output: ReportOutput } | null = null;

  /** The output the pane names, if it is still the latest one for the open workbook. */
  function outputFor(outputId: number): ReportOutput {
    if (!last || last.id !== outputId || last.port !== ctx.current()) throw new UserError('reports.stale', localize(reportsUi, 'engine.stale'));
    return last.output;
  }

  return {
    reportsKinds: () => settle(async () => REPORT_KINDS.map((k) => ({ key: k.key, label: k.label, description: k.description, params: k.params.map((p) => ({ ...p })) }))),

    reportsSources: (opId, onProgress) =>
      settle(() =>
        ctx.operation(opId, (signal) =>
          listReportSources(ctx.current(), { signal, ...(onProgress ? { onProgress: (p) => onProgress({ step: 'read', ...p }) } : {}) }),
        ),
      ),

    reportsRun: (opId, kind, request, options, onProgress) =>
      settle(() =>
        ctx.operation(opId, async (signal): Promise<ReportView> => {
          const port = ctx.current();
          const output = await runReport(port, kind, request, {
            locale: options.locale,
            today: options.today,
            signal,
            ...(onProgress ? { onProgress: (p) => onProgress({ step: 'read', ...p }) } : {}),
          });
          const id = nextId++;
          last = { id, port, output };
          return {
            outputId: id,
            kind: output.kind,
            json: output.json,
            headline: output.headline,
            lines: [...output.lines],
            findings: [...output.findings],
            sheetNames: output.sheets.map((s) => s.name),
          };
        }),
      ),

    reportsWrite: (opId, outputId, locale, onProgress) =>
      settle(() =>
        ctx.operation(opId, async (signal): Promise<WrittenReport> => {
          const output = outputFor(outputId);
          const port = ctx.current();
          const first = output.sheets[0]?.name ?? '';
          const written = await writeReport(port, output, {
            locale,
            linkFindings: true,
            signal,
            ...(onProgress ? { onProgress: (p) => onProgress({ step: 'write', sheet: first, ...p }) } : {}),
          });
          const selected = written[0]?.name ?? first;
          // Excel prints the selected sheet: leave the report there, ready.
          if (written[0]) await port.select(selected, 'A1');
          return { sheets: written.map((w) => w.name), replaced: written.some((w) => w.replaced), selected };
        }),
      ),

    reportsPrintHtml: (outputId, locale) => settle(async () => reportPrintHtml(outputFor(outputId), locale)),
  };
}
