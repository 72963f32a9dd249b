/**
 * The plan as an iCalendar file for Outlook and phone calendars: one all-day event per item on its
 * planned date (DTSTART;VALUE=DATE, DTEND the next day), with a UID derived from the item's identity
 * so a re-exported plan updates events instead of duplicating them.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, splitIso } from '../dates';
import type { Locale } from '../i18n/locale';
import { stableHash } from './hash';
import { planMessage } from './messages';
import { itemTitle, type PlanItem } from './plan-item';
import { planTitle, type PlanRenderOptions, type PlanView } from './plan-sheet';
import { CATEGORY_LABELS, ownerLabel } from './vocabulary';

export interface PlanIcsOptions extends PlanRenderOptions {
  readonly locale?: Locale;
  /**
   * DTSTAMP, when the file was made ("2026-02-27T08:00:00Z"); the app passes the current time. By
   * default the first day of the plan at 00:00 UTC, so the same plan gives the same file.
   */
  readonly stamp?: string;
}

function dateArray(date: string): DateArray {
  const { y, m, d } = splitIso(date);
  return [y, m, d];
}

/** "2026-02-27T08:00:00Z" → "20260227T080000Z". */
function icsStamp(stamp: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(stamp);
  if (!m) throw new Error(`stamp must be a UTC time like 2026-02-27T08:00:00Z, got ${stamp}`);
  return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z`;
}

export function itemUid(item: PlanItem): string {
  return `${stableHash(item.id)}@taizhang.plan`;
}

function description(item: PlanItem, locale: Locale): string {
  const lines = [planMessage('ics.owner', { owner: ownerLabel(item.owner)[locale] })[locale], planMessage('ics.category', { category: CATEGORY_LABELS[item.category][locale] })[locale]];
  if (item.note) lines.push(item.note[locale]);
  else if (item.ref) lines.push(planMessage('note.source', { ref: item.ref })[locale]);
  return lines.join('\n');
}

export function renderPlanIcs(plan: PlanView, options: PlanIcsOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const firstMonth = plan.months[0] ?? plan.items[0]?.month ?? '1970-01';
  const timestamp = icsStamp(options.stamp ?? `${firstMonth}-01T00:00:00Z`);
  const events = plan.items.map(
    (item): EventAttributes & { timestamp: string } => ({
      uid: itemUid(item),
      timestamp,
      start: dateArray(item.due),
      end: dateArray(addDays(item.due, 1)),
      title: itemTitle(item, locale),
      description: description(item, locale),
      categories: [CATEGORY_LABELS[item.category][locale]],
      status: 'CONFIRMED',
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
    }),
  );
  const { error, value } = createEvents(events, { productId: 'taizhang/plan', method: 'PUBLISH', calName: planTitle(plan.period, options)[locale] });
  if (error || value === null) throw error ?? new Error('ics: no output');
  return value;
}
