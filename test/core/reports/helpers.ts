/** Items for report engine tests, written as a ledger row would read. */
import { isDisposedStatus } from '../../../src/core/reports/disposal';
import type { AssetItem } from '../../../src/core/reports/items';
import type { WriteOffEntry } from '../../../src/core/reports/register';
import { normalizeCode } from '../../../src/core/text';

const COLUMNS = { '': 'A', code: 'B', name: 'C', category: 'D', quantity: 'F', amount: 'H', acquiredOn: 'I', department: 'J', status: 'L', disposedOn: 'M' };

export interface ItemInput {
  row: number;
  code?: string;
  name?: string;
  category?: string;
  department?: string;
  quantity?: number;
  /** 元 as text, exact: "4980.00". */
  amount: string;
  acquiredOn?: string;
  disposedOn?: string;
  status?: string;
  lifeYears?: number;
  sheet?: string;
}

export function fen(yuan: string): number {
  const [i, f = ''] = yuan.split('.');
  const sign = yuan.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(i)) * 100 + Number((f + '00').slice(0, 2)));
}

export function item(i: ItemInput): AssetItem {
  return {
    sheet: i.sheet ?? '台账',
    row: i.row,
    ...(i.code ? { code: i.code, codeKey: normalizeCode(i.code) } : {}),
    name: i.name ?? i.code ?? `第${i.row}行`,
    groups: { ...(i.category ? { category: i.category } : {}), ...(i.department ? { department: i.department } : {}), ...(i.status ? { status: i.status } : {}) },
    quantity: i.quantity ?? 1,
    amount: fen(i.amount),
    ...(i.acquiredOn ? { acquiredOn: i.acquiredOn } : {}),
    ...(i.disposedOn ? { disposedOn: i.disposedOn } : {}),
    ...(isDisposedStatus(i.status) ? { disposedStatus: i.status } : {}),
    ...(i.lifeYears !== undefined ? { lifeYears: i.lifeYears } : {}),
    columns: COLUMNS,
  };
}

export function writeOff(i: ItemInput & { date: string; writtenQuantity?: number; writtenAmount?: string }): WriteOffEntry {
  return {
    item: item({ ...i, sheet: i.sheet ?? '报损注销登记' }),
    date: i.date,
    ...(i.writtenQuantity !== undefined ? { quantity: i.writtenQuantity } : {}),
    ...(i.writtenAmount !== undefined ? { amount: fen(i.writtenAmount) } : {}),
  };
}
