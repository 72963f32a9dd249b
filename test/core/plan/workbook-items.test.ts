import { chineseDaysCalendar } from '../../../src/core/plan/chinese-days';
import { generatePlan } from '../../../src/core/plan/generate';
import { itemsFromWorkbook, type WorkbookInputs } from '../../../src/core/plan/workbook-items';

const cal = chineseDaysCalendar();

const inputs: WorkbookInputs = {
  repairs: [
    { ref: '维修登记!A5', item: '三年级二班窗户玻璃', location: '教学楼3楼', reportedOn: '2026-02-26', completedOn: '2026-02-27' },
    { ref: '维修登记!A7', item: '水龙头漏水', location: '二楼厕所', reportedOn: '2026-02-27', completedOn: null },
    { ref: '维修登记!A8', item: '日光灯管不亮' },
  ],
  compensations: [
    { ref: '损坏赔偿!A3', payer: '五年级一班', item: '玻璃', amountFen: 3500, settledOn: null },
    { ref: '损坏赔偿!A4', payer: '五年级一班 ', item: '凳腿', amountFen: 1000 },
    { ref: '损坏赔偿!A5', payer: '张三', item: '门锁', amountFen: 2550, settledOn: null },
    { ref: '损坏赔偿!A6', payer: '李四', item: '课桌', amountFen: 12000, settledOn: '2026-02-20' },
  ],
  shortages: [
    { ref: '盘点结果!A4', code: 'ZX-2019-0001', name: '投影仪', amountFen: 350000, approvedOn: null },
    { ref: '盘点结果!A9', code: 'ZX-2020-0107', name: '电脑', amountFen: 420050 },
    { ref: '盘点结果!A12', code: 'ZX-2018-0003', name: '打印机', amountFen: 150000, approvedOn: '2026-01-10' },
  ],
  assets: [
    { ref: '固定资产!A4', code: 'ZX-2019-0001', name: '投影仪', lastCountedOn: '2025-02-20' },
    { ref: '固定资产!A5', code: 'ZX-2019-0002', name: '钢琴', lastCountedOn: '2025-04-02' },
    { ref: '固定资产!A6', code: 'ZX-2021-0010', name: '办公桌', lastCountedOn: null },
  ],
  loans: [
    { ref: '借还登记!A3', item: '数码相机', borrower: '王老师', dueOn: '2026-02-20', returnedOn: null },
    { ref: '借还登记!A4', item: '投影幕布', borrower: '赵老师', dueOn: '2026-03-15' },
    { ref: '借还登记!A5', item: '音响', borrower: '钱老师', dueOn: '2026-04-10' },
    { ref: '借还登记!A6', item: '扩音器', borrower: '孙老师', dueOn: '2026-02-01', returnedOn: '2026-02-03' },
  ],
};

describe('items from the registers (March 2026)', () => {
  const { items, warnings } = itemsFromWorkbook(inputs, '2026-03', cal);
  const byRef = (ref: string) => items.find((i) => i.ref === ref);

  test('open repairs only, each naming its row, due on the first working day', () => {
    const repairs = items.filter((i) => i.id.startsWith('wb:repairs'));
    expect(repairs.map((i) => [i.ref, i.title, i.due, i.category])).toEqual([
      ['维修登记!A7', '完成报修：水龙头漏水（二楼厕所）', '2026-03-02', '校舍维修'],
      ['维修登记!A8', '完成报修：日光灯管不亮', '2026-03-02', '校舍维修'],
    ]);
    expect(byRef('维修登记!A7')?.note?.['zh-CN']).toBe('报修日期：2026-02-27；来源：维修登记!A7');
    expect(byRef('维修登记!A7')?.source).toBe('workbook');
  });

  test('unsettled compensation by payer, summed to the fen, settled at month end by the cashier', () => {
    const comp = items.filter((i) => i.id.startsWith('wb:compensations'));
    expect(comp.map((i) => [i.title, i.refs, i.due, i.owner])).toEqual([
      ['收取赔偿款：五年级一班，2项，合计45.00元', ['损坏赔偿!A3', '损坏赔偿!A4'], '2026-03-31', '出纳'],
      ['收取赔偿款：张三，1项，合计25.50元', ['损坏赔偿!A5'], '2026-03-31', '出纳'],
    ]);
    expect(comp[0]?.note?.['zh-CN']).toBe('来源：损坏赔偿!A3等2行');
  });

  test('shortages awaiting write-off approval, one item for all', () => {
    const s = items.filter((i) => i.id.startsWith('wb:shortages'));
    expect(s.map((i) => [i.title, i.refs, i.due])).toEqual([['盘亏资产报批核销：2项，合计7700.50元', ['盘点结果!A4', '盘点结果!A9'], '2026-03-10']]);
  });

  test('assets that reach twelve months without a count by the end of the month (or were never counted)', () => {
    const a = items.filter((i) => i.id.startsWith('wb:assets'));
    expect(a.map((i) => [i.title, i.refs])).toEqual([['清点超过12个月未盘点的资产：2项（ZX-2019-0001 投影仪、ZX-2021-0010 办公桌）', ['固定资产!A4', '固定资产!A6']]]);
    const stricter = itemsFromWorkbook(inputs, '2026-03', cal, { uncountedMonths: 6 }).items.filter((i) => i.id.startsWith('wb:assets'));
    expect(stricter[0]?.refs).toEqual(['固定资产!A4', '固定资产!A5', '固定资产!A6']);
  });

  test('loans past due now or falling due this month; returned and later ones left out', () => {
    const l = items.filter((i) => i.id.startsWith('wb:loans'));
    expect(l.map((i) => [i.ref, i.due, i.title])).toEqual([
      ['借还登记!A3', '2026-03-02', '催还借用物品：数码相机（王老师，应还2026-02-20）'],
      ['借还登记!A4', '2026-03-13', '催还借用物品：投影幕布（赵老师，应还2026-03-15）'],
    ]);
  });

  test('all registers present: no warning; English titles too', () => {
    expect(warnings).toEqual([]);
    expect(byRef('维修登记!A7')?.titleEn).toBe('Finish repair: 水龙头漏水（二楼厕所）');
  });

  test('a workbook without some registers says which; no workbook at all says so', () => {
    const partial = itemsFromWorkbook({ repairs: [] }, '2026-03', cal);
    expect(partial.items).toEqual([]);
    expect(partial.warnings.map((w) => w.message['zh-CN'])).toEqual([
      '工作簿中没有损坏赔偿记录，计划未包含相应事项。',
      '工作簿中没有盘亏报损记录，计划未包含相应事项。',
      '工作簿中没有固定资产明细账，计划未包含相应事项。',
      '工作簿中没有借还登记，计划未包含相应事项。',
    ]);
    expect(itemsFromWorkbook(undefined, '2026-03', cal).warnings.map((w) => w.code)).toEqual(['plan.workbook.none']);
  });

  test('through generatePlan: workbook items go into the first month of a term plan only', () => {
    const r = generatePlan({ period: { term: '2026-spring' }, library: [], workbook: inputs });
    expect(new Set(r.items.map((i) => i.month))).toEqual(new Set(['2026-02']));
    expect(r.items.every((i) => i.source === 'workbook')).toBe(true);
    const month = generatePlan({ period: { month: '2026-03' }, library: [] });
    expect(month.warnings.map((w) => w.code)).toEqual(['plan.workbook.none']);
  });
});
