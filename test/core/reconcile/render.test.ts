import { sheetSpecSchema, type Block, type SheetSpec, type TableBlock } from '../../../src/core/sheet/spec';
import { reconcile } from '../../../src/core/reconcile/engine';
import { renderCountReport } from '../../../src/core/reconcile/render/count-report';
import { departmentBreakdown, renderDepartmentChartSheet } from '../../../src/core/reconcile/render/department-chart';
import { draftLedgerRows, ledgerMarks, renderDraftLedgerSheet, renderWriteOffSheet, writeOffRows } from '../../../src/core/reconcile/render/follow-ups';
import { renderResultSheet } from '../../../src/core/reconcile/render/result-sheet';
import { reconcileLabels } from '../../../src/core/reconcile/render/labels';
import { reconcileMessages } from '../../../src/core/reconcile/messages';
import { row } from './helpers';

const ledger = [
  row(5, 'ZX-0001', 1, { name: '投影仪', department: '信息中心', location: '多媒体教室', unitPrice: '3280.00' }),
  row(6, 'ZX-0002', 50, { name: '学生课桌椅', department: '初一(1)班', location: '初一(1)班', unitPrice: '320.00' }),
  row(7, 'ZX-0003', 1, { name: '空调', department: '总务处', location: '会议室', amount: '2899.00' }),
  row(8, 'ZX-0004', 2, { name: '文件柜', department: '办公室', location: '档案室', unitPrice: '850.00' }),
  row(9, 'ZX-0005', 1, { name: '钢琴', spec: '珠江UP118', department: '艺术组', location: '音乐室', amount: '12800.00' }),
];
const count = [
  row(3, 'zx-0001', 1, { name: '投影仪', location: '校长室' }),
  row(4, 'ZX-0001', 1, { name: '投影仪', location: '校长室' }),
  row(5, 'ZX-0002', 30, { location: '初一(1)班' }),
  row(6, 'ZX-0002', 18, { location: '初一(2)班' }),
  row(7, 'ZX-0004', 3, { location: '档案室' }),
  row(8, '', 1, { name: '钢琴', spec: '珠江UP118', location: '音乐室' }),
  row(9, '', 2, { name: '篮球架', department: '体育组', location: '操场', unitPrice: '1500.00' }),
];
const result = reconcile(ledger, count, {
  compareFields: ['location'],
  ledgerSource: { sheet: '固定资产明细账', codeColumn: 2 },
  countSource: { sheet: '盘点表', codeColumn: 1 },
});

function tables(spec: SheetSpec): TableBlock[] {
  return spec.blocks.filter((b: Block): b is TableBlock => b.type === 'table');
}
function texts(spec: SheetSpec): string[] {
  return spec.blocks.flatMap((b) => (b.type === 'lines' ? b.lines : b.type === 'title' ? [b.text] : b.type === 'signatures' ? b.labels : []));
}

