import fc from 'fast-check';
import { pairScore, proposeCandidates } from '../../../src/core/reconcile/candidates';
import { reconcile } from '../../../src/core/reconcile/engine';
import { candidateOptionsSchema } from '../../../src/core/reconcile/options';
import type { AssetRow } from '../../../src/core/reconcile/records';
import { dice, gramsOf, textSimilarity } from '../../../src/core/reconcile/similarity';
import { row } from './helpers';

const defaults = candidateOptionsSchema.parse({});

describe('similarity', () => {
  it('compares distinct character bigrams of the normalized text', () => {
    expect([...gramsOf('学生课桌椅')]).toHaveLength(4);
    expect([...gramsOf('哈哈哈')]).toHaveLength(1);
    expect(gramsOf('钢')).toHaveLength(1);
    expect(textSimilarity('学生课桌椅', '学生课桌')).toBeCloseTo((2 * 3) / (4 + 3), 12);
    expect(textSimilarity('初一（1）班', '初一(1) 班')).toBe(1);
    expect(textSimilarity('Lenovo M420', 'LENOVO  m420')).toBe(1);
    expect(textSimilarity('投影仪', '钢琴')).toBe(0);
    expect(textSimilarity('', '')).toBe(0);
    expect(dice(gramsOf('ab'), gramsOf(''))).toBe(0);
  });
});

const NAMES = ['学生课桌椅', '学生课桌', '学生椅', '投影仪', '投影幕', '钢琴', '电钢琴', '办公电脑', '笔记本电脑', '文件柜', '铁皮文件柜'];
const PLACES = ['初一(1)班', '初一(2)班', '音乐室', '办公室', ''];
const SPECS = ['', '珠江UP118', '联想启天M420', '1.2m'];
const rowArb = fc.record({
  name: fc.constantFrom(...NAMES),
  location: fc.constantFrom(...PLACES),
  spec: fc.constantFrom(...SPECS),
  code: fc.constantFrom('', 'GD-0112', 'GD-0113', 'ZX-1'),
});
const rowsArb = (max: number) =>
  fc.array(rowArb, { maxLength: max }).map((xs) => xs.map((x, i) => row(i + 2, x.code, 1, { name: x.name, location: x.location, spec: x.spec })));

