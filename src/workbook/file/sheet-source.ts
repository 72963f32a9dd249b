/**
 * The seam inside the file adapter between reading and writing. A `SheetSource` answers the port's
 * read calls for one opened file; the package editor (write/) answers its write calls and saves.
 * Reading never builds a model of the whole workbook: an .xlsx source streams only the sheet asked
 * for, and a legacy or text file (.xls, .et, .ods, .csv) is a source of grids read once.
 */
import type { Grid } from '../../core/sheet/grid';
import type { ReadOptions, SheetInfo } from '../port';

/** What kind of file a source was opened from: writes into an .xlsx family file keep its package; the others go to a new .xlsx. */
export type SourceFormat = 'xlsx' | 'xlsm' | 'xltx' | 'xls' | 'et' | 'ods' | 'csv' | 'tsv' | 'txt';

export interface SheetSource {
  readonly format: SourceFormat;
  /** True when the workbook uses the 1904 date system. */
  readonly date1904: boolean;
  /** Every sheet in workbook order, from the workbook part alone (no sheet is parsed for this). */
  listSheets(): Promise<SheetInfo[]>;
  /** The sheet's cells as the port's readGrid returns them. Throws UserError("sheet.notFound") for an unknown sheet. */
  readGrid(sheet: string, options?: ReadOptions): Promise<Grid>;
}
