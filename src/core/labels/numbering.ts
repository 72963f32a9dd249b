/**
 * 盘盈补录: a new asset code by the school's own numbering rule, e.g. "{分类}-{年}-{序号:4}". The
 * sequence continues per prefix: the next number is the largest already used by a code with the same
 * prefix and suffix, plus one — compared in the normalized code form, so "zx－2025－0007" counts.
 */
import type { IsoDate } from '../dates';
import { normalizeCode } from '../text';

/** Placeholders a rule may use, with the item text each stands for. */
const PARTS = {
  分类: (i: NumberingItem) => i.category,
  部门: (i: NumberingItem) => i.department,
  年: (i: NumberingItem) => i.date.slice(0, 4),
  月: (i: NumberingItem) => i.date.slice(5, 7),
} as const;
type PartName = keyof typeof PARTS;

export interface NumberingItem {
  readonly category: string;
  readonly department: string;
  /** The entry date (ISO); gives {年} and {月}. */
  readonly date: IsoDate;
}

type Piece = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'part'; readonly name: PartName } | { readonly kind: 'seq'; readonly width: number };

export type NumberingResult = { readonly ok: true; readonly codes: string[] } | { readonly ok: false; readonly problem: 'badPattern' } | { readonly ok: false; readonly problem: 'missingPart'; readonly part: string };

export function parsePattern(pattern: string): Piece[] | null {
  const pieces: Piece[] = [];
  const re = /\{([^{}]+)\}/g;
  let at = 0;
  let seqs = 0;
  for (const m of pattern.matchAll(re)) {
    if (m.index > at) pieces.push({ kind: 'text', text: pattern.slice(at, m.index) });
    at = m.index + m[0].length;
    const [name, width] = (m[1] ?? '').split(/[:：]/).map((s) => s.trim());
    if (name === '序号') {
      if (width !== undefined && !/^[1-9]$/.test(width)) return null;
      pieces.push({ kind: 'seq', width: width === undefined ? 1 : Number(width) });
      seqs++;
    } else if (name !== undefined && name in PARTS && width === undefined) pieces.push({ kind: 'part', name: name as PartName });
    else return null;
  }
  if (at < pattern.length) pieces.push({ kind: 'text', text: pattern.slice(at) });
  // A brace left in the fixed text is a placeholder typed wrong, not text the school wants printed.
  if (pieces.some((p) => p.kind === 'text' && /[{}]/.test(p.text))) return null;
  return seqs === 1 ? pieces : null;
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `count` new codes for the item, continuing the sequence of `existing` codes with the same prefix. */
export function nextCodes(pattern: string, item: NumberingItem, existing: Iterable<string>, count = 1): NumberingResult {
  const pieces = parsePattern(pattern);
  if (!pieces) return { ok: false, problem: 'badPattern' };
  let prefix = '';
  let suffix = '';
  let width = 1;
  let seen = false;
  for (const p of pieces) {
    let text: string;
    if (p.kind === 'seq') {
      seen = true;
      width = p.width;
      continue;
    }
    if (p.kind === 'text') text = p.text;
    else {
      text = PARTS[p.name](item).trim();
      if (text === '') return { ok: false, problem: 'missingPart', part: p.name };
    }
    if (seen) suffix += text;
    else prefix += text;
  }
  const key = { prefix: normalizeCode(prefix), suffix: normalizeCode(suffix) };
  const match = new RegExp(`^${escapeRe(key.prefix)}(\\d+)${escapeRe(key.suffix)}$`);
  let max = 0;
  for (const code of existing) {
    const m = match.exec(normalizeCode(code));
    if (m) max = Math.max(max, Number(m[1]));
  }
  const codes: string[] = [];
  for (let n = 1; n <= count; n++) codes.push(`${prefix}${String(max + n).padStart(width, '0')}${suffix}`);
  return { ok: true, codes };
}
