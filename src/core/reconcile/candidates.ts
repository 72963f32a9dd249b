/**
 * The candidate pass: count rows with no code, or a code the ledger does not have, against the
 * ledger rows left unmatched, scored on name + spec + location + category (+ code when both sides
 * have one). It never compares every pair: ledger rows are indexed by name bigram, a count row meets
 * only the rows that share a bigram with its name, and a bigram shared by more than `maxBlock` rows
 * ("学生" in a school) is too common to block on. A name made only of such bigrams falls back to the
 * rows with exactly that name (and, if those are too many, the same name in the same place).
 * Results are proposals; the engine never merges them on its own.
 */
import type { CandidateOptions } from './options';
import { compareKey } from './normalize';
import type { AssetRow } from './records';
import { dice, diceAt, gramColumn, GramTable, gramsOfKey, overlap, type GramColumn, type Grams } from './similarity';

/** How much each field says about identity. Weights of fields the count row lacks drop out. */
export const SIMILARITY_WEIGHTS = { name: 0.45, spec: 0.2, location: 0.2, category: 0.15, code: 0.25 } as const;

const EPSILON = 1e-12;

export interface Candidate {
  /** Index into the ledger rows. */
  readonly ledger: number;
  /** Weighted similarity in [0, 1]. */
  readonly score: number;
}

export interface CandidateStats {
  /** Pairs fully scored (the work done; all pairs would be countPool × ledgerPool). */
  readonly scored: number;
  /** Count rows whose block had to be cut at maxBlock rows. */
  readonly cappedBlocks: number;
}

interface Features {
  readonly nameKey: string;
  readonly locationKey: string;
  readonly name: Grams;
  readonly spec: Grams;
  readonly location: Grams;
  readonly category: Grams;
  readonly code: Grams;
}

