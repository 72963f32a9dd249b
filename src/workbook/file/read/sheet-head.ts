/**
 * What the sheet list says about a sheet without parsing its cells, from one search through the
 * part's inflated bytes (never decoded to text, so it costs little more than the inflating):
 * - the size is the <dimension> tag's: a hint for display and for probing, which may count
 *   formatted empty cells, and is never used to size anything. Excel writes the tag before the
 *   cells, ExcelJS's streaming writer after them; an empty <sheetData/> means an empty sheet; a
 *   part with cells but without the tag may hold anything: it says the largest sheet there is.
 * - protection: <sheetProtection sheet="1">, which sits after the cells.
 */
import { parseRange } from '../../../core/sheet/address';
import type { ZipEntry } from '../zip-directory';
import { partBytes } from './part-stream';
import { attrValue } from './xml-scanner';

export interface SheetFacts {
  readonly rowCount: number;
  readonly columnCount: number;
  readonly protected: boolean;
}

interface Wanted {
  readonly name: Uint8Array;
  /** Index in `name` of its rarest byte, searched for first. */
  readonly anchor: number;
  attrs: string | null;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const LT = 0x3c;
const COLON = 0x3a;
const GT = 0x3e;
/** Bytes kept from one chunk to the next: longer than any tag searched for. */
const CARRY = 1024;

function wanted(name: string, anchorChar: string): Wanted {
  return { name: new TextEncoder().encode(name), anchor: name.indexOf(anchorChar), attrs: null };
}

export function scanSheetFacts(bytes: Uint8Array, entry: ZipEntry): SheetFacts {
  const dimension = wanted('dimension', 'd');
  const protection = wanted('sheetProtection', 'P');
  const sheetData = wanted('sheetData', 'D');
  const all = [dimension, protection, sheetData];
  let carry: Uint8Array | null = null;
  for (const chunk of partBytes(bytes, entry)) {
    const buf: Uint8Array = carry ? concat(carry, chunk) : chunk;
    for (const w of all) if (w.attrs === null) w.attrs = findTag(buf, w);
    if (all.every((w) => w.attrs !== null)) break;
    carry = buf.slice(Math.max(0, buf.length - CARRY));
  }
  const locked = protection.attrs === null ? undefined : attrValue(protection.attrs, 'sheet');
  const empty = sheetData.attrs !== null && /\/\s*$/.test(sheetData.attrs);
  const isLocked = locked === '1' || locked === 'true';
  if (empty) return { rowCount: 0, columnCount: 0, protected: isLocked };
  const range = dimension.attrs === null ? null : parseRange(attrValue(dimension.attrs, 'ref') ?? '');
  return { rowCount: range?.bottom ?? MAX_ROWS, columnCount: range?.right ?? MAX_COLUMNS, protected: isLocked };
}

/** The attribute text of the first complete tag named `w.name` (after '<' or a namespace prefix), or null. */
function findTag(buf: Uint8Array, w: Wanted): string | null {
  const { name, anchor } = w;
  const key = name[anchor] ?? 0;
  for (let i = buf.indexOf(key, anchor); i >= 0; i = buf.indexOf(key, i + 1)) {
    const start = i - anchor;
    if (start < 1 || start + name.length >= buf.length) continue;
    const before = buf[start - 1];
    if (before !== LT && before !== COLON) continue;
    let k = 0;
    while (k < name.length && buf[start + k] === name[k]) k++;
    if (k < name.length) continue;
    const after = buf[start + k] ?? 0;
    // A whole name: `<dimension ` or `<sheetData>`/`<sheetData/>`, not `<dimensions`.
    if (after !== 0x20 && after !== 0x09 && after !== 0x0a && after !== 0x0d && after !== GT && after !== 0x2f) continue;
    const end = buf.indexOf(GT, start + k);
    if (end < 0) return null; // cut off: found again in the next chunk, whose carry holds it
    return new TextDecoder('utf-8').decode(buf.subarray(start + k, end));
  }
  return null;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
