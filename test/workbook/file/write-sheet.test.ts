import ExcelJS from 'exceljs';
import { newXlsx, openXlsx } from '../../../src/workbook/file';
import { CancelledError, isUserError } from '../../../src/core/errors';
import { sheetSchemaSafe } from './spec-fixtures';
import { linesHeight, planSheet, wrappedLines } from '../../../src/core/sheet/layout';
import type { SheetSpec, TableBlock } from '../../../src/core/sheet/spec';
import type { Progress } from '../../../src/workbook/port';
import { buildXlsx, entryText, loadWithExcelJs, sheetCells, sheetXml, unzip } from './helpers';

const register: TableBlock = {
  type: 'table',
  columns: [
    { header: '资产编号', width: 16 },
    { header: '状态', list: ['相符', '盘盈', '盘亏'], help: '请选择盘点结果' },
    { header: '金额', numFmt: '#,##0.00', align: 'right' },
    { header: '取得日期', numFmt: 'yyyy"年"m"月"d"日"' },
    { header: '备注', wrap: true, help: '写明原因' },
  ],
  groups: [{ label: '盘点', from: 1, to: 2 }],
  rows: [
    ['=SUM(A1)', '相符', 1280.5, { date: '2019-09-01' }, '+86 转 8001'],
    ['-5', '盘亏', { formula: '=C{row}*0+300', result: 300 }, { date: '2020-03-15' }, '@备注'],
    ['ZX-0003', '盘盈', 0.1, null, { text: '见固定资产表', link: "'固定资产'!D17" }],
    ['ZX-0004', null, 0.2, null, null],
  ],
  rowStyles: ['good', 'bad', 'warn', 'muted'],
  total: { label: '合计', labelColumn: 0, sumColumns: [2] },
  freezeHeader: true,
  blankRows: 3,
};

const spec: SheetSpec = sheetSchemaSafe({
  name: '盘点结果',
  kind: 'reconcile.result',
  tabColor: 'C00000',
  print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatHeader: true, footer: '第 &P 页，共 &N 页' },
  blocks: [
    { type: 'title', text: 'XX县第一中学资产盘点表' },
    { type: 'lines', lines: ['单位：元', '截止日期：2024年12月31日'], align: 'right' },
    { type: 'fields', pairs: [['盘点人', '张老师'], ['账面金额', 12345.6], ['盘点日期', { date: '2024-12-31' }]], numFmt: '#,##0.00' },
    register,
    { type: 'spacer' },
    { type: 'signatures', labels: ['制表人', '审核', '日期'] },
    { type: 'pageBreak' },
    { type: 'table', columns: [{ header: '类别' }, { header: '金额', numFmt: '#,##0.00' }], rows: [['家具', 10], ['电器', 20]], autoFilter: true },
  ],
});

/** Layout of `spec`: title 1, lines 2–3, fields 4–5, group row 6, header 7, data 8–11, blank 12–14, total 15, spacer 16, signatures 17, second table 18–20. */
const ROW = { title: 1, lines: 2, fields: 4, group: 6, header: 7, data: 8, blank: 12, total: 15, signatures: 17, table2: 18 };

async function written(s: SheetSpec = spec): Promise<{ bytes: Uint8Array; ws: ExcelJS.Worksheet; xml: string }> {
  const wb = newXlsx();
  await wb.writeSheet(s);
  const bytes = await wb.save();
  const loaded = await loadWithExcelJs(bytes);
  const ws = loaded.getWorksheet(s.name);
  if (!ws) throw new Error('sheet missing');
  return { bytes, ws, xml: sheetXml(bytes, s.name) };
}

