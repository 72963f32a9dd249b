/** The Office.js fake: a strict host for the Office adapter, with a workbook model tests seed and inspect. */
export { FakeExcel, FakeContext } from './host';
export type { FakeExcelOptions } from './host';
export { RichApiError, SyncStats, ACTION_BYTES, EXCEL_WEB_LIMITS } from './base';
export type { Limits, RequestRecord } from './base';
export { WorkbookModel, SheetModel, isFormula, isQuoted, isErrorValue } from './model';
export type { SheetSeed, Stored, CellFormat } from './model';
