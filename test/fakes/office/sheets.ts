/** Fake workbook, worksheets, tables and page setup objects. */

import { isValidYmd, toExcelSerial, ymd } from '../../../src/core/dates';
import type { SheetVisibilityName } from '../../../src/workbook/office/excel-api';
import { ACTION_BYTES, FakeObject, FakeResolvable, FakeSetter, type LoadResult, propertyNotLoaded, RichApiError, type Scalar } from './base';
import type { FakeContext } from './host';
import { intersects, parseAnyRange, type SheetModel, type TableModel } from './model';
import { FakeRange } from './range';

// ---------------------------------------------------------------------------------------------
// Workbook, worksheets

export class FakeWorkbook extends FakeObject {
  protected readonly kind = 'Workbook';
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly functions: FakeFunctions;

  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.functions = new FakeFunctions(ctx);
  }
}

export class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.ctx, () => {
      const date1904 = this.ctx.model.date1904;
      if (!isValidYmd(year, month, day) || year < (date1904 ? 1904 : 1900)) return { error: '#NUM!' };
      return { value: toExcelSerial(ymd(year, month, day), date1904) };
    });
  }
}

export class FakeFunctionResult extends FakeResolvable<{ value?: number; error?: string }> {
  protected readonly kind = 'FunctionResult';
  constructor(ctx: FakeContext, compute: () => { value?: number; error?: string }) {
    super(ctx, compute, false);
  }
  protected notFound(): RichApiError {
    return new RichApiError('GeneralException', 'function failed');
  }
  protected override scalar(name: string): Scalar {
    const r = this.must();
    if (name === 'value') return { value: r.value ?? null };
    if (name === 'error') return { value: r.error ?? null };
    return super.scalar(name);
  }
  get value(): unknown {
    return this.loadedValue('value');
  }
  get error(): string {
    return this.loadedValue('error');
  }
}

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

export class FakeWorksheetCollection extends FakeObject {
  protected readonly kind = 'WorksheetCollection';

  get items(): FakeWorksheet[] {
    return this.loadedValue('items');
  }

  protected override isNavigation(name: string): boolean {
    return name === 'items';
  }

  protected override loadNested(head: string, rest: string[][]): LoadResult {
    if (head !== 'items') return super.loadNested(head, rest);
    const items = this.ctx.model.sheets.map((s) => new FakeWorksheet(this.ctx, () => s, false, s));
    const results = items.map((i) => i.applyLoad(rest));
    return {
      bytes: results.reduce((n, r) => n + r.bytes, 0),
      cells: 0,
      publish: () => {
        for (const r of results) r.publish();
        this.loaded.set('items', items);
      },
    };
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(key) ?? null, false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(key) ?? null, true);
  }

  add(name?: string): FakeWorksheet {
    const model = this.ctx.model;
    return new FakeWorksheet(
      this.ctx,
      () => {
        const wanted = name ?? `Sheet${model.sheets.length + 1}`;
        if (wanted.length === 0 || wanted.length > 31 || INVALID_SHEET_NAME.test(wanted) || /^'|'$/.test(wanted)) {
          throw new RichApiError('InvalidArgument', `The sheet name "${wanted}" is not valid.`);
        }
        if (model.sheet(wanted)) throw new RichApiError('ItemAlreadyExists', `A sheet named "${wanted}" already exists.`);
        return model.addSheet(wanted);
      },
      false,
    );
  }
}

export class FakeWorksheet extends FakeResolvable<SheetModel> {
  protected readonly kind = 'Worksheet';
  readonly protection: FakeProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly tables: FakeTableCollection;
  readonly autoFilter: FakeAutoFilter;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreaks;

  constructor(ctx: FakeContext, locate: () => SheetModel | null, nullable: boolean, preset?: SheetModel) {
    super(ctx, locate, nullable, preset);
    this.protection = new FakeProtection(ctx, this);
    this.freezePanes = new FakeFreezePanes(ctx, this);
    this.tables = new FakeTableCollection(ctx, this);
    this.autoFilter = new FakeAutoFilter(ctx, this);
    this.pageLayout = new FakePageLayout(ctx, this);
    this.horizontalPageBreaks = new FakePageBreaks(ctx, this);
  }

