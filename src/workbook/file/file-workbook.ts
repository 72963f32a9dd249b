/**
 * The file adapter: WorkbookPort over an .xlsx held in memory. The same code runs in Node (CLI) and
 * in the browser (workbench): bytes in, bytes out, no file system here.
 *
 * Reading streams through a SheetSource (read/), so a job that only reads never builds a model of
 * the workbook. The first write loads the model (model-workbook.ts) — the one write path — and from
 * then on every call, reads included, goes to it, so a read sees what was written.
 */
import type { Grid } from '../../core/sheet/grid';
import type { SheetSpec } from '../../core/sheet/spec';
import type { Localized } from '../../core/i18n/locale';
import { isUserError } from '../../core/errors';
import type { CellEdit, ReadOptions, SheetInfo, WorkbookPort, WriteOptions } from '../port';
import { SETTINGS_SHEET } from '../port';
import { dropsOnSaveWarning, fileError, type DroppedFeature } from './messages';
import { sniffWorkbook } from './sniff';
import { droppedFeatures } from './dropped-features';
import { emptyModel, loadModel, type ModelWorkbook, type Selection } from './model-workbook';
import type { SheetSource } from './sheet-source';
import { xlsxSourceFrom } from './read/xlsx-source';
import { readSettingFromGrid } from './settings';

export type { Selection } from './model-workbook';
export { LOAD_MEMORY_PER_XML_BYTE } from './model-workbook';

export class FileWorkbook implements WorkbookPort {
  readonly kind = 'file' as const;
  private model: ModelWorkbook | null = null;
  private loading: Promise<ModelWorkbook> | null = null;

  constructor(
    /** Answers reads until the first write; null for a new workbook (it has only a model). */
    private readonly source: SheetSource | null,
    /** Loads the model of the opened workbook, on the first write. */
    private readonly load: () => Promise<ModelWorkbook>,
    /** Name shown in messages (the file the user picked), if known. */
    readonly fileName?: string,
    /** Parts of the opened file that saving will not keep (charts, pivot tables, macros…). */
    readonly droppedFeatures: readonly DroppedFeature[] = [],
  ) {}

  /** The cell or range last selected through `select`, for the workbench to show. */
  get lastSelection(): Selection | null {
    return this.model?.lastSelection ?? null;
  }

  get date1904(): boolean {
    return this.model?.date1904 ?? this.source?.date1904 ?? false;
  }

  /** A warning to show before saving over the opened file, or null when saving loses nothing. */
  saveWarning(): Localized | null {
    return dropsOnSaveWarning(this.droppedFeatures, this.fileName);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.model || !this.source ? (await this.writable()).listSheets() : this.source.listSheets();
  }

  async readGrid(sheet: string, options: ReadOptions = {}): Promise<Grid> {
    return this.model || !this.source ? (await this.writable()).readGrid(sheet, options) : this.source.readGrid(sheet, options);
  }

  async readSetting(key: string): Promise<string | null> {
    if (this.model || !this.source) return (await this.writable()).readSetting(key);
    try {
      return readSettingFromGrid(await this.source.readGrid(SETTINGS_SHEET), key);
    } catch (e) {
      if (isUserError(e) && e.code === 'sheet.notFound') return null;
      throw e;
    }
  }

  async writeSheet(spec: SheetSpec, options: WriteOptions = {}): Promise<void> {
    return (await this.writable()).writeSheet(spec, options);
  }

  async updateCells(sheet: string, edits: ReadonlyArray<CellEdit>, options: WriteOptions = {}): Promise<void> {
    return (await this.writable()).updateCells(sheet, edits, options);
  }

  async deleteSheet(name: string): Promise<void> {
    return (await this.writable()).deleteSheet(name);
  }

  async select(sheet: string, address: string): Promise<void> {
    return (await this.writable()).select(sheet, address);
  }

  async writeSetting(key: string, value: string): Promise<void> {
    return (await this.writable()).writeSetting(key, value);
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    return (await this.writable()).save();
  }

  /** The model, loaded on first need; concurrent callers share one load. */
  private async writable(): Promise<ModelWorkbook> {
    if (this.model) return this.model;
    this.loading ??= this.load();
    this.model = await this.loading;
    return this.model;
  }
}

export interface OpenOptions {
  /** Memory the program may use (Node's heap limit, the browser's JS heap limit); checked before a write loads the model. */
  readonly memoryLimitBytes?: number;
}

/** Opens .xlsx bytes. Anything that is not a readable .xlsx is a UserError saying what the file is and what to do. */
export async function openXlsx(bytes: Uint8Array, fileName?: string, options: OpenOptions = {}): Promise<FileWorkbook> {
  const sniffed = sniffWorkbook(bytes);
  if (sniffed.kind !== 'xlsx') throw fileError(`file.${sniffed.kind}`, fileName);
  const entries = sniffed.entries;
  const source = xlsxSourceFrom(bytes, entries, fileName);
  return new FileWorkbook(source, () => loadModel(bytes, entries, fileName, options.memoryLimitBytes), fileName, droppedFeatures(entries));
}

/** An empty workbook, for results written to a new file; it needs a sheet before it is saved. */
export function newXlsx(fileName?: string): FileWorkbook {
  const model = emptyModel();
  return new FileWorkbook(null, () => Promise.resolve(model), fileName);
}
