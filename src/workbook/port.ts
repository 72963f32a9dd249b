/**
 * The workbook port: the small interface every use case works through. Two adapters implement it —
 * `office/` (Excel through Office.js) and `file/` (.xlsx files, read by a streaming reader and
 * written through ExcelJS, in Node and the browser). Use cases never know which one they have.
 */
import type { Grid } from '../core/sheet/grid';
import type { SheetSpec, SpecValue } from '../core/sheet/spec';

export interface SheetInfo {
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  /**
   * Last row and column of the sheet's used range (0 when the sheet is empty). A hint for display and
   * for probing, never for sizing: the file adapter gives the <dimension> tag's size without reading
   * a cell, which may count formatted empty cells (and is the largest sheet there is for a file
   * without the tag); the Office adapter gives Excel's used range.
   */
  readonly rowCount: number;
  readonly columnCount: number;
  readonly protected: boolean;
}

export interface Progress {
  /** Units done and in all (rows for reads and writes). */
  readonly done: number;
  readonly total: number;
}

export interface ReadOptions {
  /** An A1 range ("A1:N200"); the sheet's used range when absent. */
  readonly range?: string;
  readonly onProgress?: (p: Progress) => void;
  readonly signal?: AbortSignal;
}

export interface WriteOptions {
  readonly onProgress?: (p: Progress) => void;
  readonly signal?: AbortSignal;
}

/** One value to put into an existing cell (1-based row and column, as the sheet shows them). */
export interface CellEdit {
  readonly row: number;
  readonly col: number;
  /** Strings are literal text, dates are written as dates, only `{formula}` is a formula; null empties the cell. */
  readonly value: SpecValue;
}

export interface WorkbookPort {
  readonly kind: 'office' | 'file';
  listSheets(): Promise<SheetInfo[]>;
  /** Reads values, merges and hidden rows. Throws UserError("sheet.notFound") for an unknown sheet. */
  readGrid(sheet: string, options?: ReadOptions): Promise<Grid>;
  /** Creates a new sheet named `spec.name` from the spec. Throws UserError("sheet.exists") if the name is taken. */
  writeSheet(spec: SheetSpec, options?: WriteOptions): Promise<void>;
  /**
   * Writes values into existing cells of a user's sheet, for EXPLICIT edits only (behind a preview and
   * a log of the previous values in the app layer). Every other cell, every format and the sheet's
   * structure stay as they were; a date going into a cell without a date format gets yyyy-mm-dd on
   * that cell alone, so it shows as a date. A later edit of the same cell wins. Throws
   * UserError("sheet.notFound") for an unknown sheet, UserError("sheet.protected") for a protected
   * one (nothing is written then), UserError("address.invalid") for a cell outside the sheet. Once
   * writing has begun it is not cancelled: a half-applied edit would be worse than a late stop.
   */
  updateCells(sheet: string, edits: ReadonlyArray<CellEdit>, options?: WriteOptions): Promise<void>;
  /** Deletes a sheet. Only the app layer's ownership rules decide when this is allowed. */
  deleteSheet(name: string): Promise<void>;
  /** Activates a sheet and selects a cell or range on it. */
  select(sheet: string, address: string): Promise<void>;
  /** Small pieces of add-in data kept in the workbook (remembered mappings, policy, ownership). */
  readSetting(key: string): Promise<string | null>;
  writeSetting(key: string, value: string): Promise<void>;
}

/** Name of the very-hidden sheet where both adapters keep settings, so a file keeps them across faces. */
export const SETTINGS_SHEET = '_taizhang';
