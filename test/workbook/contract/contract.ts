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

/** An adapter under test, with a way to see a cell's number format (which the port itself does not read). */
export interface PortUnderTest {
  readonly port: WorkbookPort;
  numberFormat(sheet: string, row: number, col: number): Promise<string>;
}

export type MakePort = (seed: WorkbookSeed) => Promise<PortUnderTest>;

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

/** A user's register for explicit edits: text-formatted codes, a money column, a date column, and a protected sheet. */
export const EDIT_SEED: WorkbookSeed = {
  sheets: [
    {
      name: '在用台账',
      rows: [
        ['资产编号', '名称', '数量', '金额', '取得日期', '备注'],
        ['ZX-0001', '课桌', 2, 350, 43709, null],
        ['ZX-0002', '椅子', 5, 120.5, 43710, '旧'],
        ['ZX-0003', '黑板', 1, 800, 43711, null],
      ],
      numFmts: { 'A2:A4': '@', 'D2:D4': '#,##0.00', 'E2:E4': 'yyyy-mm-dd' },
    },
    { name: '已锁定', rows: [['资产编号'], ['ZX-9']], protected: true },
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
      port = (await makePort(LEDGER_SEED)).port;
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

  describe(`WorkbookPort contract, explicit cell edits: ${name}`, () => {
    let under: PortUnderTest;
    let port: WorkbookPort;
    const SHEET = '在用台账';
    beforeEach(async () => {
      under = await makePort(EDIT_SEED);
      port = under.port;
    });
    const row = (g: Grid, r: number) => [1, 2, 3, 4, 5, 6].map((c) => cellAt(g, r, c));

    it('writes values into existing cells and leaves every other cell as it was', async () => {
      const before = await port.readGrid(SHEET);
      await port.updateCells(SHEET, [
        { row: 3, col: 3, value: 6 },
        { row: 3, col: 6, value: '已维修' },
        { row: 4, col: 5, value: { date: '2024-03-01' } },
        { row: 2, col: 4, value: { formula: '=C{row}*100', result: 200 } },
        { row: 4, col: 2, value: null },
      ]);
      const g = await port.readGrid(SHEET);
      expect(cellAt(g, 3, 3)).toBe(6);
      expect(cellAt(g, 3, 6)).toBe('已维修');
      expect(dateOf(cellAt(g, 4, 5), g)).toBe('2024-03-01');
      expect(cellAt(g, 2, 4)).toBe(200);
      expect(cellAt(g, 4, 2)).toBeNull();
      const edited = new Set(['3,3', '3,6', '4,5', '2,4', '4,2']);
      const changed: string[] = [];
      for (let r = 1; r <= 4; r++)
        for (let c = 1; c <= 6; c++) if (!edited.has(`${r},${c}`) && JSON.stringify(cellAt(g, r, c)) !== JSON.stringify(cellAt(before, r, c))) changed.push(`${r},${c}`);
      expect(changed).toEqual([]);
      expect(g.top).toBe(1);
      expect(g.rows.length).toBe(4);
      expect((await port.listSheets()).map((s) => s.name)).toEqual(['在用台账', '已锁定']);
    });

    it('keeps every number format, and gives a date a date format only where the cell has none', async () => {
      await port.updateCells(SHEET, [
        { row: 2, col: 4, value: 99.5 },
        { row: 3, col: 5, value: { date: '2024-01-31' } },
        { row: 2, col: 6, value: { date: '2024-02-29' } },
        { row: 2, col: 1, value: 'ZX-0100' },
      ]);
      const fmt = (r: number, c: number) => under.numberFormat(SHEET, r, c);
      expect([await fmt(2, 4), await fmt(3, 4), await fmt(3, 5), await fmt(2, 1), await fmt(3, 1), await fmt(2, 3)]).toEqual([
        '#,##0.00',
        '#,##0.00',
        'yyyy-mm-dd',
        '@',
        '@',
        'General',
      ]);
      expect(await fmt(2, 6)).toBe('yyyy-mm-dd');
      expect(await fmt(3, 6)).toBe('General');
      const g = await port.readGrid(SHEET);
      expect(dateOf(cellAt(g, 2, 6), g)).toBe('2024-02-29');
      expect(dateOf(cellAt(g, 3, 5), g)).toBe('2024-01-31');
    });

    it('writes strings as the same literal text, in text-formatted cells and elsewhere', async () => {
      await port.updateCells(SHEET, [
        { row: 2, col: 1, value: '=1+1' },
        { row: 3, col: 1, value: '0012' },
        { row: 4, col: 1, value: "'引号" },
        { row: 2, col: 2, value: 'TRUE' },
        { row: 3, col: 2, value: '+86' },
        { row: 4, col: 2, value: '2019-9-1' },
        { row: 2, col: 6, value: '-5' },
        { row: 3, col: 6, value: '#N/A' },
        { row: 4, col: 6, value: '50%' },
      ]);
      const g = await port.readGrid(SHEET);
      expect([1, 2, 6].map((c) => cellAt(g, 2, c))).toEqual(['=1+1', 'TRUE', '-5']);
      expect([1, 2, 6].map((c) => cellAt(g, 3, c))).toEqual(['0012', '+86', '#N/A']);
      expect([1, 2, 6].map((c) => cellAt(g, 4, c))).toEqual(["'引号", '2019-9-1', '50%']);
      expect(await under.numberFormat(SHEET, 4, 6)).toBe('General');
    });

    it('applies the last edit of a cell edited twice, and accepts no edits at all', async () => {
      await port.updateCells(SHEET, [
        { row: 3, col: 2, value: '方凳' },
        { row: 3, col: 2, value: '圆凳' },
      ]);
      await port.updateCells(SHEET, []);
      expect(row(await port.readGrid(SHEET), 3).slice(0, 3)).toEqual(['ZX-0002', '圆凳', 5]);
    });

    it('throws sheet.notFound for an unknown sheet, naming the sheets there are', async () => {
      const err: unknown = await port.updateCells('不存在', [{ row: 1, col: 1, value: 'x' }]).catch((e: unknown) => e);
      expect(isUserError(err) && err.code).toBe('sheet.notFound');
      if (isUserError(err)) {
        expect(err.localized['zh-CN']).toContain('“在用台账”');
        expect(err.localized['en-US']).toContain('"已锁定"');
      }
    });

    it('throws sheet.protected for a protected sheet and changes nothing', async () => {
      const err: unknown = await port.updateCells('已锁定', [{ row: 2, col: 1, value: 'ZX-10' }]).catch((e: unknown) => e);
      expect(isUserError(err) && err.code).toBe('sheet.protected');
      if (isUserError(err)) {
        expect(err.localized['zh-CN']).toContain('已锁定');
        expect(err.localized['en-US']).toContain('protected');
      }
      expect(cellAt(await port.readGrid('已锁定'), 2, 1)).toBe('ZX-9');
    });

    it('throws address.invalid for a cell outside the sheet and writes nothing', async () => {
      const edits = [
        { row: 2, col: 2, value: '不该写入' },
        { row: 0, col: 1, value: 'x' },
      ];
      expect(await codeOf(port.updateCells(SHEET, edits))).toBe('address.invalid');
      expect(await codeOf(port.updateCells(SHEET, [{ row: 1, col: 16_385, value: 'x' }]))).toBe('address.invalid');
      expect(cellAt(await port.readGrid(SHEET), 2, 2)).toBe('课桌');
    });
  });
}
