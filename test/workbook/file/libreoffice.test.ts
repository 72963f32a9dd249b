/**
 * Every workbook Taizhang writes must open and recalculate in a second real spreadsheet program.
 * LibreOffice (headless) converts what the adapter saved, recalculating every formula on load, and
 * the totals it computes must be the ones Taizhang wrote; settings must survive its round trip.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { newXlsx, openXlsx } from '../../../src/workbook/file';
import type { SheetSpec } from '../../../src/core/sheet/spec';
import { SETTINGS_SHEET } from '../../../src/workbook/port';
import { patchXlsx } from './helpers';

const run = promisify(execFile);
const SOFFICE = process.env.SOFFICE ?? 'soffice';

/** A fresh profile per run (parallel runs never share one) that tells Calc to recalculate .xlsx files on load. */
async function profile(dir: string): Promise<string> {
  const user = path.join(dir, 'profile', 'user');
  await fs.mkdir(user, { recursive: true });
  await fs.writeFile(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${path.join(dir, 'profile')}`;
}

async function convert(dir: string, files: string[], to: string, outDir: string): Promise<void> {
  await run(SOFFICE, [`-env:UserInstallation=${await profile(dir)}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, ...files], { timeout: 180_000 });
}

const rows = [
  ['ZX-0001', '学生课桌椅', 50, 180.5],
  ['ZX-0002', '多媒体一体机', 1, 12800],
  ['=SUM(A1)', '文本，不是公式', 3, 0.1],
  ['ZX-0004', '灭火器', 7, 95.35],
] as const;

const spec: SheetSpec = {
  name: '资产汇总',
  kind: 'reports.assets',
  blocks: [
    { type: 'title', text: 'XX中学资产汇总' },
    { type: 'lines', lines: ['单位：元'], align: 'right' },
    {
      type: 'table',
      columns: [{ header: '资产编号' }, { header: '名称', list: ['学生课桌椅', '多媒体一体机', '灭火器'], help: '从列表中选' }, { header: '数量' }, { header: '单价', numFmt: '#,##0.00' }, { header: '金额', numFmt: '#,##0.00' }, { header: '取得日期' }, { header: '明细' }],
      groups: [{ label: '金额', from: 2, to: 4 }],
      rows: rows.map(([code, name, qty, price], i) => [
        code,
        name,
        qty,
        price,
        { formula: '=C{row}*D{row}', result: qty * price },
        { date: `2019-09-0${i + 1}` },
        { text: `见${code}`, link: "'资产汇总'!A1" },
      ]),
      total: { label: '合计', labelColumn: 0, sumColumns: [2, 4] },
      tableName: '资产',
      freezeHeader: true,
    },
    { type: 'signatures', labels: ['制表人', '审核'] },
  ],
};

const expectedQty = rows.reduce((s, r) => s + r[2], 0);
const expectedAmount = rows.reduce((s, r) => s + r[2] * r[3], 0);
const FIRST_DATA_ROW = 1 + 1 + 1 + 1 + 1;
const TOTAL_ROW = FIRST_DATA_ROW + rows.length;

describe('LibreOffice opens and recalculates what the file adapter writes', () => {
  let dir: string;
  const longSetting = JSON.stringify(Array.from({ length: 4000 }, (_, i) => ({ field: `资产编号${i}`, column: i })));

  beforeAll(async () => {
    try {
      await run(SOFFICE, ['--version'], { timeout: 60_000 });
    } catch {
      throw new Error(`LibreOffice (${SOFFICE}) is required for this test${process.env.CI ? ' in CI' : ''}: install it or set SOFFICE to its path.`);
    }
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-lo-'));
    const wb = newXlsx();
    await wb.writeSheet(spec);
    await wb.writeSetting('policy', '{"deliberate":2}');
    await wb.writeSetting('mapping', longSetting);
    const bytes = await wb.save();
    await fs.writeFile(path.join(dir, 'cached.xlsx'), bytes);
    // The same file with every cached formula result removed: only a recalculation can fill them.
    const bare = patchXlsx(bytes, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1'));
    await fs.writeFile(path.join(dir, 'bare.xlsx'), bare);
    await fs.mkdir(path.join(dir, 'xlsx'));
    await fs.mkdir(path.join(dir, 'csv'));
    await convert(dir, [path.join(dir, 'cached.xlsx'), path.join(dir, 'bare.xlsx')], 'xlsx:Calc MS Excel 2007 XML', path.join(dir, 'xlsx'));
    // Field separator, quote, UTF-8, from line 1, …, and -1 = every sheet to its own file (LibreOffice 7.2+).
    await convert(dir, [path.join(dir, 'bare.xlsx')], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', path.join(dir, 'csv'));
  }, 300_000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it.each(['cached', 'bare'])('computes the same totals and row amounts (%s results)', async (name) => {
    const wb = await openXlsx(await fs.readFile(path.join(dir, 'xlsx', `${name}.xlsx`)));
    const grid = await wb.readGrid('资产汇总');
    const total = grid.rows[TOTAL_ROW - 1] ?? [];
    expect(total[0]).toBe('合计');
    expect(total[2]).toBe(expectedQty);
    expect(total[4]).toBeCloseTo(expectedAmount, 9);
    const first = FIRST_DATA_ROW - 1;
    rows.forEach((r, i) => expect(grid.rows[first + i]?.[4]).toBeCloseTo(r[2] * r[3], 9));
    // Literal text stays text, dates stay dates, links show their text.
    expect(grid.rows[first + 2]?.[0]).toBe('=SUM(A1)');
    expect(grid.rows[first]?.[5]).toEqual({ date: '2019-09-01' });
    expect(grid.rows[first + 1]?.[6]).toBe('见ZX-0002');
  });

  it('writes the recalculated totals into CSV', async () => {
    const files = await fs.readdir(path.join(dir, 'csv'));
    const sheetCsv = files.find((f) => f.includes('资产汇总'));
    expect(sheetCsv).toBeDefined();
    const lines = (await fs.readFile(path.join(dir, 'csv', sheetCsv ?? ''), 'utf8')).split(/\r?\n/);
    const total = lines[TOTAL_ROW - 1]?.split(',') ?? [];
    expect(total[0]).toBe('合计');
    expect(Number(total[2])).toBe(expectedQty);
    expect(Number(total[4])).toBeCloseTo(expectedAmount, 6);
    expect(lines[FIRST_DATA_ROW + 1]?.startsWith('=SUM(A1),')).toBe(true);
  });

  it('keeps the settings, hidden, through its round trip', async () => {
    const wb = await openXlsx(await fs.readFile(path.join(dir, 'xlsx', 'cached.xlsx')));
    expect(await wb.readSetting('policy')).toBe('{"deliberate":2}');
    expect(await wb.readSetting('mapping')).toBe(longSetting);
    const settings = (await wb.listSheets()).find((s) => s.name === SETTINGS_SHEET);
    expect(settings?.visibility).not.toBe('visible');
  });
});
