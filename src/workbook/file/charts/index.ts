/** Native charts in .xlsx files written by the file adapter (ExcelJS writes none). */
export { rememberCharts, rememberedCharts, withCharts } from './registry';
export { addCharts } from './inject';
export { chartXml } from './chart-xml';