  protected notFound(): RichApiError {
    return new RichApiError('ItemNotFound', 'The requested resource doesn\'t exist.');
  }

  protected override scalar(name: string): Scalar {
    const s = this.resolve();
    switch (name) {
      case 'name':
        return { value: s?.name ?? null };
      case 'visibility':
        return { value: s?.visibility ?? null };
      case 'tabColor':
        return { value: s?.tabColor ?? null };
      case 'position':
        return { value: s ? this.ctx.model.sheets.indexOf(s) : null };
      default:
        return super.scalar(name);
    }
  }

  protected override child(name: string): FakeObject | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(v: string) {
    this.write('name', v, () => {
      this.must().name = v;
    });
  }

  get visibility(): SheetVisibilityName {
    return this.loadedValue('visibility');
  }
  set visibility(v: SheetVisibilityName) {
    this.write('visibility', v, () => {
      const s = this.must();
      if (v !== 'Visible') {
        const othersVisible = this.ctx.model.sheets.some((x) => x !== s && x.visibility === 'Visible');
        if (!othersVisible) throw new RichApiError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = v;
      if (v !== 'Visible' && this.ctx.model.activeSheet === s) {
        this.ctx.model.activeSheet = this.ctx.model.sheets.find((x) => x.visibility === 'Visible') ?? null;
      }
    });
  }

  get tabColor(): string {
    return this.loadedValue('tabColor');
  }
  set tabColor(v: string) {
    this.write('tabColor', v, () => {
      if (v !== '' && !/^#[0-9A-Fa-f]{6}$/.test(v)) throw new RichApiError('InvalidArgument', `Bad colour ${v}`);
      this.must().tabColor = v;
    });
  }

  activate(): void {
    this.call([], () => {
      const s = this.must();
      if (s.visibility !== 'Visible') throw new RichApiError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.ctx.model.activeSheet = s;
    });
  }

  delete(): void {
    this.call([], () => {
      const s = this.must();
      const othersVisible = this.ctx.model.sheets.some((x) => x !== s && x.visibility === 'Visible');
      if (!othersVisible) throw new RichApiError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      this.ctx.model.removeSheet(s);
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.must();
        const text = address ?? 'A1:XFD1048576';
        const r = parseAnyRange(text.includes('!') ? (text.split('!').pop() ?? '') : text);
        if (!r) throw new RichApiError('InvalidArgument', `Bad address ${text}`);
        return { sheet: s, rect: r };
      },
      false,
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) throw new RichApiError('InvalidArgument', 'Bad range indexes');
        return { sheet: this.must(), rect: { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount } };
      },
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.must();
        const u = s.usedRange();
        return u ? { sheet: s, rect: u } : null;
      },
      true,
    );
  }
}

export class FakeProtection extends FakeObject {
  protected readonly kind = 'WorksheetProtection';
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }
  protected override scalar(name: string): Scalar {
    if (name === 'protected') return { value: this.sheet.resolve()?.protected ?? null };
    return super.scalar(name);
  }
  get protected(): boolean {
    return this.loadedValue('protected');
  }
}

export class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  freezeRows(count?: number): void {
    this.ctx.enqueue({
      requestBytes: ACTION_BYTES + 8,
      apply: () => {
        this.sheet.must().freezeRows = count ?? 1;
      },
    });
  }
}

export class FakeAutoFilter {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  apply(range: string): void {
    this.ctx.enqueue({
      requestBytes: ACTION_BYTES + range.length,
      apply: () => {
        const r = parseAnyRange(range);
        if (!r) throw new RichApiError('InvalidArgument', `Bad address ${range}`);
        this.sheet.must().autoFilter = r;
      },
    });
  }
}

