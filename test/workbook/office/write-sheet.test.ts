/** Writing SheetSpecs through the Office adapter, inspected in the fake's workbook as a user would see it. */
import { CancelledError } from '../../../src/core/errors';
import { toExcelSerial } from '../../../src/core/dates';
import { sheetSpecSchema, type SheetSpec } from '../../../src/core/sheet/spec';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { widthToPoints } from '../../../src/workbook/office/write-sheet';
import { planSheet } from '../../../src/core/sheet/layout';
import { FakeExcel, isFormula, isQuoted, type SheetModel } from '../../fakes/office';

function host(): { excel: FakeExcel; port: OfficeWorkbook } {
  const excel = new FakeExcel();
  excel.model.seed({ name: '盘点表', rows: [['资产编号', '资产名称']] });
  return { excel, port: new OfficeWorkbook(excel) };
}

function sheet(excel: FakeExcel, name: string): SheetModel {
  const s = excel.model.sheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

const report: SheetSpec = sheetSpecSchema.parse({
  name: '盘点结果',
  kind: 'reconcile.result',
  tabColor: 'C00000',
  blocks: [
    { type: 'title', text: '2024年秋季学期资产盘点结果' },
    { type: 'lines', lines: ['单位：元'], align: 'right' },
    { type: 'fields', pairs: [['盘点日期', { date: '2024-12-31' }], ['盘亏金额', 1280.5], ['经办人', '张三']], numFmt: undefined },
    {
      type: 'table',
      groups: [{ label: '数量', from: 2, to: 3 }],
      columns: [
        { header: '资产编号', width: 16 },
        { header: '资产名称', list: ['课桌', '椅子'], help: '从下拉列表选择' },
        { header: '账面', numFmt: '#,##0' },
        { header: '实盘', numFmt: '#,##0' },
        { header: '金额', numFmt: '#,##0.00', align: 'right' },
      ],
      rows: [
        ['ZX-2019-0001', '课桌', 50, 48, { formula: '=C{row}*10' }],
        ['=SUM(A1)', '+86', '-5', '0012', 0],
        ['1,280', '2019-9-1', 'TRUE', '#N/A', 12.5],
        [{ text: '盘点表!A2', link: '盘点表!A2' }, "'引号", '50%', '@x', { date: '2024-03-01' }],
      ],
      rowStyles: ['normal', 'bad', 'good', 'normal'],
      total: { label: '合计', labelColumn: 0, sumColumns: [2, 3, 4] },
      tableName: '盘点结果表',
      freezeHeader: true,
    },
    { type: 'spacer' },
    { type: 'signatures', labels: ['制表人', '审核：'] },
    { type: 'pageBreak' },
    { type: 'lines', lines: ['附：说明'] },
  ],
  print: { paper: 'A4', orientation: 'landscape', footer: '第 &P 页 共 &N 页 & 附件' },
});

describe('OfficeWorkbook.writeSheet layout', () => {
  it('puts every block in its rows and every value in its cell', async () => {
    const { excel, port } = host();
    await port.writeSheet(report);
    const s = sheet(excel, '盘点结果');
    expect(s.valueAt(1, 1)).toBe('2024年秋季学期资产盘点结果');
    expect(s.mergeAt(1, 5)).toEqual({ top: 1, left: 1, bottom: 1, right: 5 });
    expect(s.rowHeights.get(1)).toBe(27);
    expect(s.valueAt(2, 1)).toBe('单位：元');
    expect(s.formatAt(2, 1).horizontalAlignment).toBe('Right');
    // fields: two pairs per row
    expect([s.valueAt(3, 1), s.valueAt(3, 2), s.valueAt(3, 3), s.valueAt(3, 4)]).toEqual(['盘点日期', toExcelSerial('2024-12-31'), '盘亏金额', 1280.5]);
    expect(s.formatAt(3, 2).numberFormat).toBe('yyyy-mm-dd');
    expect([s.valueAt(4, 1), s.valueAt(4, 2)]).toEqual(['经办人', '张三']);
    // group row, header, data, total
    expect(s.valueAt(5, 3)).toBe('数量');
    expect(s.mergeAt(5, 4)).toEqual({ top: 5, left: 3, bottom: 5, right: 4 });
    expect([1, 2, 3, 4, 5].map((c) => s.valueAt(6, c))).toEqual(['资产编号', '资产名称', '账面', '实盘', '金额']);
    expect([1, 2, 3, 4, 5].map((c) => s.valueAt(7, c))).toEqual(['ZX-2019-0001', '课桌', 50, 48, 500]);
    expect(s.get(7, 5)).toEqual({ formula: '=C7*10' });
    expect(s.valueAt(11, 1)).toBe('合计');
    expect(s.get(11, 3)).toEqual({ formula: '=SUM(C7:C10)' });
    expect(s.valueAt(11, 3)).toBe(50);
    expect(s.valueAt(11, 5)).toBe(512.5 + toExcelSerial('2024-03-01'));
    // spacer, signatures with their colon, page break before the appendix
    expect(s.valueAt(12, 1)).toBeNull();
    expect([s.valueAt(13, 1), s.valueAt(13, 3)]).toEqual(['制表人：', '审核：']);
    expect(s.formatAt(13, 2).borders?.bottom).toBe('Continuous');
    expect(s.pageBreaks).toEqual([14]);
    expect(s.valueAt(14, 1)).toBe('附：说明');
  });

  it('keeps every string literal: nothing becomes a formula, number, date, boolean or error', async () => {
    const { excel, port } = host();
    await port.writeSheet(report);
    const s = sheet(excel, '盘点结果');
    const literal: Array<[number, number, string]> = [
      [8, 1, '=SUM(A1)'],
      [8, 2, '+86'],
      [8, 3, '-5'],
      [8, 4, '0012'],
      [9, 1, '1,280'],
      [9, 2, '2019-9-1'],
      [9, 3, 'TRUE'],
      [9, 4, '#N/A'],
      [10, 2, "'引号"],
      [10, 3, '50%'],
      [10, 4, '@x'],
      [7, 1, 'ZX-2019-0001'],
    ];
    for (const [r, c, text] of literal) {
      expect(s.valueAt(r, c)).toBe(text);
      expect(isFormula(s.get(r, c))).toBe(false);
    }
    // Plain words need no mark; anything Excel could read otherwise has Excel's text mark.
    expect(s.get(7, 2)).toBe('课桌');
    expect(isQuoted(s.get(8, 4))).toBe(true);
  });

  it('formats numbers, dates, highlights, borders and column widths', async () => {
    const { excel, port } = host();
    await port.writeSheet(report);
    const s = sheet(excel, '盘点结果');
    expect(s.formatAt(7, 3).numberFormat).toBe('#,##0');
    expect(s.formatAt(11, 5).numberFormat).toBe('#,##0.00');
    expect(s.formatAt(10, 5).numberFormat).toBe('yyyy-mm-dd');
    expect(s.valueAt(10, 5)).toBe(toExcelSerial('2024-03-01'));
    expect(s.formatAt(7, 5).horizontalAlignment).toBe('Right');
    expect(s.formatAt(8, 1).fill).toBe('#FFC7CE');
    expect(s.formatAt(9, 5).fill).toBe('#C6EFCE');
    expect(s.formatAt(7, 1).fill).toBeUndefined();
    expect(s.formatAt(11, 2).bold).toBe(true);
    expect(s.formatAt(6, 1)).toMatchObject({ bold: true, fill: '#D9E1F2', wrapText: true });
    expect(s.formatAt(5, 1).borders).toMatchObject({ top: 'Continuous', left: 'Continuous' });
    expect(s.formatAt(9, 3).borders).toEqual({ top: 'Continuous', bottom: 'Continuous', left: 'Continuous', right: 'Continuous' });
    expect(s.formatAt(9, 3).fontName).toBe('宋体');
    expect(s.columnWidths.get(1)).toBe(widthToPoints(16));
    expect(widthToPoints(8.43)).toBe(48);
    expect(s.tabColor).toBe('#C00000');
  });

  it('adds drop-downs, input help, the Excel table, frozen header, link and print setup', async () => {
    const { excel, port } = host();
    await port.writeSheet(report);
    const s = sheet(excel, '盘点结果');
    expect(s.validationAt(8, 2)).toMatchObject({
      list: { inCellDropDown: true, source: '课桌,椅子' },
      prompt: { showPrompt: true, title: '资产名称', message: '从下拉列表选择' },
    });
    expect(s.validationAt(11, 2)).toBeUndefined();
    expect(s.tables()).toEqual([expect.objectContaining({ name: '盘点结果表', range: { top: 6, left: 1, bottom: 10, right: 5 }, style: 'TableStyleLight1' })]);
    expect(s.freezeRows).toBe(6);
    expect(s.hyperlinks.get('10,1')).toBe('盘点表!A2');
    expect(s.valueAt(10, 1)).toBe('盘点表!A2');
    expect(s.formatAt(10, 1).fontColor).toBe('#0563C1');
    expect(s.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$5:$6',
      centerFooter: '第 &P 页 共 &N 页 && 附件',
      centerHorizontally: true,
      margins: { left: 36, right: 36 },
    });
  });

  it('puts long drop-down lists in a hidden column and gives a taken table name a number', async () => {
    const { excel, port } = host();
    const items = Array.from({ length: 60 }, (_, i) => `存放地点${i + 1}`);
    const spec = (name: string): SheetSpec =>
      sheetSpecSchema.parse({
        name,
        kind: 'template',
        blocks: [{ type: 'table', columns: [{ header: '位置', list: items }, { header: '备注' }], rows: [], blankRows: 3, tableName: '台账' }],
      });
    await port.writeSheet(spec('一'));
    await port.writeSheet(spec('二'));
    const one = sheet(excel, '一');
    expect(one.validationAt(2, 1)?.list?.source).toBe('=$D$1:$D$60');
    expect(one.valueAt(60, 4)).toBe('存放地点60');
    expect(one.hiddenColumns.has(4)).toBe(true);
    expect(excel.model.tables.map((t) => t.name)).toEqual(['台账', '台账2']);
  });

  it('gives an empty Excel table the one blank row Excel requires', async () => {
    const { excel, port } = host();
    await port.writeSheet(sheetSpecSchema.parse({ name: '空表', kind: 't', blocks: [{ type: 'table', columns: [{ header: 'A' }, { header: 'A' }], rows: [], tableName: 'T1' }] }));
    const s = sheet(excel, '空表');
    expect([s.valueAt(1, 1), s.valueAt(1, 2)]).toEqual(['A', 'A2']);
    expect(s.tables()[0]).toMatchObject({ name: '_T1', range: { top: 1, left: 1, bottom: 2, right: 2 } });
  });
});

