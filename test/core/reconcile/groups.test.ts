import { formatFen } from '../../../src/core/money';
import { reconcile } from '../../../src/core/reconcile/engine';
import { reconcileGroups } from '../../../src/core/reconcile/groups';
import { compareLedgersByCode, compareLedgersByGroup } from '../../../src/core/reconcile/ledgers';
import { row } from './helpers';

/** The finance office keeps totals by category; the asset office keeps the detail. */
const finance = [
  row(3, 'A1', 2, { name: '台式电脑', category: '通用设备', department: '办公室', amount: '9000.00' }),
  row(4, 'A2', 1, { name: '打印机', category: '通用设备 ', department: '办公室', amount: '1800.00' }),
  row(5, 'B1', 40, { name: '课桌椅', category: '家具', department: '初一(1)班', amount: '12800.00' }),
  row(6, 'C1', 1, { name: '钢琴', category: '专用设备', department: '艺术组', amount: '12800.00' }),
];
const assets = [
  row(10, 'A1', 2, { name: '台式电脑', category: '通用设备', department: '办公室', amount: '9000.00' }),
  row(11, 'A2', 1, { name: '激光打印机', category: '通用设备', department: '办公室', amount: '1850.00' }),
  row(12, 'B1', 38, { name: '课桌椅', category: '家具', department: '初一(1)班', amount: '12160.00' }),
  row(13, 'D1', 3, { name: '篮球架', category: '', department: '体育组', amount: '4500.00' }),
];

describe('ledger vs ledger (账账)', () => {
  it('totals both ledgers by category, with the difference and the rows behind each group', () => {
    const groups = compareLedgersByGroup(finance, assets, 'category');
    expect(groups.map((g) => [g.label, g.left.quantity, formatFen(g.left.amount), g.right.quantity, formatFen(g.right.amount), g.quantityDifference, formatFen(g.amountDifference)])).toEqual([
      ['专用设备', 1, '12800.00', 0, '0.00', -1, '-12800.00'],
      ['家具', 40, '12800.00', 38, '12160.00', -2, '-640.00'],
      ['通用设备', 3, '10800.00', 3, '10850.00', 0, '50.00'],
      ['', 0, '0.00', 3, '4500.00', 3, '4500.00'],
    ]);
    expect(groups[2]?.left.rows).toEqual([3, 4]);
    expect(groups[2]?.right.rows).toEqual([10, 11]);
    // "通用设备 " with a trailing space is the same group.
    expect(groups.filter((g) => g.key === '通用设备')).toHaveLength(1);
  });

  it('compares row by row by code with the amount as a compare field', () => {
    const r = compareLedgersByCode(finance, assets);
    expect(r.summary.matched).toBe(3);
    expect(r.summary.shortage).toBe(1);
    expect(r.summary.surplus).toBe(1);
    expect(r.proposals.size).toBe(0);
    const printer = r.differences.get(1);
    expect(printer?.fields.map((f) => [f.field, f.ledger, f.count, f.delta])).toEqual([
      ['name', '打印机', '激光打印机', undefined],
      ['amount', '1800.00', '1850.00', 5000],
    ]);
    const desks = r.differences.get(2);
    expect(desks?.quantity).toBe(-2);
    expect(desks?.fields.map((f) => f.field)).toEqual(['amount']);
    expect(compareLedgersByCode(finance, assets, { amountTolerance: 5000 }).differences.get(1)?.fields.map((f) => f.field)).toEqual(['name']);
  });

  it('groups a count against its ledger by department, leaving duplicates out and valuing at book price', () => {
    const ledger = [
      row(2, 'S', 50, { department: '初一(1)班', amount: '16000.00' }),
      row(3, 'P', 1, { department: '办公室', amount: '3280.00' }),
      row(4, 'Q', 3, { department: '办公室', amount: '1000.00' }),
    ];
    const count = [
      row(2, 'S', 30, { department: '初一(1)班' }),
      row(3, 'S', 20, { department: '初一(2)班' }),
      row(4, 'P', 1, { department: '办公室' }),
      row(5, 'P', 1, { department: '办公室' }),
      row(6, 'Q', 3, { department: '办公室', amount: '999.00' }),
      row(7, '', 2, { name: '篮球', department: '体育组', unitPrice: '120.00' }),
    ];
    const r = reconcile(ledger, count);
    const groups = reconcileGroups(r, 'department');
    expect(groups.map((g) => [g.label, g.left.quantity, formatFen(g.left.amount), g.right.quantity, formatFen(g.right.amount), g.right.rows])).toEqual([
      ['体育组', 0, '0.00', 2, '240.00', [7]],
      // The set's 16000.00 shared by quantity between the two rooms: 30/50 and 20/50.
      ['初一(1)班', 50, '16000.00', 30, '9600.00', [2]],
      ['初一(2)班', 0, '0.00', 20, '6400.00', [3]],
      // The duplicate P (row 5) adds nothing; Q fully counted is worth its book amount, not 3 × 333.33.
      ['办公室', 4, '4280.00', 4, '4280.00', [4, 6]],
    ]);
  });
});
