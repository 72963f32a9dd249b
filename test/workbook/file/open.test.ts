import { openXlsx } from '../../../src/workbook/file';
import { isUserError, type UserError } from '../../../src/core/errors';
import { buildXlsx, patchXlsx, unzip, zip } from './helpers';

async function openError(bytes: Uint8Array, fileName?: string): Promise<UserError> {
  try {
    await openXlsx(bytes, fileName);
  } catch (e) {
    if (isUserError(e)) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(...streamNames: string[]): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from(OLE).copy(header);
  const names = streamNames.map((n) => Buffer.from(n, 'utf16le'));
  return new Uint8Array(Buffer.concat([header, Buffer.alloc(100), ...names, Buffer.alloc(300)]));
}

async function simpleXlsx(): Promise<Uint8Array> {
  return buildXlsx((wb) => {
    wb.addWorksheet('Sheet1').getCell('A1').value = '资产编号';
  });
}

describe('openXlsx', () => {
  it('opens a real .xlsx', async () => {
    const wb = await openXlsx(await simpleXlsx(), '资产.xlsx');
    expect(wb.kind).toBe('file');
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(['Sheet1']);
    expect(wb.droppedFeatures).toEqual([]);
    expect(wb.saveWarning()).toBeNull();
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'file.empty', '空文件'],
    ['an old .xls (OLE without encryption)', oleFile('Workbook', 'SummaryInformation'), 'file.xls', '另存为 .xlsx'],
    ['a password-protected workbook (OLE with EncryptedPackage)', oleFile('EncryptionInfo', 'EncryptedPackage'), 'file.encrypted', '密码'],
    ['an OLE file with only the EncryptedPackage stream name', oleFile('EncryptedPackage'), 'file.encrypted', '密码'],
    ['a CSV', new Uint8Array(Buffer.from('资产编号,名称,数量\nZX-001,课桌,50\n', 'utf8')), 'file.text', '另存为 .xlsx'],
    ['a UTF-16 text export', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('编号\t名称\r\n', 'utf16le')])), 'file.text', '另存为 .xlsx'],
    ['a PDF', new Uint8Array(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', 'latin1')), 'file.pdf', 'PDF'],
    ['an HTML page named .xls', new Uint8Array(Buffer.from('<html><body><table><tr><td>编号</td></tr></table></body></html>')), 'file.html', '网页'],
    ['an Excel 2003 XML spreadsheet', new Uint8Array(Buffer.from('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>')), 'file.xmlSpreadsheet', '2003 XML'],
  ])('refuses %s with a message naming the file and the fix', async (_what, bytes, code, zhFragment) => {
    const err = await openError(bytes, '盘点表.xls');
    expect(err.code).toBe(code);
    expect(err.localized['zh-CN']).toContain('盘点表.xls');
    expect(err.localized['zh-CN']).toContain(zhFragment);
    expect(err.localized['en-US']).toContain('盘点表.xls');
  });

  it('refuses random bytes as an unknown format', async () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed & 0xff;
    }
    const err = await openError(bytes, 'x.xlsx');
    expect(err.code).toBe('file.unknown');
    expect(err.localized['zh-CN']).toContain('另存为 .xlsx');
  });

  it('says "the file" when no name is given', async () => {
    const err = await openError(new Uint8Array(0));
    expect(err.localized['zh-CN']).toContain('该文件');
    expect(err.localized['en-US']).toContain('the file');
  });

  it('recognises a truncated .xlsx (an interrupted download) as corrupt', async () => {
    const bytes = await simpleXlsx();
    const err = await openError(bytes.subarray(0, Math.floor(bytes.length * 0.7)), '资产.xlsx');
    expect(err.code).toBe('file.corrupt');
    expect(err.localized['zh-CN']).toContain('损坏');
  });

  it('recognises a zip whose workbook part is garbage as corrupt', async () => {
    const bytes = patchXlsx(await simpleXlsx(), 'xl/workbook.xml', () => '<workbook><sheets><sheet name="A" sheetId=');
    expect((await openError(bytes, 'a.xlsx')).code).toBe('file.corrupt');
  });

  it('tells a Word document, an .xlsb and an .ods from a workbook', async () => {
    const docx = zip(new Map([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']]));
    const xlsb = zip(new Map([['[Content_Types].xml', '<Types/>'], ['xl/workbook.bin', 'x']]));
    const ods = zip(new Map([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<office:document-content/>']]));
    expect((await openError(docx, 'a.docx')).code).toBe('file.otherZip');
    expect((await openError(xlsb, 'a.xlsb')).code).toBe('file.xlsb');
    expect((await openError(ods, 'a.ods')).code).toBe('file.ods');
  });

  it('lists the parts that saving would lose and warns before saving over the file', async () => {
    const entries = unzip(await simpleXlsx());
    entries.set('xl/charts/chart1.xml', Buffer.from('<c:chartSpace/>'));
    entries.set('xl/pivotTables/pivotTable1.xml', Buffer.from('<pivotTableDefinition/>'));
    const wb = await openXlsx(zip(entries), '资产.xlsx');
    expect(wb.droppedFeatures).toEqual(['charts', 'pivotTables']);
    const warning = wb.saveWarning();
    expect(warning?.['zh-CN']).toContain('图表、数据透视表');
    expect(warning?.['zh-CN']).toContain('资产.xlsx');
    expect(warning?.['en-US']).toContain('charts, pivot tables');
  });
});

describe('a workbook too big for the memory at hand', () => {
  it('is refused before the first write loads it, with a message in both languages, not a crash', async () => {
    const { newXlsx, openXlsx } = await import('../../../src/workbook/file');
    const wb = newXlsx();
    await wb.writeSheet({ name: '明细', kind: 'test', blocks: [{ type: 'table', columns: [{ header: '编号' }, { header: '名称' }], rows: Array.from({ length: 2000 }, (_, i) => [`ZC-${i}`, '课桌']) }] });
    const bytes = await wb.save();
    // Reading streams and needs no such room: only a write loads the whole workbook.
    const small = await openXlsx(bytes, '大表.xlsx', { memoryLimitBytes: 1_000_000 });
    expect((await small.readGrid('明细')).rows.length).toBe(2001);
    const err = await small.writeSetting('k', 'v').then(() => null, (e: unknown) => e);
    expect(err).toMatchObject({ code: 'file.tooLarge' });
    const localized = (err as { localized: Record<string, string> }).localized;
    expect(localized['zh-CN']).toContain('大表.xlsx');
    expect(localized['en-US']).toContain('too large');
    await expect((await openXlsx(bytes, '大表.xlsx', { memoryLimitBytes: 4e9 })).writeSetting('k', 'v')).resolves.toBeUndefined();
  });
});
