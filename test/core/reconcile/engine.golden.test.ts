import { formatFen } from '../../../src/core/money';
import { C_DUPLICATE, C_MATCHED, C_POSSIBLE, C_SURPLUS, L_MATCHED, L_SHORTAGE, reconcile } from '../../../src/core/reconcile/engine';
import { listItems } from '../../../src/core/reconcile/items';
import type { AssetRow } from '../../../src/core/reconcile/records';
import { row } from './helpers';

/** A small office: what the 总务处 keeps and what a colleague typed while counting. */
const ledger: AssetRow[] = [
  row(5, 'ZX-2019-0001', 1, { name: '投影仪', spec: '爱普生 CB-X06', department: '信息中心', location: '多媒体教室1', custodian: '张三', status: '在用', unitPrice: '3280.00' }),
  row(6, 'ZX-2019-0002', 50, { name: '学生课桌椅', department: '初一(1)班', location: '初一(1)班', unitPrice: '320.00', amount: '16000.00' }),
  row(7, 'ZX-2019-0003', 1, { name: '办公电脑', spec: '联想启天M420', department: '办公室', location: '办公室', amount: '4599.00' }),
  row(8, 'ZX-2019-0004', 2, { name: '文件柜', department: '办公室', location: '档案室', unitPrice: '850.00' }),
  row(9, 'ZX-2019-0005', 1, { name: '空调', spec: '格力KFR-35GW', department: '总务处', location: '会议室', amount: '2899.00' }),
  row(10, 'ZX-2019-0006', 1, { name: '钢琴', spec: '珠江 UP118', department: '艺术组', location: '音乐室', amount: '12800.00' }),
];
const count: AssetRow[] = [
  row(3, 'ｚｘ－２０１９－０００１', 1, { name: '投影仪', location: '多媒体教室１', custodian: '张 三', status: '在用' }),
  row(4, 'zx-2019-0002', 30, { name: '学生课桌椅', location: '初一(1)班' }),
  row(5, ' ZX-2019-0002 ', 18, { name: '学生课桌椅', location: '初一（2）班' }),
  row(6, 'ZX-2019-0003', 1, { name: '办公电脑', location: '校长室' }),
  row(7, 'ZX-2019-0003', 1, { name: '办公电脑', location: '办公室' }),
  row(8, 'ZX-2019-0004', 3, { name: '文件柜', location: '档案室' }),
  row(9, '', 1, { name: '钢琴', spec: '珠江UP118', location: '音乐室' }),
  row(10, '', 2, { name: '篮球架', location: '操场', unitPrice: '1500.00' }),
  row(11, 'ZX-2020-9999', 1, { name: '电风扇', location: '初二(3)班' }),
];

