/**
 * The nature of an incident from the words offices write (自然损耗, 人为损坏, 故意损坏, 丢失 …).
 * A word inside a longer matched word does not count on its own: 人为故意 is deliberate, not also
 * accidental; 非故意 is accidental; 非人为 is natural. What stays unclear is reported, never guessed.
 */
import { cleanText } from '../text';
import type { Nature } from './policy';

export interface NatureWord {
  readonly word: string;
  readonly nature: Nature;
  /**
   * 人为 says a person did it, not how: it reads as accidental unless the text also says it was
   * deliberate (人为（故意）), where it gives way instead of conflicting.
   */
  readonly yieldsTo?: Nature;
}

export const NATURE_WORDS: readonly NatureWord[] = [
  ...['自然损耗', '自然损坏', '自然磨损', '自然老化', '自然', '老化', '正常损耗', '正常磨损', '正常使用', '非人为', '非人为损坏', '非人为原因', '磨损', '损耗', '年久失修', 'natural'].map(
    (word) => ({ word, nature: 'natural' as const }),
  ),
  ...['人为损坏', '人为'].map((word) => ({ word, nature: 'accidental' as const, yieldsTo: 'deliberate' as const })),
  ...['不慎', '无意', '意外', '过失', '非故意', '不小心', '失手', 'accidental'].map((word) => ({ word, nature: 'accidental' as const })),
  ...['故意', '蓄意', '恶意', '人为故意', '故意损坏', '恶意损坏', '蓄意破坏', 'deliberate'].map((word) => ({ word, nature: 'deliberate' as const })),
  ...['丢失', '遗失', '丢', '弄丢', 'lost'].map((word) => ({ word, nature: 'lost' as const })),
];

/** Two natures named together that still mean one thing: 不慎丢失 is a loss; 故意丢失 is deliberate. */
export const NATURE_COMBINATIONS: ReadonlyArray<{ readonly both: readonly [Nature, Nature]; readonly means: Nature }> = [
  { both: ['accidental', 'lost'], means: 'lost' },
  { both: ['deliberate', 'lost'], means: 'deliberate' },
];

export type NatureRecognition =
  | { readonly nature: Nature; readonly words: readonly string[] }
  | { readonly nature: null; readonly reason: 'empty' | 'unknown'; readonly words: readonly string[] }
  | { readonly nature: null; readonly reason: 'conflict'; readonly words: readonly string[]; readonly natures: readonly Nature[] };

interface Hit extends NatureWord {
  readonly start: number;
  readonly end: number;
}

export function recognizeNature(text: string): NatureRecognition {
  const t = cleanText(text).toLowerCase().replace(/\s+/g, '');
  if (t === '') return { nature: null, reason: 'empty', words: [] };
  const hits: Hit[] = [];
  for (const w of NATURE_WORDS) {
    for (let i = t.indexOf(w.word); i >= 0; i = t.indexOf(w.word, i + 1)) hits.push({ ...w, start: i, end: i + w.word.length });
  }
  const outer = hits.filter(
    (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  const kept = outer.filter((h) => !(h.yieldsTo && outer.some((o) => o.nature === h.yieldsTo && !o.yieldsTo)));
  const words = [...new Set(kept.map((h) => h.word))];
  const natures = [...new Set(kept.map((h) => h.nature))];
  if (natures.length === 0) return { nature: null, reason: 'unknown', words };
  if (natures.length === 1 && natures[0]) return { nature: natures[0], words };
  if (natures.length === 2) {
    const combo = NATURE_COMBINATIONS.find((c) => c.both.every((n) => natures.includes(n)));
    if (combo) return { nature: combo.means, words };
  }
  return { nature: null, reason: 'conflict', words, natures };
}