describe('writeSheet', () => {
  let out: { bytes: Uint8Array; ws: ExcelJS.Worksheet; xml: string };
  beforeAll(async () => {
    out = await written();
  });

  // The spec is 6 columns wide: three signature pairs outgrow the 5-column table.
  it('writes a title merged across the spec width, bold, larger and centred', () => {
    const cell = out.ws.getCell(ROW.title, 1);
    expect(cell.value).toBe('XX县第一中学资产盘点表');
    expect(cell.font).toMatchObject({ bold: true, size: 16 });
    expect(cell.alignment).toMatchObject({ horizontal: 'center' });
    expect(out.ws.model.merges).toContain('A1:F1');
  });

  it('writes lines merged across the width with their alignment', () => {
    expect(out.ws.getCell(ROW.lines, 1).value).toBe('单位：元');
    expect(out.ws.getCell(ROW.lines + 1, 1).value).toBe('截止日期：2024年12月31日');
    expect(out.ws.getCell(ROW.lines, 1).alignment).toMatchObject({ horizontal: 'right' });
    expect(out.ws.model.merges).toEqual(expect.arrayContaining(['A2:F2', 'A3:F3']));
  });

  it('writes fields two pairs per row, with the block number format and real dates', () => {
    const row = (r: number): unknown[] => [1, 2, 3, 4].map((c) => out.ws.getCell(r, c).value);
    expect(row(ROW.fields)).toEqual(['盘点人', '张老师', '账面金额', 12345.6]);
    expect(out.ws.getCell(ROW.fields, 4).numFmt).toBe('#,##0.00');
    expect(row(ROW.fields + 1)).toEqual(['盘点日期', new Date(Date.UTC(2024, 11, 31)), null, null]);
    expect(out.ws.getCell(ROW.fields + 1, 2).numFmt).toBe('yyyy-mm-dd');
  });

  it('writes the group row merged over its columns and a bold header with fill and borders', () => {
    expect(out.ws.getCell(ROW.group, 2).value).toBe('盘点');
    expect(out.ws.model.merges).toContain('B6:C6');
    const headers = [1, 2, 3, 4, 5].map((c) => out.ws.getCell(ROW.header, c).value);
    expect(headers).toEqual(['资产编号', '状态', '金额', '取得日期', '备注']);
    const h = out.ws.getCell(ROW.header, 3);
    expect(h.font).toMatchObject({ bold: true });
    expect(h.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(h.border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } });
  });

  it('keeps every string literal text, whatever it starts with', () => {
    const cells = sheetCells(out.xml);
    for (const address of ['A8', 'A9', 'E8', 'E9']) {
      const c = cells.get(address) ?? '';
      expect(c).toContain('t="s"');
      expect(c).not.toContain('<f>');
    }
    expect(out.ws.getCell('A8').value).toBe('=SUM(A1)');
    expect(out.ws.getCell('A9').value).toBe('-5');
    expect(out.ws.getCell('E8').value).toBe('+86 转 8001');
    expect(out.ws.getCell('E9').value).toBe('@备注');
    expect(entryText(out.bytes, 'xl/sharedStrings.xml')).toContain('=SUM(A1)');
  });

  it('writes numbers with the column format and alignment, dates as real dates, formulas with {row} replaced', () => {
    expect(out.ws.getCell('C8').value).toBe(1280.5);
    expect(out.ws.getCell('C8').numFmt).toBe('#,##0.00');
    expect(out.ws.getCell('C8').alignment).toMatchObject({ horizontal: 'right' });
    expect(out.ws.getCell('D8').value).toEqual(new Date(Date.UTC(2019, 8, 1)));
    expect(out.ws.getCell('D8').numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(out.ws.getCell('C9').value).toEqual({ formula: 'C9*0+300', result: 300 });
    expect(out.ws.getCell('E8').alignment).toMatchObject({ wrapText: true });
  });

  it('writes a link to a cell of the workbook, shown as its text', () => {
    const value = out.ws.getCell('E10').value;
    expect(value).toEqual({ formula: `HYPERLINK("#'固定资产'!D17","见固定资产表")`, result: '见固定资产表' });
    expect(out.ws.getCell('E10').font).toMatchObject({ underline: true });
  });

  it('colours rows by their style', () => {
    const fill = (r: number): string | undefined => {
      const f = out.ws.getCell(r, 2).fill;
      return f?.type === 'pattern' ? f.fgColor?.argb : undefined;
    };
    expect(fill(8)).toBe('FFC6EFCE');
    expect(fill(9)).toBe('FFFFC7CE');
    expect(fill(10)).toBe('FFFFEB9C');
    expect(fill(11)).toBeUndefined();
    expect(out.ws.getCell(11, 1).font?.color?.argb).toBe('FF808080');
    expect(out.ws.getCell(8, 1).border).toMatchObject({ bottom: { style: 'thin' } });
    // Blank rows are formatted like data rows, for people to type into.
    expect(out.ws.getCell(ROW.blank, 3).numFmt).toBe('#,##0.00');
    expect(out.ws.getCell(ROW.blank + 2, 1).border).toMatchObject({ left: { style: 'thin' } });
  });

  it('writes a bold total row with SUM over the data and blank rows, with the cached sum', () => {
    expect(out.ws.getCell(ROW.total, 1).value).toBe('合计');
    const total = out.ws.getCell(ROW.total, 3);
    expect(total.value).toEqual({ formula: 'SUM(C8:C14)', result: 1580.8 });
    expect(total.font).toMatchObject({ bold: true });
    expect(sheetCells(out.xml).get('C15')).toContain('<v>1580.8</v>');
    expect(entryText(out.bytes, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });

  it('adds drop-down lists with help prompts on data and blank rows, and help-only prompts', () => {
    const dv = [...out.xml.matchAll(/<dataValidation\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidation>)/g)].map((m) => m[0]);
    expect(dv).toHaveLength(2);
    const list = dv.find((d) => d.includes('sqref="B8:B14"')) ?? '';
    expect(list).toContain('type="list"');
    expect(list).toContain('<formula1>&quot;相符,盘盈,盘亏&quot;</formula1>');
    expect(list).toContain('prompt="请选择盘点结果"');
    expect(list).toContain('showInputMessage="1"');
    const help = dv.find((d) => d.includes('sqref="E8:E14"')) ?? '';
    expect(help).not.toContain('type=');
    expect(help).toContain('prompt="写明原因"');
  });

  it('freezes panes below the first table header', () => {
    expect(out.ws.views[0]).toMatchObject({ state: 'frozen', ySplit: ROW.header, topLeftCell: 'A8' });
  });

  it('sets paper, orientation, fit to width, margins, repeated header rows and the footer', () => {
    expect(out.xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(out.xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(out.xml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(out.xml).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(out.xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(out.xml).toMatch(/<pageMargins left="0.5" right="0.5"/);
    expect(out.xml).toContain('<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>');
    expect(entryText(out.bytes, 'xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;盘点结果&apos;!$6:$7</definedName>`);
  });

  it('puts a manual page break after the last row before the break', () => {
    expect(out.xml).toMatch(new RegExp(`<rowBreaks [^>]*><brk id="${ROW.signatures}" max="16383" man="1"/></rowBreaks>`));
  });

  it('writes signature labels with an underlined blank cell after each', () => {
    const r = ROW.signatures;
    expect([1, 3, 5].map((c) => out.ws.getCell(r, c).value)).toEqual(['制表人：', '审核：', '日期：']);
    expect(out.ws.getCell(r, 2).border).toMatchObject({ bottom: { style: 'thin' } });
    expect(out.ws.getCell(r, 2).value).toBeNull();
  });

  it('sets an autofilter for a table that asks for one, and the tab colour and column widths', () => {
    expect(out.ws.getCell(ROW.table2, 1).value).toBe('类别');
    expect(out.xml).toContain(`<autoFilter ref="A${ROW.table2}:B${ROW.table2 + 2}"/>`);
    expect(out.ws.properties.tabColor).toEqual({ argb: 'FFC00000' });
    expect(out.ws.getColumn(1).width).toBe(16);
    // Estimated from the content where the spec gives no width: CJK text counts double.
    expect(out.ws.getColumn(5).width).toBeGreaterThanOrEqual(14);
  });

  it('reads back through the adapter as it was written', async () => {
    const wb = await openXlsx(out.bytes);
    const grid = await wb.readGrid('盘点结果', { range: 'A8:E9' });
    expect(grid.rows).toEqual([
      ['=SUM(A1)', '相符', 1280.5, { date: '2019-09-01' }, '+86 转 8001'],
      ['-5', '盘亏', 300, { date: '2020-03-15' }, '@备注'],
    ]);
  });

  it('writes an Excel table with unique column names over the header, data and blank rows', async () => {
    const s: SheetSpec = {
      name: '登记册',
      kind: 'template',
      blocks: [{ type: 'table', tableName: '领用登记', columns: [{ header: '名称' }, { header: '名称' }, { header: '' }], rows: [['a', 'b', 'c']], blankRows: 2 }],
    };
    const { bytes, ws } = await written(s);
    const table = entryText(bytes, 'xl/tables/table1.xml');
    expect(table).toContain('name="领用登记"');
    expect(table).toContain('ref="A1:C4"');
    expect([...table.matchAll(/<tableColumn [^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual(['名称', '名称2', '列3']);
    expect([1, 2, 3].map((c) => ws.getCell(1, c).value)).toEqual(['名称', '名称2', '列3']);
  });

  it('gives an empty Excel table one blank row, and a taken table name a number', async () => {
    const wb = newXlsx();
    const s = (name: string): SheetSpec => ({ name, kind: 't', blocks: [{ type: 'table', tableName: '台账', columns: [{ header: 'A' }], rows: [] }] });
    await wb.writeSheet(s('一'));
    await wb.writeSheet(s('二'));
    const files = unzip(await wb.save());
    const tables = [...files.keys()].filter((k) => k.startsWith('xl/tables/table')).map((k) => files.get(k)?.toString('utf8') ?? '');
    expect(tables.map((t) => /name="([^"]+)"/.exec(t)?.[1]).sort()).toEqual(['台账', '台账2']);
    expect(tables.every((t) => t.includes('ref="A1:A2"'))).toBe(true);
  });

  it('keeps table names Excel would read as cell references out of the file', async () => {
    const wb = newXlsx();
    for (const [i, name] of ['T1', 'R1C1', 'AB12', '资产'].entries()) {
      await wb.writeSheet({ name: `S${i}`, kind: 't', blocks: [{ type: 'table', tableName: name, columns: [{ header: 'A' }], rows: [[1]] }] });
    }
    const files = unzip(await wb.save());
    const names = [...files.keys()].filter((k) => k.startsWith('xl/tables/table')).map((k) => /name="([^"]+)"/.exec(files.get(k)?.toString('utf8') ?? '')?.[1]);
    expect(names.sort()).toEqual(['_AB12', '_R1C1', '_T1', '资产']);
  });

  it('puts long lists, or items with commas, in a hidden column and refers to it', async () => {
    const classes = Array.from({ length: 60 }, (_, i) => `${Math.floor(i / 10) + 1}年级${(i % 10) + 1}班`);
    const s: SheetSpec = {
      name: '班级',
      kind: 't',
      blocks: [
        {
          type: 'table',
          columns: [{ header: '班级', list: classes }, { header: '地点', list: ['东楼,一层', '西楼'] }],
          rows: [['1年级1班', '西楼']],
        },
      ],
    };
    const { ws, xml } = await written(s);
    // The spec is 2 columns wide: lists start after one empty column.
    expect(xml).toContain('<formula1>$D$1:$D$60</formula1>');
    expect(xml).toContain('<formula1>$E$1:$E$2</formula1>');
    expect(ws.getColumn(4).hidden).toBe(true);
    expect(ws.getCell('D60').value).toBe('6年级10班');
    expect(ws.getCell('E1').value).toBe('东楼,一层');
  });

  it('gives wrapped text rows the height they need, and merges a signature label over narrow columns', async () => {
    const long = '课间两名学生在教室后门打闹，撞碎门上玻璃两块，无人受伤，已与家长沟通。';
    const s = sheetSchemaSafe({
      name: '登记',
      kind: 't',
      blocks: [
        {
          type: 'table',
          columns: [{ header: '序号', width: 4 }, { header: '物品', width: 6 }, { header: '情况说明', width: 12, wrap: true }, { header: '金额', width: 8 }, { header: '经办', width: 8 }, { header: '备注', width: 8 }],
          rows: [[1, '玻璃', long, 30], [2, '课桌', '划痕', 80]],
        },
        { type: 'signatures', labels: ['制表人', '日期'] },
      ],
    });
    const plan = planSheet(s);
    const { ws, xml } = await written(s);
    expect(ws.getRow(2).height).toBe(plan.rowHeights.get(2));
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(linesHeight(wrappedLines(long, 12)));
    expect(xml).toMatch(/<row r="2"[^>]*customHeight="1"/);
    expect(ws.getRow(3).height).toBeUndefined();
    expect(ws.getCell('C2').alignment).toMatchObject({ wrapText: true });
    // "制表人：" needs about ten characters: columns A and B (4 + 6) are merged for it, the blank follows.
    expect(ws.getCell('A4').value).toBe('制表人：');
    expect(ws.model.merges).toContain('A4:B4');
    expect(ws.getCell('A4').alignment).toMatchObject({ horizontal: 'right' });
    expect(ws.getCell('C4').border).toMatchObject({ bottom: { style: 'thin' } });
    expect(ws.getCell('C4').value).toBeNull();
  });

  it('writes dates exactly in a 1904-system workbook', async () => {
    const bytes = await buildXlsx((w) => {
      w.properties.date1904 = true;
      w.addWorksheet('旧表').getCell('A1').value = 1;
    });
    const wb = await openXlsx(bytes);
    await wb.writeSheet({ name: '结果', kind: 't', blocks: [{ type: 'table', columns: [{ header: '日期' }], rows: [[{ date: '2019-09-01' }], [{ date: '1904-01-01' }]] }] });
    const again = await openXlsx(await wb.save());
    expect((await again.readGrid('结果')).rows).toEqual([['日期'], [{ date: '2019-09-01' }], [{ date: '1904-01-01' }]]);
    expect(sheetCells(sheetXml(await wb.save(), '结果')).get('A2')).toContain(`<v>${43709 - 1462}</v>`);
  });

  it('uses the default print setup when the spec gives none, and A5 portrait without fitting when asked', async () => {
    const plain = await written({ name: 'P', kind: 't', blocks: [{ type: 'table', columns: [{ header: 'A' }], rows: [[1]] }] });
    expect(plain.xml).toMatch(/<pageSetup [^>]*paperSize="9" orientation="portrait"/);
    expect(plain.xml).toContain('fitToPage="1"');
    expect(entryText(plain.bytes, 'xl/workbook.xml')).toContain('!$1:$1</definedName>');
    const a5 = await written({ name: 'Q', kind: 't', print: { paper: 'A5', orientation: 'portrait', fitToWidth: false, repeatHeader: false }, blocks: [{ type: 'table', columns: [{ header: 'A' }], rows: [[1]] }] });
    expect(a5.xml).toMatch(/<pageSetup [^>]*paperSize="11"/);
    expect(a5.xml).not.toContain('fitToPage="1"');
    expect(entryText(a5.bytes, 'xl/workbook.xml')).not.toContain('Print_Titles');
  });

  it('refuses a name that is taken (in any case) or that Excel does not allow', async () => {
    const wb = await openXlsx(await buildXlsx((w) => void w.addWorksheet('盘点结果')));
    const err: unknown = await wb.writeSheet({ ...spec, name: '盘点结果' }).catch((e: unknown) => e);
    expect(isUserError(err) && err.code).toBe('sheet.exists');
    if (isUserError(err)) expect(err.localized['zh-CN']).toContain('盘点结果');
    const wb2 = await openXlsx(await buildXlsx((w) => void w.addWorksheet('Sheet1')));
    await expect(wb2.writeSheet({ ...spec, name: 'SHEET1' })).rejects.toMatchObject({ code: 'sheet.exists' });
    for (const bad of ['a/b', '[x]', "'x", 'History', 'a:b']) {
      await expect(wb2.writeSheet({ ...spec, name: bad })).rejects.toMatchObject({ code: 'sheet.badName' });
    }
  });

  describe('big tables', () => {
    const big = (rows: number): SheetSpec => ({
      name: '大表',
      kind: 't',
      blocks: [
        { type: 'title', text: '大表' },
        { type: 'table', columns: [{ header: '编号' }, { header: '金额', numFmt: '#,##0.00' }], rows: Array.from({ length: rows }, (_, i) => [`ZX-${i}`, i]), total: { label: '合计', labelColumn: 0, sumColumns: [1] } },
      ],
    });

    it('reports progress every 5,000 rows and ends at the total', async () => {
      const wb = newXlsx();
      const seen: Progress[] = [];
      await wb.writeSheet(big(12_000), { onProgress: (p) => seen.push(p) });
      const total = 1 + 1 + 12_000 + 1;
      expect(seen).toEqual([
        { done: 5_000, total },
        { done: 10_000, total },
        { done: total, total },
      ]);
      const grid = await wb.readGrid('大表', { range: 'A12003:B12003' });
      expect(grid.rows).toEqual([['合计', (11_999 * 12_000) / 2]]);
    });

    it('removes the half-written sheet when cancelled', async () => {
      const wb = newXlsx();
      await wb.writeSheet({ name: '先有', kind: 't', blocks: [{ type: 'title', text: 'x' }] });
      const controller = new AbortController();
      const write = wb.writeSheet(big(12_000), {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done >= 5_000) controller.abort();
        },
      });
      await expect(write).rejects.toBeInstanceOf(CancelledError);
      expect((await wb.listSheets()).map((s) => s.name)).toEqual(['先有']);
    });
  });
});
