/**
 * The Office adapter: WorkbookPort over Excel's object model (Office.js), ExcelApi 1.9 at least.
 * Every operation is one `Excel.run` batch with a small, bounded number of syncs; big reads and
 * writes are chunked (read-grid.ts, write-sheet.ts). The host — `Excel.run` and the requirement-set
 * check — is injected: host.ts binds the real globals, tests pass a fake.
 */
import { parseRange } from '../../core/sheet/address';
import type { Grid } from '../../core/sheet/grid';
import type { SheetSpec } from '../../core/sheet/spec';
import { throwIfAborted, type UserError } from '../../core/errors';
import type { CellEdit, ReadOptions, SheetInfo, WorkbookPort, WriteOptions } from '../port';
import { checkedEdits } from '../cell-edits';
import type { ExcelContext, ExcelHost, ExcelRange, ExcelWorksheetCollection, SheetVisibilityName } from './excel-api';
import { planSheet, requestedTableNames } from '../../core/sheet/layout';
import { addressError, isBadSheetName, sheetError, sheetNotFound } from '../messages';
import { isDate1904, queueDateSystemProbe, readArea } from './read-grid';
import { readSettingIn, writeSettingIn } from './settings';
import { writePlan } from './write-sheet';
import { writeCharts } from './charts';
import { editBlocks, writeEditBlocks } from './update-cells';

const VISIBILITY: Record<SheetVisibilityName, SheetInfo['visibility']> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

export class OfficeWorkbook implements WorkbookPort {
  readonly kind = 'office' as const;

  constructor(private readonly host: ExcelHost) {}

  /** Merged areas can be read (ExcelApi 1.13); without it grids carry no merges. */
  get readsMerges(): boolean {
    return this.host.isSetSupported('1.13');
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
      await context.sync();
      const used: ExcelRange[] = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
      await context.sync();
      return sheets.items.map((s, i) => {
        const u = used[i];
        const empty = !u || u.isNullObject;
        return {
          name: s.name,
          visibility: VISIBILITY[s.visibility] ?? 'visible',
          rowCount: empty ? 0 : u.rowIndex + u.rowCount,
          columnCount: empty ? 0 : u.columnIndex + u.columnCount,
          protected: s.protection.protected,
        };
      });
    });
  }

  async readGrid(sheet: string, options: ReadOptions = {}): Promise<Grid> {
    let requested = null;
    if (options.range !== undefined) {
      requested = parseRange(options.range);
      if (!requested) throw addressError(options.range);
    }
    const mergesSupported = this.readsMerges;
    return this.host.run(async (context) => {
      throwIfAborted(options.signal);
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet).load('name');
      const sheets = queueSheetNames(context);
      const probe = queueDateSystemProbe(context);
      await context.sync();
      if (ws.isNullObject) throw notFound(sheet, sheets);
      const date1904 = isDate1904(probe);
      let area = requested;
      if (!area) {
        const used = ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
        throwIfAborted(options.signal);
        await context.sync();
        if (used.isNullObject) {
          options.onProgress?.({ done: 0, total: 0 });
          return { sheet: ws.name, top: 1, left: 1, rows: [], merges: [], hiddenRows: [], date1904 };
        }
        area = { top: used.rowIndex + 1, left: used.columnIndex + 1, bottom: used.rowIndex + used.rowCount, right: used.columnIndex + used.columnCount };
      }
      return readArea({ context, sheet: ws, sheetName: ws.name, area, date1904, mergesSupported }, options);
    });
  }

  async writeSheet(spec: SheetSpec, options: WriteOptions = {}): Promise<void> {
    if (isBadSheetName(spec.name)) throw sheetError('sheet.badName', spec.name);
    const wantsTables = requestedTableNames(spec).length > 0;
    await this.host.run(async (context) => {
      throwIfAborted(options.signal);
      const existing = context.workbook.worksheets.getItemOrNullObject(spec.name);
      const probe = queueDateSystemProbe(context);
      const tables = wantsTables ? context.workbook.tables.load('items/name') : null;
      await context.sync();
      if (!existing.isNullObject) throw sheetError('sheet.exists', spec.name);
      const taken = new Set((tables?.items ?? []).map((t) => t.name.toLowerCase()));
      const plan = planSheet(spec, taken);
      const sheet = context.workbook.worksheets.add(spec.name);
      try {
        await writePlan({ context, sheet, plan, date1904: isDate1904(probe) }, options);
        await writeCharts(context, sheet, spec);
      } catch (e) {
        // A cancelled or failed write leaves no half-written sheet behind.
        try {
          sheet.delete();
          await context.sync();
        } catch {
          // The sheet may never have been created; the original error is what matters.
        }
        throw e;
      }
    });
  }

  async updateCells(sheet: string, edits: ReadonlyArray<CellEdit>, options: WriteOptions = {}): Promise<void> {
    const blocks = editBlocks(checkedEdits(edits));
    await this.host.run(async (context) => {
      throwIfAborted(options.signal);
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet).load('name,protection/protected');
      const sheets = queueSheetNames(context);
      const probe = queueDateSystemProbe(context);
      await context.sync();
      if (ws.isNullObject) throw notFound(sheet, sheets);
      if (ws.protection.protected) throw sheetError('sheet.protected', ws.name);
      if (blocks.length === 0) return;
      throwIfAborted(options.signal);
      await writeEditBlocks({ context, sheet: ws, blocks, date1904: isDate1904(probe) }, options);
    });
  }

  async deleteSheet(name: string): Promise<void> {
    await this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      const sheets = queueSheetNames(context);
      await context.sync();
      if (ws.isNullObject) throw notFound(name, sheets);
      ws.delete();
      await context.sync();
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    const range = parseRange(address);
    if (!range) throw addressError(address);
    await this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet).load('visibility,name');
      const sheets = queueSheetNames(context);
      await context.sync();
      if (ws.isNullObject) throw notFound(sheet, sheets);
      if (ws.visibility !== 'Visible') throw sheetError('sheet.hidden', ws.name);
      ws.activate();
      ws.getRangeByIndexes(range.top - 1, range.left - 1, range.bottom - range.top + 1, range.right - range.left + 1).select();
      await context.sync();
    });
  }

  async readSetting(key: string): Promise<string | null> {
    return this.host.run((context) => readSettingIn(context, key));
  }

  async writeSetting(key: string, value: string): Promise<void> {
    await this.host.run((context) => writeSettingIn(context, key, value));
  }
}

/** Sheet names and visibility, loaded alongside a lookup so a "not found" message can list them without another sync. */
function queueSheetNames(context: ExcelContext): ExcelWorksheetCollection {
  return context.workbook.worksheets.load('items/name,items/visibility');
}

/** The sheets a user can see or unhide are listed; very hidden ones are Taizhang's own. */
function notFound(sheet: string, sheets: ExcelWorksheetCollection): UserError {
  return sheetNotFound(
    sheet,
    sheets.items.filter((s) => s.visibility !== 'VeryHidden').map((s) => s.name),
  );
}