export class FakePageBreaks {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  add(pageBreakRange: string): void {
    this.ctx.enqueue({
      requestBytes: ACTION_BYTES + pageBreakRange.length,
      apply: () => {
        const r = parseAnyRange(pageBreakRange);
        if (!r) throw new RichApiError('InvalidArgument', `Bad address ${pageBreakRange}`);
        this.sheet.must().pageBreaks.push(r.top);
      },
    });
  }
}


const PAPER = new Set(['Letter', 'A3', 'A4', 'A5', 'B4', 'B5', 'Legal']);

export class FakePageLayout extends FakeSetter<SheetModel> {
  readonly headersFooters: { readonly defaultForAllPages: FakeHeaderFooter };
  constructor(ctx: FakeContext, sheet: FakeWorksheet) {
    super(ctx, () => sheet.must());
    this.headersFooters = { defaultForAllPages: new FakeHeaderFooter(ctx, () => sheet.must()) };
  }
  get orientation(): 'Portrait' | 'Landscape' {
    throw propertyNotLoaded('PageLayout', 'orientation');
  }
  set orientation(v: 'Portrait' | 'Landscape') {
    this.put(v, (s) => {
      if (v !== 'Portrait' && v !== 'Landscape') throw new RichApiError('InvalidArgument', `orientation ${String(v)}`);
      s.pageLayout.orientation = v;
    });
  }
  get paperSize(): string {
    throw propertyNotLoaded('PageLayout', 'paperSize');
  }
  set paperSize(v: string) {
    this.put(v, (s) => {
      if (!PAPER.has(v)) throw new RichApiError('InvalidArgument', `paperSize ${v}`);
      s.pageLayout.paperSize = v;
    });
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
    throw propertyNotLoaded('PageLayout', 'zoom');
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.put(v, (s) => {
      if (v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined)) {
        throw new RichApiError('InvalidArgument', 'zoom: scale and fit-to-pages are exclusive');
      }
      s.pageLayout.zoom = { ...v };
    });
  }
  private margin(name: 'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', v: number): void {
    this.put(v, (s) => {
      if (!(v >= 0 && v < 1000)) throw new RichApiError('InvalidArgument', `margin ${v}`);
      s.pageLayout.margins[name] = v;
    });
  }
  get leftMargin(): number {
    throw propertyNotLoaded('PageLayout', 'leftMargin');
  }
  set leftMargin(v: number) {
    this.margin('left', v);
  }
  get rightMargin(): number {
    throw propertyNotLoaded('PageLayout', 'rightMargin');
  }
  set rightMargin(v: number) {
    this.margin('right', v);
  }
  get topMargin(): number {
    throw propertyNotLoaded('PageLayout', 'topMargin');
  }
  set topMargin(v: number) {
    this.margin('top', v);
  }
  get bottomMargin(): number {
    throw propertyNotLoaded('PageLayout', 'bottomMargin');
  }
  set bottomMargin(v: number) {
    this.margin('bottom', v);
  }
  get headerMargin(): number {
    throw propertyNotLoaded('PageLayout', 'headerMargin');
  }
  set headerMargin(v: number) {
    this.margin('header', v);
  }
  get footerMargin(): number {
    throw propertyNotLoaded('PageLayout', 'footerMargin');
  }
  set footerMargin(v: number) {
    this.margin('footer', v);
  }
  get centerHorizontally(): boolean {
    throw propertyNotLoaded('PageLayout', 'centerHorizontally');
  }
  set centerHorizontally(v: boolean) {
    this.put(v, (s) => (s.pageLayout.centerHorizontally = v));
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.put(printTitleRows, (s) => {
      if (!/^\$?\d+:\$?\d+$/.test(printTitleRows)) throw new RichApiError('InvalidArgument', `print title rows ${printTitleRows}`);
      s.pageLayout.printTitleRows = printTitleRows;
    });
  }
}

