import fc from 'fast-check';
import { changeBasis, comparePeriods, compareSentence, formatBasis, type CompareRecord } from '../../../src/core/reports/compare';
import { parsePeriod, previousPeriod } from '../../../src/core/reports/periods';
import { fen } from './helpers';

const current = parsePeriod('2025-09..2026-01')!;
const lastYear = previousPeriod(current, 'last-year')!;
const lastTerm = previousPeriod(current, 'last-term')!;

function rec(row: number, date: string | undefined, amount: string | undefined, key?: string): CompareRecord {
  return { row, date, amount: amount === undefined ? undefined : fen(amount), key, dateCell: `A${row}`, amountCell: `D${row}` };
}

describe('sentences in the office style', () => {
  test('the seed sentence, word for word', () => {
    const s = compareSentence('易耗品', fen('17944.00'), fen('46046.00'), { against: 'last-year', previous: lastYear });
    expect(s['zh-CN']).toBe('易耗品支出本期 17944.00 元，上年同期 46046.00 元，同期相比节约 28102.00 元。');
    expect(s['en-US']).toBe('易耗品 spending: 17944.00 this period, 46046.00 in the same period last year — 28102.00 less (saved).');
  });

  test('increase, equal, last term (whole and part), a noun of its own, no doubled noun', () => {
    expect(compareSentence('办公用品', 150, 100, { against: 'last-year', previous: lastYear })['zh-CN']).toBe('办公用品支出本期 1.50 元，上年同期 1.00 元，同期相比增加 0.50 元。');
    expect(compareSentence('水电', 100, 100, { against: 'last-year', previous: lastYear })['zh-CN']).toBe('水电支出本期 1.00 元，上年同期 1.00 元，与同期持平。');
    expect(compareSentence('易耗品', 100, 300, { against: 'last-term', previous: lastTerm })['zh-CN']).toBe('易耗品支出本期 1.00 元，上学期 3.00 元，与上学期相比节约 2.00 元。');
    const partial = previousPeriod(parsePeriod('2025-10..2025-12')!, 'last-term')!;
    expect(compareSentence('易耗品', 100, 100, { against: 'last-term', previous: partial })['zh-CN']).toBe('易耗品支出本期 1.00 元，上学期同期 1.00 元，与上学期持平。');
    expect(compareSentence('蔬菜', 200, 100, { against: 'last-year', previous: lastYear, noun: { 'zh-CN': '采购', 'en-US': 'purchases' } })['zh-CN']).toBe('蔬菜采购本期 2.00 元，上年同期 1.00 元，同期相比增加 1.00 元。');
    expect(compareSentence('食堂支出', 100, 100, { against: 'last-year', previous: lastYear })['zh-CN']).toBe('食堂支出本期 1.00 元，上年同期 1.00 元，与同期持平。');
  });
});

describe('change %', () => {
  test('half-up to hundredths of a percent, of the earlier amount, none when it is zero', () => {
    expect(changeBasis(fen('17944.00'), fen('46046.00'))).toBe(-6103);
    expect(changeBasis(fen('4100.25'), fen('2800.00'))).toBe(4644);
    expect(changeBasis(100, 0)).toBeNull();
    expect(changeBasis(0, 0)).toBeNull();
    expect(changeBasis(0, 100)).toBe(-10000);
    // A negative earlier amount (refunds): the sign follows the change.
    expect(changeBasis(-50, -100)).toBe(5000);
    expect(formatBasis(-6103)).toBe('-61.03');
    expect(formatBasis(5)).toBe('0.05');
    expect(formatBasis(-7)).toBe('-0.07');
  });
});

describe('comparePeriods', () => {
  test('rows fall into their period, by group; the rest and unreadable rows are left out with a word', () => {
    const r = comparePeriods('支出', [
      rec(3, '2024-09-05', '12000.00', '易耗品'),
      rec(4, '2025-09-03', '10000.00', '易耗品'),
      rec(5, '2025-08-20', '7000.00', '维修'),
      rec(6, '2026-01-31', '0.01', ' 易耗品 '),
      rec(7, undefined, '5.00', '易耗品'),
      rec(8, '2025-10-01', undefined, '易耗品'),
      rec(9, '2025-01-31', '2.00'),
    ], { current, previous: lastYear, against: 'last-year' });
    expect(r.lines.map((l) => [l.key, l.current, l.previous, l.currentRows, l.previousRows])).toEqual([
      ['易耗品', fen('10000.01'), fen('12000.00'), 2, 1],
      ['（未填）', 0, 200, 0, 1],
    ]);
    expect(r.total).toMatchObject({ current: fen('10000.01'), previous: fen('12002.00'), change: fen('-2001.99') });
    expect(r.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['compare.noDate@A7', 'compare.noAmount@D8']);
  });

  test('nothing in either period says so', () => {
    const r = comparePeriods('支出', [rec(3, '2020-01-01', '1.00', 'x')], { current, previous: lastYear, against: 'last-year' });
    expect(r.lines).toEqual([]);
    expect(r.findings.map((f) => f.code)).toEqual(['compare.nothing']);
  });

  test('amounts add up exactly: the lines sum to the total in both periods', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2024, 8, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.integer({ min: -1_000_000, max: 100_000_000 }), fc.constantFrom('甲', '乙', '丙', '')), { maxLength: 60 }), (rows) => {
        const records = rows.map(([d, f, k], i) => ({ row: i + 3, date: d, amount: f, key: k, dateCell: '', amountCell: '' }));
        const r = comparePeriods('s', records, { current, previous: lastYear, against: 'last-year' });
        expect(r.lines.reduce((s, l) => s + l.current, 0)).toBe(r.total.current);
        expect(r.lines.reduce((s, l) => s + l.previous, 0)).toBe(r.total.previous);
        for (const l of r.lines) expect(l.change).toBe(l.current - l.previous);
      }),
      { numRuns: 200 },
    );
  });
});