describe('reconcile: golden office count', () => {
  const result = reconcile(ledger, count, { ledgerSource: { sheet: '固定资产明细账', codeColumn: 2 }, countSource: { sheet: '盘点表', codeColumn: 1 } });

  it('matches codes typed full-width, lower case and with spaces', () => {
    expect(result.ledgerOutcome[0]).toBe(L_MATCHED);
    expect(result.countOutcome[0]).toBe(C_MATCHED);
    // Location "多媒体教室１" and custodian "张 三" normalize equal to the book's: no difference.
    expect(result.differences.has(0)).toBe(false);
  });

  it('adds up a class set counted in two rooms and values the shortfall at the unit price', () => {
    expect(result.splits.get(1)).toEqual([1, 2]);
    expect(result.counted[1]).toBe(48);
    const d = result.differences.get(1);
    expect(d?.quantity).toBe(-2);
    expect(d?.quantityAmount).toBe(-64000);
    expect(d?.fields.map((f) => f.field)).toEqual(['location']);
    expect(d?.fields[0]?.count).toBe('初一(1)班、初一（2）班');
  });

  it('keeps the count row that agrees for a single item and reports the other as a duplicate', () => {
    expect(result.countOutcome[4]).toBe(C_MATCHED);
    expect(result.countOutcome[3]).toBe(C_DUPLICATE);
    expect(result.countLedger[3]).toBe(2);
    expect(result.differences.has(2)).toBe(false);
    expect(result.counted[2]).toBe(1);
  });

  it('values an overage at the ledger unit price', () => {
    expect(result.differences.get(3)?.quantity).toBe(1);
    expect(result.summary.overAmount).toBe(85000);
  });

  it('proposes the codeless piano against the unmatched ledger row, never merging it', () => {
    expect(result.ledgerOutcome[5]).toBe(L_SHORTAGE);
    expect(result.countOutcome[6]).toBe(C_POSSIBLE);
    expect(result.countLedger[6]).toBe(5);
    expect(result.proposals.get(6)?.[0]?.score).toBeCloseTo(1, 10);
  });

  it('leaves codeless and unknown-code rows with no candidate as surplus', () => {
    expect(result.countOutcome[7]).toBe(C_SURPLUS);
    expect(result.countOutcome[8]).toBe(C_SURPLUS);
  });

  it('totals the run', () => {
    const s = result.summary;
    expect({
      ledgerRows: s.ledgerRows, countRows: s.countRows, matched: s.matched, shortage: s.shortage, surplus: s.surplus,
      quantityMismatch: s.quantityMismatch, fieldMismatch: s.fieldMismatch, duplicates: s.duplicates, possibleMatches: s.possibleMatches,
      ledgerQuantity: s.ledgerQuantity, countedQuantity: s.countedQuantity,
    }).toEqual({
      ledgerRows: 6, countRows: 9, matched: 4, shortage: 2, surplus: 2,
      quantityMismatch: 2, fieldMismatch: 1, duplicates: 1, possibleMatches: 1,
      ledgerQuantity: 56, countedQuantity: 1 + 48 + 1 + 3 + 1 + 2 + 1,
    });
    expect(formatFen(s.ledgerAmount)).toBe('41278.00');
    // 2 desks × 320.00 + the air conditioner + the piano (pending its possible match).
    expect(formatFen(s.shortageAmount)).toBe('16339.00');
    expect(formatFen(s.surplusAmount)).toBe('3000.00');
    expect(s.surplusRowsWithoutPrice).toBe(1);
  });

  it('lists items in reading order with the possible match right after its candidate', () => {
    const items = listItems(result).map((i) => [i.status, i.ledger >= 0 ? ledger[i.ledger]?.row : null, i.count >= 0 ? count[i.count]?.row : null]);
    expect(items).toEqual([
      ['matched', 5, 3],
      ['matched', 6, 4],
      ['matched', 7, 7],
      ['duplicate', 7, 6],
      ['matched', 8, 8],
      ['shortage', 9, null],
      ['shortage', 10, null],
      ['possibleMatch', 10, 9],
      ['surplus', null, 10],
      ['surplus', null, 11],
    ]);
  });

  it('confirming the proposal matches it and re-runs the totals', () => {
    const confirmed = reconcile(ledger, count, { decisions: [{ countRow: 9, ledgerRow: 10, decision: 'confirm' }] });
    expect(confirmed.ledgerOutcome[5]).toBe(L_MATCHED);
    expect(confirmed.countOutcome[6]).toBe(C_MATCHED);
    expect(confirmed.confirmed.has(6)).toBe(true);
    expect(confirmed.summary.shortage).toBe(1);
    expect(confirmed.summary.possibleMatches).toBe(0);
    expect(formatFen(confirmed.summary.shortageAmount)).toBe('3539.00');
  });

  it('rejecting the proposal leaves a surplus and a shortage', () => {
    const rejected = reconcile(ledger, count, { decisions: [{ countRow: 9, ledgerRow: 10, decision: 'reject' }] });
    expect(rejected.ledgerOutcome[5]).toBe(L_SHORTAGE);
    expect(rejected.countOutcome[6]).toBe(C_SURPLUS);
    expect(rejected.summary.surplus).toBe(3);
    expect(rejected.summary.possibleMatches).toBe(0);
  });

  it('reports decisions that name unknown rows or already matched rows', () => {
    const r = reconcile(ledger, count, {
      decisions: [
        { countRow: 99, ledgerRow: 10, decision: 'confirm' },
        { countRow: 3, ledgerRow: 10, decision: 'confirm' },
      ],
    });
    expect(r.findings.map((f) => f.code).sort()).toEqual(['decision.alreadyMatched', 'decision.unknownRow']);
    expect(r.ledgerOutcome[5]).toBe(L_SHORTAGE);
  });
});

