/**
 * The behaviour every WorkbookPort adapter must show, run against each of them
 * (office.contract.test.ts, file.contract.test.ts). An adapter passes only if the app layer cannot
 * tell which one it has.
 */
import { isUserError } from '../../../src/core/errors';
import { fromExcelSerial } from '../../../src/core/dates';
import { cellAt, type Cell, type Grid } from '../../../src/core/sheet/grid';
import { sheetSpecSchema, type SheetSpec } from '../../../src/core/sheet/spec';
import { SETTINGS_SHEET, type WorkbookPort } from '../../../src/workbook/port';
import type { WorkbookSeed } from './seed';

export type MakePort = (seed: WorkbookSeed) => Promise<WorkbookPort>;

/** A ledger as offices keep it: merged title, units line, header on row 3, a hidden row, an error cell. */
export const LEDGER_SEED: WorkbookSeed = {
  sheets: [
    {
      name: '固定资产明细账',
      rows: [
        ['XX县第一中学固定资产明细账', null, null, null, null],
        ['单位：元', null, null, null, '截止日期：2024年12月31日'],
        ['资产编号', '资产名称', '数量', '单价', '备注'],
        ['ZX-2019-0001', '台式计算机', 2, 3500, null],
        ['ZX-2019-0002', '学生课桌椅', 50, 180.5, '一式两份'],
        ['ZX-2019-0003', '投影仪', { error: '#N/A' }, 4200, true],
        ['  zx-2019-0004 ', '0012', 1, 99.9, '=不是公式'],
        ['合计', null, null, null, null],
      ],
      merges: ['A1:E1', 'A8:B8'],
      hiddenRows: [6],
    },
    { name: '盘点表', rows: [['资产编号', '实盘数量'], ['ZX-2019-0001', 2]] },
    { name: '归档', rows: [['旧数据']], visibility: 'hidden' },
  ],
};

const RESULT_SPEC: SheetSpec = sheetSpecSchema.parse({
  name: '盘点结果',
  kind: 'reconcile.result',
  blocks: [
    { type: 'title', text: '资产盘点结果' },
    {
      type: 'table',
      columns: [{ header: '资产编号' }, { header: '资产名称' }, { header: '盘亏数量', numFmt: '0' }, { header: '金额', numFmt: '#,##0.00' }, { header: '日期' }],
      rows: [
        ['ZX-2019-0001', '台式计算机', 1, 3500, { date: '2024-12-31' }],
        ['=1+1', '+86', 2, 180.5, null],
        ['-5', '0012', 3, 0.25, 'TRUE'],
        ['2019-9-1', '1,280', 4, 10, '#N/A'],
      ],
      total: { label: '合计', labelColumn: 0, sumColumns: [2, 3] },
    },
  ],
});

/** A date cell as either adapter reads it: a {date} cell, or the serial number Excel keeps. */
function dateOf(c: Cell, grid: Grid): string | null {
  if (typeof c === 'object' && c !== null && 'date' in c) return c.date;
  if (typeof c === 'number') return fromExcelSerial(c, grid.date1904);
  return null;
}

async function codeOf(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    return isUserError(e) ? e.code : `not a UserError: ${String(e)}`;
  }
}

