/**
 * Finding an incident's item in the price list (赔偿标准): the entry whose name or keyword the item
 * name contains, the longest word winning (锁芯 beats 锁). When the register gives a unit, only
 * entries priced in that unit count (a pane of glass is not a ㎡ of glass).
 */
import { cleanText } from '../text';
import type { PriceEntry } from './policy';

/** Ways of writing the same unit. */
export const UNIT_EQUIVALENTS: readonly (readonly string[])[] = [
  ['㎡', '平方米', '平米', 'm2', 'm²', '平方'],
  ['米', 'm', '延米'],
  ['根', '支', '条'],
  ['块', '片'],
  ['个', '只'],
  ['把'],
  ['张'],
  ['套'],
  ['扇'],
  ['盏'],
];

/** Units of measure: a quantity in them is never a count of pieces. */
const MEASURE_UNITS = ['㎡', '米'];
/** 件 (a piece) is what registers write for any countable item. */
const GENERIC_COUNT_UNITS = ['件'];

function unitsCompatible(registerUnit: string, entryUnit: string): boolean {
  const a = normalizeUnit(registerUnit);
  const b = normalizeUnit(entryUnit);
  if (a === '' || b === '' || a === b) return true;
  return GENERIC_COUNT_UNITS.includes(a) && !MEASURE_UNITS.includes(b);
}

export function normalizeUnit(unit: string): string {
  const u = cleanText(unit).toLowerCase().replace(/\s+/g, '');
  const group = UNIT_EQUIVALENTS.find((g) => g.includes(u));
  return group?.[0] ?? u;
}

function normalizeItem(text: string): string {
  return cleanText(text).toLowerCase().replace(/\s+/g, '');
}

export function entryLabel(entry: PriceEntry, locale: 'zh-CN' | 'en-US' = 'zh-CN'): string {
  if (entry.unit === '') return entry.name;
  return locale === 'zh-CN' ? `${entry.name}（${entry.unit}）` : `${entry.name} (${entry.unit})`;
}

export type PriceMatch =
  | { readonly kind: 'match'; readonly entry: PriceEntry; readonly index: number; readonly word: string; readonly tiedWith: readonly PriceEntry[] }
  | { readonly kind: 'unitMismatch'; readonly candidates: readonly PriceEntry[] }
  | { readonly kind: 'none' };

export function matchPriceEntry(item: string, unit: string | null | undefined, list: readonly PriceEntry[]): PriceMatch {
  const name = normalizeItem(item);
  if (name === '') return { kind: 'none' };
  const found: Array<{ entry: PriceEntry; index: number; word: string }> = [];
  list.forEach((entry, index) => {
    let best = '';
    for (const w of [entry.name, ...entry.keywords].map(normalizeItem)) {
      if (w !== '' && name.includes(w) && w.length > best.length) best = w;
    }
    if (best !== '') found.push({ entry, index, word: best });
  });
  if (found.length === 0) return { kind: 'none' };
  const usable = found.filter((f) => unitsCompatible(unit ?? '', f.entry.unit));
  if (usable.length === 0) return { kind: 'unitMismatch', candidates: found.map((f) => f.entry) };
  const longest = Math.max(...usable.map((f) => f.word.length));
  const top = usable.filter((f) => f.word.length === longest);
  const [first, ...rest] = top;
  if (!first) return { kind: 'none' };
  return { kind: 'match', entry: first.entry, index: first.index, word: first.word, tiedWith: rest.map((f) => f.entry) };
}
