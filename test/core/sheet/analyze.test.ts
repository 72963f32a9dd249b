import { analyzeSheet } from '../../../src/core/sheet/analyze';
import { ASSET_FIELDS } from '../../../src/core/sheet/fields';
import { fenOf, numberOf, textOf, codeKeyOf, dateOf } from '../../../src/core/sheet/records';
import type { Cell } from '../../../src/core/sheet/grid';
import { gridOf } from '../../helpers/grid';

const HEADER: Cell[] = ['序号', '资产编号', '资产名称', '规格型号', '数量', '单价（元）', '金额（元）', '购置日期', '使用部门', '存放地点', '责任人', '备注'];

function ledger(): Cell[][] {
  return [
    ['XX县第一中学固定资产明细账', null, null, null, null, null, null, null, null, null, null, null],
    ['单位：元', null, null, null, null, null, null, null, null, '截止日期：2024年12月31日', null, null],
    HEADER,
    [1, 'ZX-2019-0001', '台式计算机', '联想 M720', 1, 4800, 4800, { date: '2019-09-01' }, '教务处', '办公室201', '张三', null],
    [2, ' zx-2019-0002 ', '投影仪', 'EB-X41', 1, '1,280.00', '1,280.00', '2019.09.01', null, '多媒体教室', '李四', null],
    [3, 'ＺＸ－２０１９－０００３', '打印机', 'HP 1020', 2, 900, 1800, '2019年9月', null, '办公室203', '王五', null],
    [null, null, null, null, null, null, null, null, null, null, null, null],
    [null, null, '小计', null, 4, null, 7880, null, null, null, null, null],
    [4, 'ZX-2020-0001', '学生课桌椅', '1.2m 双人', 50, 320, 16000, 43891, '高一(1)班', '高一(1)班教室', '班主任', '一套'],
    [5, 'ZX-2020-0002', '空调', '格力 1.5P', 1, 3200, { error: '#N/A' }, '20200301', '总务处', '会议室', '赵六', null],
    [null, null, '小计', null, 51, null, 19200, null, null, null, null, null],
    ['合  计', null, null, null, 55, null, 27080, null, null, null, null, null],
    ['制表人：', null, '审核：', null, null, null, '日期：', null, null, null, null, null],
  ];
}

