/** Any string written through the adapter's text rule reads back from Excel as exactly that string. */
import fc from 'fast-check';
import { literalText, needsTextMark } from '../../../src/workbook/office/literal-text';
import { coerceInput } from '../../fakes/office/coerce';

/** What Excel stores for one written string, read back as text (undefined: not text any more). */
function readBack(written: string): string | null | undefined {
  const c = coerceInput(written, false, false);
  if (c === 'unchanged') return undefined;
  const s = c.stored;
  if (s === undefined) return null;
  if (typeof s === 'string') return s;
  if (typeof s === 'object' && 'quotePrefix' in s) return s.text;
  return undefined;
}

describe('literalText', () => {
  it.each(['=SUM(A1)', '+86', '-5', '0012', '1,280.00', '2019-9-1', '2019年9月1日', 'TRUE', 'false', '#N/A', "'quoted", '50%', '@user', ' 12', '１２３', '3月12日'])(
    'marks %p so Excel keeps it as text',
    (s) => {
      expect(needsTextMark(s)).toBe(true);
      expect(readBack(literalText(s))).toBe(s);
    },
  );

  it.each(['台式计算机', '良好', '盘亏', 'Desk', ''])('leaves %p unmarked', (s) => {
    expect(literalText(s)).toBe(s);
  });

  it('round-trips every string through Excel input parsing', () => {
    const alphabet = fc.constantFrom(...'=+-@#\'%,./ 0123456789eE年月日TRUEFALStruefals台账ＺＸ１２'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')), (s) => {
        expect(readBack(literalText(s))).toBe(s === '' ? null : s);
      }),
      { numRuns: 2000 },
    );
  });

  it('would fail without the mark: the fake turns such strings into other things', () => {
    expect(readBack('=1+1')).toBeUndefined();
    expect(readBack('0012')).toBeUndefined();
    expect(readBack('TRUE')).toBeUndefined();
  });
});
