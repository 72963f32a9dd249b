/**
 * The file adapter's write path: the user's workbook loaded whole into an ExcelJS model, changed and
 * saved. FileWorkbook reads through a streaming SheetSource and loads this model only when a job
 * first writes; from then on reads come from here, so they see what was written. This is the one
 * place that builds a model of the user's workbook (a package editor can replace it here).
 */
import { Workbook, type Worksheet } from 'exceljs';
import type { Grid } from '../../core/sheet/grid';
import type { SheetSpec } from '../../core/sheet/spec';
import { cellAddress, parseRange, rangeAddress } from '../../core/sheet/address';
import type { CellEdit, ReadOptions, SheetInfo, WorkbookPort, WriteOptions } from '../port';
import { checkedEdits } from '../cell-edits';
import { DEFAULT_DATE_FORMAT, isDateFormat } from '../../core/sheet/layout';
import { throwIfAborted } from '../../core/errors';
import { fileError } from './messages';
import { addressError, isBadSheetName, sheetError, sheetNotFound } from '../messages';
import { compactValidations, supplyCjkDateFormats } from './load-fixes';
import { restoreValidations } from './raw-validations';
import { canInflate } from './zip-text';
import type { ZipEntry } from './zip-directory';
import { readWorksheet } from './read-grid';
import { usedExtent } from './used-range';
import { writeSpec } from './write-sheet';
import { rememberCharts, withCharts } from './charts';
import { writtenValue } from './spec-values';
import { readSettingFrom, writeSettingTo } from './settings';

export interface Selection {
  readonly sheet: string;
  readonly address: string;
}

export class ModelWorkbook implements WorkbookPort {
  readonly kind = 'file' as const;
  /** The cell or range last selected through `select`, for the workbench to show. */
  lastSelection: Selection | null = null;

  constructor(private readonly wb: Workbook) {}

  get date1904(): boolean {
    return this.wb.properties?.date1904 === true;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.wb.worksheets.map((ws) => {
      const { lastRow, lastColumn } = usedExtent(ws);
      return {
        name: ws.name,
        visibility: ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible',
        rowCount: lastRow,
        columnCount: lastColumn,
        protected: isProtected(ws),
      };
    });
  }

  async readGrid(sheet: string, options: ReadOptions = {}): Promise<Grid> {
    const ws = this.sheet(sheet);
    let range = null;
    if (options.range !== undefined) {
      range = parseRange(options.range);
      if (!range) throw addressError(options.range);
    }
    return readWorksheet(ws, range, this.date1904, options);
  }

  async writeSheet(spec: SheetSpec, options: WriteOptions = {}): Promise<void> {
    const name = spec.name;
    if (isBadSheetName(name)) throw sheetError('sheet.badName', name);
    if (this.find(name)) throw sheetError('sheet.exists', name);
    await writeSpec(this.wb, spec, this.date1904, options);
    rememberCharts(this.wb, spec);
  }

  async updateCells(sheet: string, edits: ReadonlyArray<CellEdit>, options: WriteOptions = {}): Promise<void> {
    const ws = this.sheet(sheet);
    if (isProtected(ws)) throw sheetError('sheet.protected', ws.name);
    const list = checkedEdits(edits);
    throwIfAborted(options.signal);
    // In memory and without a pause, so an edit is applied whole or not at all.
    let formulas = false;
    for (const e of list) {
      const cell = ws.getCell(e.row, e.col);
      const w = writtenValue(e.value, e.row, this.date1904);
      cell.value = w.value;
      if (w.formula) formulas = true;
      // A new style object: ExcelJS shares one between cells, and the neighbours keep theirs.
      if (w.date && !isDateFormat(cell.numFmt)) cell.style = { ...cell.style, numFmt: DEFAULT_DATE_FORMAT };
    }
    if (formulas) this.wb.calcProperties.fullCalcOnLoad = true;
    options.onProgress?.({ done: list.length, total: list.length });
  }

  async deleteSheet(name: string): Promise<void> {
    const ws = this.sheet(name);
    const visibleOthers = this.wb.worksheets.filter((s) => s !== ws && s.state !== 'hidden' && s.state !== 'veryHidden');
    if (visibleOthers.length === 0) throw sheetError('sheet.lastVisible', ws.name);
    const wasActive = this.activeIndex() === this.wb.worksheets.indexOf(ws);
    this.wb.removeWorksheet(ws.id);
    if (this.lastSelection?.sheet === ws.name) this.lastSelection = null;
    // The workbook view points at sheets by position; keep it on a sheet that still exists and shows.
    const sheets = this.wb.worksheets;
    const current = sheets[this.activeIndex()];
    if (wasActive || !current || current.state !== 'visible') {
      const first = sheets.findIndex((s) => s.state !== 'hidden' && s.state !== 'veryHidden');
      this.activate(first < 0 ? 0 : first);
    }
  }

