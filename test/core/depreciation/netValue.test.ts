import fc from 'fast-check';
import {
  accumulatedDepreciation,
  depreciatedMonths,
  lifeMonthsFromYears,
  monthlyDepreciation,
  netValue,
  type DepreciationInput,
} from '../../../src/core/depreciation/netValue';
import { addDays, fromEpochDay, toEpochDay } from '../../../src/core/dates';

/** A computer bought 2020-03-15 for 6000.00 元, 6 years (72 months). Worked by hand below. */
const computer = { originalFen: 600_000, acquiredOn: '2020-03-15', lifeMonths: 72 } as const;
const at = (date: string, extra: Partial<DepreciationInput> = {}): DepreciationInput => ({ ...computer, at: date, ...extra });

describe('netValue — worked by hand', () => {
  it('counts the acquisition month as the first month', () => {
    // 600000 × 1 / 72 = 8333.33… → 8333 fen
    expect(depreciatedMonths(at('2020-03-31'))).toBe(1);
    expect(accumulatedDepreciation(at('2020-03-31'))).toBe(8_333);
    expect(netValue(at('2020-03-31'))).toBe(591_667);
    expect(netValue(at('2020-03-15'))).toBe(591_667);
  });

  it('gives the full value before acquisition (an earlier day of the same month too)', () => {
    expect(netValue(at('2020-03-14'))).toBe(600_000);
    expect(netValue(at('2020-02-29'))).toBe(600_000);
    expect(netValue(at('2019-12-31'))).toBe(600_000);
    expect(depreciatedMonths(at('2010-01-01'))).toBe(0);
  });

  it('the month after acquisition: 600000 × 2 / 72 = 16666.67 → 16667', () => {
    expect(depreciatedMonths(at('2020-04-01'))).toBe(2);
    expect(accumulatedDepreciation(at('2020-04-30'))).toBe(16_667);
    expect(netValue(at('2020-04-01'))).toBe(583_333);
  });

  it('is fully depreciated in the 72nd month (2026-02) and stays at zero', () => {
    // 71 months: 600000 × 71 / 72 = 591666.67 → 591667
    expect(netValue(at('2026-01-31'))).toBe(8_333);
    expect(depreciatedMonths(at('2026-02-01'))).toBe(72);
    expect(netValue(at('2026-02-01'))).toBe(0);
    expect(netValue(at('2035-06-30'))).toBe(0);
    expect(accumulatedDepreciation(at('2035-06-30'))).toBe(600_000);
  });

  it('charges each month the difference of accumulated amounts; the last month closes exactly', () => {
    expect(monthlyDepreciation(at('2020-02-10'))).toBe(0);
    expect(monthlyDepreciation(at('2020-03-01'))).toBe(8_333); // the month counts even before the acquisition day
    expect(monthlyDepreciation(at('2020-04-15'))).toBe(8_334);
    expect(monthlyDepreciation(at('2026-02-28'))).toBe(8_333);
    expect(monthlyDepreciation(at('2026-03-31'))).toBe(0);
  });

  it('handles leap days: bought 2024-02-29, 100.00 元 over 5 years', () => {
    const chair = { originalFen: 10_000, acquiredOn: '2024-02-29', lifeMonths: 60 };
    expect(accumulatedDepreciation({ ...chair, at: '2024-02-29' })).toBe(167); // 10000/60 = 166.67
    // 2028-02-29 (leap again): 49 months, 10000 × 49 / 60 = 8166.67 → 8167
    expect(netValue({ ...chair, at: '2028-02-29' })).toBe(1_833);
    expect(netValue({ ...chair, at: '2028-12-31' })).toBe(167); // 59 months → 9833.33 → 9833
    expect(netValue({ ...chair, at: '2029-01-01' })).toBe(0); // 60th month
    expect(netValue({ ...chair, at: '2024-02-28' })).toBe(10_000);
  });

  it('does not depreciate in the month the asset leaves, nor after', () => {
    const projector = { originalFen: 720_000, acquiredOn: '2023-09-01', lifeMonths: 72, disposedOn: '2024-03-15' };
    // Sept 2023 … Feb 2024 = 6 months × 10000
    expect(depreciatedMonths({ ...projector, at: '2024-12-31' })).toBe(6);
    expect(netValue({ ...projector, at: '2024-12-31' })).toBe(660_000);
    expect(monthlyDepreciation({ ...projector, at: '2024-02-10' })).toBe(10_000);
    expect(monthlyDepreciation({ ...projector, at: '2024-03-10' })).toBe(0);
    // Leaving in the acquisition month: never depreciated.
    expect(netValue({ ...projector, disposedOn: '2023-09-20', at: '2024-12-31' })).toBe(720_000);
  });

  it('does not depreciate a life of 0 (books, archives, relics)', () => {
    expect(netValue({ originalFen: 5_000, acquiredOn: '2001-09-01', lifeMonths: 0, at: '2024-01-01' })).toBe(5_000);
    expect(monthlyDepreciation({ originalFen: 5_000, acquiredOn: '2001-09-01', lifeMonths: 0, at: '2001-09-01' })).toBe(0);
  });

  it('turns years into months', () => {
    expect(lifeMonthsFromYears(6)).toBe(72);
    expect(lifeMonthsFromYears(2.5)).toBe(30);
    expect(lifeMonthsFromYears(0)).toBe(0);
    expect(() => lifeMonthsFromYears(-1)).toThrow(RangeError);
  });

  it('refuses inputs that are programming errors (parsers turn bad cells into findings first)', () => {
    expect(() => netValue({ ...computer, originalFen: -1, at: '2021-01-01' })).toThrow(RangeError);
    expect(() => netValue({ ...computer, originalFen: 1.5, at: '2021-01-01' })).toThrow(RangeError);
    expect(() => netValue({ ...computer, lifeMonths: 1.5, at: '2021-01-01' })).toThrow(RangeError);
    expect(() => netValue({ ...computer, at: '2021-02-30' })).toThrow(RangeError);
  });
});

const dateArb = fc.integer({ min: toEpochDay('2000-01-01'), max: toEpochDay('2045-12-31') }).map(fromEpochDay);
const inputArb = fc.record({
  originalFen: fc.integer({ min: 0, max: 50_000_000_00 }),
  acquiredOn: dateArb,
  lifeMonths: fc.integer({ min: 0, max: 600 }),
  at: dateArb,
});

describe('netValue — properties', () => {
  it('stays between zero and the original value and never rises with time', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 4000 }), (input, later) => {
        const v = netValue(input);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(input.originalFen);
        expect(netValue({ ...input, at: addDays(input.at, later) })).toBeLessThanOrEqual(v);
      }),
      { numRuns: 2000 },
    );
  });

  it('monthly charges add up exactly to the original over the whole life', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        dateArb,
        fc.integer({ min: 1, max: 120 }),
        (originalFen, acquiredOn, lifeMonths) => {
          let sum = 0;
          const [y, m] = acquiredOn.split('-').map(Number) as [number, number];
          for (let i = 0; i <= lifeMonths + 1; i++) {
            const mm = m - 1 + i;
            const date = `${y + Math.floor(mm / 12)}-${String((mm % 12) + 1).padStart(2, '0')}-01`;
            const charge = monthlyDepreciation({ originalFen, acquiredOn, lifeMonths, at: date });
            expect(charge).toBeGreaterThanOrEqual(0);
            sum += charge;
          }
          expect(sum).toBe(originalFen);
        },
      ),
      { numRuns: 200 },
    );
  });
});
