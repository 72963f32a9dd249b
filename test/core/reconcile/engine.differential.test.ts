/**
 * The engine (hash map, linked lists, typed arrays, a fast path for single rows) against a
 * deliberately simple O(n²) reference written from the rules in plain loops and filters, on random
 * data: exact codes, duplicates, split sets, shared ledger codes, differences and amounts. The
 * candidate pass is left out (it proposes; it decides nothing).
 */
import fc from 'fast-check';
import { COUNT_OUTCOMES, LEDGER_OUTCOMES, reconcile } from '../../../src/core/reconcile/engine';
import type { AssetRow, TextField } from '../../../src/core/reconcile/records';
import { countArb, ledgerArb } from './arbitraries';

const FIELDS: TextField[] = ['location', 'custodian'];

const codeKey = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
const textKey = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const differs = (a: string, b: string): boolean => textKey(a) !== '' && textKey(b) !== '' && textKey(a) !== textKey(b);
const fieldDiffs = (l: AssetRow, c: AssetRow): TextField[] => FIELDS.filter((f) => differs(l[f], c[f]));

function halfUp(n: bigint, d: bigint): bigint {
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (2n * an + ad) / (2n * ad);
  return neg ? -q : q;
}
function value(r: AssetRow): bigint | null {
  if (r.amount !== undefined) return BigInt(r.amount);
  if (r.unitPrice !== undefined) return BigInt(r.unitPrice) * BigInt(r.quantity);
  return null;
}
function valueOfPart(r: AssetRow, k: number): bigint | null {
  if (k === r.quantity) return value(r);
  let price: bigint | null = null;
  if (r.unitPrice !== undefined) price = BigInt(r.unitPrice);
  else if (r.amount !== undefined && r.quantity !== 0) price = halfUp(BigInt(r.amount), BigInt(r.quantity));
  return price === null ? null : price * BigInt(k);
}

interface RefLedger { outcome: 'matched' | 'shortage'; parts: number[]; counted: number; differences: string[] }
interface RefCount { outcome: 'matched' | 'surplus' | 'duplicate'; ledgerRow: number | null }