describe('reconcile: rules one at a time', () => {
  it('treats a confirmed row on an already counted single item as a duplicate', () => {
    const l = [row(2, 'A-1', 1, { name: '钢琴', location: '音乐室' }), row(3, '', 1, { name: '钢琴', location: '琴房' })];
    const c = [row(2, 'A-1', 1, { name: '钢琴', location: '音乐室' }), row(3, '', 1, { name: '钢琴', location: '音乐室' })];
    const r = reconcile(l, c, { decisions: [{ countRow: 3, ledgerRow: 2, decision: 'confirm' }] });
    expect(r.countOutcome[0]).toBe(C_MATCHED);
    expect(r.countOutcome[1]).toBe(C_DUPLICATE);
    expect(r.ledgerOutcome[1]).toBe(L_SHORTAGE);
  });

  it('shares count rows among ledger rows that carry the same code, and reports the code', () => {
    const l = [
      row(4, 'GD-7', 1, { name: '椅子', location: 'A' }),
      row(2, 'gd-7', 1, { name: '椅子', location: 'B' }),
      row(9, 'GD-7', 1, { name: '椅子', location: 'C' }),
    ];
    const c = [row(10, 'GD-7', 1, { location: 'A' }), row(11, 'GD-7', 1, { location: 'B' }), row(12, 'GD-7', 1, { location: 'B' })];
    const r = reconcile(l, c, { candidates: { enabled: false } });
    // Ledger row 2 (location B) takes the best fit, the first B; row 4 (A) takes A; row 9 takes the last.
    expect(r.firstPart[1]).toBe(1);
    expect(r.firstPart[0]).toBe(0);
    expect(r.firstPart[2]).toBe(2);
    expect(r.summary.matched).toBe(3);
    expect(r.summary.duplicates).toBe(0);
    const f = r.findings.find((x) => x.code === 'ledger.duplicateCode');
    expect(f?.cell).toBe('A2');
    expect(f?.message['zh-CN']).toContain('第 2、4、9 行');
  });

  it('adds the rows left over on a shared code to the last set, or reports them as duplicates', () => {
    const l = [row(2, 'S', 1, { name: '桌' }), row(3, 'S', 2, { name: '桌' })];
    const c = [1, 2, 3, 4].map((i) => row(10 + i, 'S', 1));
    const r = reconcile(l, c);
    expect(r.counted[0]).toBe(1);
    expect(r.counted[1]).toBe(3);
    expect(r.summary.overQuantity).toBe(1);

    const singles = [row(2, 'S', 1), row(3, 'S', 1)];
    const r2 = reconcile(singles, c);
    expect(r2.summary.matched).toBe(2);
    expect(r2.summary.duplicates).toBe(2);
    expect(r2.countLedger[2]).toBe(0);
  });

  it('counts a matched row found with quantity 0 as a full shortfall at the book value', () => {
    const l = [row(2, 'Q', 3, { amount: '1000.00' })];
    const r = reconcile(l, [row(2, 'Q', 0)]);
    expect(r.differences.get(0)?.quantityAmount).toBe(-100000);
    expect(r.summary.shortageAmount).toBe(100000);
    const partly = reconcile(l, [row(2, 'Q', 1)]);
    // Unit price 333.33 (1000.00 / 3, half-up); two missing.
    expect(partly.summary.shortageAmount).toBe(66666);
  });

  it('compares money fields within the tolerance, and blanks by choice', () => {
    const l = [row(2, 'M', 1, { location: '', unitPrice: '100.00' })];
    const c = [row(3, 'M', 1, { location: '库房', unitPrice: '100.01' })];
    expect(reconcile(l, c, { compareFields: ['unitPrice', 'location'] }).differences.get(0)?.fields.map((f) => f.field)).toEqual(['unitPrice']);
    expect(reconcile(l, c, { compareFields: ['unitPrice'], amountTolerance: 1 }).differences.has(0)).toBe(false);
    const d = reconcile(l, c, { compareFields: ['location', 'unitPrice'], blanks: 'compare' }).differences.get(0);
    expect(d?.fields.map((f) => [f.field, f.ledger, f.count, f.delta])).toEqual([
      ['location', '', '库房', undefined],
      ['unitPrice', '100.00', '100.01', 1],
    ]);
  });

  it('compares the fields the user picks, in canonical order, each only when chosen', () => {
    const l = [row(2, 'N', 1, { name: '打印机', custodian: '李四', status: '在用' })];
    const c = [row(3, 'N', 1, { name: '打印机 ', custodian: '王五', status: '损坏' })];
    expect(reconcile(l, c, { compareFields: ['status', 'name', 'custodian'] }).differences.get(0)?.fields.map((f) => f.field)).toEqual(['custodian', 'status']);
    expect(reconcile(l, c, { compareFields: [] }).differences.has(0)).toBe(false);
  });

  it('values fractional quantities exactly', () => {
    const l = [row(2, 'G', 2.5, { name: '玻璃', unitPrice: '80.00' })];
    const r = reconcile(l, [row(2, 'G', 0.1), row(3, 'G', 0.2)]);
    expect(r.counted[0]).toBe(0.3);
    expect(r.summary.shortageQuantity).toBe(2.2);
    expect(r.summary.shortageAmount).toBe(17600);
    expect(r.summary.ledgerAmount).toBe(20000);
  });

  it('reports ledger rows with no price once', () => {
    const r = reconcile([row(2, 'P', 1), row(3, 'Q', 1)], []);
    expect(r.summary.ledgerRowsWithoutPrice).toBe(2);
    expect(r.findings.filter((f) => f.code === 'ledger.noPrice')).toHaveLength(1);
  });
});

