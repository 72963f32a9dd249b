/**
 * Explicit edits of a user's own sheet (filling 应赔金额, marking ledger rows with their count
 * outcome): previewed first, applied only on request, logged with the previous values, and undoable.
 * Nothing else in Taizhang writes into a sheet it does not own.
 */
import { z } from 'zod';
import { UserError } from '../core/errors';
import { localize, type Catalogue } from '../core/i18n/locale';
import { cellAddress } from '../core/sheet/address';
import { cellAt, cellSchema, cellText, isDateCell, isErrorCell, type Cell } from '../core/sheet/grid';
import { specValueSchema, type SpecValue } from '../core/sheet/spec';
import type { CellEdit, WorkbookPort } from '../workbook/port';
import { writeOwnedSheet } from './owned-sheets';
import { readJsonSetting, writeJsonSetting } from './settings';

const messages = {
  'edits.unknownLog': { 'zh-CN': '找不到编号为 {id} 的修改记录，无法撤销。', 'en-US': 'There is no edit record {id} to undo.' },
  'edits.undone': { 'zh-CN': '已撤销', 'en-US': 'undone' },
} as const satisfies Catalogue<string>;

const LOG_KEY = 'editLog';
/** Entries kept for undo; older ones stay readable on the log sheet. */
const KEEP = 50;

const changeSchema = z.object({ row: z.number().int(), col: z.number().int(), before: cellSchema, after: specValueSchema });
const entrySchema = z.object({
  id: z.string(),
  sheet: z.string(),
  at: z.string(),
  reason: z.string(),
  changes: z.array(changeSchema),
  undoneAt: z.string().optional(),
});
export type EditLogEntry = z.infer<typeof entrySchema>;
const logSchema = z.array(entrySchema);

export interface EditPreviewLine {
  readonly address: string;
  readonly before: string;
  readonly after: string;
}

function shownSpec(v: SpecValue): string {
  if (v === null) return '';
  if (typeof v !== 'object') return String(v);
  if ('date' in v) return v.date;
  if ('formula' in v) return v.formula;
  return v.text;
}

function sameValue(cell: Cell, value: SpecValue): boolean {
  if (value === null) return cell === null;
  if (typeof value !== 'object') return cell === value;
  if ('date' in value) return isDateCell(cell) && cell.date === value.date;
  if ('text' in value) return cell === value.text;
  return false;
}

/** The cell's value as something the adapters can write back. An error value cannot be, so it becomes empty. */
function restorable(cell: Cell): SpecValue {
  if (isErrorCell(cell)) return null;
  return cell;
}

export async function previewSourceEdits(port: WorkbookPort, sheet: string, edits: readonly CellEdit[]): Promise<EditPreviewLine[]> {
  const grid = await port.readGrid(sheet);
  return edits
    .filter((e) => !sameValue(cellAt(grid, e.row, e.col), e.value))
    .map((e) => ({ address: cellAddress(e.row, e.col), before: cellText(cellAt(grid, e.row, e.col)), after: shownSpec(e.value) }));
}

async function readLog(port: WorkbookPort): Promise<EditLogEntry[]> {
  return (await readJsonSetting(port, LOG_KEY, logSchema)) ?? [];
}

/** The log as a sheet people can read and print: every change with its previous value. */
async function writeLogSheet(port: WorkbookPort, log: readonly EditLogEntry[]): Promise<void> {
  const rows = log.flatMap((e) =>
    e.changes.map((c) => [e.id, e.at.slice(0, 19).replace('T', ' '), e.reason, e.sheet, cellAddress(c.row, c.col), cellText(c.before), shownSpec(c.after), e.undoneAt ? localize(messages, 'edits.undone')['zh-CN'] : '']),
  );
  await writeOwnedSheet(port, {
    name: '台账助手修改记录',
    kind: 'edits.log',
    blocks: [
      { type: 'title', text: '台账助手对原表的修改记录' },
      { type: 'lines', lines: ['每次修改前的原值都记录在此，可在台账助手中撤销。'] },
      {
        type: 'table',
        columns: [{ header: '编号', width: 16 }, { header: '时间', width: 18 }, { header: '原因', width: 24 }, { header: '工作表', width: 16 }, { header: '单元格', width: 8 }, { header: '原值', width: 16, numFmt: '@' }, { header: '新值', width: 16, numFmt: '@' }, { header: '状态', width: 8 }],
        rows,
        autoFilter: true,
        freezeHeader: true,
      },
    ],
  });
}

/** Applies the edits that change something, after logging every previous value. */
export async function applySourceEdits(
  port: WorkbookPort,
  sheet: string,
  edits: readonly CellEdit[],
  options: { reason: string; now?: Date },
): Promise<EditLogEntry | null> {
  const grid = await port.readGrid(sheet);
  const changes = edits
    .filter((e) => !sameValue(cellAt(grid, e.row, e.col), e.value))
    .map((e) => ({ row: e.row, col: e.col, before: cellAt(grid, e.row, e.col), after: e.value }));
  if (changes.length === 0) return null;
  const at = (options.now ?? new Date()).toISOString();
  const entry: EditLogEntry = { id: `E${at.replace(/\D/g, '').slice(0, 14)}-${Math.random().toString(36).slice(2, 6)}`, sheet, at, reason: options.reason, changes };
  // The log is written first: if writing the cells fails half-way, the previous values are already safe.
  const log = [...(await readLog(port)), entry].slice(-KEEP);
  await writeJsonSetting(port, LOG_KEY, logSchema, log);
  await port.updateCells(sheet, changes.map((c) => ({ row: c.row, col: c.col, value: c.after })));
  await writeLogSheet(port, log);
  return entry;
}

export interface UndoResult {
  readonly restored: number;
  /** Cells changed again since the edit: left as they are now. */
  readonly skipped: readonly string[];
}

/** Puts back the previous values of one logged edit, except where someone has changed a cell since. */
export async function undoSourceEdits(port: WorkbookPort, id: string, options: { now?: Date } = {}): Promise<UndoResult> {
  const log = await readLog(port);
  const entry = log.find((e) => e.id === id && !e.undoneAt);
  if (!entry) throw new UserError('edits.unknownLog', localize(messages, 'edits.unknownLog', { id }));
  const grid = await port.readGrid(entry.sheet);
  const restore: CellEdit[] = [];
  const skipped: string[] = [];
  for (const c of entry.changes) {
    if (sameValue(cellAt(grid, c.row, c.col), c.after)) restore.push({ row: c.row, col: c.col, value: restorable(c.before) });
    else skipped.push(cellAddress(c.row, c.col));
  }
  if (restore.length > 0) await port.updateCells(entry.sheet, restore);
  const updated = log.map((e) => (e.id === id ? { ...e, undoneAt: (options.now ?? new Date()).toISOString() } : e));
  await writeJsonSetting(port, LOG_KEY, logSchema, updated);
  await writeLogSheet(port, updated);
  return { restored: restore.length, skipped };
}

export async function listSourceEdits(port: WorkbookPort): Promise<EditLogEntry[]> {
  return readLog(port);
}
