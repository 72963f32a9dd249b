import { nextCodes, parsePattern } from '../../../src/core/labels';

const item = { category: 'JS', department: '教务处', date: '2026-03-18' };

describe('numbering rule for 盘盈补录', () => {
  test('next number = the largest used with the same prefix + 1, padded', () => {
    const existing = ['JS-2026-0007', 'js－2026－0012', 'JS-2025-0099', 'JS-2026-0003-A', 'ZX-2026-0500', ''];
    expect(nextCodes('{分类}-{年}-{序号:4}', item, existing)).toEqual({ ok: true, codes: ['JS-2026-0013'] });
    expect(nextCodes('{分类}-{年}-{序号:4}', item, existing, 3)).toEqual({ ok: true, codes: ['JS-2026-0013', 'JS-2026-0014', 'JS-2026-0015'] });
    expect(nextCodes('{分类}-{年}-{序号:4}', { ...item, date: '2027-01-02' }, existing)).toEqual({ ok: true, codes: ['JS-2027-0001'] });
  });

  test('a suffix after the sequence and month and department parts', () => {
    expect(nextCodes('{部门}{年}{月}-{序号:3}-Z', item, ['教务处202603-041-Z', '教务处202603-099'])).toEqual({ ok: true, codes: ['教务处202603-042-Z'] });
    expect(nextCodes('ZC{序号}', item, ['ZC9', 'ZC10', 'ZC 11'])).toEqual({ ok: true, codes: ['ZC12'] });
  });

  test('bad rules and missing parts are refused', () => {
    expect(parsePattern('{分类}-{年}')).toBeNull();
    expect(parsePattern('{序号}-{序号}')).toBeNull();
    expect(parsePattern('{颜色}-{序号}')).toBeNull();
    expect(parsePattern('{序号:0}')).toBeNull();
    expect(parsePattern('{分类-{序号}')).toBeNull();
    expect(nextCodes('{分类}-{序号:4}', { ...item, category: ' ' }, [])).toEqual({ ok: false, problem: 'missingPart', part: '分类' });
  });
});
