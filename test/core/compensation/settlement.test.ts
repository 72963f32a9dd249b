import fc from 'fast-check';
import { computeIncidents } from '../../../src/core/compensation/engine';
import type { Incident } from '../../../src/core/compensation/incident';
import { DEFAULT_POLICY } from '../../../src/core/compensation/policy';
import { settleMonthly } from '../../../src/core/compensation/settlement';
import { writeOffRows } from '../../../src/core/compensation/writeOff';

const register: Incident[] = [
  // March
  { row: 3, item: '窗玻璃', quantity: 2, natureText: '故意', persons: '张三', responsibleUnit: '高一(1)班', damageDate: '2024-03-04' }, // 120.00
  { row: 4, item: '日光灯管', quantity: 1, natureText: '人为', persons: '李四、王五', responsibleUnit: '高一(1)班', damageDate: '2024-03-12', paidFen: 1500, paidOn: '2024-03-14' }, // 15.00 paid
  { row: 5, item: '课桌面板', quantity: 1, natureText: '不慎', responsibleUnit: '高一(2)班', damageDate: '2024-03-20', paidFen: 2000 }, // 60.00, unit pays, 20 paid
  { row: 6, item: '讲台', natureText: '自然损耗', repairable: false, originalUnitFen: 80000, responsibleUnit: '高一(2)班', damageDate: '2024-03-21' },
  // February, still owed
  { row: 7, item: '凳腿', quantity: 3, natureText: '人为', persons: '张三', responsibleUnit: '高一(1)班', damageDate: '2024-02-26' }, // 30.00
  // February, settled
  { row: 8, item: '黑板擦', natureText: '丢失', persons: '赵六', responsibleUnit: '高一(3)班', damageDate: '2024-02-10', paidFen: 500 },
  // April: not in March's sheet
  { row: 9, item: '拖把', natureText: '人为', persons: '张三', responsibleUnit: '高一(1)班', damageDate: '2024-04-02' },
  // no date
  { row: 10, item: '扫把', natureText: '人为', persons: '钱七', responsibleUnit: '高一(3)班' },
];

const { results } = computeIncidents(register, DEFAULT_POLICY, { sheet: '登记', asOf: '2024-03-31' });

describe('settleMonthly', () => {
  const s = settleMonthly(results, '2024-03');

  it('sums the month by responsible unit, bringing forward what earlier months left unpaid', () => {
    expect(s.byUnit).toEqual([
      // 120 + 15 due; 15 paid; Feb's 30 brought forward; overdue as of 03-31 (due +7 days): row 3 (due 03-11) 120, row 4 paid, Feb 30.
      { name: '高一(1)班', unit: null, incidents: 2, due: 13500, paid: 1500, outstanding: 12000, broughtForward: 3000, totalOutstanding: 15000, overdue: 15000 },
      // 60 due, 20 paid; due 03-27 → overdue 40
      { name: '高一(2)班', unit: null, incidents: 1, due: 6000, paid: 2000, outstanding: 4000, broughtForward: 0, totalOutstanding: 4000, overdue: 4000 },
    ]);
    expect(s.total).toMatchObject({ incidents: 3, due: 19500, paid: 3500, outstanding: 16000, broughtForward: 3000, totalOutstanding: 19000 });
    expect(s.undated).toBe(1);
  });

  it('sums the month by person, each with their share', () => {
    expect(s.byPerson.map((l) => [l.name, l.unit, l.incidents, l.due, l.paid, l.outstanding, l.broughtForward])).toEqual([
      ['张三', '高一(1)班', 1, 12000, 0, 12000, 3000],
      ['李四', '高一(1)班', 1, 750, 750, 0, 0],
      ['王五', '高一(1)班', 1, 750, 750, 0, 0],
    ]);
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => settleMonthly(results, '2024-3')).toThrow(RangeError);
  });

  it('adds up: units’ lines make the total, persons’ lines make what persons owe (property)', () => {
    const incidentArb = fc.record({
      row: fc.integer({ min: 2, max: 999 }),
      item: fc.constant('维修'),
      natureText: fc.constantFrom('人为', '故意', '丢失', '自然损耗'),
      repairable: fc.constant(true),
      repairCostFen: fc.integer({ min: 1, max: 100_000 }),
      persons: fc.constantFrom('', '甲', '甲、乙', '乙、丙、丁'),
      responsibleUnit: fc.constantFrom('一班', '二班', '三班'),
      damageDate: fc.constantFrom('2024-01-15', '2024-02-03', '2024-02-28', '2024-03-01'),
      paidFen: fc.integer({ min: 0, max: 100_000 }),
    });
    fc.assert(
      fc.property(fc.array(incidentArb, { maxLength: 25 }), (incidents) => {
        const { results: rs } = computeIncidents(incidents, DEFAULT_POLICY, { sheet: 'S', asOf: '2024-03-15' });
        const m = settleMonthly(rs, '2024-02');
        const sum = (k: 'due' | 'paid' | 'outstanding' | 'broughtForward' | 'overdue' | 'incidents') => m.byUnit.reduce((a, l) => a + l[k], 0);
        expect(sum('due')).toBe(m.total.due);
        expect(sum('paid')).toBe(m.total.paid);
        expect(sum('outstanding')).toBe(m.total.outstanding);
        expect(sum('broughtForward')).toBe(m.total.broughtForward);
        expect(sum('incidents')).toBe(m.total.incidents);
        const february = rs.filter((r) => r.month === '2024-02' && r.amount > 0);
        const personsDue = february.flatMap((r) => r.payers.filter((p) => p.kind === 'person')).reduce((a, p) => a + p.amount, 0);
        expect(m.byPerson.reduce((a, l) => a + l.due, 0)).toBe(personsDue);
        for (const l of [...m.byUnit, ...m.byPerson]) {
          expect(l.totalOutstanding).toBe(l.outstanding + l.broughtForward);
          expect(l.overdue).toBeLessThanOrEqual(l.totalOutstanding);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('writeOffRows', () => {
  it('lists natural damage that cannot be repaired, for the 报损注销 register', () => {
    expect(writeOffRows(results)).toEqual([
      {
        sourceRow: 6,
        item: '讲台',
        quantity: 1,
        unit: '',
        category: null,
        acquiredOn: null,
        originalUnitFen: 80000,
        originalTotalFen: 80000,
        damageDate: '2024-03-21',
        responsibleUnit: '高一(2)班',
        reason: { 'zh-CN': '自然损耗，无法修复', 'en-US': 'Natural wear, cannot be repaired' },
      },
    ]);
  });
});
