import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openXlsxFile, saveXlsxFile } from '../../../src/workbook/file/node-files';
import { buildXlsx } from './helpers';

describe('node files', () => {
  let dir: string;
  let input: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-files-'));
    input = path.join(dir, '资产台账.xlsx');
    await fs.writeFile(input, await buildXlsx((wb) => void (wb.addWorksheet('台账').getCell('A1').value = '资产编号')));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('opens a workbook by path, naming it by that path in messages', async () => {
    const wb = await openXlsxFile(input);
    expect(wb.fileName).toBe(input);
    expect((await wb.readGrid('台账')).rows).toEqual([['资产编号']]);
  });

  it('says so when the file is missing, is a folder, or is no workbook', async () => {
    const missing = path.join(dir, '没有.xlsx');
    await expect(openXlsxFile(missing)).rejects.toMatchObject({ code: 'file.missing', localized: { 'zh-CN': expect.stringContaining(missing) } });
    await expect(openXlsxFile(path.join(dir, '没有', 'a.xlsx'))).rejects.toMatchObject({ code: 'file.missing' });
    await expect(openXlsxFile(dir)).rejects.toMatchObject({ code: 'file.isDirectory' });
    const csv = path.join(dir, 'a.csv');
    await fs.writeFile(csv, '编号,名称\n1,桌\n');
    await expect(openXlsxFile(csv)).rejects.toMatchObject({ code: 'file.text', localized: { 'zh-CN': expect.stringContaining(csv) } });
  });

  it('saves to a new file through a temporary file, leaving nothing else behind', async () => {
    const wb = await openXlsxFile(input);
    await wb.writeSheet({ name: '结果', kind: 't', blocks: [{ type: 'title', text: '盘点结果' }] });
    const output = path.join(dir, '结果.xlsx');
    await saveXlsxFile(wb, output);
    expect((await fs.readdir(dir)).sort()).toEqual(['结果.xlsx', '资产台账.xlsx'].sort());
    const again = await openXlsxFile(output);
    expect((await again.listSheets()).map((s) => s.name)).toEqual(['台账', '结果']);
    // The input is untouched.
    expect((await (await openXlsxFile(input)).listSheets()).map((s) => s.name)).toEqual(['台账']);
  });

  it('replaces an existing output file that is not the input', async () => {
    const output = path.join(dir, 'out.xlsx');
    await fs.writeFile(output, 'old');
    await saveXlsxFile(await openXlsxFile(input), output);
    expect((await (await openXlsxFile(output)).listSheets()).map((s) => s.name)).toEqual(['台账']);
  });

  it('refuses to overwrite the file it was opened from, under any spelling, unless allowed', async () => {
    const wb = await openXlsxFile(input);
    await wb.writeSheet({ name: '结果', kind: 't', blocks: [{ type: 'title', text: 'x' }] });
    await expect(saveXlsxFile(wb, input)).rejects.toMatchObject({ code: 'file.overwriteInput' });
    await expect(saveXlsxFile(wb, path.join(dir, '.', '资产台账.xlsx'))).rejects.toMatchObject({ code: 'file.overwriteInput' });
    const link = path.join(dir, 'link.xlsx');
    await fs.symlink(input, link);
    await expect(saveXlsxFile(wb, link)).rejects.toMatchObject({ code: 'file.overwriteInput' });
    expect((await (await openXlsxFile(input)).listSheets()).map((s) => s.name)).toEqual(['台账']);

    await saveXlsxFile(wb, input, { overwriteInput: true });
    expect((await (await openXlsxFile(input)).listSheets()).map((s) => s.name)).toEqual(['台账', '结果']);
  });

  it('reports a folder that does not exist as a save error naming the file, and cleans up', async () => {
    const wb = await openXlsxFile(input);
    const target = path.join(dir, '不存在', 'out.xlsx');
    await expect(saveXlsxFile(wb, target)).rejects.toMatchObject({ code: 'file.cannotWrite', localized: { 'zh-CN': expect.stringContaining(target) } });
    expect(await fs.readdir(dir)).toEqual(['资产台账.xlsx']);
  });
});
