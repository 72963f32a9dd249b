import fc from 'fast-check';
import { C_DUPLICATE, C_MATCHED, C_POSSIBLE, C_SURPLUS, L_MATCHED, reconcile, type ReconcileResult } from '../../../src/core/reconcile/engine';
import { listItems } from '../../../src/core/reconcile/items';
import { shortageEntries, surplusEntries } from '../../../src/core/reconcile/lists';
import type { ReconcileOptionsInput } from '../../../src/core/reconcile/options';
import type { AssetRow } from '../../../src/core/reconcile/records';
import { departmentBreakdown } from '../../../src/core/reconcile/render/department-chart';
import { reconcileGroups } from '../../../src/core/reconcile/groups';
import { valueOf, valueOfQuantity } from '../../../src/core/reconcile/value';
import { countArb, ledgerArb, permutedArb } from './arbitraries';

const OPTIONS: ReconcileOptionsInput = { compareFields: ['location', 'custodian'] };

/** The result in terms of sheet rows only, so runs on permuted inputs can be compared. */
function canonical(r: ReconcileResult) {
  const L = (i: number): number | null => (i < 0 ? null : (r.ledger[i] as AssetRow).row);
  const C = (i: number): number | null => (i < 0 ? null : (r.count[i] as AssetRow).row);
  const ledger = r.ledger
    .map((row, l) => ({
      row: row.row,
      outcome: r.ledgerOutcome[l],
      counted: r.counted[l],
      parts: (r.splits.get(l) ?? (r.firstPart[l] as number) >= 0 ? (r.splits.get(l) ?? [r.firstPart[l] as number]) : []).map(C),
      differences: r.differences.get(l) ?? null,
    }))
    .sort((a, b) => a.row - b.row);
  const count = r.count
    .map((row, c) => ({
      row: row.row,
      outcome: r.countOutcome[c],
      ledger: L(r.countLedger[c] as number),
      candidates: (r.proposals.get(c) ?? []).map((p) => [L(p.ledger), p.score]),
    }))
    .sort((a, b) => a.row - b.row);
  const items = listItems(r).map((i) => [i.status, L(i.ledger), C(i.count), i.parts.map(C)]);
  return { ledger, count, items, summary: r.summary, findings: r.findings };
}