  async select(sheet: string, address: string): Promise<void> {
    const ws = this.sheet(sheet);
    const range = parseRange(address);
    if (!range) throw addressError(address);
    if (ws.state === 'hidden' || ws.state === 'veryHidden') throw sheetError('sheet.hidden', ws.name);
    this.activate(this.wb.worksheets.indexOf(ws));
    // Loaded sheets without a <sheetView> have null views, whatever the typings say.
    const view = (ws.views as typeof ws.views | null)?.[0];
    // ExcelJS writes one cell as the selection; the range's top-left cell is where the file opens.
    const activeCell = cellAddress(range.top, range.left);
    if (view) view.activeCell = activeCell;
    else ws.views = [{ state: 'normal', activeCell }];
    this.lastSelection = { sheet: ws.name, address: rangeAddress(range) };
  }

  async readSetting(key: string): Promise<string | null> {
    return readSettingFrom(this.wb, key);
  }

  async writeSetting(key: string, value: string): Promise<void> {
    writeSettingTo(this.wb, key, value);
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    // Excel cannot open a workbook without a visible sheet; callers write one before saving.
    if (!this.wb.worksheets.some((s) => s.state !== 'hidden' && s.state !== 'veryHidden')) throw new Error('a workbook needs a visible sheet before it is saved');
    const out: unknown = await this.wb.xlsx.writeBuffer();
    if (out instanceof Uint8Array) return withCharts(this.wb, new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
    if (out instanceof ArrayBuffer) return withCharts(this.wb, new Uint8Array(out));
    throw new Error('ExcelJS returned no bytes');
  }

  /** Excel names sheets case-insensitively; an exact match wins. */
  find(name: string): Worksheet | undefined {
    const sheets = this.wb.worksheets;
    return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private sheet(name: string): Worksheet {
    const ws = this.find(name);
    if (!ws) {
      throw sheetNotFound(
        name,
        this.wb.worksheets.filter((s) => s.state !== 'veryHidden').map((s) => s.name),
      );
    }
    return ws;
  }

  private activeIndex(): number {
    return this.wb.views?.[0]?.activeTab ?? 0;
  }

  /** Makes the sheet at `index` the active tab, and the only selected one (several selected tabs would group them for editing). */
  private activate(index: number): void {
    const views = this.wb.views ?? [];
    const first = views[0];
    if (first) {
      first.activeTab = index;
      if ((first.firstSheet ?? 0) > index) first.firstSheet = index;
    } else {
      this.wb.views = [{ x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
    }
    this.wb.worksheets.forEach((s, i) => {
      const view = (s.views as typeof s.views | null)?.[0] as { tabSelected?: boolean } | undefined;
      if (view) view.tabSelected = i === index;
      else if (i === index) s.views = [{ state: 'normal', tabSelected: true } as unknown as (typeof s.views)[number]];
    });
  }
}

function isProtected(ws: Worksheet): boolean {
  const protection = (ws as unknown as { sheetProtection?: { sheet?: unknown } | null }).sheetProtection;
  return protection?.sheet === true || protection?.sheet === 1 || protection?.sheet === '1';
}

/**
 * What ExcelJS's full load needs per byte of unpacked sheet XML, measured on messy ledgers
 * (100,000 × 14: 53 MB of XML, about 600 MB of heap at the peak of loading) with room to spare.
 */
export const LOAD_MEMORY_PER_XML_BYTE = 12;

/** Refuses, before loading, a file whose load would run out of memory: a clear message instead of a crash. */
function checkMemory(entries: readonly ZipEntry[], fileName: string | undefined, limit: number | undefined): void {
  if (!limit) return;
  const xml = entries.filter((e) => /^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml)$/.test(e.name)).reduce((n, e) => n + e.size, 0);
  const need = xml * LOAD_MEMORY_PER_XML_BYTE;
  if (need > limit * 0.9) {
    throw fileError('file.tooLarge', fileName, { mb: Math.round(xml / 1e6), needGb: (need / 1e9).toFixed(1), haveGb: (limit / 1e9).toFixed(1) });
  }
}

/** Loads the whole workbook into a model, after checking there is memory for it. */
export async function loadModel(bytes: Uint8Array, entries: readonly ZipEntry[], fileName: string | undefined, memoryLimitBytes: number | undefined): Promise<ModelWorkbook> {
  checkMemory(entries, fileName, memoryLimitBytes);
  return new ModelWorkbook(await loadWorkbook(bytes, entries, fileName));
}

async function loadWorkbook(bytes: Uint8Array, entries: readonly ZipEntry[], fileName: string | undefined): Promise<Workbook> {
  if (canInflate()) {
    // Validations are read from the XML directly: ExcelJS would expand them cell by cell.
    const wb = await load(bytes, ['dataValidations'], fileName);
    try {
      await restoreValidations(wb, bytes, entries);
      return wb;
    } catch {
      // Fall through to ExcelJS's own reading of them.
    }
  }
  const wb = await load(bytes, [], fileName);
  for (const ws of wb.worksheets) compactValidations(ws);
  return wb;
}

async function load(bytes: Uint8Array, ignoreNodes: string[], fileName: string | undefined): Promise<Workbook> {
  const wb = new Workbook();
  supplyCjkDateFormats(wb);
  try {
    // JSZip, under ExcelJS, reads a Uint8Array in Node and in the browser alike.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes });
  } catch {
    throw fileError('file.corrupt', fileName);
  }
  return wb;
}

/** An empty workbook model, for results written to a new file. */
export function emptyModel(): ModelWorkbook {
  return new ModelWorkbook(new Workbook());
}