function featuresOf(row: AssetRow, table: GramTable): Features {
  const nameKey = compareKey(row.name);
  const locationKey = compareKey(row.location);
  return {
    nameKey,
    locationKey,
    name: gramsOfKey(nameKey, table),
    spec: gramsOfKey(compareKey(row.spec), table),
    location: gramsOfKey(locationKey, table),
    category: gramsOfKey(compareKey(row.category), table),
    code: gramsOfKey(row.codeKey, table),
  };
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Keeps the best `k` candidates: higher score first, then the lower ledger row (stable across input orders). */
class TopK {
  readonly items: Candidate[] = [];
  constructor(
    private readonly k: number,
    private readonly rowOf: (ledger: number) => number,
  ) {}

  /** The score a new candidate must beat, or -1 while there is room. */
  floor(): number {
    return this.items.length < this.k ? -1 : (this.items[this.items.length - 1]?.score ?? -1);
  }

  /** Keeps (ledger, score) if it ranks; allocates only then. */
  offer(ledger: number, score: number): void {
    const items = this.items;
    let i = items.length;
    while (i > 0) {
      const prev = items[i - 1] as Candidate;
      if (prev.score > score || (prev.score === score && this.rowOf(prev.ledger) < this.rowOf(ledger))) break;
      i--;
    }
    if (i >= this.k) return;
    items.splice(i, 0, { ledger, score });
    if (items.length > this.k) items.pop();
  }
}

/** The ledger side, indexed once per run: gram sets in flat columns, by pool position. */
interface LedgerIndex {
  readonly pool: readonly number[];
  readonly name: GramColumn;
  readonly spec: GramColumn;
  readonly location: GramColumn;
  readonly category: GramColumn;
  readonly code: GramColumn;
  /** Gram id → pool positions having it, in pool (sheet-row) order. */
  readonly postings: ReadonlyArray<number[] | undefined>;
  readonly byName: ReadonlyMap<string, number[]>;
  readonly byNamePlace: ReadonlyMap<string, number[]>;
}

function indexLedger(ledger: readonly AssetRow[], pool: readonly number[], table: GramTable): LedgerIndex {
  const features = pool.map((i) => featuresOf(ledger[i] as AssetRow, table));
  const postings: Array<number[] | undefined> = [];
  const byName = new Map<string, number[]>();
  const byNamePlace = new Map<string, number[]>();
  for (let p = 0; p < pool.length; p++) {
    const f = features[p] as Features;
    if (f.nameKey === '') continue;
    for (const g of f.name) {
      const list = postings[g];
      if (list) list.push(p);
      else postings[g] = [p];
    }
    pushTo(byName, f.nameKey, p);
    pushTo(byNamePlace, `${f.nameKey}\u0000${f.locationKey}`, p);
  }
  return {
    pool,
    name: gramColumn(features.map((f) => f.name)),
    spec: gramColumn(features.map((f) => f.spec)),
    location: gramColumn(features.map((f) => f.location)),
    category: gramColumn(features.map((f) => f.category)),
    code: gramColumn(features.map((f) => f.code)),
    postings,
    byName,
    byNamePlace,
  };
}

/** Scratch space reused for every count row: shared-gram counts per pool position and the positions touched. */
interface Scratch {
  readonly shared: Int32Array;
  readonly touched: Int32Array;
}

interface RowOutcome {
  readonly best: Candidate[];
  readonly scored: number;
  readonly capped: boolean;
}

function candidatesFor(
  c: Features,
  countIndex: number,
  index: LedgerIndex,
  scratch: Scratch,
  options: CandidateOptions,
  rejected: ((countIndex: number, ledgerIndex: number) => boolean) | null,
  rowOf: (ledger: number) => number,
): RowOutcome {
  const { shared, touched } = scratch;
  const { postings, pool } = index;
  const nameStart = index.name.start;
  const codeStart = index.code.start;
  const { threshold, minNameSimilarity, maxBlock } = options;
  const W = SIMILARITY_WEIGHTS;
  const a = c.name.length;
  let nTouched = 0;
  // Bigrams of this name left out for being too common: a touched row may share them too.
  let skipped = 0;
  for (let k = 0; k < a; k++) {
    const list = postings[c.name[k] as number];
    if (!list) continue;
    if (list.length > maxBlock) {
      skipped++;
      continue;
    }
    for (let j = 0; j < list.length; j++) {
      const p = list[j] as number;
      const n = shared[p] as number;
      if (n === 0) touched[nTouched++] = p;
      shared[p] = n + 1;
    }
  }
  // Only common bigrams: the rows with exactly this name (name similarity 1) stand in.
  let sameName = false;
  let capped = false;
  if (nTouched === 0 && skipped > 0) {
    sameName = true;
    let block = index.byName.get(c.nameKey) ?? [];
    if (block.length > maxBlock) block = index.byNamePlace.get(`${c.nameKey}\u0000${c.locationKey}`) ?? [];
    if (block.length > maxBlock) {
      capped = true;
      block = block.slice(0, maxBlock);
    }
    for (const p of block) {
      touched[nTouched++] = p;
      shared[p] = 1;
    }
  }

  const hasSpec = c.spec.length > 0;
  const hasLocation = c.location.length > 0;
  const hasCategory = c.category.length > 0;
  const hasCode = c.code.length > 0;
  const baseWeight = W.name + (hasSpec ? W.spec : 0) + (hasLocation ? W.location : 0) + (hasCategory ? W.category : 0);
  const top = new TopK(options.maxCandidates, rowOf);
  let scored = 0;

  for (let t = 0; t < nTouched; t++) {
    const p = touched[t] as number;
    const sharedGrams = shared[p] as number;
    shared[p] = 0;
    // Shared-gram counts give the name's Dice exactly, or with skipped grams an upper bound; the
    // exact merge runs only for rows the bound cannot rule out.
    let nameSim = 1;
    if (!sameName) {
      const b = (nameStart[p + 1] as number) - (nameStart[p] as number);
      const most = sharedGrams + skipped;
      if (2 * (most < b ? most : b) < minNameSimilarity * (a + b)) continue;
      nameSim = skipped === 0 ? (2 * sharedGrams) / (a + b) : diceAt(c.name, index.name, p);
      if (nameSim < minNameSimilarity) continue;
    }
    const li = pool[p] as number;
    if (rejected && rejected(countIndex, li)) continue;
    const withCode = hasCode && codeStart[p + 1] !== codeStart[p];
    const total = baseWeight + (withCode ? W.code : 0);
    // Every other field agreeing fully is the best this pair can do (EPSILON: float rounding).
    const bound = (W.name * nameSim + total - W.name) / total + EPSILON;
    if (bound < threshold || bound < top.floor()) continue;
    let s = W.name * nameSim;
    if (hasSpec) s += W.spec * diceAt(c.spec, index.spec, p);
    if (hasLocation) s += W.location * diceAt(c.location, index.location, p);
    if (hasCategory) s += W.category * diceAt(c.category, index.category, p);
    if (withCode) s += W.code * diceAt(c.code, index.code, p);
    scored++;
    const score = s / total;
    if (score >= threshold) top.offer(li, score);
  }
  return { best: top.items, scored, capped };
}

/**
 * Proposes ledger candidates for each count row in `countPool`. Pools hold row indices; both are
 * sorted by sheet row first so block cuts and ties do not depend on the order rows came in.
 * `rejected(countIndex, ledgerIndex)` removes pairs the user has rejected.
 */
export function proposeCandidates(
  ledger: readonly AssetRow[],
  count: readonly AssetRow[],
  ledgerPoolIn: readonly number[],
  countPoolIn: readonly number[],
  options: CandidateOptions,
  rejected: ((countIndex: number, ledgerIndex: number) => boolean) | null,
): { proposals: Map<number, Candidate[]>; stats: CandidateStats } {
  const proposals = new Map<number, Candidate[]>();
  if (ledgerPoolIn.length === 0 || countPoolIn.length === 0) return { proposals, stats: { scored: 0, cappedBlocks: 0 } };
  const rowOf = (i: number): number => (ledger[i] as AssetRow).row;
  const pool = [...ledgerPoolIn].sort((a, b) => rowOf(a) - rowOf(b) || a - b);
  const countPool = [...countPoolIn].sort((a, b) => (count[a] as AssetRow).row - (count[b] as AssetRow).row || a - b);
  const table = new GramTable();
  const index = indexLedger(ledger, pool, table);
  const scratch: Scratch = { shared: new Int32Array(pool.length), touched: new Int32Array(pool.length) };
  let scored = 0;
  let cappedBlocks = 0;
  for (const ci of countPool) {
    const c = featuresOf(count[ci] as AssetRow, table);
    if (c.name.length === 0) continue;
    const out = candidatesFor(c, ci, index, scratch, options, rejected, rowOf);
    scored += out.scored;
    if (out.capped) cappedBlocks++;
    if (out.best.length > 0) proposals.set(ci, out.best);
  }
  return { proposals, stats: { scored, cappedBlocks } };
}

/** Kept for tests and tools: the same weighted score for one pair, without blocking. */
export function pairScore(countRow: AssetRow, ledgerRow: AssetRow): { score: number; nameSimilarity: number } {
  const table = new GramTable();
  const c = featuresOf(countRow, table);
  const l = featuresOf(ledgerRow, table);
  const W = SIMILARITY_WEIGHTS;
  const nameSim = c.name.length === 0 || l.name.length === 0 ? 0 : (2 * overlap(c.name, l.name)) / (c.name.length + l.name.length);
  let s = W.name * nameSim;
  let total = W.name;
  if (c.spec.length > 0) { s += W.spec * dice(c.spec, l.spec); total += W.spec; }
  if (c.location.length > 0) { s += W.location * dice(c.location, l.location); total += W.location; }
  if (c.category.length > 0) { s += W.category * dice(c.category, l.category); total += W.category; }
  if (c.code.length > 0 && l.code.length > 0) { s += W.code * dice(c.code, l.code); total += W.code; }
  return { score: s / total, nameSimilarity: nameSim };
}