describe('reconcile: invariants on random ledgers and counts', () => {
  it('gives every ledger row and every count row exactly one outcome, and lists each once', () => {
    fc.assert(
      fc.property(ledgerArb(), countArb(), (ledger, count) => {
        const r = reconcile(ledger, count, OPTIONS);
        for (const o of r.ledgerOutcome) expect([0, 1]).toContain(o);
        for (const o of r.countOutcome) expect([C_MATCHED, C_SURPLUS, C_DUPLICATE, C_POSSIBLE]).toContain(o);
        const s = r.summary;
        expect(s.matched + s.shortage).toBe(ledger.length);
        expect(s.matchedCountRows + s.surplus + s.duplicates + s.possibleMatches).toBe(count.length);

        const items = listItems(r);
        const ledgerSeen = new Map<number, number>();
        const countSeen = new Map<number, number>();
        for (const it of items) {
          if (it.status === 'matched' || it.status === 'shortage') ledgerSeen.set(it.ledger, (ledgerSeen.get(it.ledger) ?? 0) + 1);
          const counts = it.status === 'matched' ? it.parts : it.count >= 0 ? [it.count] : [];
          for (const c of counts) countSeen.set(c, (countSeen.get(c) ?? 0) + 1);
        }
        expect(ledgerSeen.size).toBe(ledger.length);
        expect([...ledgerSeen.values()].every((n) => n === 1)).toBe(true);
        expect(countSeen.size).toBe(count.length);
        expect([...countSeen.values()].every((n) => n === 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('matches only equal codes (or confirmed pairs), keeps duplicates to single items and adds sets up', () => {
    fc.assert(
      fc.property(ledgerArb(), countArb(), (ledger, count) => {
        const r = reconcile(ledger, count, OPTIONS);
        for (let c = 0; c < count.length; c++) {
          const o = r.countOutcome[c];
          const l = r.countLedger[c] as number;
          if (o === C_MATCHED || o === C_DUPLICATE) expect(ledger[l]?.codeKey).toBe(count[c]?.codeKey);
          if (o === C_DUPLICATE) expect(ledger.filter((x) => x.codeKey === count[c]?.codeKey).every((x) => x.quantity <= 1)).toBe(true);
          if (o === C_SURPLUS || o === C_POSSIBLE) {
            const key = count[c]?.codeKey ?? '';
            expect(key === '' || ledger.every((x) => x.codeKey !== key)).toBe(true);
          }
        }
        for (let l = 0; l < ledger.length; l++) {
          if (r.ledgerOutcome[l] !== L_MATCHED) continue;
          const parts = r.splits.get(l) ?? [r.firstPart[l] as number];
          const sum = parts.reduce((a, c) => a + (count[c]?.quantity ?? 0), 0);
          expect(r.counted[l]).toBe(sum);
          if (parts.length > 1) expect(ledger.filter((x) => x.codeKey === ledger[l]?.codeKey).some((x) => x.quantity > 1)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adds quantities and amounts up', () => {
    fc.assert(
      fc.property(ledgerArb(), countArb(), (ledger, count) => {
        const r = reconcile(ledger, count, OPTIONS);
        const s = r.summary;
        expect(s.ledgerQuantity - s.shortageQuantity + s.overQuantity + s.surplusQuantity + s.possibleMatchQuantity).toBe(s.countedQuantity);
        expect(s.countedQuantity + s.duplicateQuantity).toBe(count.reduce((a, c) => a + c.quantity, 0));
        expect(s.ledgerAmount).toBe(ledger.reduce((a, x) => a + (valueOf(x) ?? 0), 0));

        let shortage = 0;
        let over = 0;
        for (let l = 0; l < ledger.length; l++) {
          const book = ledger[l] as AssetRow;
          if (r.ledgerOutcome[l] !== L_MATCHED) shortage += valueOf(book) ?? 0;
          else {
            const got = r.counted[l] as number;
            if (got < book.quantity) shortage += valueOfQuantity(book, book.quantity - got) ?? 0;
            if (got > book.quantity) over += valueOfQuantity(book, got - book.quantity) ?? 0;
          }
        }
        expect(s.shortageAmount).toBe(shortage);
        expect(s.overAmount).toBe(over);
        expect(s.shortageRowsAmount + shortageEntries(r).filter((e) => !e.whole).reduce((a, e) => a + (e.amount ?? 0), 0)).toBe(s.shortageAmount);

        // The report's lists and the chart's table add up to the summary.
        expect(shortageEntries(r).reduce((a, e) => a + (e.amount ?? 0), 0)).toBe(s.shortageAmount);
        expect(surplusEntries(r).reduce((a, e) => a + (e.amount ?? 0), 0)).toBe(s.surplusAmount + s.overAmount);
        const byDept = departmentBreakdown(r);
        expect(byDept.reduce((a, d) => a + d.shortageAmount, 0)).toBe(s.shortageAmount);
        expect(byDept.reduce((a, d) => a + d.surplusAmount, 0)).toBe(s.surplusAmount + s.overAmount);

        // Group totals cover every row once: ledger on the left, the count (duplicates left out) on the right.
        const groups = reconcileGroups(r, 'location');
        expect(groups.reduce((a, g) => a + g.left.rows.length, 0)).toBe(ledger.length);
        expect(groups.reduce((a, g) => a + g.right.rows.length, 0)).toBe(count.length - s.duplicates);
        expect(groups.reduce((a, g) => a + g.left.amount, 0)).toBe(s.ledgerAmount);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order rows are given in', () => {
    fc.assert(
      fc.property(
        ledgerArb().chain((l) => fc.tuple(fc.constant(l), permutedArb(l))),
        countArb().chain((c) => fc.tuple(fc.constant(c), permutedArb(c))),
        ([ledger, ledger2], [count, count2]) => {
          expect(canonical(reconcile(ledger2, count2, OPTIONS))).toEqual(canonical(reconcile(ledger, count, OPTIONS)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never proposes a pair the user rejected, and confirming a proposal matches it', () => {
    fc.assert(
      fc.property(ledgerArb(), countArb(), (ledger, count) => {
        const first = reconcile(ledger, count, OPTIONS);
        const proposals = [...first.proposals.entries()];
        fc.pre(proposals.length > 0);
        const [c, candidates] = proposals[0] as [number, readonly { ledger: number }[]];
        const l = (candidates[0] as { ledger: number }).ledger;
        const pair = { countRow: (count[c] as AssetRow).row, ledgerRow: (ledger[l] as AssetRow).row };

        const rejected = reconcile(ledger, count, { ...OPTIONS, decisions: [{ ...pair, decision: 'reject' }] });
        expect((rejected.proposals.get(c) ?? []).some((p) => p.ledger === l)).toBe(false);

        const confirmed = reconcile(ledger, count, { ...OPTIONS, decisions: [{ ...pair, decision: 'confirm' }] });
        expect(confirmed.ledgerOutcome[l]).toBe(L_MATCHED);
        expect([C_MATCHED, C_DUPLICATE]).toContain(confirmed.countOutcome[c]);
        expect(confirmed.countLedger[c]).toBe(l);
        expect(confirmed.summary.shortage).toBe(first.summary.shortage - 1);
      }),
      { numRuns: 200 },
    );
  });
});