function reference(ledger: AssetRow[], count: AssetRow[]) {
  const L = [...ledger].sort((a, b) => a.row - b.row);
  const C = [...count].sort((a, b) => a.row - b.row);
  const lOut = new Map<number, RefLedger>();
  const cOut = new Map<number, RefCount>();
  for (const c of C) cOut.set(c.row, { outcome: 'surplus', ledgerRow: null });
  const best = (l: AssetRow, parts: AssetRow[]): AssetRow => {
    let pick = parts[0] as AssetRow;
    let score = Infinity;
    for (const p of parts) {
      const s = fieldDiffs(l, p).length * 2 + (p.quantity === l.quantity ? 0 : 1);
      if (s < score) {
        score = s;
        pick = p;
      }
    }
    return pick;
  };
  const settle = (l: AssetRow, parts: AssetRow[]): void => {
    if (parts.length === 0) {
      lOut.set(l.row, { outcome: 'shortage', parts: [], counted: 0, differences: [] });
      return;
    }
    let kept = parts;
    if (parts.length > 1 && l.quantity <= 1) {
      const keep = best(l, parts);
      kept = [keep];
      for (const p of parts) if (p !== keep) cOut.set(p.row, { outcome: 'duplicate', ledgerRow: l.row });
    }
    let counted = 0;
    for (const p of kept) {
      counted += p.quantity;
      cOut.set(p.row, { outcome: 'matched', ledgerRow: l.row });
    }
    const differences: string[] = counted !== l.quantity ? ['quantity'] : [];
    for (const f of FIELDS) if (kept.some((p) => differs(l[f], p[f]))) differences.push(f);
    lOut.set(l.row, { outcome: 'matched', parts: kept.map((p) => p.row), counted, differences });
  };

  const done = new Set<number>();
  for (const l of L) {
    if (done.has(l.row)) continue;
    const key = codeKey(l.code);
    if (key === '') {
      settle(l, []);
      continue;
    }
    const members = L.filter((x) => codeKey(x.code) === key);
    for (const m of members) done.add(m.row);
    const parts = C.filter((c) => codeKey(c.code) === key);
    if (members.length === 1) {
      settle(l, parts);
      continue;
    }
    const assigned = new Map<AssetRow, AssetRow[]>(members.map((m) => [m, []]));
    let free = [...parts];
    for (const m of members) {
      const list = assigned.get(m) as AssetRow[];
      if (m.quantity <= 1) {
        if (free.length > 0) {
          const keep = best(m, free);
          list.push(keep);
          free = free.filter((p) => p !== keep);
        }
      } else {
        let sum = 0;
        while (sum < m.quantity && free.length > 0) {
          const p = free.shift() as AssetRow;
          list.push(p);
          sum += p.quantity;
        }
      }
    }
    const sets = members.filter((m) => m.quantity > 1);
    const lastSet = sets[sets.length - 1];
    if (lastSet) (assigned.get(lastSet) as AssetRow[]).push(...free);
    else {
      const owner = members.find((m) => (assigned.get(m) as AssetRow[]).length > 0) ?? (members[0] as AssetRow);
      for (const p of free) cOut.set(p.row, { outcome: 'duplicate', ledgerRow: owner.row });
    }
    for (const m of members) settle(m, (assigned.get(m) as AssetRow[]).sort((a, b) => a.row - b.row));
  }

  let shortageAmount = 0n;
  let overAmount = 0n;
  let quantityMismatch = 0;
  let fieldMismatch = 0;
  for (const l of L) {
    const o = lOut.get(l.row) as RefLedger;
    if (o.outcome === 'shortage') shortageAmount += value(l) ?? 0n;
    else {
      if (o.counted < l.quantity) shortageAmount += valueOfPart(l, l.quantity - o.counted) ?? 0n;
      if (o.counted > l.quantity) overAmount += valueOfPart(l, o.counted - l.quantity) ?? 0n;
      if (o.counted !== l.quantity) quantityMismatch++;
      if (o.differences.some((d) => d !== 'quantity')) fieldMismatch++;
    }
  }
  const outcomes = [...cOut.values()];
  return {
    ledger: lOut,
    count: cOut,
    summary: {
      matched: [...lOut.values()].filter((o) => o.outcome === 'matched').length,
      shortage: [...lOut.values()].filter((o) => o.outcome === 'shortage').length,
      surplus: outcomes.filter((o) => o.outcome === 'surplus').length,
      duplicates: outcomes.filter((o) => o.outcome === 'duplicate').length,
      quantityMismatch,
      fieldMismatch,
      countedQuantity: C.filter((c) => cOut.get(c.row)?.outcome !== 'duplicate').reduce((a, c) => a + c.quantity, 0),
      shortageAmount: Number(shortageAmount),
      overAmount: Number(overAmount),
    },
  };
}

describe('reconcile against a simple reference', () => {
  it('agrees on every outcome, part, difference and total', () => {
    fc.assert(
      fc.property(ledgerArb(40), countArb(60), (ledger, count) => {
        const r = reconcile(ledger, count, { compareFields: FIELDS, candidates: { enabled: false } });
        const ref = reference(ledger, count);
        ledger.forEach((l, i) => {
          const d = r.differences.get(i);
          const parts = r.splits.get(i) ?? ((r.firstPart[i] as number) >= 0 ? [r.firstPart[i] as number] : []);
          const got: RefLedger = {
            outcome: LEDGER_OUTCOMES[r.ledgerOutcome[i] as number] as RefLedger['outcome'],
            parts: parts.map((c) => (count[c] as AssetRow).row),
            counted: r.counted[i] as number,
            differences: d ? [...(d.quantity !== 0 ? ['quantity'] : []), ...d.fields.map((f) => f.field)] : [],
          };
          expect(got).toEqual(ref.ledger.get(l.row));
        });
        count.forEach((c, i) => {
          const l = r.countLedger[i] as number;
          expect({ outcome: COUNT_OUTCOMES[r.countOutcome[i] as number], ledgerRow: l < 0 ? null : (ledger[l] as AssetRow).row }).toEqual(ref.count.get(c.row));
        });
        const s = r.summary;
        expect({
          matched: s.matched, shortage: s.shortage, surplus: s.surplus, duplicates: s.duplicates,
          quantityMismatch: s.quantityMismatch, fieldMismatch: s.fieldMismatch, countedQuantity: s.countedQuantity,
          shortageAmount: s.shortageAmount, overAmount: s.overAmount,
        }).toEqual(ref.summary);
      }),
      { numRuns: 500 },
    );
  });
});
