import { summarizeAssets } from '../../../src/core/reports/summary';
import { fen, item } from './helpers';

describe('asset summary', () => {
  test('depreciation per DOMAIN.md: from the acquisition month, by the category life or the 使用年限 column', () => {
    const r = summarizeAssets('台账', [
      // 计算机设备: 6 years. 2025-10 → 2025-12 is 3 months: 5299.00 × 3 / 72 = 220.79.
      item({ row: 4, category: '计算机设备', department: '教务处', amount: '5299.00', acquiredOn: '2025-10-08' }),
      // A 使用年限 of 8 beats the category's 5: 4700.50 × 52 / 96 = 2546.10.
      item({ row: 5, category: '文艺体育设备', department: '体育组', quantity: 2, amount: '4700.50', acquiredOn: '2021-09-01', lifeYears: 8 }),
      // 图书: never depreciated, and not a problem.
      item({ row: 6, category: '图书', department: '图书室', quantity: 500, amount: '12800.00', acquiredOn: '2022-04-01' }),
      // Fully depreciated long ago: net value 0, never below.
      item({ row: 7, category: '学生课桌椅', department: '体育组', quantity: 40, amount: '7220.00', acquiredOn: '2010-08-20' }),
    ], { by: ['department'], at: '2025-12-31' });
    expect(r.groups.map((g) => [g.key, g.items, g.quantity, g.original, g.accumulated, g.net])).toEqual([
      ['教务处', 1, 1, fen('5299.00'), fen('220.79'), fen('5078.21')],
      ['体育组', 2, 42, fen('11920.50'), fen('9766.10'), fen('2154.40')],
      ['图书室', 1, 500, fen('12800.00'), 0, fen('12800.00')],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.unresolved.items).toBe(0);
  });

  test('a life that cannot be found is counted at full value, said in a finding and totalled', () => {
    const r = summarizeAssets('台账', [
      item({ row: 4, category: '设备', amount: '6000.00', acquiredOn: '2024-05-10' }),
      item({ row: 5, category: '不知道是什么', amount: '10.00', acquiredOn: '2024-05-10' }),
      item({ row: 6, amount: '20.00', acquiredOn: '2024-05-10' }),
      item({ row: 7, category: '计算机设备', amount: '30.00' }),
      item({ row: 8, category: '计算机设备', amount: '40.00', acquiredOn: '2024-05-10', lifeYears: 120 }),
    ], { by: ['category'], at: '2025-12-31' });
    expect(r.total.accumulated).toBe(0);
    expect(r.total.net).toBe(r.total.original);
    expect(r.unresolved).toEqual({ items: 5, quantity: 5, amount: fen('6100.00'), rows: [4, 5, 6, 7, 8] });
    expect(r.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      'report.life.tooBroad@D4', 'report.life.unknownCategory@D5', 'report.life.missing@D6', 'report.noAcquiredDate@I7', 'report.life.invalidYears@A8',
    ]);
    expect(r.groups.at(-1)?.key).toBe('（未分类）');
  });

  test('a category too broad (or missing) gives way to the category the name belongs to, said row by row', () => {
    const r = summarizeAssets('台账', [
      // 通用设备 spans several lives; 台式计算机 is 计算机设备, 6 years: 2025-10 → 2025-12, 4500.00 × 3 / 72 = 187.50.
      item({ row: 4, name: '台式计算机', category: '通用设备', amount: '4500.00', acquiredOn: '2025-10-01' }),
      // No category at all; 图书 is not depreciated.
      item({ row: 5, name: '图书', amount: '100.00', acquiredOn: '2020-01-01' }),
      // A definite category is never second-guessed by the name.
      item({ row: 6, name: '台式计算机', category: '家具', amount: '1500.00', acquiredOn: '2025-10-01' }),
    ], { by: ['category'], at: '2025-12-31' });
    expect(r.groups.map((g) => [g.key, g.accumulated])).toEqual([['通用设备', fen('187.50')], ['家具', fen('25.00')], ['（未分类）', 0]]);
    expect(r.unresolved.items).toBe(0);
    expect(r.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['report.life.byName@C4', 'report.life.byNameNone@C5']);
    expect(r.findings[0]?.message['zh-CN']).toBe('第 4 行的资产分类不能确定折旧年限，按资产名称“台式计算机”归入“计算机设备”，使用年限 6 年。');
  });

  test('only what is held at the date: later purchases and earlier disposals are left out and counted', () => {
    const r = summarizeAssets('台账', [
      item({ row: 4, category: '图书', amount: '100.00', acquiredOn: '2026-01-01' }),
      item({ row: 5, category: '图书', amount: '200.00', acquiredOn: '2020-01-01', disposedOn: '2025-12-31' }),
      item({ row: 6, category: '图书', amount: '300.00', acquiredOn: '2020-01-01', disposedOn: '2026-01-01' }),
      item({ row: 7, category: '图书', amount: '400.00', acquiredOn: '2020-01-01', status: '已注销' }),
      item({ row: 8, category: '图书', amount: '500.00', acquiredOn: '2020-01-01', status: '待报废' }),
    ], { by: ['category'], at: '2025-12-31' });
    expect(r.total.original).toBe(fen('800.00'));
    expect(r.notYetAcquired).toMatchObject({ items: 1, amount: fen('100.00'), rows: [4] });
    expect(r.disposed).toMatchObject({ items: 2, amount: fen('600.00'), rows: [5, 7] });
    expect(r.findings.map((f) => f.code)).toEqual(['report.statusDisposed.summary']);
  });

  test('two levels: children add up to their group, groups to the total; blanks last in each', () => {
    const r = summarizeAssets('台账', [
      item({ row: 4, department: '甲', category: '图书', amount: '1.01', acquiredOn: '2020-01-01' }),
      item({ row: 5, department: '', category: '图书', amount: '2.02', acquiredOn: '2020-01-01' }),
      item({ row: 6, department: '甲', amount: '3.03', category: '', acquiredOn: '2020-01-01' }),
      item({ row: 7, department: '甲 ', category: '档案', amount: '4.04', acquiredOn: '2020-01-01' }),
    ], { by: ['department', 'category'], at: '2025-12-31' });
    expect(r.groups.map((g) => [g.key, g.children?.map((c) => [c.key, c.original])])).toEqual([
      ['甲', [['图书', 101], ['档案', 404], ['（未分类）', 303]]],
      ['（未填部门）', [['图书', 202]]],
    ]);
    expect(r.groups.reduce((s, g) => s + g.original, 0)).toBe(r.total.original);
  });
});
