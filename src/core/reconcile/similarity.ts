/**
 * Text similarity for the candidate pass: the Dice coefficient over the distinct character bigrams of
 * the compare form (see normalize.ts). Chinese names are short and word boundaries are not written,
 * so bigrams catch "学生课桌椅" against "学生课桌" where word tokens would not. Each bigram gets a small
 * integer id from a GramTable, so a gram set is a sorted Int32Array, comparing two sets is a merge with
 * no strings and no allocation, and an index over grams can be a plain array.
 */
import { compareKey } from './normalize';

export type Grams = Int32Array;

const EMPTY: Grams = new Int32Array(0);

/** Small integer ids for bigrams (two UTF-16 units packed in one number), given in first-seen order. */
export class GramTable {
  private readonly ids = new Map<number, number>();

  id(gram: number): number {
    let id = this.ids.get(gram);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(gram, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** The distinct bigram ids of an already-normalized text, sorted; a one-character text is its own gram. */
export function gramsOfKey(key: string, table: GramTable): Grams {
  const n = key.length;
  if (n === 0) return EMPTY;
  if (n === 1) return Int32Array.of(table.id(key.charCodeAt(0) * 65536 + 65535));
  const out = new Int32Array(n - 1);
  for (let i = 0; i < n - 1; i++) out[i] = table.id(key.charCodeAt(i) * 65536 + key.charCodeAt(i + 1));
  out.sort();
  let w = 1;
  for (let i = 1; i < out.length; i++) if (out[i] !== out[w - 1]) out[w++] = out[i] as number;
  return w === out.length ? out : out.slice(0, w);
}

export function gramsOf(text: string, table: GramTable = new GramTable()): Grams {
  return gramsOfKey(compareKey(text), table);
}

/** Size of the intersection of two sorted distinct gram sets. */
export function overlap(a: Grams, b: Grams): number {
  let i = 0;
  let j = 0;
  let n = 0;
  const la = a.length;
  const lb = b.length;
  while (i < la && j < lb) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/**
 * Many gram sets in one contiguous array (row p is data[start[p]] up to data[start[p + 1]]): the ledger
 * side of the candidate pass reads them millions of times, and one flat array stays in cache where
 * thousands of small objects would not.
 */
export interface GramColumn {
  readonly data: Int32Array;
  readonly start: Int32Array;
}

export function gramColumn(sets: readonly Grams[]): GramColumn {
  const start = new Int32Array(sets.length + 1);
  let n = 0;
  sets.forEach((g, i) => {
    start[i] = n;
    n += g.length;
  });
  start[sets.length] = n;
  const data = new Int32Array(n);
  sets.forEach((g, i) => data.set(g, start[i] as number));
  return { data, start };
}

/** Dice of a gram set against row `row` of a column. */
export function diceAt(a: Grams, column: GramColumn, row: number): number {
  const from = column.start[row] as number;
  const to = column.start[row + 1] as number;
  const la = a.length;
  if (la === 0 || to === from) return 0;
  const b = column.data;
  let i = 0;
  let j = from;
  let n = 0;
  while (i < la && j < to) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * n) / (la + to - from);
}

/** Dice coefficient 2|A∩B| / (|A|+|B|); 0 when either side is empty. */
export function dice(a: Grams, b: Grams): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * overlap(a, b)) / (a.length + b.length);
}

/** Similarity of two texts in [0, 1]; equal compare forms score 1. */
export function textSimilarity(a: string, b: string): number {
  const ka = compareKey(a);
  const kb = compareKey(b);
  if (ka === kb) return ka === '' ? 0 : 1;
  const table = new GramTable();
  return dice(gramsOfKey(ka, table), gramsOfKey(kb, table));
}
