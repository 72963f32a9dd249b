import fc from 'fast-check';
import { fourPillar, type FourPillarResult } from '../../../src/core/reports/four-pillar';
import type { LedgerTotal } from '../../../src/core/reports/ledger-total';
import { fen, item, writeOff } from './helpers';

const PERIOD = { from: '2025-09-01', to: '2026-01-31', by: 'category' as const };

function row(r: FourPillarResult, key: string) {
  const found = r.rows.find((x) => x.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

const qa = (quantity: number, amount: string) => ({ quantity, amount: fen(amount) });

describe('旧管 + 新收 − 开除 = 实在', () => {
  test('each column takes the rows the rules give it', () => {
    const r = fourPillar('台账', {
      ledger: [
        item({ row: 4, category: '家具', quantity: 2, amount: '1000.00', acquiredOn: '2020-01-01' }),
        // Held across the period, written off after it: opening and closing.
        item({ row: 5, category: '家具', quantity: 1, amount: '300.00', acquiredOn: '2020-01-01', disposedOn: '2026-02-01' }),
        // Bought and written off within the period: in both 新收 and 开除.
        item({ row: 6, category: '家具', quantity: 1, amount: '450.50', acquiredOn: '2025-09-01', disposedOn: '2026-01-31' }),
        // Written off before the period: nowhere.
        item({ row: 7, category: '家具', quantity: 1, amount: '99.99', acquiredOn: '2019-01-01', disposedOn: '2025-08-31' }),
        // Bought after the period: nowhere.
        item({ row: 8, category: '家具', quantity: 1, amount: '77.00', acquiredOn: '2026-02-01' }),
        // No acquisition date: taken as held before the period.
        item({ row: 9, quantity: 3, amount: '60.00' }),
      ],
    }, PERIOD);
    const furniture = row(r, '家具');
    expect(furniture.opening).toEqual(qa(3, '1300.00'));
    expect(furniture.additions).toEqual(qa(1, '450.50'));
    expect(furniture.disposals).toEqual(qa(1, '450.50'));
    expect(furniture.closing).toEqual(qa(3, '1300.00'));
    expect(row(r, '（未分类）').opening).toEqual(qa(3, '60.00'));
    expect(r.rows.map((x) => x.key)).toEqual(['家具', '（未分类）']);
    expect(r.check.closingMatchesLedger).toBe(true);
    expect(r.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['report.fourPillar.noAcquiredDate@I9']);
  });

  test('a disposal status without a date counts in this period, and says so', () => {
    const r = fourPillar('台账', { ledger: [item({ row: 4, category: '电器', amount: '3600.00', acquiredOn: '2015-06-10', status: '已报废' })] }, PERIOD);
    expect(row(r, '电器')).toMatchObject({ opening: qa(1, '3600.00'), disposals: qa(1, '3600.00'), closing: qa(0, '0.00') });
    expect(r.findings.map((f) => f.code)).toEqual(['report.statusDisposed.fourPillar']);
  });

  test('a disposal dated before the acquisition makes the closing differ from what is held, flagged with its row', () => {
    const r = fourPillar('台账', {
      ledger: [
        item({ row: 4, category: '设备', amount: '100.00', acquiredOn: '2020-01-01' }),
        item({ row: 5, category: '设备', amount: '200.00', acquiredOn: '2025-10-01', disposedOn: '2025-08-01' }),
      ],
    }, PERIOD);
    const d = row(r, '设备');
    expect(d.closing).toEqual(qa(2, '300.00'));
    expect(d.heldAtEnd).toEqual(qa(1, '100.00'));
    expect(r.check.closingMatchesLedger).toBe(false);
    expect(r.check.differences).toHaveLength(1);
    expect(r.check.differences[0]).toMatchObject({ kind: 'heldAtEnd', group: '设备', quantity: 1, amount: 20000 });
    expect(r.check.differences[0]?.rows.map((c) => [c.row, c.reason])).toEqual([[5, 'disposedBeforeAcquired']]);
    expect(r.check.differences[0]?.rows[0]?.message['zh-CN']).toBe('第 5 行：取得于 2025-10-01，注销于 2025-08-01，注销早于取得。');
    expect(r.findings.map((f) => f.code).sort()).toEqual(['report.closing.differs', 'report.disposedBeforeAcquired']);
  });
});

describe('the write-off register', () => {
  test('partial write-offs of a class set: the last one takes what is left, so the fen add up', () => {
    const ledger = [item({ row: 4, code: 'KZ-01', category: '学生家具', quantity: 3, amount: '100.00', acquiredOn: '2018-08-20' })];
    const register = [
      writeOff({ row: 3, code: 'kz-01', amount: '0', date: '2025-10-01', writtenQuantity: 1 }),
      writeOff({ row: 4, code: 'ＫＺ－０１', amount: '0', date: '2025-12-01', writtenQuantity: 2 }),
    ];
    const r = fourPillar('台账', { ledger, register }, PERIOD);
    // 1/3 of 100.00 = 33.33 (half-up); the last two take the remaining 66.67.
    expect(row(r, '学生家具')).toMatchObject({ opening: qa(3, '100.00'), disposals: qa(3, '100.00'), closing: qa(0, '0.00') });
    expect(r.findings.map((f) => f.code)).toEqual(['report.register.partial']);
    expect(r.check.closingMatchesLedger).toBe(true);
    const october = fourPillar('台账', { ledger, register }, { ...PERIOD, to: '2025-10-31' });
    expect(row(october, '学生家具')).toMatchObject({ disposals: qa(1, '33.33'), closing: qa(2, '66.67'), heldAtEnd: qa(2, '66.67') });
  });

  test('a partial write-off before the period lowers the opening', () => {
    const ledger = [item({ row: 4, code: 'KZ-01', category: '学生家具', quantity: 40, amount: '7220.00', acquiredOn: '2018-08-20' })];
    const register = [writeOff({ row: 3, code: 'KZ-01', amount: '0', date: '2025-06-01', writtenQuantity: 5, writtenAmount: '902.50' })];
    const r = fourPillar('台账', { ledger, register }, PERIOD);
    expect(row(r, '学生家具')).toMatchObject({ opening: qa(35, '6317.50'), disposals: qa(0, '0.00'), closing: qa(35, '6317.50'), heldAtEnd: qa(35, '6317.50') });
  });

  test('writing off more than the ledger holds is flagged', () => {
    const ledger = [item({ row: 4, code: 'A-1', category: '设备', quantity: 2, amount: '500.00', acquiredOn: '2018-01-01' })];
    const register = [writeOff({ row: 3, code: 'A-1', amount: '0', date: '2025-10-01', writtenQuantity: 3 })];
    const r = fourPillar('台账', { ledger, register }, PERIOD);
    expect(r.findings.map((f) => f.code)).toContain('report.register.exceeds');
    expect(r.check.closingMatchesLedger).toBe(false);
    expect(r.check.differences[0]?.rows.map((c) => c.reason)).toEqual(['overDisposed']);
  });

  test("the ledger's own date wins over the register's, without counting twice", () => {
    const ledger = [item({ row: 4, code: 'A-1', category: '设备', amount: '500.00', acquiredOn: '2018-01-01', disposedOn: '2025-11-20' })];
    const register = [writeOff({ row: 3, code: 'A-1', amount: '500.00', date: '2025-11-18' })];
    const r = fourPillar('台账', { ledger, register }, PERIOD);
    expect(row(r, '设备').disposals).toEqual(qa(1, '500.00'));
    expect(r.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toEqual(['report.register.dateConflict@报损注销登记!M3']);
  });

  test('one code on several rows (a class set over rooms): write-offs fill the first row, then the next', () => {
    const ledger = [
      item({ row: 4, code: 'KZ-01', category: '学生家具', department: '一班', quantity: 30, amount: '3000.00', acquiredOn: '2018-08-20' }),
      item({ row: 5, code: 'KZ-01', category: '学生家具', department: '二班', quantity: 20, amount: '2000.00', acquiredOn: '2018-08-20' }),
    ];
    const register = [
      writeOff({ row: 3, code: 'KZ-01', amount: '0', date: '2025-10-01', writtenQuantity: 30 }),
      writeOff({ row: 4, code: 'KZ-01', amount: '0', date: '2025-11-01', writtenQuantity: 5 }),
    ];
    const r = fourPillar('台账', { ledger, register }, { ...PERIOD, by: 'department' });
    expect(row(r, '一班')).toMatchObject({ disposals: qa(30, '3000.00'), closing: qa(0, '0.00') });
    expect(row(r, '二班')).toMatchObject({ disposals: qa(5, '500.00'), closing: qa(15, '1500.00') });
  });

  test('rows only on the register count from its own figures', () => {
    const register = [writeOff({ row: 5, code: 'ZX-2012-0099', category: '电视', amount: '2800.00', acquiredOn: '2012-05-01', date: '2025-10-30' })];
    const r = fourPillar('台账', { ledger: [], register }, PERIOD);
    expect(row(r, '电视')).toMatchObject({ opening: qa(1, '2800.00'), disposals: qa(1, '2800.00'), closing: qa(0, '0.00') });
    expect(r.findings.map((f) => f.code)).toEqual(['report.register.noMatch']);
  });
});

describe("the ledger's 合计 row", () => {
  const ledger = [
    item({ row: 4, category: '设备', quantity: 2, amount: '1000.00', acquiredOn: '2020-01-01' }),
    item({ row: 5, category: '设备', quantity: 1, amount: '500.00', acquiredOn: '2020-01-01', disposedOn: '2025-10-01' }),
  ];
  const total = (quantity: number | null, amount: string | null): LedgerTotal => ({
    sheet: '台账', row: 7, quantity, amount: amount === null ? null : fen(amount), quantityCell: quantity === null ? null : 'F7', amountCell: amount === null ? null : 'H7',
  });

  test('equal to the closing: the statement agrees with the ledger', () => {
    const r = fourPillar('台账', { ledger: [ledger[0]!], ledgerTotal: total(2, '1000.00') }, PERIOD);
    expect(r.check).toMatchObject({ closingMatchesLedger: true, totalRow: { matchesDetail: true, matchesClosing: true } });
  });

  test('still counting a disposed row: the difference is explained by that row', () => {
    const r = fourPillar('台账', { ledger, ledgerTotal: total(3, '1500.00') }, PERIOD);
    expect(r.check.closingMatchesLedger).toBe(false);
    expect(r.check.totalRow).toMatchObject({ matchesDetail: true, matchesClosing: false });
    expect(r.check.differences).toEqual([expect.objectContaining({ kind: 'totalRow', quantity: -1, amount: -50000 })]);
    expect(r.check.differences[0]?.rows.map((c) => [c.row, c.reason])).toEqual([[5, 'listedDisposed']]);
  });

  test('not even equal to its own rows: the total row itself is flagged (amount only when quantity is blank)', () => {
    const r = fourPillar('台账', { ledger, ledgerTotal: total(null, '1499.00') }, PERIOD);
    expect(r.check.totalRow).toMatchObject({ quantity: null, matchesDetail: false, matchesClosing: false });
    expect(r.check.differences[0]?.rows.map((c) => c.reason)).toEqual(['totalRow', 'listedDisposed']);
    expect(r.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['report.totalRow.differs@H7']);
  });
});

describe('invariants (random ledgers)', () => {
  const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2018, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const rowArb = fc.record({
    category: fc.constantFrom('甲', '乙', '丙', ''),
    quantity: fc.integer({ min: 1, max: 50 }),
    fen: fc.integer({ min: 0, max: 5_000_000 }),
    acquiredOn: fc.option(day, { nil: undefined }),
    disposedAfter: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
    status: fc.constantFrom('在用', '已报废'),
  });

  test('every row and the total satisfy the identity; consistent dates never differ from what is held', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), day, fc.integer({ min: 0, max: 700 }), (rows, from, length) => {
        const to = new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10);
        const ledger = rows.map((x, i) => {
          const disposedOn = x.acquiredOn && x.disposedAfter !== undefined ? new Date(Date.parse(x.acquiredOn) + x.disposedAfter * 86_400_000).toISOString().slice(0, 10) : undefined;
          return item({ row: i + 4, category: x.category || undefined, quantity: x.quantity, amount: (x.fen / 100).toFixed(2), acquiredOn: x.acquiredOn, disposedOn, status: x.status });
        });
        const r = fourPillar('台账', { ledger }, { from, to, by: 'category' });
        const sum = { opening: 0, additions: 0, disposals: 0, closing: 0 };
        for (const g of r.rows) {
          expect(g.opening.amount + g.additions.amount - g.disposals.amount).toBe(g.closing.amount);
          expect(g.opening.quantity + g.additions.quantity - g.disposals.quantity).toBe(g.closing.quantity);
          sum.opening += g.opening.amount;
          sum.additions += g.additions.amount;
          sum.disposals += g.disposals.amount;
          sum.closing += g.closing.amount;
        }
        expect(sum).toEqual({ opening: r.total.opening.amount, additions: r.total.additions.amount, disposals: r.total.disposals.amount, closing: r.total.closing.amount });
        // Disposals never precede acquisitions here, and status-only disposals on items bought after
        // the period are the one inconsistency the data can hold.
        const statusAfterEnd = ledger.some((x) => x.disposedStatus && !x.disposedOn && x.acquiredOn !== undefined && x.acquiredOn > to);
        if (!statusAfterEnd) expect(r.check.differences).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
