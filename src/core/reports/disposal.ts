/**
 * Statuses that mean an item has left the books (报废、注销、处置…), as data. A pending state
 * ("待报废", "申请报损") is not a disposal: only the listed words, alone or followed by a remark in
 * brackets ("已报废（2025.10）"), count.
 */
import { toHalfWidth } from '../text';

export const DISPOSED_STATUSES: readonly string[] = [
  '报废', '已报废', '注销', '已注销', '处置', '已处置', '报损', '已报损', '核销', '已核销',
  '调出', '已调出', '出售', '已出售', '捐赠', '已捐赠', '对外捐赠', '拆除', '已拆除', '无偿调出', '已无偿调出',
  'disposed', 'writtenoff', 'scrapped',
];

const NORMALIZED = new Set(DISPOSED_STATUSES.map((s) => s.toLowerCase()));

export function isDisposedStatus(status: string | undefined): boolean {
  if (!status) return false;
  const t = toHalfWidth(status).replace(/[\s-]+/g, '').toLowerCase();
  const head = t.replace(/[([].*$/, '');
  return NORMALIZED.has(head);
}
