/**
 * The in-memory workbook behind the Office.js fake: what Excel would hold after each sync. Tests seed
 * it directly (as a user's workbook) and inspect it after the adapter wrote (as a user would see it).
 */
import type { CellRange } from '../../../src/core/sheet/address';
import { cellAddress, columnNumber, parseRange, rangeAddress } from '../../../src/core/sheet/address';
import { evaluateFormula } from './formula';

/** Text the cell holds, with Excel's quote-prefix flag when it was written with a leading apostrophe. */
export interface QuotedText {
  readonly text: string;
  readonly quotePrefix: true;
}
export interface FormulaCell {
  readonly formula: string;
}
export interface ErrorValue {
  readonly error: string;
}
/** What a cell stores; undefined is an empty cell. */
export type Stored = number | boolean | string | QuotedText | FormulaCell | ErrorValue;

/** A cell's value as Excel computes it (formulas evaluated). */
export type Evaluated = null | number | boolean | string | ErrorValue;

export interface CellFormat {
  numberFormat?: string;
  fontName?: string;
  underline?: string;
  bold?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<'top' | 'bottom' | 'left' | 'right', string>>;
}

interface FormatLayer {
  readonly range: CellRange;
  readonly apply: (f: CellFormat, row: number, col: number) => void;
  readonly numberFormat: boolean;
}

export interface Validation {
  readonly range: CellRange;
  list?: { inCellDropDown: boolean; source: string };
  prompt?: { showPrompt: boolean; message: string; title: string };
}

