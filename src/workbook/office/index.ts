/** The Office adapter: WorkbookPort over Office.js (Excel add-in). `host.ts` binds it to the real Excel. */
export { OfficeWorkbook } from './office-workbook';
export type { ExcelHost } from './excel-api';
export { needsTextMark, literalText } from './literal-text';
