import fc from 'fast-check';
import { divideHalfUp, formatFen, formatFenGrouped, multiplyFen, parseYuanText, splitFen, splitFenEqually, yuanToFen } from '../../src/core/money';

describe('money in fen', () => {
  it('rounds half-up from what was typed, not from the float', () => {
    expect(yuanToFen(1.005)).toBe(101);
    expect(yuanToFen(2.675)).toBe(268);
    expect(yuanToFen(-1.005)).toBe(-101);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(1e-7)).toBe(0);
    expect(yuanToFen(123456789.99)).toBe(12345678999);
  });

  it('parses amounts typed as text', () => {
    expect(parseYuanText('1,280.00')).toBe(128000);
    expect(parseYuanText('￥1280')).toBe(128000);
    expect(parseYuanText('1280元')).toBe(128000);
    expect(parseYuanText('(12.50)')).toBe(-1250);
    expect(parseYuanText('壹佰')).toBeNull();
    expect(parseYuanText('')).toBeNull();
    expect(parseYuanText('-')).toBeNull();
  });

  it('formats', () => {
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(-1250)).toBe('-12.50');
    expect(formatFenGrouped(203451840)).toBe('2,034,518.40');
  });

  it('multiplies by fractional quantities with one rounding', () => {
    expect(multiplyFen(4500, 2.5)).toBe(11250);
    expect(multiplyFen(333, 0.1)).toBe(33);
    expect(multiplyFen(335, 0.1)).toBe(34);
    expect(multiplyFen(100, 3)).toBe(300);
  });

  it('divides half away from zero', () => {
    expect(divideHalfUp(5n, 2n)).toBe(3n);
    expect(divideHalfUp(-5n, 2n)).toBe(-3n);
    expect(divideHalfUp(4n, 3n)).toBe(1n);
  });

  it('splits equally with remainders to the first names', () => {
    expect(splitFenEqually(100, 3)).toEqual([34, 33, 33]);
    expect(splitFenEqually(101, 3)).toEqual([34, 34, 33]);
    expect(splitFenEqually(-100, 3)).toEqual([-34, -33, -33]);
  });

  it('property: parts always add up to the whole and differ by at most one fen when equal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 40 }), (total, n) => {
        const parts = splitFenEqually(total, n);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('property: weighted splits add up to the whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }), (total, weights) => {
        expect(splitFen(total, weights).reduce((a, b) => a + b, 0)).toBe(total);
      }),
    );
  });

  it('property: formatting and parsing round-trip', () => {
    fc.assert(fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => expect(parseYuanText(formatFen(fen))).toBe(fen)));
  });
});
