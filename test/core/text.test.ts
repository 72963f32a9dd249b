import fc from 'fast-check';
import { cleanText, looksLikeFormula, normalizeCode, normalizeHeader, toHalfWidth } from '../../src/core/text';

describe('text normalization', () => {
  it('folds full-width forms, dashes, case and spaces out of codes', () => {
    expect(normalizeCode('ＺＸ－２０１９－０００１')).toBe('ZX-2019-0001');
    expect(normalizeCode(' zx-2019 -0001 ')).toBe('ZX-2019-0001');
    expect(normalizeCode('zx—2019–0001')).toBe('ZX-2019-0001');
    expect(toHalfWidth('１２８０　元')).toBe('1280 元');
  });

  it('cleans text but keeps what it says', () => {
    expect(cleanText('  高一（1）班 \n 教室 ')).toBe('高一(1)班 教室');
  });

  it('normalizes headers without their units', () => {
    expect(normalizeHeader('单价（元）')).toBe('单价');
    expect(normalizeHeader('金额 (元)')).toBe('金额');
    expect(normalizeHeader('Asset No.')).toBe('assetno');
    expect(normalizeHeader('*资产编号：')).toBe('资产编号');
  });

  it('knows which strings a spreadsheet would take for formulas', () => {
    for (const s of ['=1+1', '+86', '-5', '@SUM(A1)']) expect(looksLikeFormula(s)).toBe(true);
    expect(looksLikeFormula('张三')).toBe(false);
  });

  it('property: code normalization is idempotent and insensitive to case and spaces', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normalizeCode(s);
        expect(normalizeCode(n)).toBe(n);
        expect(normalizeCode(` ${s.toLowerCase()} `)).toBe(normalizeCode(s.toUpperCase()));
      }),
    );
  });
});