describe('reconcile: a code shared by very many rows', () => {
  it('stays linear: single items take rows in row order once more than a few are left', () => {
    const n = 100_000;
    const plain = (r: number, code: string, location: string): AssetRow => ({
      row: r, code, codeKey: code.toUpperCase(), name: '椅子', spec: '', category: '', department: '', location, custodian: '', status: '', quantity: 1,
    });
    const ledger = Array.from({ length: n }, (_, i) => plain(i + 2, 'CAT-01', i % 2 ? '甲' : '乙'));
    const count = Array.from({ length: n + 10 }, (_, i) => plain(i + 2, 'cat-01', '乙'));
    // A quadratic settlement of 100,000 × 100,000 rows would run into the test timeout.
    const r = reconcile(ledger, count, { compareFields: ['location'] });
    expect(r.summary.matched).toBe(n);
    expect(r.summary.duplicates).toBe(10);
    expect(r.firstPart[0]).toBe(0);
    expect(r.firstPart[1]).toBe(1);
    // Every ledger row in 甲 differs: the count found them all in 乙.
    expect(r.summary.fieldMismatch).toBe(n / 2);
    const f = r.findings.find((x) => x.code === 'ledger.duplicateCode');
    expect(f?.message['zh-CN']).toContain(`出现 ${n} 次（第 2、3、4、5、6、7、8、9、10、11… 行）`);
  });
});
