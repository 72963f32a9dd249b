/**
 * Merged areas of a worksheet. ExcelJS keeps them in a private map; the public route
 * (`worksheet.model.merges`) serialises the whole sheet, which is far too slow for a big ledger.
 */
import type { Worksheet } from 'exceljs';
import type { CellRange } from '../../core/sheet/address';
import { parseRange } from '../../core/sheet/address';

interface MergeLike {
  readonly model?: { readonly top?: unknown; readonly left?: unknown; readonly bottom?: unknown; readonly right?: unknown };
}

export function worksheetMerges(ws: Worksheet): CellRange[] {
  const internal = (ws as unknown as { _merges?: Record<string, MergeLike | undefined> })._merges;
  if (internal && typeof internal === 'object') {
    const out: CellRange[] = [];
    for (const merge of Object.values(internal)) {
      const m = merge?.model;
      if (m && isNum(m.top) && isNum(m.left) && isNum(m.bottom) && isNum(m.right)) out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
    }
    return out;
  }
  return (ws.model.merges ?? []).map((a) => parseRange(a)).filter((r): r is CellRange => r !== null);
}

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0;
}
