/**
 * The count list (盘点清单) a phone counts against: one line per labelled ledger item with the code
 * in its scanned form, name, place, department and quantity. Its header names are ledger synonyms,
 * so the scan import (parseScan) reads it back — on the phone and in reconciliation alike.
 */
import { toCsv } from './csv';
import type { LabelItem } from './items';

export const COUNT_LIST_HEADER = ['资产编号', '资产名称', '存放地点', '使用部门', '数量'] as const;

export function countListCsv(items: ReadonlyArray<LabelItem & { readonly payload: string }>): string {
  return toCsv(
    COUNT_LIST_HEADER,
    items.map((i) => [i.payload, i.name, i.location, i.department, i.quantity]),
  );
}