describe('analyzeSheet on a ledger as offices keep it', () => {
  const grid = gridOf(ledger(), { sheet: '固定资产明细账', merges: ['A1:L1', 'I4:I6'], hidden: [5] });
  const a = analyzeSheet(grid, ASSET_FIELDS);

  it('finds the header below the title and unit rows', () => {
    expect(a.status).toBe('ok');
    expect(a.layout?.headerRows).toEqual([3]);
  });

  it('maps every column to the right field', () => {
    const cols = Object.fromEntries(Object.entries(a.mapping?.fields ?? {}).map(([k, m]) => [k, m.column]));
    expect(cols).toEqual({
      code: 'B', name: 'C', spec: 'D', quantity: 'E', unitPrice: 'F', amount: 'G', acquiredOn: 'H',
      department: 'I', location: 'J', custodian: 'K', note: 'L',
    });
    expect(a.mapping?.fields.code?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('stops the data before subtotals, totals and signatures and reports them as structure', () => {
    expect(a.layout?.firstDataRow).toBe(4);
    expect(a.layout?.lastDataRow).toBe(10);
    expect(a.layout?.dataRows).toEqual([4, 5, 6, 9, 10]);
    expect(a.layout?.excluded).toEqual([
      { row: 7, kind: 'blank' },
      { row: 8, kind: 'subtotal' },
      { row: 11, kind: 'subtotal' },
      { row: 12, kind: 'total' },
      { row: 13, kind: 'signature' },
    ]);
    expect(a.findings.filter((f) => f.code === 'structure.blankRows').map((f) => f.cell)).toEqual(['7:7']);
  });

  it('normalizes values: codes, text numbers, Chinese dates, serials, merged departments', () => {
    const byRow = new Map(a.records.map((r) => [r.row, r]));
    const r5 = byRow.get(5)!;
    expect(codeKeyOf(r5)).toBe('ZX-2019-0002');
    expect(textOf(r5, 'code')).toBe('zx-2019-0002');
    expect(fenOf(r5, 'unitPrice')).toBe(128000);
    expect(dateOf(r5, 'acquiredOn')).toBe('2019-09-01');
    expect(textOf(r5, 'department')).toBe('教务处');
    expect(r5.hidden).toBe(true);
    const r6 = byRow.get(6)!;
    expect(codeKeyOf(r6)).toBe('ZX-2019-0003');
    expect(dateOf(r6, 'acquiredOn')).toBe('2019-09-01');
    expect(textOf(r6, 'department')).toBe('教务处');
    const r9 = byRow.get(9)!;
    expect(dateOf(r9, 'acquiredOn')).toBe('2020-03-01');
    expect(numberOf(r9, 'quantity')).toBe(50);
    expect(dateOf(byRow.get(10)!, 'acquiredOn')).toBe('2020-03-01');
  });

  it('reports the error cell, the hidden row and the conversions as findings with addresses', () => {
    const codes = a.findings.map((f) => `${f.code}@${f.cell}`);
    expect(codes).toContain('cell.error@G10');
    expect(codes).toContain('structure.hiddenRows@5:5');
    expect(codes).toContain('value.monthOnly@H6');
    expect(codes).toContain('value.textNumbers@F5');
    for (const f of a.findings) {
      expect(f.sheet).toBe('固定资产明细账');
      expect(f.message['zh-CN']).not.toBe('');
      expect(f.message['en-US']).not.toBe('');
    }
  });
});

describe('two-row headers with merged group cells', () => {
  const rows: Cell[][] = [
    ['高一(1)班财产登记册', null, null, null, null, null],
    ['序号', '物品名称', '规格', '数量', null, '备注'],
    [null, null, null, '期初', '期末', null],
    [1, '课桌', '单人', 50, 48, null],
    [2, '椅子', '单人', 50, 50, null],
  ];
  const a = analyzeSheet(gridOf(rows, { merges: ['A1:F1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3'] }), ASSET_FIELDS);

  it('reads both header rows and labels columns group / sub', () => {
    expect(a.layout?.headerRows).toEqual([2, 3]);
    expect(a.header?.columns.map((c) => c.label)).toEqual(['序号', '物品名称', '规格', '数量 / 期初', '数量 / 期末', '备注']);
    expect(a.mapping?.fields.quantityOpening?.column).toBe('D');
    expect(a.mapping?.fields.quantity?.column).toBe('E');
    expect(a.layout?.firstDataRow).toBe(4);
  });
});

describe('header names', () => {
  it.each(['保管人', '责任人', '使用人', '领用人'])('%s means custodian', (h) => {
    const a = analyzeSheet(gridOf([['资产编号', '资产名称', h], ['A1', '桌', '张三']]), ASSET_FIELDS);
    expect(a.mapping?.fields.custodian?.column).toBe('C');
  });

  it('reads English headers', () => {
    const a = analyzeSheet(gridOf([['Asset No.', 'Name', 'Qty', 'Unit Price', 'Amount', 'Purchase Date', 'Department', 'Location', 'Custodian'], ['A-1', 'Desk', 2, 10, 20, '2020-1-2', 'Office', 'R1', 'Li']]), ASSET_FIELDS);
    expect(Object.keys(a.mapping?.fields ?? {}).sort()).toEqual(['acquiredOn', 'amount', 'code', 'custodian', 'department', 'location', 'name', 'quantity', 'unitPrice'].sort());
  });

  it('on a count sheet takes 实盘数量 for quantity and 账面数量 for bookQuantity', () => {
    const a = analyzeSheet(gridOf([['条码', '物品名称', '账面数量', '实盘数量'], ['A1', '桌', 2, 1]]), ASSET_FIELDS);
    expect(a.mapping?.fields.quantity?.column).toBe('D');
    expect(a.mapping?.fields.bookQuantity?.column).toBe('C');
  });

  it('on a ledger with only 账面数量 takes it for quantity', () => {
    const a = analyzeSheet(gridOf([['资产编号', '资产名称', '账面数量'], ['A1', '桌', 2]]), ASSET_FIELDS);
    expect(a.mapping?.fields.quantity?.column).toBe('C');
    expect(a.mapping?.fields.bookQuantity).toBeUndefined();
  });

  it('applies user overrides before anything else, and a declined field stays unmapped', () => {
    const a = analyzeSheet(gridOf([['资产编号', '资产名称', '存放地点', '备注'], ['A1', '桌', '201', '在 202']]), ASSET_FIELDS, { overrides: { location: 'D', note: null } });
    expect(a.mapping?.fields.location).toMatchObject({ column: 'D', source: 'user', confidence: 1 });
    expect(a.mapping?.fields.note).toBeUndefined();
  });
});

describe('sheets that are not ledgers', () => {
  it('says a sheet is empty', () => {
    const a = analyzeSheet(gridOf([[null, ' '], [null, null]], { sheet: '空表' }), ASSET_FIELDS);
    expect(a.status).toBe('empty');
    expect(a.findings[0]?.code).toBe('sheet.empty');
  });

  it('says which fields it looked for and which texts it found when there is no header', () => {
    const a = analyzeSheet(gridOf([['2024年工作总结'], ['一、本学期完成了校舍维修。'], ['二、加强了安全检查。']], { sheet: '说明' }), ASSET_FIELDS);
    expect(a.status).toBe('noHeader');
    const f = a.findings[0]!;
    expect(f.severity).toBe('error');
    expect(f.message['zh-CN']).toContain('资产编号');
    expect(f.message['zh-CN']).toContain('2024年工作总结');
    expect(f.message['en-US']).toContain('No header');
  });
});
