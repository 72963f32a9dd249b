/**
 * Roll-forward: next month's plan carries over what last month's plan did not get done. A line
 * marked 已完成 or 取消 stays behind; every other line dated before the new month (or undated) comes
 * along, due on the new month's first working day, with its original date kept in 备注. Several
 * undone occurrences of one task (four weekly checks) become one line listing their dates.
 */
import { type IsoDate } from '../dates';
import { stableHash } from './hash';
import { planMessage } from './messages';
import { joinNotes, type PlanItem, type PlanRow } from './plan-item';
import type { HolidayCalendar } from './holidays';
import { CATEGORY_ALIASES, DEFAULT_OWNER, type Status } from './vocabulary';
import { firstWorkdayOfMonth, monthStart } from './workdays';

/** "原计划日期：2026-03-02、2026-03-09" as roll-forward writes it, so a twice-carried line keeps its first date. */
const ORIGINAL_DATES = /原计划日期[：:]\s*((?:\d{4}-\d{2}-\d{2}[、,，\s]*)+)/;

function originalDates(row: PlanRow): IsoDate[] {
  const m = ORIGINAL_DATES.exec(row.note);
  if (m) return (m[1] ?? '').split(/[、,，\s]+/).filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s));
  return row.due ? [row.due] : [];
}

const CARRIED: ReadonlySet<Status> = new Set<Status>(['未开始', '进行中']);

export function carryOverItems(rows: readonly PlanRow[], month: string, cal: HolidayCalendar): PlanItem[] {
  const start = monthStart(month);
  const groups = new Map<string, PlanRow[]>();
  for (const row of rows) {
    if (!CARRIED.has(row.status)) continue;
    if (row.due !== undefined && row.due >= start) continue;
    groups.set(row.title, [...(groups.get(row.title) ?? []), row]);
  }
  const due = firstWorkdayOfMonth(cal, month);
  const items: PlanItem[] = [];
  for (const [title, group] of groups) {
    const first = group[0];
    if (!first) continue;
    const dates = [...new Set(group.flatMap(originalDates))].sort();
    const note = joinNotes(dates.length > 0 ? [planMessage('note.carried', { dates: dates.join('、') })] : []);
    items.push({
      id: `carry:${stableHash(title)}:${dates[0] ?? 'undated'}`,
      month,
      title,
      titleEn: title,
      category: CATEGORY_ALIASES[first.category.trim()] ?? '综合',
      due,
      owner: first.owner.trim() || DEFAULT_OWNER,
      source: 'carryOver',
      ref: first.ref,
      refs: group.map((r) => r.ref),
      status: group.some((r) => r.status === '进行中') ? '进行中' : '未开始',
      ...(note ? { note } : {}),
    });
  }
  return items;
}
