/**
 * The scan file a counting phone exports: one line per scan with code, quantity, place, time and
 * counter (and the counter's note). Its header names are ledger synonyms, so reconciliation's scan
 * import reads it as it is; time, counter and note ride along for the office.
 */
import { toCsv } from './csv';

export interface PhoneScan {
  /** As scanned (the label's payload) or typed. */
  readonly code: string;
  readonly quantity: number;
  /** The room or department being counted when it was scanned. */
  readonly location: string;
  /** ISO date-time. */
  readonly time: string;
  readonly counter: string;
  readonly note: string;
}

export const SCAN_FILE_HEADER = ['资产编号', '数量', '存放地点', '扫码时间', '盘点人', '备注'] as const;

export function scanFileCsv(scans: readonly PhoneScan[]): string {
  return toCsv(SCAN_FILE_HEADER, scans.map((s) => [s.code, s.quantity, s.location, s.time, s.counter, s.note]));
}
