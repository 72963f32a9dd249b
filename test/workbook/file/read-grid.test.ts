import { openXlsx } from '../../../src/workbook/file';
import { CancelledError, isUserError } from '../../../src/core/errors';
import { cellAt, gridSchema } from '../../../src/core/sheet/grid';
import type { Progress } from '../../../src/workbook/port';
import { buildXlsx, entryText, patchXlsx } from './helpers';

/** A ledger as offices keep one: title merged across, unit line, header on row 3, oddities below. */
async function ledger(date1904 = false): Promise<Uint8Array> {
  return buildXlsx((wb) => {
    wb.properties.date1904 = date1904;
    const ws = wb.addWorksheet('固定资产');
    ws.getCell('A1').value = 'XX县第一中学固定资产明细账';
    ws.mergeCells('A1:F1');
    ws.getCell('F2').value = '单位：元';
    ['资产编号', '资产名称', '数量', '单价', '取得日期', '备注'].forEach((h, i) => (ws.getCell(3, i + 1).value = h));
    const date = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
    ws.addRow(['ZX-2019-0001', '学生课桌椅', 50, 180, date(2019, 9, 1), null]);
    ws.addRow(['ZX-2019-0002', { richText: [{ text: '多媒体', font: { bold: true } }, { text: '一体机' }] }, '1', '1,280.00', '2019.09.01', '数量以文本存储']);
    ws.addRow(['ZX-2020-0003', '办公电脑', 2, { formula: 'E7*1', result: 4500 }, '20200315', { error: '#N/A' }]);
    ws.addRow(['ZX-2020-0004', { text: '投影仪', hyperlink: 'http://example.com' }, 1, { formula: 'D4+1' }, date(2020, 3, 16), true]);
    ws.getCell('E4').numFmt = 'yyyy-mm-dd';
    ws.getCell('E7').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getRow(6).hidden = true;
    ws.mergeCells('F4:F5');
  });
}