describe('result sheet', () => {
  const spec = sheetSpecSchema.parse(renderResultSheet(result, { countDate: '2024-12-30' }));
  const [table] = tables(spec);

  it('is a valid spec with a summary block and one filterable, styled line per item', () => {
    expect(spec.kind).toBe('reconcile.result');
    expect(spec.name).toBe('盘点核对结果');
    expect(table?.autoFilter).toBe(true);
    expect(table?.rows).toHaveLength(8);
    expect(table?.rowStyles).toEqual(['warn', 'muted', 'warn', 'bad', 'warn', 'bad', 'warn', 'info']);
  });

  it('shows status in words, book and counted values side by side, and links to source rows', () => {
    const header = table?.columns.map((c) => c.header) ?? [];
    expect(header).toEqual(['状态', '资产编号', '资产名称', '规格型号', '账面数量', '实盘数量', '数量差异', '差异金额', '单价', '账面存放地点', '实盘存放地点', '差异项', '说明', '账簿行', '盘点行']);
    const rows = table?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual(['不符', '重复', '不符', '盘亏', '不符', '盘亏', '疑似', '盘盈']);
    const desks = rows[2] ?? [];
    expect(desks.slice(4, 12)).toEqual([50, 48, -2, -640, 320, '初一(1)班', '初一(1)班、初一(2)班', '数量、存放地点']);
    expect(desks[12]).toBe('分 2 处盘点：初一(1)班 30、初一(2)班 18');
    expect(desks[13]).toEqual({ text: '固定资产明细账!B6', link: '固定资产明细账!B6' });
    expect(desks[14]).toEqual({ text: '盘点表!A5', link: '盘点表!A5' });
    expect(rows[1]?.[12]).toBe('同一编号的单件资产已在盘点第 3 行盘到，本行不计数');
    expect(rows[6]?.[12]).toBe('疑似账簿第 9 行（相似度 1.00），待确认');
    expect(rows[7]?.[13]).toBeNull();
  });

  it('puts the run\'s totals in the summary block', () => {
    const pairs = spec.blocks.flatMap((b) => (b.type === 'fields' ? b.pairs : []));
    const get = (k: string) => pairs.find(([label]) => label === k)?.[1];
    expect(get('账面数量')).toBe(55);
    expect(get('账面金额')).toBe(3280 + 16000 + 2899 + 1700 + 12800);
    expect(get('盘亏金额')).toBe(640 + 2899 + 12800);
    expect(get('重复（行）')).toBe(1);
    expect(get('疑似匹配（行）')).toBe(1);
    expect(texts(spec)).toContain('盘点日期：2024-12-30');
  });

  it('can leave agreeing rows out and name a scan file\'s lines instead of linking', () => {
    const scanResult = reconcile(ledger, count, { countSource: { sheet: 'scan.csv', linkable: false } });
    const t = tables(renderResultSheet(scanResult, { problemsOnly: true }))[0];
    expect(t?.rows.find((r) => r[0] === '盘盈')?.at(-1)).toBe('scan.csv 第 9 行');
  });

  it('speaks English when asked', () => {
    const en = renderResultSheet(result, { locale: 'en-US' });
    expect(tables(en)[0]?.rows.map((r) => r[0])).toContain('Shortage');
    expect(en.name).toBe('Count results');
  });
});