export class FakeHeaderFooter extends FakeSetter<SheetModel> {
  get centerFooter(): string {
    throw propertyNotLoaded('HeaderFooter', 'centerFooter');
  }
  set centerFooter(v: string) {
    this.put(v, (s) => {
      if (v.length > 255) throw new RichApiError('InvalidArgument', 'footer longer than 255 characters');
      s.pageLayout.centerFooter = v;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

const TABLE_NAME = /^[A-Za-z_\\\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/;

export class FakeTableCollection extends FakeObject {
  protected readonly kind = 'TableCollection';
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet | null,
  ) {
    super(ctx);
  }

  get items(): FakeTable[] {
    return this.loadedValue('items');
  }

  protected override isNavigation(name: string): boolean {
    return name === 'items';
  }

  protected override loadNested(head: string, rest: string[][]): LoadResult {
    if (head !== 'items') return super.loadNested(head, rest);
    const owner = this.sheet?.must() ?? null;
    const items = this.ctx.model.tables.filter((t) => owner === null || t.sheet === owner).map((t) => new FakeTable(this.ctx, () => t, false, t));
    const results = items.map((i) => i.applyLoad(rest));
    return {
      bytes: results.reduce((n, r) => n + r.bytes, 0),
      cells: 0,
      publish: () => {
        for (const r of results) r.publish();
        this.loaded.set('items', items);
      },
    };
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.ctx, () => {
      const t = this.ctx.model.table(key);
      return t && (!this.sheet || t.sheet === this.sheet.resolve()) ? t : null;
    }, true);
  }

  add(address: string, hasHeaders: boolean): FakeTable {
    const sheetProxy = this.sheet;
    if (!sheetProxy) throw new Error('add a table through worksheet.tables in this fake');
    const model = this.ctx.model;
    return new FakeTable(
      this.ctx,
      () => {
        const s = sheetProxy.must();
        const r = parseAnyRange(address.includes('!') ? (address.split('!').pop() ?? '') : address);
        if (!r) throw new RichApiError('InvalidArgument', `Bad address ${address}`);
        if (s.merges.some((m) => intersects(m, r))) throw new RichApiError('InvalidOperation', 'A table cannot overlap merged cells.');
        if (model.tables.some((t) => t.sheet === s && intersects(t.range, r))) throw new RichApiError('InvalidOperation', 'A table cannot overlap another table.');
        if (hasHeaders) {
          const seen = new Set<string>();
          for (let c = r.left; c <= r.right; c++) {
            const v = s.valueAt(r.top, c);
            let text = v === null || typeof v === 'object' ? '' : String(v);
            if (text === '' || seen.has(text.toLowerCase())) text = `Column${c - r.left + 1}`;
            seen.add(text.toLowerCase());
            s.set(r.top, c, text);
          }
        }
        let n = 1;
        while (model.table(`Table${n}`)) n++;
        const t: TableModel = { name: `Table${n}`, sheet: s, range: r, hasHeaders, style: 'TableStyleMedium2' };
        model.tables.push(t);
        return t;
      },
      false,
    );
  }
}

export class FakeTable extends FakeResolvable<TableModel> {
  protected readonly kind = 'Table';
  constructor(ctx: FakeContext, locate: () => TableModel | null, nullable: boolean, preset?: TableModel) {
    super(ctx, locate, nullable, preset);
  }
  get style(): string {
    return this.loadedValue('style');
  }
  set style(v: string) {
    this.write('style', v, () => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v)) throw new RichApiError('InvalidArgument', `Unknown table style ${v}`);
      this.must().style = v;
    });
  }
  protected notFound(): RichApiError {
    return new RichApiError('ItemNotFound', 'The table does not exist.');
  }
  protected override scalar(name: string): Scalar {
    if (name === 'name') return { value: this.resolve()?.name ?? null };
    return super.scalar(name);
  }
  get name(): string {
    return this.loadedValue('name');
  }
  set name(v: string) {
    this.write('name', v, () => {
      const t = this.must();
      if (!TABLE_NAME.test(v) || /^[A-Za-z]{1,3}\d+$/.test(v) || /^[RrCc]$/.test(v)) throw new RichApiError('InvalidArgument', `Bad table name ${v}`);
      const other = this.ctx.model.table(v);
      if (other && other !== t) throw new RichApiError('InvalidArgument', `A table named ${v} already exists.`);
      t.name = v;
    });
  }
}