describe('readGrid', () => {
  it('reads the used range from A1 with typed cells, merges and hidden rows', async () => {
    const wb = await openXlsx(await ledger(), 'ledger.xlsx');
    const grid = await wb.readGrid('固定资产');
    expect(gridSchema.parse(grid)).toEqual(grid);
    expect(grid).toMatchObject({ sheet: '固定资产', top: 1, left: 1, date1904: false, hiddenRows: [6] });
    expect(grid.rows).toHaveLength(7);
    // Each row lists its cells up to its last value: a stray far cell must not widen every row.
    expect(grid.rows.map((r) => r.length)).toEqual([1, 6, 6, 5, 5, 6, 6]);
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 6 },
        { top: 4, left: 6, bottom: 5, right: 6 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
    expect(grid.rows[0]).toEqual(['XX县第一中学固定资产明细账']);
    expect(grid.rows[3]).toEqual(['ZX-2019-0001', '学生课桌椅', 50, 180, { date: '2019-09-01' }]);
    // Text stays text: numbers and dates stored as text are the parser's business, not the adapter's.
    expect(grid.rows[4]).toEqual(['ZX-2019-0002', '多媒体一体机', '1', '1,280.00', '2019.09.01']);
    expect(grid.rows[5]).toEqual(['ZX-2020-0003', '办公电脑', 2, 4500, '20200315', { error: '#N/A' }]);
    // A formula without a cached result reads as empty; a hyperlink reads as its text.
    expect(grid.rows[6]).toEqual(['ZX-2020-0004', '投影仪', 1, null, { date: '2020-03-16' }, true]);
  });

  it('reads formula results typed like values (dates, text, booleans, errors)', async () => {
    const bytes = await buildXlsx((wb) => {
      const ws = wb.addWorksheet('F');
      ws.getCell('A1').value = { formula: 'DATE(2021,1,2)', result: new Date(Date.UTC(2021, 0, 2)) };
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
      ws.getCell('B1').value = { formula: '"盘"&"亏"', result: '盘亏' };
      ws.getCell('C1').value = { formula: '1=1', result: true };
      ws.getCell('D1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('E1').value = { formula: 'SUM(1,2)', result: 3 };
    });
    const grid = await (await openXlsx(bytes)).readGrid('F');
    expect(grid.rows).toEqual([[{ date: '2021-01-02' }, '盘亏', true, { error: '#DIV/0!' }, 3]]);
  });

  it('reads dates of a 1904-system workbook as the same calendar days', async () => {
    const wb = await openXlsx(await ledger(true));
    const grid = await wb.readGrid('固定资产');
    expect(grid.date1904).toBe(true);
    expect(cellAt(grid, 4, 5)).toEqual({ date: '2019-09-01' });
    expect(cellAt(grid, 7, 5)).toEqual({ date: '2020-03-16' });
  });

  it('turns raw serials into dates by the workbook date system, including around 1900-02-29', async () => {
    const serials = async (date1904: boolean): Promise<unknown[]> => {
      const bytes = await buildXlsx((wb) => {
        wb.properties.date1904 = date1904;
        const ws = wb.addWorksheet('S');
        [0, 1, 59, 61, 43709, 0.5].forEach((v, i) => {
          const cell = ws.getCell(1, i + 1);
          cell.value = v;
          cell.numFmt = i === 5 ? 'hh:mm' : 'yyyy-mm-dd';
        });
      });
      return (await (await openXlsx(bytes)).readGrid('S')).rows[0] ?? [];
    };
    // 1900 system: serial 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01, 0 and times alone are no date.
    expect(await serials(false)).toEqual([0, { date: '1900-01-01' }, { date: '1900-02-28' }, { date: '1900-03-01' }, { date: '2019-09-01' }, 0.5]);
    expect(await serials(true)).toEqual([
      { date: '1904-01-01' },
      { date: '1904-01-02' },
      { date: '1904-02-29' },
      { date: '1904-03-02' },
      { date: '2023-09-02' },
      0.5,
    ]);
  });

  it('reads dates in the Chinese built-in formats (numFmtId 31, 57, 58) as dates', async () => {
    let bytes = await buildXlsx((wb) => {
      const ws = wb.addWorksheet('D');
      ['yyyy"年"m"月"d"日"', 'yyyy"年"m"月"', 'm"月"d"日"'].forEach((fmt, i) => {
        const cell = ws.getCell(1, i + 1);
        cell.value = 43709;
        cell.numFmt = fmt;
      });
    });
    // Chinese Excel stores these formats by their built-in ids, with no format code in the file.
    const ids: Record<string, string> = { '164': '31', '165': '57', '166': '58' };
    bytes = patchXlsx(bytes, 'xl/styles.xml', (xml) =>
      xml.replace(/<numFmts[^>]*>[\s\S]*?<\/numFmts>/, '').replace(/numFmtId="(16\d)"/g, (_m, id: string) => `numFmtId="${ids[id] ?? id}"`),
    );
    expect(entryText(bytes, 'xl/styles.xml')).toContain('numFmtId="57"');
    const day = { date: '2019-09-01' };
    const wb = await openXlsx(bytes);
    expect((await wb.readGrid('D')).rows).toEqual([[day, day, day]]);
    // Saving keeps them dates (the format is written out instead of being lost).
    const again = await openXlsx(await wb.save());
    expect((await again.readGrid('D')).rows).toEqual([[day, day, day]]);
  });

  it('reads an A1 range with the sheet coordinates of its corner, merges touching it and hidden rows inside it', async () => {
    const wb = await openXlsx(await ledger());
    const grid = await wb.readGrid('固定资产', { range: 'B5:F7' });
    expect(grid).toMatchObject({ top: 5, left: 2, hiddenRows: [6] });
    expect(grid.rows).toEqual([
      ['多媒体一体机', '1', '1,280.00', '2019.09.01'],
      ['办公电脑', 2, 4500, '20200315', { error: '#N/A' }],
      ['投影仪', 1, null, { date: '2020-03-16' }, true],
    ]);
    expect(grid.merges).toEqual([{ top: 4, left: 6, bottom: 5, right: 6 }]);
    // A range beyond the data is read as empty rows, its height as asked.
    const wide = await wb.readGrid('固定资产', { range: 'E9:G10' });
    expect(wide.rows).toEqual([[], []]);
    expect(cellAt(wide, 10, 7)).toBeNull();
  });

  it('finds a sheet whatever the case of its name, as Excel does', async () => {
    const bytes = await buildXlsx((wb) => {
      wb.addWorksheet('Sheet1').getCell('A1').value = 1;
    });
    expect((await (await openXlsx(bytes)).readGrid('SHEET1')).sheet).toBe('Sheet1');
  });

  it('reads an empty sheet as no rows from A1', async () => {
    const bytes = await buildXlsx((wb) => {
      wb.addWorksheet('空表');
      wb.addWorksheet('Other').getCell('A1').value = 1;
    });
    const grid = await (await openXlsx(bytes)).readGrid('空表');
    expect(grid).toMatchObject({ top: 1, left: 1, rows: [], merges: [], hiddenRows: [] });
  });

  it('refuses an unknown sheet, naming it and the sheets there are', async () => {
    const wb = await openXlsx(await ledger());
    await wb.writeSetting('k', 'v');
    const err: unknown = await wb.readGrid('盘点表').catch((e: unknown) => e);
    expect(isUserError(err) && err.code).toBe('sheet.notFound');
    if (!isUserError(err)) return;
    expect(err.localized['zh-CN']).toContain('盘点表');
    expect(err.localized['zh-CN']).toContain('“固定资产”');
    // The settings sheet is Taizhang's own business, not one of the user's sheets.
    expect(err.localized['zh-CN']).not.toContain('_taizhang');
    expect(err.localized['en-US']).toContain('"固定资产"');
  });

  it('refuses a range that is not an address', async () => {
    const wb = await openXlsx(await ledger());
    await expect(wb.readGrid('固定资产', { range: 'A1:?' })).rejects.toMatchObject({ code: 'address.invalid' });
  });

  describe('big sheets', () => {
    let bytes: Uint8Array;
    beforeAll(async () => {
      bytes = await buildXlsx((wb) => {
        const ws = wb.addWorksheet('Big');
        for (let r = 1; r <= 25_000; r++) ws.addRow([`ZX-${r}`, r]);
      });
    });

    it('reports progress about every 10,000 rows, ending at the total', async () => {
      const wb = await openXlsx(bytes);
      const seen: Progress[] = [];
      const grid = await wb.readGrid('Big', { onProgress: (p) => seen.push(p) });
      expect(grid.rows).toHaveLength(25_000);
      expect(cellAt(grid, 25_000, 2)).toBe(25_000);
      expect(seen).toEqual([
        { done: 10_000, total: 25_000 },
        { done: 20_000, total: 25_000 },
        { done: 25_000, total: 25_000 },
      ]);
    });

    it('stops with CancelledError when the signal aborts between chunks', async () => {
      const wb = await openXlsx(bytes);
      const controller = new AbortController();
      const read = wb.readGrid('Big', {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done === 10_000) controller.abort();
        },
      });
      await expect(read).rejects.toBeInstanceOf(CancelledError);
    });

    it('does not start when the signal is already aborted', async () => {
      const wb = await openXlsx(bytes);
      const controller = new AbortController();
      controller.abort();
      await expect(wb.readGrid('Big', { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    });
  });
});

describe('listSheets', () => {
  it('gives each sheet its visibility, used size and protection', async () => {
    const bytes = await buildXlsx(async (wb) => {
      const a = wb.addWorksheet('台账');
      a.getCell('C5').value = 'x';
      a.getCell('A2').value = 1;
      a.getCell('H1').style = { font: { bold: true } };
      wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 1;
      wb.addWorksheet('深度隐藏', { state: 'veryHidden' });
      const p = wb.addWorksheet('受保护');
      p.getCell('B2').value = 2;
      await p.protect('secret', {});
    });
    const sheets = await (await openXlsx(bytes)).listSheets();
    expect(sheets).toEqual([
      // The size is the sheet's <dimension>: a hint that counts the formatted cell H1 too.
      { name: '台账', visibility: 'visible', rowCount: 5, columnCount: 8, protected: false },
      { name: '隐藏', visibility: 'hidden', rowCount: 1, columnCount: 1, protected: false },
      { name: '深度隐藏', visibility: 'veryHidden', rowCount: 0, columnCount: 0, protected: false },
      { name: '受保护', visibility: 'visible', rowCount: 2, columnCount: 2, protected: true },
    ]);
  });
});

describe('formula results that are falsy', () => {
  it('reads a cached 0 and FALSE (ExcelJS drops them from cell.value)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { formula: '1-1', result: 0 } as never;
    ws.getCell('A2').value = { formula: '1>2', result: false } as never;
    ws.getCell('A3').value = { formula: '1+1', result: 2 } as never;
    const { openXlsx } = await import('../../../src/workbook/file');
    const port = await openXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const grid = await port.readGrid('S');
    expect(grid.rows.map((r) => r[0])).toEqual([0, false, 2]);
  });
});