export function runWorkbookPortContract(name: string, makePort: MakePort): void {
  describe(`WorkbookPort contract: ${name}`, () => {
    let port: WorkbookPort;
    beforeEach(async () => {
      port = await makePort(LEDGER_SEED);
    });

    it('reads values, merges and hidden rows of a sheet in sheet coordinates', async () => {
      const g = await port.readGrid('固定资产明细账');
      expect(g.sheet).toBe('固定资产明细账');
      expect(cellAt(g, 1, 1)).toBe('XX县第一中学固定资产明细账');
      expect(cellAt(g, 2, 5)).toBe('截止日期：2024年12月31日');
      expect([1, 2, 3, 4, 5].map((c) => cellAt(g, 3, c))).toEqual(['资产编号', '资产名称', '数量', '单价', '备注']);
      expect(cellAt(g, 4, 3)).toBe(2);
      expect(cellAt(g, 5, 4)).toBe(180.5);
      expect(cellAt(g, 6, 3)).toEqual({ error: '#N/A' });
      expect(cellAt(g, 6, 5)).toBe(true);
      expect(cellAt(g, 7, 1)).toBe('  zx-2019-0004 ');
      expect(cellAt(g, 7, 2)).toBe('0012');
      expect(cellAt(g, 7, 5)).toBe('=不是公式');
      expect(cellAt(g, 4, 5)).toBeNull();
      expect(cellAt(g, 8, 1)).toBe('合计');
      expect(g.hiddenRows).toEqual([6]);
      expect(g.date1904).toBe(false);
      const merges = [...g.merges].sort((a, b) => a.top - b.top);
      expect(merges).toEqual([
        { top: 1, left: 1, bottom: 1, right: 5 },
        { top: 8, left: 1, bottom: 8, right: 2 },
      ]);
    });

    it('reads a given range', async () => {
      const g = await port.readGrid('固定资产明细账', { range: 'B4:C7' });
      expect([g.top, g.left]).toEqual([4, 2]);
      expect(g.rows.length).toBe(4);
      expect(cellAt(g, 4, 2)).toBe('台式计算机');
      expect(cellAt(g, 7, 3)).toBe(1);
      expect(cellAt(g, 4, 1)).toBeNull();
      expect(g.hiddenRows).toEqual([6]);
    });

    it('throws UserError sheet.notFound for an unknown sheet', async () => {
      expect(await codeOf(port.readGrid('不存在的表'))).toBe('sheet.notFound');
    });

    it('lists sheets with their visibility and used size', async () => {
      const sheets = await port.listSheets();
      expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
        ['固定资产明细账', 'visible'],
        ['盘点表', 'visible'],
        ['归档', 'hidden'],
      ]);
      expect(sheets[0]).toMatchObject({ rowCount: 8, columnCount: 5, protected: false });
    });

    it('writes a sheet whose cells read back as the spec says', async () => {
      await port.writeSheet(RESULT_SPEC);
      const g = await port.readGrid('盘点结果');
      expect(cellAt(g, 1, 1)).toBe('资产盘点结果');
      expect([1, 2, 3, 4, 5].map((c) => cellAt(g, 2, c))).toEqual(['资产编号', '资产名称', '盘亏数量', '金额', '日期']);
      expect([1, 2, 3, 4].map((c) => cellAt(g, 3, c))).toEqual(['ZX-2019-0001', '台式计算机', 1, 3500]);
      expect(dateOf(cellAt(g, 3, 5), g)).toBe('2024-12-31');
      expect(cellAt(g, 7, 1)).toBe('合计');
      expect(cellAt(g, 7, 3)).toBe(10);
      expect(cellAt(g, 7, 4)).toBeCloseTo(3690.75, 10);
      expect(g.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 5 });
      expect((await port.listSheets()).map((s) => s.name)).toContain('盘点结果');
    });

    it('keeps strings that look like formulas, numbers, dates or booleans as the same strings', async () => {
      await port.writeSheet(RESULT_SPEC);
      const g = await port.readGrid('盘点结果');
      expect([cellAt(g, 4, 1), cellAt(g, 4, 2)]).toEqual(['=1+1', '+86']);
      expect([cellAt(g, 5, 1), cellAt(g, 5, 2), cellAt(g, 5, 5)]).toEqual(['-5', '0012', 'TRUE']);
      expect([cellAt(g, 6, 1), cellAt(g, 6, 2), cellAt(g, 6, 5)]).toEqual(['2019-9-1', '1,280', '#N/A']);
    });

    it('refuses to write over an existing sheet', async () => {
      expect(await codeOf(port.writeSheet({ ...RESULT_SPEC, name: '盘点表' }))).toBe('sheet.exists');
      const g = await port.readGrid('盘点表');
      expect(cellAt(g, 2, 2)).toBe(2);
    });

    it('deletes a sheet', async () => {
      await port.writeSheet(RESULT_SPEC);
      await port.deleteSheet('盘点结果');
      expect((await port.listSheets()).map((s) => s.name)).not.toContain('盘点结果');
      expect(await codeOf(port.readGrid('盘点结果'))).toBe('sheet.notFound');
    });

    it('keeps settings in the very hidden settings sheet, long values included', async () => {
      expect(await port.readSetting('mapping')).toBeNull();
      const long = JSON.stringify({ note: '损坏赔偿'.repeat(17_500) });
      expect(long.length).toBeGreaterThan(70_000);
      await port.writeSetting('policy', long);
      await port.writeSetting('mapping', '=A1');
      await port.writeSetting('policy', `${long}!`);
      expect(await port.readSetting('policy')).toBe(`${long}!`);
      expect(await port.readSetting('mapping')).toBe('=A1');
      const settings = (await port.listSheets()).find((s) => s.name === SETTINGS_SHEET);
      expect(settings?.visibility).toBe('veryHidden');
    });
  });
}
