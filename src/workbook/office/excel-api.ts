/**
 * The part of the Office.js Excel object model this adapter uses, as narrow interfaces. They are
 * written by hand (not taken from the global `Excel` namespace) so that the adapter can be compiled
 * and benchmarked without the Office typings, and so a test fake only has to implement what is
 * really called. `host.ts` proves at compile time that the real `Excel.RequestContext` satisfies
 * `ExcelContext`, so a name or signature that drifts from Office.js fails the typecheck.
 *
 * Requirement sets: everything here is ExcelApi 1.9 or older, except what is marked otherwise; those
 * members are only touched behind `isSetSupported`.
 */

export type ValueType = 'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

/** What a cell value is on the wire. */
export type WireValue = string | number | boolean;

export interface Loadable<Self> {
  load(propertyNames: string): Self;
}

export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<void>;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
  readonly tables: ExcelTableCollection;
  /** Worksheet functions evaluated in the workbook (ExcelApi 1.2); used to learn the date system. */
  readonly functions: ExcelFunctions;
}

export interface ExcelFunctions {
  date(year: number, month: number, day: number): ExcelFunctionResult;
}

export interface ExcelFunctionResult extends Loadable<ExcelFunctionResult> {
  readonly value: unknown;
  readonly error: string;
}

export interface ExcelWorksheetCollection extends Loadable<ExcelWorksheetCollection> {
  readonly items: ExcelWorksheet[];
  getItem(key: string): ExcelWorksheet;
  getItemOrNullObject(key: string): ExcelWorksheet;
  add(name?: string): ExcelWorksheet;
}

export type SheetVisibilityName = 'Visible' | 'Hidden' | 'VeryHidden';

export interface ExcelWorksheet extends Loadable<ExcelWorksheet> {
  readonly isNullObject: boolean;
  name: string;
  visibility: SheetVisibilityName;
  tabColor: string;
  readonly protection: ExcelWorksheetProtection;
  readonly freezePanes: ExcelFreezePanes;
  readonly tables: ExcelTableCollection;
  readonly autoFilter: ExcelAutoFilter;
  readonly pageLayout: ExcelPageLayout;
  readonly horizontalPageBreaks: ExcelPageBreakCollection;
  activate(): void;
  delete(): void;
  getRange(address?: string): ExcelRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
}

export interface ExcelWorksheetProtection extends Loadable<ExcelWorksheetProtection> {
  readonly protected: boolean;
}

export interface ExcelFreezePanes {
  freezeRows(count?: number): void;
}

export interface ExcelTableCollection extends Loadable<ExcelTableCollection> {
  readonly items: ExcelTable[];
  add(address: string, hasHeaders: boolean): ExcelTable;
  getItemOrNullObject(key: string): ExcelTable;
}

export interface ExcelTable extends Loadable<ExcelTable> {
  readonly isNullObject: boolean;
  name: string;
  /** A built-in table style name ("TableStyleLight1"). */
  style: string;
}

export interface ExcelAutoFilter {
  apply(range: string): void;
}

export interface ExcelPageLayout {
  orientation: 'Portrait' | 'Landscape';
  /** Excel.PaperType names ("A4", "A5", "Letter"…). */
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Margins in points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  readonly headersFooters: ExcelHeaderFooterGroup;
  setPrintTitleRows(printTitleRows: string): void;
}

export interface ExcelHeaderFooterGroup {
  readonly defaultForAllPages: ExcelHeaderFooter;
}

export interface ExcelHeaderFooter {
  centerFooter: string;
}

export interface ExcelPageBreakCollection {
  add(pageBreakRange: string): unknown;
}

export type HorizontalAlignmentName =
  | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed';
export type VerticalAlignmentName = 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';
export type BorderIndexName = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface ExcelRange extends Loadable<ExcelRange> {
  readonly isNullObject: boolean;
  readonly address: string;
  /** Zero-based. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** true: all rows hidden; false: none; null: some (ExcelApi 1.2). */
  rowHidden: boolean;
  columnHidden: boolean;
  values: WireValue[][];
  readonly valueTypes: ValueType[][];
  formulas: WireValue[][];
  /** A single string applies to every cell of the range (documented Office.js behaviour). */
  numberFormat: string[][] | string;
  hyperlink: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
  readonly format: ExcelRangeFormat;
  readonly dataValidation: ExcelDataValidation;
  merge(across?: boolean): void;
  select(): void;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): ExcelRangeAreas;
}

export interface ExcelRangeAreas extends Loadable<ExcelRangeAreas> {
  readonly isNullObject: boolean;
  readonly areas: ExcelRangeCollection;
}

export interface ExcelRangeCollection {
  readonly items: ExcelRange[];
}

export interface ExcelRangeFormat {
  /** Points. */
  columnWidth: number;
  rowHeight: number;
  horizontalAlignment: HorizontalAlignmentName;
  verticalAlignment: VerticalAlignmentName;
  wrapText: boolean;
  readonly font: ExcelRangeFont;
  readonly fill: ExcelRangeFill;
  readonly borders: ExcelRangeBorderCollection;
}

export interface ExcelRangeFont {
  name: string;
  bold: boolean;
  /** Excel.RangeUnderlineStyle names ("None", "Single"…). */
  underline: string;
  size: number;
  color: string;
}

export interface ExcelRangeFill {
  color: string;
}

export interface ExcelRangeBorderCollection {
  getItem(index: BorderIndexName): ExcelRangeBorder;
}

export interface ExcelRangeBorder {
  /** Excel.BorderLineStyle names ("Continuous", "None", "Dash"…). */
  style: string;
  color: string;
}

export interface ExcelDataValidation {
  /** `source` is the comma-separated list we write; Office.js also accepts a Range there. */
  rule: { list?: { inCellDropDown: boolean; source: string | object } };
  prompt: { showPrompt: boolean; message: string; title: string };
}

/** How the adapter reaches Excel: `Excel.run` and the requirement-set check, injected so tests pass a fake. */
export interface ExcelHost {
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported('ExcelApi', version)`. */
  isSetSupported(version: string): boolean;
}
