/**
 * How well a header label names a field. Exact synonyms score their weight; a label that contains a
 * synonym ("固定资产名称" ⊃ "资产名称") scores less, and only when the label is short enough to be a
 * header, so a title like "…固定资产明细账" never passes for one.
 */
import { normalizeHeader } from '../text';
import type { FieldDef } from './fields';
import { ROW_NUMBER_HEADERS } from './fields';

const CONTAINS_FACTOR = 0.8;
const MAX_EXTRA_CHARS = 4;

export function headerScore(label: string, field: FieldDef): number {
  const h = normalizeHeader(label);
  if (h === '') return 0;
  let best = 0;
  for (const [synonym, weight] of field.synonyms) {
    const s = normalizeHeader(synonym);
    if (h === s) {
      if (weight > best) best = weight;
    } else if (s.length >= 2 && h.includes(s) && h.length - s.length <= MAX_EXTRA_CHARS) {
      const score = weight * CONTAINS_FACTOR;
      if (score > best) best = score;
    }
  }
  return best;
}

/** Best field for a label and its score, or null under `threshold`. */
export function bestField(label: string, fields: readonly FieldDef[], threshold = 0.6): { field: FieldDef; score: number } | null {
  let best: { field: FieldDef; score: number } | null = null;
  for (const field of fields) {
    const score = headerScore(label, field);
    if (score >= threshold && (best === null || score > best.score)) best = { field, score };
  }
  return best;
}

export function isRowNumberHeader(label: string): boolean {
  const h = normalizeHeader(label);
  return ROW_NUMBER_HEADERS.includes(h);
}

/**
 * Score of a header made of parts (a group cell over a sub cell: "数量" over "期初"): the parts read
 * together first ("数量期初"), then the sub part alone, then the group alone, each a little less sure.
 */
export function composedHeaderScore(parts: readonly string[], field: FieldDef): number {
  if (parts.length === 0) return 0;
  if (parts.length === 1) return headerScore(parts[0] ?? '', field);
  const whole = headerScore(parts.join(''), field);
  const sub = headerScore(parts[parts.length - 1] ?? '', field) * 0.85;
  const group = headerScore(parts[0] ?? '', field) * 0.7;
  return Math.max(whole, sub, group);
}
