/**
 * Native Excel charts for a written sheet, through `worksheet.charts` (ExcelApi 1.1; the series
 * calls are ExcelApi 1.7, inside the 1.9 the add-in requires). Each chart starts from its first
 * value column and gets its categories and other series set explicitly, so Excel never guesses
 * which cells are labels; series names and the title are plain text (never formulas). One sync for
 * all the charts of a sheet.
 */
import { chartPlacements, type ChartPlacement, type ChartSpec, type SheetSpec } from '../../core/sheet/spec';
import { cellAddress } from '../../core/sheet/address';
import type { ExcelContext, ExcelRange, ExcelWorksheet } from './excel-api';

export interface ExcelChartSeries {
  name: string;
  setValues(sourceData: ExcelRange): void;
  setXAxisValues(sourceData: ExcelRange): void;
}

export interface ExcelChartSeriesCollection {
  getItemAt(index: number): ExcelChartSeries;
  add(name?: string): ExcelChartSeries;
}

export interface ExcelChart {
  name: string;
  /** Points. */
  width: number;
  height: number;
  readonly title: { text: string };
  readonly legend: { position: string; visible: boolean };
  readonly series: ExcelChartSeriesCollection;
  setPosition(startCell: string, endCell?: string): void;
}

export interface ExcelChartCollection {
  add(type: string, sourceData: ExcelRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): ExcelChart;
}

export type ExcelWorksheetWithCharts = ExcelWorksheet & { readonly charts: ExcelChartCollection };

/** Excel.ChartType for each chart type of a spec. */
export const EXCEL_CHART_TYPE: Readonly<Record<ChartSpec['type'], string>> = {
  bar: 'BarClustered',
  column: 'ColumnClustered',
  line: 'LineMarkers',
  pie: 'Pie',
};

function hasCharts(sheet: ExcelWorksheet): sheet is ExcelWorksheetWithCharts {
  return 'charts' in sheet;
}

function column(sheet: ExcelWorksheet, p: ChartPlacement, col: number): ExcelRange {
  return sheet.getRangeByIndexes(p.firstRow - 1, col - 1, p.lastRow - p.firstRow + 1, 1);
}

/** Queues one chart; nothing is sent until the caller syncs. */
export function queueChart(sheet: ExcelWorksheetWithCharts, p: ChartPlacement, index: number): void {
  const [first, ...rest] = p.series;
  if (!first) return;
  const categories = column(sheet, p, p.categoryColumn);
  const chart = sheet.charts.add(EXCEL_CHART_TYPE[p.chart.type], column(sheet, p, first.column), 'Columns');
  chart.name = `Taizhang chart ${index + 1}`;
  chart.title.text = p.chart.title;
  chart.legend.position = p.chart.type === 'pie' ? 'Right' : 'Bottom';
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(categories);
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(column(sheet, p, s.column));
    series.setXAxisValues(categories);
  }
  chart.setPosition(cellAddress(p.anchorRow, p.anchorColumn));
  chart.width = p.width;
  chart.height = p.height;
}

/** Adds the spec's charts to a sheet just written. A host without charts (a test double) gets none. */
export async function writeCharts(context: ExcelContext, sheet: ExcelWorksheet, spec: SheetSpec): Promise<void> {
  const placements = chartPlacements(spec);
  if (placements.length === 0 || !hasCharts(sheet)) return;
  placements.forEach((p, i) => queueChart(sheet, p, i));
  await context.sync();
}