describe('count report (盘点报告)', () => {
  const spec = sheetSpecSchema.parse(renderCountReport(result, { unitName: '城关第一中学', countDate: '2024-12-30', countedBy: ['张三', '李四'] }));

  it('is print-ready with the unit, date, counters, overview, lists, opinion and signatures', () => {
    expect(spec.kind).toBe('reconcile.report');
    expect(spec.print?.paper).toBe('A4');
    const t = texts(spec);
    expect(t[0]).toBe('城关第一中学资产盘点报告');
    expect(t).toEqual(expect.arrayContaining(['单位：城关第一中学', '盘点日期：2024-12-30', '盘点人员：张三、李四', '处理意见：', '盘点人', '监盘人', '资产管理员', '单位负责人']));
    expect(t.find((x) => x.startsWith('账面资产'))).toBe(
      '账面资产 5 项，数量 55，金额 36,679.00 元；实盘数量 55。相符 0 项，不符 3 项；盘盈 2 项，金额 3,850.00 元；盘亏 3 项，金额 16,339.00 元。',
    );
    expect(t).toContain('另有 1 行疑似匹配尚待确认（未计入盘盈）：确认的将冲减盘亏，否决的将列为盘盈。');
  });

  it('lists 盘盈 (overages and surplus rows) and 盘亏 (missing rows and shortfalls) with amounts and totals', () => {
    const [surplus, shortage, mismatch] = tables(spec);
    expect(surplus?.rows.map((r) => [r[1], r[2], r[4], r[6], r[8]])).toEqual([
      ['ZX-0004', '文件柜', 1, 850, '账面 2，实盘 3'],
      ['', '篮球架', 2, 3000, '无编号'],
    ]);
    expect(surplus?.total).toEqual({ label: '合计', labelColumn: 1, sumColumns: [4, 6] });
    expect(shortage?.rows.map((r) => [r[1], r[4], r[5], r[7], r[10]])).toEqual([
      ['ZX-0002', 50, 2, 640, '账面 50，实盘 48'],
      ['ZX-0003', 1, 1, 2899, '未盘到'],
      ['ZX-0005', 1, 1, 12800, '未盘到'],
    ]);
    expect(mismatch?.rows.map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual([
      [1, 'ZX-0001', '存放地点', '多媒体教室', '校长室'],
      [2, 'ZX-0002', '存放地点', '初一(1)班', '初一(1)班、初一(2)班'],
    ]);
  });

  it('writes 无 for an empty list and blanks for missing header facts', () => {
    const clean = reconcile([row(2, 'A', 1, { amount: '10.00' })], [row(2, 'A', 1)]);
    const t = texts(renderCountReport(clean));
    expect(t.filter((x) => x === '无。')).toHaveLength(2);
    expect(t).toContain('盘点日期：＿＿＿＿＿＿');
  });
});

describe('chart data and follow-ups', () => {
  it('totals shortage and surplus by department', () => {
    expect(departmentBreakdown(result).map((d) => [d.department, d.shortageQuantity, d.shortageAmount, d.surplusQuantity, d.surplusAmount])).toEqual([
      ['体育组', 0, 0, 2, 300000],
      ['初一(1)班', 2, 64000, 0, 0],
      ['办公室', 0, 0, 1, 85000],
      ['总务处', 1, 289900, 0, 0],
      ['艺术组', 1, 1280000, 0, 0],
    ]);
    const spec = sheetSpecSchema.parse(renderDepartmentChartSheet(result));
    expect(tables(spec)[0]?.rows[0]).toEqual(['体育组', 0, 0, 2, 3000]);
  });

  it('turns shortages into write-off rows and surpluses into draft ledger rows', () => {
    expect(writeOffRows(result).map((r) => [r.code, r.quantity, r.amount, r.reason, r.ledgerRow])).toEqual([
      ['ZX-0002', 2, 64000, '盘亏', 6],
      ['ZX-0003', 1, 289900, '盘亏', 7],
      ['ZX-0005', 1, 1280000, '盘亏', 9],
    ]);
    expect(draftLedgerRows(result).map((r) => [r.code, r.name, r.quantity, r.unitPrice, r.amount, r.countRow, r.note])).toEqual([
      ['', '篮球架', 2, 150000, 300000, 9, '盘盈待补录（盘点第 9 行）'],
    ]);
    const writeOff = sheetSpecSchema.parse(renderWriteOffSheet(result));
    expect(tables(writeOff)[0]?.rows).toHaveLength(3);
    const draft = sheetSpecSchema.parse(renderDraftLedgerSheet(result));
    expect(tables(draft)[0]?.columns.map((c) => c.header)).toContain('取得日期');
  });
});

describe('ledger marks', () => {
  it('give every ledger row its outcome in words, in row order', () => {
    expect(ledgerMarks(result).map((m) => [m.ledgerRow, m.text])).toEqual([
      [5, '不符'],
      [6, '不符'],
      [7, '盘亏'],
      [8, '不符'],
      [9, '盘亏'],
    ]);
    expect(ledgerMarks(result, 'en-US')[2]?.text).toBe('Shortage');
  });
});

describe('catalogues', () => {
  it('have every text in both languages with the same placeholders', () => {
    for (const cat of [reconcileLabels, reconcileMessages] as const) {
      for (const [key, entry] of Object.entries(cat)) {
        const zh = (entry['zh-CN'].match(/\{\w+\}/g) ?? []).sort();
        const en = (entry['en-US'].match(/\{\w+\}/g) ?? []).sort();
        expect([key, zh]).toEqual([key, en]);
        expect(entry['zh-CN'].length * entry['en-US'].length).toBeGreaterThan(0);
      }
    }
  });
});
