import fc from 'fast-check';
import { assetRow } from '../../../src/core/reconcile/records';
import { priceTimes, prorateFen, roundQuantity, unitPriceOf, valueOf, valueOfQuantity } from '../../../src/core/reconcile/value';

describe('valuation at book price', () => {
  it('prorates half-up, away from zero', () => {
    expect(prorateFen(100000, 1, 3)).toBe(33333);
    expect(prorateFen(100000, 2, 3)).toBe(66667);
    expect(prorateFen(5, 1, 2)).toBe(3);
    expect(prorateFen(-5, 1, 2)).toBe(-3);
    expect(prorateFen(0, 1, 2)).toBe(0);
    expect(Object.is(prorateFen(-1, 1, 3), 0)).toBe(true);
    expect(prorateFen(100, 1, 0)).toBeUndefined();
    expect(prorateFen(1000, 0.1, 0.3)).toBe(333);
    expect(prorateFen(2 ** 52, 3, 7)).toBe(Math.round((2 ** 52 * 3) / 7));
  });

  it('prorates integers exactly like bigint arithmetic', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (v, p, w) => {
        const n = BigInt(v) * BigInt(p);
        const d = BigInt(w);
        const an = n < 0n ? -n : n;
        let q = (2n * an + d) / (2n * d);
        if (n < 0n) q = -q;
        expect(prorateFen(v, p, w)).toBe(Number(q));
      }),
    );
  });

  it('derives the unit price from the amount when the ledger gives none', () => {
    const r = assetRow({ row: 2, code: ' zx－１ ', quantity: 3, amount: 100000 });
    expect(r.code).toBe('zx－１');
    expect(r.codeKey).toBe('ZX-1');
    expect(unitPriceOf(r)).toBe(33333);
    expect(valueOf(r)).toBe(100000);
    expect(valueOfQuantity(r, 3)).toBe(100000);
    expect(valueOfQuantity(r, 2)).toBe(66666);
    expect(unitPriceOf(assetRow({ row: 2, quantity: 0, amount: 100 }))).toBeUndefined();
    expect(valueOf(assetRow({ row: 2, quantity: 4, unitPrice: 250 }))).toBe(1000);
    expect(valueOf(assetRow({ row: 2, quantity: 4 }))).toBeUndefined();
  });

  it('multiplies fractional quantities exactly and rounds float noise out of sums', () => {
    expect(priceTimes(8000, 2.5)).toBe(20000);
    expect(priceTimes(333, 0.1)).toBe(33);
    expect(roundQuantity(0.1 + 0.2)).toBe(0.3);
    expect(roundQuantity(7)).toBe(7);
  });
});
