import { openXlsx } from '../../../src/workbook/file';
import { buildXlsx, entryText, loadWithExcelJs, sheetXml } from './helpers';

async function threeSheets(): Promise<Uint8Array> {
  return buildXlsx((wb) => {
    wb.addWorksheet('一').getCell('A1').value = 1;
    wb.addWorksheet('二').getCell('A1').value = 2;
    wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 3;
    wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  });
}

describe('select', () => {
  it('activates the sheet and the cell so the saved file opens there, and remembers it', async () => {
    const wb = await openXlsx(await threeSheets());
    await wb.select('一', 'A1');
    await wb.select('二', 'c5:d9');
    expect(wb.lastSelection).toEqual({ sheet: '二', address: 'C5:D9' });
    const bytes = await wb.save();
    const loaded = await loadWithExcelJs(bytes);
    expect(loaded.views[0]?.activeTab).toBe(1);
    expect(loaded.getWorksheet('二')?.views[0]).toMatchObject({ activeCell: 'C5' });
    // Only the active tab is selected: two selected tabs would group the sheets for editing.
    const workbookXml = entryText(bytes, 'xl/workbook.xml');
    expect(workbookXml).toContain('activeTab="1"');
    const tabSelected = ['一', '二', '隐藏'].map((name) => sheetXml(bytes, name).includes('tabSelected="1"'));
    expect(tabSelected).toEqual([false, true, false]);
  });

  it('keeps frozen panes when selecting on a frozen sheet', async () => {
    const wb = await openXlsx(await threeSheets());
    await wb.writeSheet({ name: '结果', kind: 't', blocks: [{ type: 'table', columns: [{ header: 'A' }], rows: [[1], [2]], freezeHeader: true }] });
    await wb.select('结果', 'A3');
    const view = (await loadWithExcelJs(await wb.save())).getWorksheet('结果')?.views[0];
    expect(view).toMatchObject({ state: 'frozen', ySplit: 1, activeCell: 'A3' });
  });

  it('refuses an unknown sheet, a hidden sheet and a bad address', async () => {
    const wb = await openXlsx(await threeSheets());
    await expect(wb.select('三', 'A1')).rejects.toMatchObject({ code: 'sheet.notFound' });
    await expect(wb.select('隐藏', 'A1')).rejects.toMatchObject({ code: 'sheet.hidden' });
    await expect(wb.select('一', 'A0')).rejects.toMatchObject({ code: 'address.invalid' });
    expect(wb.lastSelection).toBeNull();
  });
});

describe('deleteSheet', () => {
  it('removes the sheet, keeps the active tab on a visible sheet and forgets a selection on it', async () => {
    const wb = await openXlsx(await threeSheets());
    await wb.select('二', 'B2');
    await wb.deleteSheet('二');
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(['一', '隐藏']);
    expect(wb.lastSelection).toBeNull();
    const loaded = await loadWithExcelJs(await wb.save());
    expect(loaded.worksheets.map((w) => w.name)).toEqual(['一', '隐藏']);
    expect(loaded.views[0]?.activeTab).toBe(0);
  });

  it('refuses to delete the last visible sheet, and an unknown one', async () => {
    const wb = await openXlsx(await threeSheets());
    await wb.deleteSheet('一');
    await expect(wb.deleteSheet('二')).rejects.toMatchObject({ code: 'sheet.lastVisible' });
    await expect(wb.deleteSheet('三')).rejects.toMatchObject({ code: 'sheet.notFound' });
  });
});

describe('save', () => {
  it('refuses to save a workbook with no visible sheet, which Excel could not open', async () => {
    const { newXlsx } = await import('../../../src/workbook/file');
    const wb = newXlsx();
    await expect(wb.save()).rejects.toThrow('visible sheet');
    await wb.writeSetting('k', 'v');
    await expect(wb.save()).rejects.toThrow('visible sheet');
  });
});