describe('candidate pass', () => {
  it('finds exactly what scoring every pair would find, when no block is cut', () => {
    fc.assert(
      fc.property(rowsArb(25), rowsArb(25), (ledger, count) => {
        const all = (xs: AssetRow[]) => xs.map((_, i) => i);
        const { proposals } = proposeCandidates(ledger, count, all(ledger), all(count), defaults, null);
        count.forEach((c, ci) => {
          const brute = ledger
            .map((l, li) => ({ ledger: li, ...pairScore(c, l) }))
            .filter((p) => p.nameSimilarity >= defaults.minNameSimilarity && p.score >= defaults.threshold)
            .sort((a, b) => b.score - a.score || (ledger[a.ledger] as AssetRow).row - (ledger[b.ledger] as AssetRow).row)
            .slice(0, defaults.maxCandidates)
            .map((p) => p.ledger);
          expect((proposals.get(ci) ?? []).map((p) => p.ledger)).toEqual(brute);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('never compares every pair: a thousand distinct names meet only their own block', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `资产${String.fromCharCode(0x4e00 + 3 * i)}${String.fromCharCode(0x4e01 + 3 * i)}${String.fromCharCode(0x4e02 + 3 * i)}`);
    const ledger = names.map((n, i) => row(i + 2, '', 1, { name: n }));
    const count = names.map((n, i) => row(i + 2, '', 1, { name: n }));
    const idx = names.map((_, i) => i);
    const { proposals, stats } = proposeCandidates(ledger, count, idx, idx, { ...defaults, maxBlock: 100 }, null);
    // "资产" is in every name: too common to block on; each name's own bigrams find just itself.
    expect(stats.scored).toBe(1000);
    expect(proposals.size).toBe(1000);
    expect([...proposals.entries()].every(([c, list]) => list[0]?.ledger === c && list[0].score === 1)).toBe(true);
  });

  it('falls back to the same name, then the same name and place, when every bigram is common', () => {
    const ledger = [
      ...Array.from({ length: 30 }, (_, i) => row(i + 2, '', 1, { name: '课桌', location: i < 20 ? '初一(1)班' : '初二(1)班' })),
      ...Array.from({ length: 30 }, (_, i) => row(i + 40, '', 1, { name: '课桌椅', location: '初三(1)班' })),
    ];
    const idx = ledger.map((_, i) => i);
    const count = [row(2, '', 1, { name: '课桌', location: '初二(1)班' })];
    // "课桌" has 60 rows, over maxBlock 25; exactly "课桌" has 30, still over; "课桌" in 初二(1)班 has 10.
    const { proposals, stats } = proposeCandidates(ledger, count, idx, [0], { ...defaults, maxBlock: 25, maxCandidates: 3 }, null);
    expect(stats.scored).toBeLessThanOrEqual(10);
    expect(proposals.get(0)?.map((p) => ledger[p.ledger]?.row)).toEqual([22, 23, 24]);

    const crowded = [row(2, '', 1, { name: '课桌', location: '初一(1)班' })];
    const capped = proposeCandidates(ledger, crowded, idx, [0], { ...defaults, maxBlock: 15 }, null);
    expect(capped.stats.cappedBlocks).toBe(1);
    expect(capped.stats.scored).toBeLessThanOrEqual(15);
  });

  it('reports capped blocks as a finding of the run', () => {
    const ledger = Array.from({ length: 30 }, (_, i) => row(i + 2, `L${i}`, 1, { name: '椅子', location: '库房' }));
    const count = [row(2, '', 1, { name: '椅子', location: '库房' })];
    const r = reconcile(ledger, count, { candidates: { maxBlock: 10 } });
    expect(r.findings.map((f) => f.code)).toContain('candidates.blockCapped');
    expect(r.proposals.get(0)).toHaveLength(3);
  });

  it('weighs spec, place and category, and a typo in the code still scores high', () => {
    const book = row(17, 'GD-2018-0112', 1, { name: '学生课桌椅', spec: '1.2m', location: '初一(1)班', category: '家具' });
    const typo = row(52, 'GD-2018-O112', 1, { name: '学生课桌椅', spec: '1.2m', location: '初一(1)班', category: '家具' });
    const elsewhere = row(53, '', 1, { name: '学生课桌椅', location: '操场' });
    expect(pairScore(typo, book).score).toBeGreaterThan(0.9);
    expect(pairScore(elsewhere, book).score).toBeCloseTo(0.45 / 0.65, 10);
    const r = reconcile([book], [typo, elsewhere]);
    expect(r.proposals.get(0)?.[0]?.ledger).toBe(0);
    expect(r.proposals.has(1)).toBe(false);
  });

  it('proposes nothing for a name below the minimum, however well the rest agrees', () => {
    const book = row(2, '', 1, { name: '投影仪', spec: 'X', location: '办公室' });
    const other = row(3, '', 1, { name: '投影幕', spec: 'X', location: '办公室' });
    expect(pairScore(other, book).nameSimilarity).toBe(0.5);
    expect(reconcile([book], [other], { candidates: { minNameSimilarity: 0.6 } }).proposals.size).toBe(0);
    expect(reconcile([book], [other]).proposals.size).toBe(1);
  });

  it('can be switched off', () => {
    const r = reconcile([row(2, '', 1, { name: '钢琴' })], [row(3, '', 1, { name: '钢琴' })], { candidates: { enabled: false } });
    expect(r.proposals.size).toBe(0);
    expect(r.summary.surplus).toBe(1);
  });
});