describe('OfficeWorkbook.writeSheet wrapped text', () => {
  it('wraps long text and sets the planned row heights, one request per run of equal heights', async () => {
    const { excel, port } = host();
    const long = '课间两名学生在教室后门打闹，撞碎门上玻璃两块，无人受伤，已与家长沟通。';
    const spec = sheetSpecSchema.parse({
      name: '说明',
      kind: 'k',
      blocks: [{ type: 'table', columns: [{ header: '编号', width: 8 }, { header: '情况说明', width: 12, wrap: true }], rows: Array.from({ length: 200 }, (_, i) => [`ZX-${i}`, i === 199 ? '短' : long]) }],
    });
    excel.stats.reset();
    await port.writeSheet(spec);
    const s = sheet(excel, '说明');
    const plan = planSheet(spec);
    expect(plan.rowHeights.size).toBe(199);
    for (const [row, height] of plan.rowHeights) expect(s.rowHeights.get(row)).toBe(height);
    expect(s.rowHeights.has(201)).toBe(false);
    expect(s.formatAt(2, 2).wrapText).toBe(true);
    expect(s.formatAt(2, 1).wrapText).toBeUndefined();
    // 199 rows of one height are one range: the whole write stays a couple of requests.
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    expect(excel.stats.maxActions).toBeLessThan(100);
  });
});

