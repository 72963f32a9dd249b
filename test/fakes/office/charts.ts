/**
 * Charts for the Office.js fake (`worksheet.charts`, ExcelApi 1.1; series calls 1.7), installed on
 * demand so the rest of the fake stays as it is. Like the other fake objects, every call is queued
 * and runs at `context.sync()`; ranges must be on the chart's sheet; what was drawn is kept per
 * sheet model for tests to inspect.
 */
import type { CellRange } from '../../../src/core/sheet/address';
import { ACTION_BYTES, jsonLength, RichApiError } from './base';
import type { FakeContext } from './host';
import type { SheetModel } from './model';
import type { FakeRange } from './range';
import { FakeWorksheet } from './sheets';

export interface SeriesModel {
  name: string;
  values: CellRange;
  xValues: CellRange | null;
}

export interface ChartModel {
  readonly type: string;
  readonly seriesBy: string;
  name: string;
  title: string;
  legendPosition: string;
  legendVisible: boolean;
  position: { start: string; end?: string } | null;
  width: number;
  height: number;
  readonly series: SeriesModel[];
}

const charts = new WeakMap<SheetModel, ChartModel[]>();

/** The charts Excel would now show on a sheet. */
export function chartsOf(sheet: SheetModel): readonly ChartModel[] {
  return charts.get(sheet) ?? [];
}

const CHART_TYPES = new Set(['ColumnClustered', 'BarClustered', 'LineMarkers', 'Line', 'Pie', 'ColumnStacked', 'BarStacked']);

function enqueue(ctx: FakeContext, args: unknown, apply: () => void): void {
  ctx.enqueue({ requestBytes: ACTION_BYTES + jsonLength(args), apply });
}

function rectOn(sheet: SheetModel, range: FakeRange): CellRange {
  const target = range.must();
  if (target.sheet !== sheet) throw new RichApiError('InvalidArgument', 'The source data is on another sheet.');
  return target.rect;
}

class FakeChartSeries {
  model: SeriesModel | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: FakeChart,
    private readonly sheet: FakeWorksheet,
  ) {}
  private must(): SeriesModel {
    if (!this.model) throw new RichApiError('ItemNotFound', 'The series does not exist.');
    return this.model;
  }
  set name(v: string) {
    enqueue(this.ctx, v, () => {
      this.must().name = v;
    });
  }
  setValues(range: FakeRange): void {
    this.ctx.host.requires(7, 'ChartSeries.setValues');
    enqueue(this.ctx, [], () => {
      this.must().values = rectOn(this.sheet.must(), range);
    });
  }
  setXAxisValues(range: FakeRange): void {
    this.ctx.host.requires(7, 'ChartSeries.setXAxisValues');
    enqueue(this.ctx, [], () => {
      this.must().xValues = rectOn(this.sheet.must(), range);
    });
    void this.chart;
  }
}

class FakeChartSeriesCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: FakeChart,
    private readonly sheet: FakeWorksheet,
  ) {}
  getItemAt(index: number): FakeChartSeries {
    const s = new FakeChartSeries(this.ctx, this.chart, this.sheet);
    enqueue(this.ctx, [index], () => {
      const found = this.chart.must().series[index];
      if (!found) throw new RichApiError('ItemNotFound', `No series at ${index}.`);
      s.model = found;
    });
    return s;
  }
  add(name?: string): FakeChartSeries {
    this.ctx.host.requires(7, 'ChartSeriesCollection.add');
    const s = new FakeChartSeries(this.ctx, this.chart, this.sheet);
    enqueue(this.ctx, [name], () => {
      const model: SeriesModel = { name: name ?? '', values: { top: 1, left: 1, bottom: 1, right: 1 }, xValues: null };
      this.chart.must().series.push(model);
      s.model = model;
    });
    return s;
  }
}

class FakeChart {
  model: ChartModel | null = null;
  readonly series: FakeChartSeriesCollection;
  readonly title: { text: string };
  readonly legend: { position: string; visible: boolean };

  constructor(
    private readonly ctx: FakeContext,
    sheet: FakeWorksheet,
  ) {
    this.series = new FakeChartSeriesCollection(ctx, this, sheet);
    const setter = <K extends keyof ChartModel>(key: K) => (v: ChartModel[K]) => enqueue(ctx, v, () => {
      this.must()[key] = v;
    });
    const title = setter('title');
    const position = setter('legendPosition');
    const visible = setter('legendVisible');
    this.title = {
      set text(v: string) {
        title(v);
      },
      get text(): string {
        throw new RichApiError('PropertyNotLoaded', 'title/text was not loaded');
      },
    };
    this.legend = {
      set position(v: string) {
        if (!['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'].includes(v)) throw new RichApiError('InvalidArgument', `Bad legend position ${v}`);
        position(v);
      },
      get position(): string {
        throw new RichApiError('PropertyNotLoaded', 'legend/position was not loaded');
      },
      set visible(v: boolean) {
        visible(v);
      },
      get visible(): boolean {
        throw new RichApiError('PropertyNotLoaded', 'legend/visible was not loaded');
      },
    };
  }

  must(): ChartModel {
    if (!this.model) throw new RichApiError('ItemNotFound', 'The chart does not exist.');
    return this.model;
  }

  set name(v: string) {
    enqueue(this.ctx, v, () => {
      this.must().name = v;
    });
  }
  set width(v: number) {
    enqueue(this.ctx, v, () => {
      this.must().width = v;
    });
  }
  set height(v: number) {
    enqueue(this.ctx, v, () => {
      this.must().height = v;
    });
  }
  setPosition(start: string, end?: string): void {
    enqueue(this.ctx, [start, end], () => {
      if (!/^\$?[A-Z]{1,3}\$?\d+$/.test(start)) throw new RichApiError('InvalidArgument', `Bad start cell ${start}`);
      this.must().position = end === undefined ? { start } : { start, end };
    });
  }
}

class FakeChartCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChart {
    const chart = new FakeChart(this.ctx, this.sheet);
    enqueue(this.ctx, [type, seriesBy], () => {
      if (!CHART_TYPES.has(type)) throw new RichApiError('InvalidArgument', `Unknown chart type ${type}`);
      const sheet = this.sheet.must();
      const rect = rectOn(sheet, sourceData);
      const series: SeriesModel[] = [];
      // By columns: one series per column of the source.
      for (let c = rect.left; c <= rect.right; c++) series.push({ name: `Series${series.length + 1}`, values: { ...rect, left: c, right: c }, xValues: null });
      const model: ChartModel = { type, seriesBy, name: `Chart ${chartsOf(sheet).length + 1}`, title: '', legendPosition: 'Right', legendVisible: true, position: null, width: 360, height: 216, series };
      charts.set(sheet, [...chartsOf(sheet), model]);
      chart.model = model;
    });
    return chart;
  }
}

let installed = false;

/** Gives every fake worksheet a `charts` collection, as Excel's worksheets have. */
export function installFakeCharts(): void {
  if (installed) return;
  installed = true;
  Object.defineProperty(FakeWorksheet.prototype, 'charts', {
    configurable: true,
    get(this: FakeWorksheet) {
      return new FakeChartCollection(this.ctx, this);
    },
  });
}
