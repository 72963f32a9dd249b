/** The pane's typed handle on 统计报表's engine calls (see engine.ts), over the shared engine client. */
import type { ReportSource } from '../../app/reports';
import type { IsoDate } from '../../core/dates';
import type { Locale } from '../../core/i18n/locale';
import type { EngineClient } from '../engine/client';
import type { ReportKindView, ReportView, ReportsProgress, WrittenReport } from './engine';

export interface LongCall {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: ReportsProgress) => void;
}

export class ReportsClient {
  constructor(private readonly engine: EngineClient) {}

  kinds(): Promise<ReportKindView[]> {
    return this.engine.call((api) => api.reportsKinds());
  }

  sources(options: LongCall = {}): Promise<ReportSource[]> {
    return this.engine.operation<ReportSource[], ReportsProgress>((api, opId, progress) => api.reportsSources(opId, progress), options);
  }

  run(kind: string, request: Record<string, unknown>, context: { locale: Locale; today: IsoDate }, options: LongCall = {}): Promise<ReportView> {
    return this.engine.operation<ReportView, ReportsProgress>((api, opId, progress) => api.reportsRun(opId, kind, request, context, progress), options);
  }

  write(outputId: number, locale: Locale, options: LongCall = {}): Promise<WrittenReport> {
    return this.engine.operation<WrittenReport, ReportsProgress>((api, opId, progress) => api.reportsWrite(opId, outputId, locale, progress), options);
  }

  printHtml(outputId: number, locale: Locale): Promise<string> {
    return this.engine.call((api) => api.reportsPrintHtml(outputId, locale));
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.engine.select(sheet, cell);
  }
}
