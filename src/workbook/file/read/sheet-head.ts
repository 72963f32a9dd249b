/**
 * What the sheet list says about a sheet without reading its cells. The size is the <dimension>
 * tag's, read from the first bytes of the part: a hint for display and for probing, which may
 * count formatted empty cells and is never used to size anything. A part without that tag, or
 * with an empty <sheetData>, has nothing the head can tell; the size is then measured by the
 * reader (rare: every common spreadsheet program writes the tag). Protection is the one element
 * that sits after the cells: the part's text is scanned for it without parsing any cell.
 */
import { parseRange } from '../../../core/sheet/address';
import type { ZipEntry } from '../zip-directory';
import { partText } from './part-stream';
import { attrValue, XmlScanner } from './xml-scanner';

export interface SheetHead {
  readonly rowCount: number;
  readonly columnCount: number;
}

class HeadDone extends Error {}

/** The size the head declares; null when it declares none (no <dimension> before the cells). */
export function readSheetHead(bytes: Uint8Array, entry: ZipEntry): SheetHead | null {
  let ref: string | undefined;
  let empty = false;
  const scanner = new XmlScanner({
    open(name, attrs, selfClosing) {
      if (name === 'dimension') ref = attrValue(attrs, 'ref');
      else if (name === 'sheetData') {
        empty = selfClosing;
        throw new HeadDone();
      } else if (name === 'row') throw new HeadDone();
    },
    close(name) {
      if (name === 'sheetData') {
        empty = true;
        throw new HeadDone();
      }
    },
    text() {},
  });
  try {
    for (const piece of partText(bytes, entry)) scanner.push(piece);
  } catch (e) {
    if (!(e instanceof HeadDone)) throw e;
  }
  if (empty) return { rowCount: 0, columnCount: 0 };
  const range = ref === undefined ? null : parseRange(ref);
  if (!range) return null;
  return { rowCount: range.bottom, columnCount: range.right };
}

const PROTECTION_TAG = 'sheetProtection';

/** True when the sheet's <sheetProtection> locks its cells (sheet="1"). */
export function readSheetProtected(bytes: Uint8Array, entry: ZipEntry): boolean {
  let tail = '';
  for (const piece of partText(bytes, entry)) {
    const buf = tail + piece;
    const at = buf.indexOf(PROTECTION_TAG);
    if (at >= 0) {
      const end = buf.indexOf('>', at);
      if (end < 0) {
        tail = buf.slice(at - 1);
        continue;
      }
      const v = attrValue(buf.slice(at + PROTECTION_TAG.length, end).replace(/\/$/, ''), 'sheet');
      return v === '1' || v === 'true';
    }
    tail = buf.slice(-PROTECTION_TAG.length);
  }
  return false;
}