export interface TableModel {
  name: string;
  readonly sheet: SheetModel;
  readonly range: CellRange;
  readonly hasHeaders: boolean;
  style: string;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows: string | null;
  centerFooter: string;
  centerHorizontally: boolean;
  /** Points. */
  margins: Partial<Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>>;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export function isQuoted(s: Stored | undefined): s is QuotedText {
  return typeof s === 'object' && 'quotePrefix' in s;
}
export function isFormula(s: Stored | undefined): s is FormulaCell {
  return typeof s === 'object' && 'formula' in s;
}
export function isErrorValue(s: unknown): s is ErrorValue {
  return typeof s === 'object' && s !== null && 'error' in s;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function contains(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export class SheetModel {
  visibility: Visibility = 'Visible';
  tabColor = '';
  protected = false;
  readonly merges: CellRange[] = [];
  readonly hiddenRows = new Set<number>();
  readonly validations: Validation[] = [];
  readonly hyperlinks = new Map<string, string>();
  /** Column widths in points by column number. */
  readonly columnWidths = new Map<number, number>();
  readonly pageBreaks: number[] = [];
  readonly pageLayout: PageLayoutModel = { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, printTitleRows: null, centerFooter: '', centerHorizontally: false, margins: {} };
  readonly hiddenColumns = new Set<number>();
  /** Row heights in points by row number. */
  readonly rowHeights = new Map<number, number>();
  freezeRows = 0;
  autoFilter: CellRange | null = null;
  private readonly grid: Array<Array<Stored | undefined> | undefined> = [];
  private readonly layers: FormatLayer[] = [];

  constructor(
    public name: string,
    readonly workbook: WorkbookModel,
  ) {}

  get(row: number, col: number): Stored | undefined {
    return this.grid[row - 1]?.[col - 1];
  }

  set(row: number, col: number, value: Stored | undefined): void {
    let r = this.grid[row - 1];
    if (!r) {
      if (value === undefined) return;
      r = [];
      this.grid[row - 1] = r;
    }
    r[col - 1] = value;
  }

  /** Bounding box of the cells that hold a value (Excel's used range, valuesOnly). */
  usedRange(): CellRange | null {
    let top = 0;
    let bottom = 0;
    let left = Number.MAX_SAFE_INTEGER;
    let right = 0;
    this.grid.forEach((r, i) => {
      if (!r) return;
      let rowUsed = false;
      r.forEach((v, j) => {
        if (v === undefined) return;
        rowUsed = true;
        if (j + 1 < left) left = j + 1;
        if (j + 1 > right) right = j + 1;
      });
      if (rowUsed) {
        if (top === 0) top = i + 1;
        bottom = i + 1;
      }
    });
    return top === 0 ? null : { top, left, bottom, right };
  }

  /** The value Excel shows: formulas computed. */
  valueAt(row: number, col: number): Evaluated {
    return this.evaluate(row, col, new Set());
  }

  evaluate(row: number, col: number, visiting: Set<string>): Evaluated {
    const s = this.get(row, col);
    if (s === undefined) return null;
    if (typeof s !== 'object') return s;
    if (isQuoted(s)) return s.text;
    if (isErrorValue(s)) return { error: s.error };
    const key = `${row},${col}`;
    if (visiting.has(key)) return { error: '#REF!' };
    visiting.add(key);
    try {
      return evaluateFormula(s.formula, (r, c) => this.evaluate(r, c, visiting));
    } finally {
      visiting.delete(key);
    }
  }

  /** `numberFormat`: the layer may set a number format (checked when values are written). */
  addFormat(range: CellRange, apply: (f: CellFormat, row: number, col: number) => void, numberFormat = false): void {
    this.layers.push({ range, apply, numberFormat });
  }

  /** Number-format layers over a range: when there are none, no written cell can be text-formatted. */
  numberFormatLayersTouching(range: CellRange): number {
    return this.layers.filter((l) => l.numberFormat && intersects(l.range, range)).length;
  }

  formatAt(row: number, col: number): CellFormat {
    const f: CellFormat = {};
    for (const layer of this.layers) if (contains(layer.range, row, col)) layer.apply(f, row, col);
    return f;
  }

  validationAt(row: number, col: number): Validation | undefined {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      const v = this.validations[i];
      if (v && contains(v.range, row, col)) return v;
    }
    return undefined;
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    return this.merges.find((m) => contains(m, row, col));
  }

  /** Rows hidden inside [top, bottom]: true all, false none, null some (Range.rowHidden). */
  rowHidden(top: number, bottom: number): boolean | null {
    let hidden = 0;
    for (const r of this.hiddenRows) if (r >= top && r <= bottom) hidden++;
    if (hidden === 0) return false;
    return hidden === bottom - top + 1 ? true : null;
  }

  tables(): TableModel[] {
    return this.workbook.tables.filter((t) => t.sheet === this);
  }
}

/** A neutral description of a sheet for tests: strings are literal text, never parsed. */
export interface SheetSeed {
  readonly name: string;
  /** Rows from A1 (or from `origin`). */
  readonly rows: ReadonlyArray<ReadonlyArray<null | string | number | boolean | { error: string } | { formula: string }>>;
  readonly origin?: string;
  readonly merges?: readonly string[];
  readonly hiddenRows?: readonly number[];
  readonly visibility?: Visibility;
  readonly protected?: boolean;
  /** Number formats by A1 range, as a user set them ("A2:A40": "@"). */
  readonly numberFormats?: Readonly<Record<string, string>>;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  date1904 = false;
  activeSheet: SheetModel | null = null;
  selection: { sheet: string; address: string } | null = null;

  sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  addSheet(name: string): SheetModel {
    const s = new SheetModel(name, this);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = s;
    return s;
  }

  removeSheet(s: SheetModel): void {
    const i = this.sheets.indexOf(s);
    if (i >= 0) this.sheets.splice(i, 1);
    for (let t = this.tables.length - 1; t >= 0; t--) if (this.tables[t]?.sheet === s) this.tables.splice(t, 1);
    if (this.activeSheet === s) this.activeSheet = this.sheets.find((x) => x.visibility === 'Visible') ?? null;
  }

  table(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  /** Adds a sheet as a user's workbook would have it. */
  seed(seed: SheetSeed): SheetModel {
    const s = this.addSheet(seed.name);
    const origin = parseRange(seed.origin ?? 'A1');
    if (!origin) throw new Error(`bad origin ${seed.origin ?? ''}`);
    seed.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === '') return;
        s.set(origin.top + i, origin.left + j, v);
      }),
    );
    for (const m of seed.merges ?? []) {
      const r = parseRange(m);
      if (!r) throw new Error(`bad merge ${m}`);
      s.merges.push(r);
    }
    for (const r of seed.hiddenRows ?? []) s.hiddenRows.add(r);
    for (const [address, fmt] of Object.entries(seed.numberFormats ?? {})) {
      const r = parseRange(address);
      if (!r) throw new Error(`bad range ${address}`);
      s.addFormat(r, (f) => (f.numberFormat = fmt), true);
    }
    if (seed.visibility) s.visibility = seed.visibility;
    if (seed.protected) s.protected = true;
    return s;
  }
}

/** "Sheet1!A1:B2" or "'My sheet'!A1" as Excel writes addresses. */
export function sheetAddress(sheet: string, r: CellRange): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${rangeAddress(r)}`;
}

/** "A:C" or "3:5" whole-column/row addresses, and ordinary A1 ranges. */
export function parseAnyRange(address: string): CellRange | null {
  const a = address.replace(/\$/g, '').trim();
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(a);
  if (cols) return { top: 1, bottom: 1_048_576, left: columnNumber(cols[1] ?? 'A'), right: columnNumber(cols[2] ?? 'A') };
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: 16_384 };
  return parseRange(a);
}

export { cellAddress };
