/** Fake ranges: values in and out (with Excel's input parsing), merged areas, formats and validation. */

import type { CellRange } from '../../../src/core/sheet/address';
import type { BorderIndexName, HorizontalAlignmentName, ValueType, VerticalAlignmentName, WireValue } from '../../../src/workbook/office/excel-api';
import { ACTION_BYTES, FakeObject, FakeResolvable, FakeSetter, type LoadResult, propertyNotLoaded, RichApiError, type Scalar } from './base';
import { coerceInput } from './coerce';
import type { FakeContext } from './host';
import { type Evaluated, intersects, isFormula, type SheetModel, sheetAddress, type Validation } from './model';

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: CellRange;
}

function wireValue(v: Evaluated): { value: WireValue; type: ValueType } {
  if (v === null) return { value: '', type: 'Empty' };
  if (typeof v === 'number') return { value: v, type: 'Double' };
  if (typeof v === 'boolean') return { value: v, type: 'Boolean' };
  if (typeof v === 'string') return { value: v, type: 'String' };
  return { value: v.error, type: 'Error' };
}

/** A protected sheet refuses changes to its cells (this fake treats every cell as locked, Excel's default). */
function refuseIfProtected(sheet: SheetModel): void {
  if (sheet.protected) throw new RichApiError('AccessDenied', 'The cell or chart you\'re trying to change is on a protected sheet.');
}

export class FakeRange extends FakeResolvable<RangeTarget> {
  protected readonly kind = 'Range';
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(ctx: FakeContext, locate: () => RangeTarget | null, nullable: boolean, preset?: RangeTarget) {
    super(ctx, locate, nullable, preset);
    this.format = new FakeRangeFormat(ctx, () => this.must());
    this.dataValidation = new FakeDataValidation(ctx, () => this.must());
  }

  protected notFound(): RichApiError {
    return new RichApiError('ItemNotFound', 'The range does not exist.');
  }