describe('OfficeWorkbook.writeSheet rules', () => {
  it('refuses a name that is taken (case-insensitively) or invalid', async () => {
    const { port } = host();
    await expect(port.writeSheet({ ...report, name: '盘点表' })).rejects.toMatchObject({ code: 'sheet.exists' });
    await expect(port.writeSheet({ ...report, name: 'a/b' })).rejects.toMatchObject({ code: 'sheet.badName' });
  });

  it('writes dates in the 1904 system when the workbook uses it', async () => {
    const { excel, port } = host();
    excel.model.date1904 = true;
    await port.writeSheet(sheetSpecSchema.parse({ name: 'D', kind: 'k', blocks: [{ type: 'fields', pairs: [['日期', { date: '2024-01-01' }]] }] }));
    expect(sheet(excel, 'D').valueAt(1, 2)).toBe(toExcelSerial('2024-01-01', true));
  });

  it('writes 100,000 rows in bounded requests, none near the 5 MB limit', async () => {
    const { excel, port } = host();
    const rows = Array.from({ length: 100_000 }, (_, i) => [`ZX-${String(i).padStart(6, '0')}`, '台式计算机', i % 7, 3500.5, { date: '2020-09-01' }]);
    const progress: number[] = [];
    await port.writeSheet(
      sheetSpecSchema.parse({
        name: '大表',
        kind: 'k',
        blocks: [
          { type: 'table', columns: [{ header: '编号' }, { header: '名称' }, { header: '数量' }, { header: '单价', numFmt: '0.00' }, { header: '日期' }], rows, total: { label: '合计', labelColumn: 0, sumColumns: [2] } },
        ],
      }),
      { onProgress: (p) => progress.push(p.done) },
    );
    const s = sheet(excel, '大表');
    expect(s.valueAt(100_001, 1)).toBe('ZX-099999');
    expect(s.get(100_002, 3)).toEqual({ formula: '=SUM(C2:C100001)' });
    expect(excel.stats.maxRequestBytes).toBeLessThan(3_000_000);
    expect(excel.stats.syncs).toBeLessThanOrEqual(15);
    expect(progress[progress.length - 1]).toBe(100_002);
  });

  it('removes the half-written sheet when cancelled', async () => {
    const { excel, port } = host();
    const abort = new AbortController();
    const rows = Array.from({ length: 40_000 }, (_, i) => [`行${i}${'说明'.repeat(20)}`, i]);
    const write = port.writeSheet(sheetSpecSchema.parse({ name: '取消', kind: 'k', blocks: [{ type: 'table', columns: [{ header: 'a' }, { header: 'b' }], rows }] }), {
      signal: abort.signal,
      onProgress: () => abort.abort(),
    });
    await expect(write).rejects.toBeInstanceOf(CancelledError);
    expect(excel.model.sheet('取消')).toBeUndefined();
  });
});
