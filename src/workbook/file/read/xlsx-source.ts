/**
 * The SheetSource of an .xlsx, .xlsm or .xltx file: the sheet list from the workbook part, then
 * each sheet streamed from the zip when it is asked for. Shared strings and styles are read once,
 * on the first sheet read; nothing else of the package is unpacked.
 */
import type { Grid } from '../../../core/sheet/grid';
import { isUserError } from '../../../core/errors';
import { parseRange } from '../../../core/sheet/address';
import type { ReadOptions, SheetInfo } from '../../port';
import { addressError, sheetNotFound } from '../../messages';
import { fileError } from '../messages';
import type { SheetSource, SourceFormat } from '../sheet-source';
import { sniffWorkbook } from '../sniff';
import type { ZipEntry } from '../zip-directory';
import { readCellStyles, type NumberKind } from './cell-styles';
import { wholePartText } from './part-stream';
import { readSharedStrings } from './shared-strings';
import { scanSheetFacts } from './sheet-head';
import { readSheetPart } from './sheet-part';
import { readWorkbookLayout, WORKBOOK_PART, WORKBOOK_RELS_PART, type SheetEntry, type WorkbookLayout } from './workbook-part';
import { attrValue, XmlScanner } from './xml-scanner';

export interface XlsxSourceOptions {
  /** Compressed bytes inflated at a time; tests make it tiny so piece boundaries fall everywhere. */
  readonly inputChunk?: number;
}

export class XlsxSource implements SheetSource {
  private sharedStrings: string[] | null = null;
  private numberKinds: NumberKind[] | null = null;
  private infos: SheetInfo[] | null = null;

  constructor(
    readonly format: SourceFormat,
    private readonly bytes: Uint8Array,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly layout: WorkbookLayout,
    private readonly fileName: string | undefined,
    private readonly options: XlsxSourceOptions = {},
  ) {}

  get date1904(): boolean {
    return this.layout.date1904;
  }

  async listSheets(): Promise<SheetInfo[]> {
    if (!this.infos) {
      const infos: SheetInfo[] = [];
      for (const s of this.layout.sheets) {
        const entry = this.entry(s.part);
        const facts = this.guard(() => scanSheetFacts(this.bytes, entry));
        infos.push({ name: s.name, visibility: s.visibility, rowCount: facts.rowCount, columnCount: facts.columnCount, protected: facts.protected });
      }
      this.infos = infos;
    }
    return this.infos.map((i) => ({ ...i }));
  }

  async readGrid(sheet: string, options: ReadOptions = {}): Promise<Grid> {
    const s = this.find(sheet);
    if (!s) throw sheetNotFound(sheet, this.layout.sheets.filter((x) => x.visibility !== 'veryHidden').map((x) => x.name));
    let range = null;
    if (options.range !== undefined) {
      range = parseRange(options.range);
      if (!range) throw addressError(options.range);
    }
    const { sharedStrings, numberKinds } = this.guard(() => this.lookups());
    const entry = this.entry(s.part);
    try {
      return await readSheetPart(this.bytes, entry, {
        sheet: s.name,
        range,
        date1904: this.date1904,
        sharedStrings,
        numberKinds,
        rowsHint: this.infos?.find((i) => i.name === s.name)?.rowCount ?? 0,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(this.options.inputChunk ? { inputChunk: this.options.inputChunk } : {}),
      });
    } catch (e) {
      throw this.asUserError(e);
    }
  }

  /** Whether a sheet of this name exists (Excel's names are case-insensitive). */
  has(sheet: string): boolean {
    return this.find(sheet) !== undefined;
  }

  /** Excel names sheets case-insensitively; an exact match wins. */
  private find(name: string): SheetEntry | undefined {
    const sheets = this.layout.sheets;
    return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private lookups(): { sharedStrings: string[]; numberKinds: NumberKind[] } {
    if (!this.sharedStrings) {
      const part = this.layout.sharedStringsPart;
      const entry = part ? this.entries.get(part) : undefined;
      this.sharedStrings = entry ? readSharedStrings(this.bytes, entry) : [];
    }
    if (!this.numberKinds) {
      const part = this.layout.stylesPart;
      const entry = part ? this.entries.get(part) : undefined;
      this.numberKinds = entry ? readCellStyles(wholePartText(this.bytes, entry)) : [];
    }
    return { sharedStrings: this.sharedStrings, numberKinds: this.numberKinds };
  }

  private entry(part: string): ZipEntry {
    const entry = this.entries.get(part);
    if (!entry) throw fileError('file.corrupt', this.fileName);
    return entry;
  }

  private guard<T>(read: () => T): T {
    try {
      return read();
    } catch (e) {
      throw this.asUserError(e);
    }
  }

  /** A part that fails to inflate or decode means a damaged file; cancellation and user errors pass through. */
  private asUserError(e: unknown): unknown {
    if (isUserError(e) || (e instanceof Error && e.name === 'CancelledError')) return e;
    return fileError('file.corrupt', this.fileName);
  }
}

/** Opens .xlsx-family bytes as a SheetSource. Anything else is a UserError saying what the file is. */
export async function openXlsxSource(bytes: Uint8Array, fileName?: string, options: XlsxSourceOptions = {}): Promise<XlsxSource> {
  const sniffed = sniffWorkbook(bytes);
  if (sniffed.kind !== 'xlsx') throw fileError(`file.${sniffed.kind}`, fileName);
  return xlsxSourceFrom(bytes, sniffed.entries, fileName, options);
}

/** As `openXlsxSource`, for a caller that has already read the zip directory. */
export function xlsxSourceFrom(bytes: Uint8Array, entryList: readonly ZipEntry[], fileName?: string, options: XlsxSourceOptions = {}): XlsxSource {
  const entries = new Map(entryList.map((e) => [e.name, e]));
  try {
    const workbook = entries.get(WORKBOOK_PART);
    if (!workbook) throw fileError('file.corrupt', fileName);
    const rels = entries.get(WORKBOOK_RELS_PART);
    const layout = readWorkbookLayout(wholePartText(bytes, workbook), rels ? wholePartText(bytes, rels) : '', (p) => entries.has(p));
    const types = entries.get('[Content_Types].xml');
    return new XlsxSource(packageFormat(types ? wholePartText(bytes, types) : ''), bytes, entries, layout, fileName, options);
  } catch (e) {
    if (isUserError(e)) throw e;
    throw fileError('file.corrupt', fileName);
  }
}

/** .xlsm and .xltx by the workbook part's content type (the extension may lie). */
function packageFormat(contentTypesXml: string): SourceFormat {
  let type = '';
  new XmlScanner({
    open(name, attrs) {
      if (name === 'Override' && attrValue(attrs, 'PartName') === `/${WORKBOOK_PART}`) type = attrValue(attrs, 'ContentType') ?? '';
    },
    close() {},
    text() {},
  }).pushAll(contentTypesXml);
  if (type.includes('macroEnabled')) return 'xlsm';
  if (type.includes('template')) return 'xltx';
  return 'xlsx';
}