  private grid<T>(cell: (sheet: SheetModel, row: number, col: number) => T): T[][] {
    const { sheet, rect } = this.must();
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(cell(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  protected override scalar(name: string): Scalar {
    const t = this.resolve();
    if (t === null) return { value: null };
    const { sheet, rect } = t;
    const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    switch (name) {
      case 'address':
        return { value: sheetAddress(sheet.name, rect) };
      case 'rowIndex':
        return { value: rect.top - 1 };
      case 'columnIndex':
        return { value: rect.left - 1 };
      case 'rowCount':
        return { value: rect.bottom - rect.top + 1 };
      case 'columnCount':
        return { value: rect.right - rect.left + 1 };
      case 'rowHidden':
        return { value: sheet.rowHidden(rect.top, rect.bottom) };
      case 'values':
        return { value: this.grid((s, r, c) => wireValue(s.valueAt(r, c)).value), cells };
      case 'valueTypes':
        return { value: this.grid((s, r, c) => wireValue(s.valueAt(r, c)).type), cells };
      case 'formulas':
        return {
          value: this.grid((s, r, c) => {
            const st = s.get(r, c);
            return isFormula(st) ? st.formula : wireValue(s.valueAt(r, c)).value;
          }),
          cells,
        };
      case 'numberFormat':
        return { value: this.grid((s, r, c) => s.formatAt(r, c).numberFormat ?? 'General'), cells };
      default:
        return super.scalar(name);
    }
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get rowHidden(): boolean {
    return this.loadedValue('rowHidden');
  }
  set rowHidden(v: boolean) {
    this.write('rowHidden', v, () => {
      const { sheet, rect } = this.must();
      for (let r = rect.top; r <= rect.bottom; r++) {
        if (v) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }
  get columnHidden(): boolean {
    return this.loadedValue('columnHidden');
  }
  set columnHidden(v: boolean) {
    this.write('columnHidden', v, () => {
      const { sheet, rect } = this.must();
      for (let c = rect.left; c <= Math.min(rect.right, 16_384); c++) {
        if (v) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }
  get valueTypes(): ValueType[][] {
    return this.loadedValue('valueTypes');
  }
  get values(): WireValue[][] {
    return this.loadedValue('values');
  }
  set values(v: WireValue[][]) {
    this.write('values', v, () => this.store(v));
  }
  get formulas(): WireValue[][] {
    return this.loadedValue('formulas');
  }
  set formulas(v: WireValue[][]) {
    this.write('formulas', v, () => this.store(v));
  }
  get numberFormat(): string[][] | string {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(v: string[][] | string) {
    this.write('numberFormat', v, () => {
      const { sheet, rect } = this.must();
      refuseIfProtected(sheet);
      if (typeof v === 'string') {
        sheet.addFormat(rect, (f) => (f.numberFormat = v), true);
        return;
      }
      this.checkDims(v);
      sheet.addFormat(rect, (f, r, c) => {
        const x = v[r - rect.top]?.[c - rect.left];
        if (typeof x === 'string') f.numberFormat = x;
      }, true);
    });
  }
  get hyperlink(): { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string } {
    return this.loadedValue('hyperlink');
  }
  set hyperlink(v: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
    this.write('hyperlink', v, () => {
      const { sheet, rect } = this.must();
      refuseIfProtected(sheet);
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          sheet.hyperlinks.set(`${r},${c}`, v.documentReference ?? v.address ?? '');
          if (v.textToDisplay !== undefined) sheet.set(r, c, v.textToDisplay);
        }
    });
  }

  private checkDims(v: unknown[][]): void {
    const { rect } = this.must();
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (!Array.isArray(v) || v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new RichApiError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
  }

  /** What Excel does with written values: parse each like typed input, respecting text-formatted cells. */
  private store(v: WireValue[][] | WireValue): void {
    const { sheet, rect } = this.must();
    refuseIfProtected(sheet);
    const date1904 = this.ctx.model.date1904;
    const grid = Array.isArray(v) ? v : null;
    if (grid) this.checkDims(grid);
    const textFormatted = sheet.numberFormatLayersTouching(rect) > 0;
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        const input = grid ? grid[r - rect.top]?.[c - rect.left] : v;
        const isText = textFormatted && sheet.formatAt(r, c).numberFormat === '@';
        const res = coerceInput(input, isText, date1904);
        if (res === 'unchanged') continue;
        sheet.set(r, c, res.stored);
        const auto = res.autoFormat;
        if (auto && (sheet.formatAt(r, c).numberFormat ?? 'General') === 'General') {
          sheet.addFormat({ top: r, left: c, bottom: r, right: c }, (f) => (f.numberFormat = auto), true);
        }
      }
  }

  merge(across?: boolean): void {
    this.call([across ?? false], () => {
      const { sheet, rect } = this.must();
      const parts = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
      for (const m of parts) {
        if (m.top === m.bottom && m.left === m.right) continue;
        if (sheet.merges.some((x) => intersects(x, m))) throw new RichApiError('InvalidOperation', 'The range overlaps a merged area.');
        if (sheet.tables().some((t) => intersects(t.range, m))) throw new RichApiError('InvalidOperation', 'Cells of a table cannot be merged.');
        // Excel keeps only the upper-left value of a merged area.
        for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) sheet.set(r, c, undefined);
        sheet.merges.push(m);
      }
    });
  }

  select(): void {
    this.call([], () => {
      const { sheet, rect } = this.must();
      if (this.ctx.model.activeSheet !== sheet) throw new RichApiError('InvalidSelection', 'Only a range on the active sheet can be selected.');
      this.ctx.model.selection = { sheet: sheet.name, address: sheetAddress(sheet.name, rect).split('!').pop() ?? '' };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.host.requires(13, 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const { sheet, rect } = this.must();
        const found = sheet.merges.filter((m) => intersects(m, rect));
        return found.length > 0 ? { sheet, rects: found } : null;
      },
      true,
    );
  }
}

export class FakeRangeAreas extends FakeResolvable<{ sheet: SheetModel; rects: CellRange[] }> {
  protected readonly kind = 'RangeAreas';
  protected notFound(): RichApiError {
    return new RichApiError('ItemNotFound', 'No merged areas.');
  }
  private readonly collection = new FakeRangeCollection(this.ctx, () => {
    const t = this.resolve();
    return t ? t.rects.map((r) => ({ sheet: t.sheet, rect: r })) : [];
  });
  protected override child(name: string): FakeObject | undefined {
    return name === 'areas' ? this.collection : undefined;
  }
  protected override scalar(name: string): Scalar {
    if (name === 'address') {
      const t = this.resolve();
      return { value: t ? t.rects.map((r) => sheetAddress(t.sheet.name, r)).join(',') : null };
    }
    return super.scalar(name);
  }
  get areas(): FakeRangeCollection {
    return this.collection;
  }
}

export class FakeRangeCollection extends FakeObject {
  protected readonly kind = 'RangeCollection';
  constructor(
    ctx: FakeContext,
    private readonly list: () => RangeTarget[],
  ) {
    super(ctx);
  }
  get items(): FakeRange[] {
    return this.loadedValue('items');
  }
  protected override isNavigation(name: string): boolean {
    return name === 'items';
  }
  protected override loadNested(head: string, rest: string[][]): LoadResult {
    if (head !== 'items') return super.loadNested(head, rest);
    const items = this.list().map((t) => new FakeRange(this.ctx, () => t, false, t));
    const results = items.map((i) => i.applyLoad(rest));
    return {
      bytes: results.reduce((n, r) => n + r.bytes, 0),
      cells: results.reduce((n, r) => n + r.cells, 0),
      publish: () => {
        for (const r of results) r.publish();
        this.loaded.set('items', items);
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Range formatting and validation: write-only in this fake (the adapter never reads them back).

class FakeRangeFormat extends FakeSetter<RangeTarget> {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: { getItem(index: BorderIndexName): FakeRangeBorder };

  constructor(ctx: FakeContext, target: () => RangeTarget) {
    super(ctx, target);
    this.font = new FakeRangeFont(ctx, target);
    this.fill = new FakeRangeFill(ctx, target);
    this.borders = { getItem: (index: BorderIndexName) => new FakeRangeBorder(ctx, target, index) };
  }

  get columnWidth(): number {
    throw propertyNotLoaded('RangeFormat', 'columnWidth');
  }
  set columnWidth(points: number) {
    this.put(points, ({ sheet, rect }) => {
      if (!(points >= 0 && points <= 1790)) throw new RichApiError('InvalidArgument', `column width ${points}`);
      for (let c = rect.left; c <= Math.min(rect.right, 16_384); c++) sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number {
    throw propertyNotLoaded('RangeFormat', 'rowHeight');
  }
  set rowHeight(points: number) {
    this.put(points, ({ sheet, rect }) => {
      if (!(points >= 0 && points <= 409)) throw new RichApiError('InvalidArgument', `row height ${points}`);
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
  get horizontalAlignment(): HorizontalAlignmentName {
    throw propertyNotLoaded('RangeFormat', 'horizontalAlignment');
  }
  set horizontalAlignment(v: HorizontalAlignmentName) {
    this.put(v, ({ sheet, rect }) => sheet.addFormat(rect, (f) => (f.horizontalAlignment = v)));
  }
  get verticalAlignment(): VerticalAlignmentName {
    throw propertyNotLoaded('RangeFormat', 'verticalAlignment');
  }
  set verticalAlignment(v: VerticalAlignmentName) {
    this.put(v, ({ sheet, rect }) => sheet.addFormat(rect, (f) => (f.verticalAlignment = v)));
  }
  get wrapText(): boolean {
    throw propertyNotLoaded('RangeFormat', 'wrapText');
  }
  set wrapText(v: boolean) {
    this.put(v, ({ sheet, rect }) => sheet.addFormat(rect, (f) => (f.wrapText = v)));
  }
}

class FakeRangeFont extends FakeSetter<RangeTarget> {
  get name(): string {
    throw propertyNotLoaded('RangeFont', 'name');
  }
  set name(v: string) {
    this.put(v, ({ sheet, rect }) => sheet.addFormat(rect, (f) => (f.fontName = v)));
  }
  get underline(): string {
    throw propertyNotLoaded('RangeFont', 'underline');
  }
  set underline(v: string) {
    this.put(v, ({ sheet, rect }) => {
      if (!['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'].includes(v)) throw new RichApiError('InvalidArgument', `underline ${v}`);
      sheet.addFormat(rect, (f) => (f.underline = v));
    });
  }
  get bold(): boolean {
    throw propertyNotLoaded('RangeFont', 'bold');
  }
  set bold(v: boolean) {
    this.put(v, ({ sheet, rect }) => sheet.addFormat(rect, (f) => (f.bold = v)));
  }
  get size(): number {
    throw propertyNotLoaded('RangeFont', 'size');
  }
  set size(v: number) {
    this.put(v, ({ sheet, rect }) => sheet.addFormat(rect, (f) => (f.fontSize = v)));
  }
  get color(): string {
    throw propertyNotLoaded('RangeFont', 'color');
  }
  set color(v: string) {
    this.put(v, ({ sheet, rect }) => sheet.addFormat(rect, (f) => (f.fontColor = v)));
  }
}

class FakeRangeFill extends FakeSetter<RangeTarget> {
  get color(): string {
    throw propertyNotLoaded('RangeFill', 'color');
  }
  set color(v: string) {
    this.put(v, ({ sheet, rect }) => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new RichApiError('InvalidArgument', `Bad colour ${v}`);
      sheet.addFormat(rect, (f) => (f.fill = v.toUpperCase()));
    });
  }
}

class FakeRangeBorder extends FakeSetter<RangeTarget> {
  constructor(
    ctx: FakeContext,
    target: () => RangeTarget,
    private readonly index: BorderIndexName,
  ) {
    super(ctx, target);
    ctx.enqueue({ requestBytes: ACTION_BYTES + index.length, apply: () => undefined });
  }
  get style(): string {
    throw propertyNotLoaded('RangeBorder', 'style');
  }
  set style(v: string) {
    const index = this.index;
    this.put(v, ({ sheet, rect }) =>
      sheet.addFormat(rect, (f, r, c) => {
        const b = (f.borders ??= {});
        if (index === 'EdgeTop' && r === rect.top) b.top = v;
        if (index === 'EdgeBottom' && r === rect.bottom) b.bottom = v;
        if (index === 'EdgeLeft' && c === rect.left) b.left = v;
        if (index === 'EdgeRight' && c === rect.right) b.right = v;
        if (index === 'InsideHorizontal') {
          if (r > rect.top) b.top = v;
          if (r < rect.bottom) b.bottom = v;
        }
        if (index === 'InsideVertical') {
          if (c > rect.left) b.left = v;
          if (c < rect.right) b.right = v;
        }
      }),
    );
  }
  get color(): string {
    throw propertyNotLoaded('RangeBorder', 'color');
  }
  set color(v: string) {
    this.put(v, () => undefined);
  }
}

class FakeDataValidation extends FakeSetter<RangeTarget> {
  private entry({ sheet, rect }: RangeTarget): Validation {
    const found = sheet.validations.find((x) => x.range.top === rect.top && x.range.left === rect.left && x.range.bottom === rect.bottom && x.range.right === rect.right);
    if (found) return found;
    const v: Validation = { range: rect };
    sheet.validations.push(v);
    return v;
  }
  get rule(): { list?: { inCellDropDown: boolean; source: string | object } } {
    throw propertyNotLoaded('DataValidation', 'rule');
  }
  set rule(v: { list?: { inCellDropDown: boolean; source: string | object } }) {
    this.put(v, (t) => {
      const list = v.list;
      if (!list || typeof list.source !== 'string' || list.source.length === 0) throw new RichApiError('InvalidArgument', 'Only list rules with a text source are modelled.');
      if (list.source.length > 255) throw new RichApiError('InvalidArgument', 'A list source is limited to 255 characters.');
      this.entry(t).list = { inCellDropDown: list.inCellDropDown, source: list.source };
    });
  }
  get prompt(): { showPrompt: boolean; message: string; title: string } {
    throw propertyNotLoaded('DataValidation', 'prompt');
  }
  set prompt(v: { showPrompt: boolean; message: string; title: string }) {
    this.put(v, (t) => {
      if (v.message.length > 255 || v.title.length > 32) throw new RichApiError('InvalidArgument', 'Prompt too long.');
      this.entry(t).prompt = { ...v };
    });
  }
}
