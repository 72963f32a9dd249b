import { newXlsx, openXlsx } from '../../../src/workbook/file';
import { SETTINGS_SHEET } from '../../../src/workbook/port';
import { SETTING_CHUNK, splitValue } from '../../../src/workbook/file/settings';
import { buildXlsx, loadWithExcelJs } from './helpers';

async function userWorkbook(): Promise<Uint8Array> {
  return buildXlsx((wb) => {
    wb.addWorksheet('台账').getCell('A1').value = '资产编号';
  });
}

describe('settings', () => {
  it('is null before anything is written, without creating the settings sheet', async () => {
    const wb = await openXlsx(await userWorkbook());
    expect(await wb.readSetting('mapping')).toBeNull();
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(['台账']);
  });

  it('keeps values in a very hidden sheet, key in column A, value from column B', async () => {
    const wb = await openXlsx(await userWorkbook());
    await wb.writeSetting('policy', '{"multiplier":2}');
    await wb.writeSetting('mapping:台账', '{"资产编号":"A"}');
    const loaded = await loadWithExcelJs(await wb.save());
    const ws = loaded.getWorksheet(SETTINGS_SHEET);
    expect(ws?.state).toBe('veryHidden');
    expect(ws?.getCell('A1').value).toBe('policy');
    expect(ws?.getCell('B1').value).toBe('{"multiplier":2}');
    expect(ws?.getCell('A2').value).toBe('mapping:台账');
    expect((await wb.listSheets()).find((s) => s.name === SETTINGS_SHEET)?.visibility).toBe('veryHidden');
  });

  it('round-trips values through save and open, and replaces a value in place', async () => {
    const wb = await openXlsx(await userWorkbook());
    const long = JSON.stringify({ rows: Array.from({ length: 9000 }, (_, i) => ({ code: `ZX-${i}`, 名称: '学生课桌椅' })) });
    expect(long.length).toBeGreaterThan(2 * SETTING_CHUNK);
    await wb.writeSetting('big', long);
    await wb.writeSetting('a', 'first');
    await wb.writeSetting('empty', '');
    await wb.writeSetting('spaces', '  leading and trailing  \n');
    const again = await openXlsx(await wb.save());
    expect(await again.readSetting('big')).toBe(long);
    expect(await again.readSetting('a')).toBe('first');
    expect(await again.readSetting('empty')).toBe('');
    expect(await again.readSetting('spaces')).toBe('  leading and trailing  \n');
    expect(await again.readSetting('missing')).toBeNull();

    // A shorter value leaves none of the longer one's pieces behind.
    await again.writeSetting('big', 'short');
    await again.writeSetting('a', '=1+1');
    const third = await openXlsx(await again.save());
    expect(await third.readSetting('big')).toBe('short');
    expect(await third.readSetting('a')).toBe('=1+1');
    const ws = (await loadWithExcelJs(await third.save())).getWorksheet(SETTINGS_SHEET);
    expect(ws?.getCell('C1').value ?? null).toBeNull();
    expect(ws?.getCell('A2').value).toBe('a');
  });

  it('never splits a character outside the basic plane across two cells', () => {
    const value = 'a'.repeat(SETTING_CHUNK - 1) + '😀' + 'b';
    const pieces = splitValue(value);
    expect(pieces.join('')).toBe(value);
    expect(pieces[0]).toHaveLength(SETTING_CHUNK - 1);
    expect(pieces.every((p) => p.length <= SETTING_CHUNK)).toBe(true);
  });

  it('round-trips a value with characters outside the basic plane at the cut', async () => {
    const wb = newXlsx();
    await wb.writeSheet({ name: 'S', kind: 't', blocks: [{ type: 'title', text: 'x' }] });
    const value = '账'.repeat(SETTING_CHUNK - 1) + '😀'.repeat(3);
    await wb.writeSetting('emoji', value);
    expect(await (await openXlsx(await wb.save())).readSetting('emoji')).toBe(value);
  });
});
