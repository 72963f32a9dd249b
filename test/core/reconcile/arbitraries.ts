/**
 * Random ledgers and counts for property and differential tests: codes drawn from a small pool (so
 * duplicates, shared ledger codes and split sets happen often), typed in varying case, width and
 * spacing; a few names, places and prices; unique sheet rows given in shuffled order.
 */
import fc from 'fast-check';
import { assetRow, type AssetRow } from '../../../src/core/reconcile/records';

const CODES = ['GD-01', 'GD-02', 'GD-03', 'GD-04', 'GD-05', 'GD-06', 'GD-07', 'GD-08', 'ZX-2019-0001', 'ZX-2019-0002'];
const NAMES = ['学生课桌椅', '投影仪', '办公电脑', '文件柜', '钢琴', '篮球架', '空调', '电风扇'];
const PLACES = ['初一(1)班', '初一(2)班', '办公室', '音乐室', '', '操场'];
const PEOPLE = ['张三', '李四', '', '王五'];

/** The same code as a person might type it. */
function variant(code: string, how: number): string {
  switch (how) {
    case 1:
      return code.toLowerCase();
    case 2:
      return [...code].map((ch) => String.fromCodePoint((ch.codePointAt(0) ?? 0) + (ch >= '!' && ch <= '~' ? 0xfee0 : 0))).join('');
    case 3:
      return ` ${code.slice(0, 2)} ${code.slice(2)} `;
    default:
      return code;
  }
}

const fieldsArb = fc.record({
  codeIndex: fc.integer({ min: -1, max: CODES.length + 1 }), // -1: no code; beyond the pool: a code the other side lacks
  how: fc.integer({ min: 0, max: 3 }),
  name: fc.constantFrom(...NAMES),
  location: fc.constantFrom(...PLACES),
  custodian: fc.constantFrom(...PEOPLE),
  quantity: fc.oneof({ weight: 3, arbitrary: fc.constant(1) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 6 }) }),
  price: fc.option(fc.integer({ min: 1, max: 500_000 }), { nil: undefined }),
  priceAs: fc.constantFrom('unit', 'amount', 'both'),
});

function code(i: number, side: 'ledger' | 'count'): string {
  if (i < 0) return '';
  if (i < CODES.length) return CODES[i] as string;
  return side === 'ledger' ? `L-ONLY-${i}` : `C-ONLY-${i}`;
}

function rowsArb(side: 'ledger' | 'count', maxLength: number): fc.Arbitrary<AssetRow[]> {
  return fc.array(fieldsArb, { maxLength }).chain((fields) =>
    fc.shuffledSubarray(Array.from({ length: fields.length }, (_, i) => i + 2), { minLength: fields.length, maxLength: fields.length }).map((rowNumbers) =>
      fields.map((f, i) => {
        const base = code(f.codeIndex, side);
        const r = assetRow({
          row: rowNumbers[i] as number,
          code: variant(base, base === '' ? 0 : f.how),
          name: f.name,
          location: f.location,
          custodian: f.custodian,
          quantity: f.quantity,
        });
        if (f.price !== undefined) {
          // 'amount' alone: an amount that need not divide by the quantity, so unit prices round.
          if (f.priceAs === 'unit') r.unitPrice = f.price;
          else if (f.priceAs === 'amount') r.amount = f.price;
          else {
            r.unitPrice = f.price;
            r.amount = f.price * f.quantity;
          }
        }
        return r;
      }),
    ),
  );
}

export const ledgerArb = (maxLength = 30): fc.Arbitrary<AssetRow[]> => rowsArb('ledger', maxLength);
export const countArb = (maxLength = 40): fc.Arbitrary<AssetRow[]> => rowsArb('count', maxLength);

/** A permutation of an array, for order-invariance. */
export function permutedArb<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}
