/**
 * What the pane asks of its engine — the use cases, run in a Web Worker so big sheets never freeze
 * the pane. Every call returns a Result (see result.ts); long calls take an operation id the pane
 * can cancel.
 */
import type { SheetReport } from '../../app/inspect';
import type { Localized } from '../../core/i18n/locale';
import type { MappingOverrides } from '../../core/sheet/mapping';
import type { WorkbookPort } from '../../workbook/port';
import type { PortHostApi } from './port-bridge';
import type { Result } from './result';
import type { JobEngineApis } from './jobs';

export interface SheetChoice {
  readonly name: string;
  readonly hidden: boolean;
}

export interface OpenedFile {
  readonly fileName: string;
  readonly sheets: SheetChoice[];
  /** Parts of the file a download will not keep (charts, pivot tables…), or null. */
  readonly saveWarning: Localized | null;
}

export interface InspectView {
  readonly report: SheetReport;
  /** The user's remembered choices for this sheet (a null means "this sheet has no such column"). */
  readonly remembered: MappingOverrides;
}

export interface SheetProgress {
  readonly sheet: string;
  readonly done: number;
  readonly total: number;
}

export interface SavedFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

/** The engine: the workbook calls every job shares, plus each job's own (engine/jobs.ts). */
export type EngineApi = BaseEngineApi & JobEngineApis;

export interface BaseEngineApi {
  /** Workbench: opens an .xlsx file's bytes as the workbook to work on. */
  openFile(bytes: Uint8Array, fileName: string): Promise<Result<OpenedFile>>;
  /** Excel: works on the workbook behind this port, which lives on the pane's thread. */
  attachPort(host: PortHostApi, kind: WorkbookPort['kind']): Promise<Result<void>>;
  sheets(): Promise<Result<SheetChoice[]>>;
  inspect(opId: number, sheet: string, onProgress?: (p: SheetProgress) => void): Promise<Result<InspectView>>;
  /** Remembers column choices for a sheet in the workbook. */
  remember(sheet: string, choices: MappingOverrides): Promise<Result<MappingOverrides>>;
  /** Forgets remembered choices (the given fields, or all), so those fields map automatically again. */
  forget(sheet: string, fields: readonly string[] | 'all'): Promise<Result<MappingOverrides>>;
  select(sheet: string, cell: string): Promise<Result<void>>;
  /** Workbench: the open workbook as .xlsx bytes, with everything remembered in it. */
  save(): Promise<Result<SavedFile>>;
  cancel(opId: number): Promise<void>;
}
