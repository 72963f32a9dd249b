/**
 * A phone's count (盘点) against the count list: what a scan means the moment it is made, and each
 * room's progress. Pure, so the phone page, its tests and any other face share the same rules:
 * - 已盘: on the list, in the room being counted;
 * - 位置不符: on the list, but listed in another room (recorded, counted as found);
 * - 不在清单中: not on the list (recorded as a surplus, with the counter's note);
 * - 重复扫描: a single item already scanned on this phone (refused, never counted twice);
 *   a class set (quantity over 1) takes a quantity on every scan instead.
 */
import { sameText } from '../reconcile/normalize';
import { normalizeCode } from '../text';
import type { PhoneScan } from './scan-file';

export interface CountEntry {
  /** normalizeCode of the listed code. */
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly location: string;
  readonly department: string;
  readonly quantity: number;
}

export const ROOM_FIELDS = ['location', 'department'] as const;
export type RoomField = (typeof ROOM_FIELDS)[number];

/** What the counter is counting: a 存放地点 or a 使用部门. */
export interface Room {
  readonly field: RoomField;
  readonly value: string;
}

/** A scan as the phone keeps it: the exported row plus its own id and matching key. */
export interface SavedScan extends PhoneScan {
  readonly id: string;
  readonly key: string;
}

export type ScanVerdict =
  | { readonly kind: 'counted'; readonly entry: CountEntry; readonly total: number }
  | { readonly kind: 'wrongPlace'; readonly entry: CountEntry; readonly total: number }
  | { readonly kind: 'notOnList' }
  | { readonly kind: 'duplicate'; readonly entry: CountEntry; readonly previous: SavedScan }
  | { readonly kind: 'empty' };

export function indexList(entries: readonly CountEntry[]): Map<string, CountEntry> {
  const byKey = new Map<string, CountEntry>();
  for (const e of entries) if (e.key !== '' && !byKey.has(e.key)) byKey.set(e.key, e);
  return byKey;
}

export function inRoom(entry: CountEntry, room: Room): boolean {
  return sameText(entry[room.field], room.value);
}

/** The verdict on scanning `code` now; a 'duplicate' or 'empty' verdict is not saved. */
export function judgeScan(list: ReadonlyMap<string, CountEntry>, scans: readonly SavedScan[], code: string, room: Room, quantity = 1): ScanVerdict {
  const key = normalizeCode(code);
  if (key === '') return { kind: 'empty' };
  const entry = list.get(key);
  if (!entry) return { kind: 'notOnList' };
  const before = scans.filter((s) => s.key === key);
  const previous = before[before.length - 1];
  if (entry.quantity <= 1 && previous) return { kind: 'duplicate', entry, previous };
  const total = before.reduce((sum, s) => sum + s.quantity, 0) + (entry.quantity <= 1 ? 1 : quantity);
  return inRoom(entry, room) ? { kind: 'counted', entry, total } : { kind: 'wrongPlace', entry, total };
}

export interface RoomProgress {
  /** Listed items of the room found (anywhere), n of 已盘 n / 应盘 m. */
  readonly counted: number;
  readonly expected: number;
  /** Listed items of the room not yet found. */
  readonly missing: CountEntry[];
}

export function roomProgress(entries: readonly CountEntry[], scans: readonly SavedScan[], room: Room): RoomProgress {
  const found = new Set(scans.map((s) => s.key));
  const listed = entries.filter((e) => inRoom(e, room));
  const missing = listed.filter((e) => !found.has(e.key));
  return { counted: listed.length - missing.length, expected: listed.length, missing };
}

/** The rooms of a list by the chosen field, in first-listed order, without blanks. */
export function roomsOf(entries: readonly CountEntry[], field: RoomField): string[] {
  const rooms: string[] = [];
  for (const e of entries) {
    const v = e[field].trim();
    if (v !== '' && !rooms.some((r) => sameText(r, v))) rooms.push(v);
  }
  return rooms;
}
