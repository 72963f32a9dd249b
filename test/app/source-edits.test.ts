/** Explicit edits of a user's sheet: previewed, logged with previous values, undoable, never blind. */
import ExcelJS from 'exceljs';
import { applySourceEdits, listSourceEdits, previewSourceEdits, undoSourceEdits } from '../../src/app/source-edits';
import { isUserError } from '../../src/core/errors';
import { openXlsx } from '../../src/workbook/file';

async function register(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('损坏赔偿登记').addRows([
    ['物品名称', '损坏性质', '应赔金额'],
    ['玻璃', '人为损坏', null],
    ['课桌', '故意损坏', 120],
    ['灯管', '自然损耗', 0],
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('source edits', () => {
  it('previews only the cells that change, with their current values', async () => {
    const port = await openXlsx(await register());
    const lines = await previewSourceEdits(port, '损坏赔偿登记', [
      { row: 2, col: 3, value: 40 },
      { row: 3, col: 3, value: 120 },
      { row: 4, col: 3, value: 0 },
    ]);
    expect(lines).toEqual([{ address: 'C2', before: '', after: '40' }]);
  });

  it('applies, logs the previous values in the workbook and a readable sheet, and undoes', async () => {
    const port = await openXlsx(await register());
    const entry = await applySourceEdits(port, '损坏赔偿登记', [{ row: 2, col: 3, value: 40 }, { row: 3, col: 3, value: 240 }], { reason: '填写应赔金额', now: new Date('2026-01-05T08:00:00Z') });
    expect(entry?.changes.map((c) => [c.row, c.before, c.after])).toEqual([[2, null, 40], [3, 120, 240]]);
    const reopened = await openXlsx(await port.save());
    const grid = await reopened.readGrid('损坏赔偿登记');
    expect(grid.rows.map((r) => r[2] ?? null)).toEqual(['应赔金额', 40, 240, 0]);
    expect((await listSourceEdits(reopened)).map((e) => e.reason)).toEqual(['填写应赔金额']);
    const log = await reopened.readGrid('台账助手修改记录');
    expect(log.rows.flat()).toContain('C3');
    const undo = await undoSourceEdits(reopened, entry!.id);
    expect(undo).toEqual({ restored: 2, skipped: [] });
    expect((await reopened.readGrid('损坏赔偿登记')).rows.map((r) => r[2] ?? null)).toEqual(['应赔金额', null, 120, 0]);
  });

  it('does not undo over a cell someone changed since', async () => {
    const port = await openXlsx(await register());
    const entry = await applySourceEdits(port, '损坏赔偿登记', [{ row: 2, col: 3, value: 40 }, { row: 3, col: 3, value: 240 }], { reason: 'x' });
    await port.updateCells('损坏赔偿登记', [{ row: 3, col: 3, value: 999 }]);
    const undo = await undoSourceEdits(port, entry!.id);
    expect(undo).toEqual({ restored: 1, skipped: ['C3'] });
    expect((await port.readGrid('损坏赔偿登记')).rows.map((r) => r[2] ?? null)).toEqual(['应赔金额', null, 999, 0]);
    const again = await undoSourceEdits(port, entry!.id).catch((e: unknown) => e);
    expect(isUserError(again)).toBe(true);
  });

  it('writes nothing when nothing changes', async () => {
    const port = await openXlsx(await register());
    expect(await applySourceEdits(port, '损坏赔偿登记', [{ row: 3, col: 3, value: 120 }], { reason: 'x' })).toBeNull();
    expect(await listSourceEdits(port)).toEqual([]);
  });
});
