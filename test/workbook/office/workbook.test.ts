/** listSheets, deleteSheet, select and settings through the Office adapter. */
import { SETTINGS_SHEET } from '../../../src/workbook/port';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { SETTING_CHUNK, splitValue } from '../../../src/workbook/office/settings';
import { FakeExcel } from '../../fakes/office';

function book(): { excel: FakeExcel; port: OfficeWorkbook } {
  const excel = new FakeExcel();
  excel.model.seed({ name: '台账', rows: [['a', 'b'], [1, 2, 3]], origin: 'B2' });
  excel.model.seed({ name: '旧表', rows: [['x']], visibility: 'Hidden', protected: true });
  excel.model.seed({ name: '空表', rows: [] });
  return { excel, port: new OfficeWorkbook(excel) };
}

describe('OfficeWorkbook sheets', () => {
  it('lists sheets with visibility, used size and protection in two syncs', async () => {
    const { excel, port } = book();
    const sheets = await port.listSheets();
    expect(sheets).toEqual([
      { name: '台账', visibility: 'visible', rowCount: 3, columnCount: 4, protected: false },
      { name: '旧表', visibility: 'hidden', rowCount: 1, columnCount: 1, protected: true },
      { name: '空表', visibility: 'visible', rowCount: 0, columnCount: 0, protected: false },
    ]);
    expect(excel.stats.syncs).toBe(2);
  });

  it('deletes a sheet, and reports an unknown one', async () => {
    const { excel, port } = book();
    await port.deleteSheet('空表');
    expect(excel.model.sheet('空表')).toBeUndefined();
    await expect(port.deleteSheet('空表')).rejects.toMatchObject({ code: 'sheet.notFound' });
  });

  it('activates a sheet and selects a range', async () => {
    const { excel, port } = book();
    await port.select('空表', 'B3:D10');
    expect(excel.model.activeSheet?.name).toBe('空表');
    expect(excel.model.selection).toEqual({ sheet: '空表', address: 'B3:D10' });
    await expect(port.select('旧表', 'A1')).rejects.toMatchObject({ code: 'sheet.hidden' });
    await expect(port.select('台账', 'nope')).rejects.toMatchObject({ code: 'address.invalid' });
    await expect(port.select('无', 'A1')).rejects.toMatchObject({ code: 'sheet.notFound' });
  });
});

describe('OfficeWorkbook settings', () => {
  it('keeps settings in a very hidden sheet: key in A, value in B… in 30,000-character pieces', async () => {
    const { excel, port } = book();
    expect(await port.readSetting('policy')).toBeNull();
    const long = '{"a":"'.concat('赔'.repeat(69_990), '"}');
    await port.writeSetting('policy', long);
    await port.writeSetting('=1+1', '0012');
    const s = excel.model.sheet(SETTINGS_SHEET);
    expect(s?.visibility).toBe('VeryHidden');
    expect(s?.valueAt(1, 1)).toBe('policy');
    expect(String(s?.valueAt(1, 2)).length).toBe(SETTING_CHUNK);
    expect(s?.valueAt(1, 4)).toBe(long.slice(2 * SETTING_CHUNK));
    expect([s?.valueAt(2, 1), s?.valueAt(2, 2)]).toEqual(['=1+1', '0012']);
    expect(await port.readSetting('policy')).toBe(long);
    expect(await port.readSetting('=1+1')).toBe('0012');
    expect((await port.listSheets()).find((x) => x.name === SETTINGS_SHEET)?.visibility).toBe('veryHidden');
  });

  it('overwrites a value in place and clears pieces of a longer earlier value', async () => {
    const { excel, port } = book();
    await port.writeSetting('k', 'x'.repeat(65_000));
    await port.writeSetting('other', 'o');
    await port.writeSetting('k', 'short');
    const s = excel.model.sheet(SETTINGS_SHEET);
    expect([s?.valueAt(1, 2), s?.valueAt(1, 3), s?.valueAt(1, 4)]).toEqual(['short', null, null]);
    expect(await port.readSetting('k')).toBe('short');
    expect(await port.readSetting('other')).toBe('o');
    await port.writeSetting('k', '');
    expect(await port.readSetting('k')).toBe('');
  });

  it('never splits a surrogate pair', () => {
    const v = 'a'.repeat(SETTING_CHUNK - 1) + '𠀀' + 'b';
    const pieces = splitValue(v);
    expect(pieces[0]?.length).toBe(SETTING_CHUNK - 1);
    expect(pieces.join('')).toBe(v);
  });
});
