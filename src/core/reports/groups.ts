/**
 * Grouping rows by a text field: which fields a report can group by, how a blank value is named,
 * and how values that differ only in spacing or width ("教务处 " / "教务处") fall into one group,
 * shown as first written.
 */
import { z } from 'zod';
import type { Localized } from '../i18n/locale';
import { cleanText, normalizeHeader, tidyText } from '../text';
import { ASSET_FIELDS } from '../sheet/fields';

export const groupFieldSchema = z.enum(['department', 'category', 'location', 'status', 'custodian']);
export type GroupField = z.infer<typeof groupFieldSchema>;
export const GROUP_FIELDS: readonly GroupField[] = groupFieldSchema.options;

/** What a blank cell of each grouping field is called in a report. */
const BLANK_LABELS: Readonly<Record<GroupField | 'other', Localized>> = {
  category: { 'zh-CN': '（未分类）', 'en-US': '(uncategorized)' },
  department: { 'zh-CN': '（未填部门）', 'en-US': '(no department)' },
  location: { 'zh-CN': '（未填地点）', 'en-US': '(no location)' },
  status: { 'zh-CN': '（未填状况）', 'en-US': '(no status)' },
  custodian: { 'zh-CN': '（未填保管人）', 'en-US': '(no custodian)' },
  other: { 'zh-CN': '（未填）', 'en-US': '(blank)' },
};

export function blankLabel(field: GroupField | 'other'): Localized {
  return BLANK_LABELS[field];
}

/** The form group values are compared in: half-width, no spaces, lower case. */
export function groupKey(text: string): string {
  return cleanText(text).replace(/\s+/g, '').toLowerCase();
}

/**
 * The grouping field a user named: its key ("department"), its Chinese or English name, or any
 * header the field catalogue knows for it ("班级", "存放位置"). Null when none fits.
 */
export function resolveGroupField(text: string): GroupField | null {
  const t = normalizeHeader(text);
  for (const key of GROUP_FIELDS) {
    const def = ASSET_FIELDS.find((f) => f.key === key);
    if (!def) continue;
    const names = [def.key, def.zh, def.en, ...def.synonyms.filter(([, w]) => w >= 0.85).map(([s]) => s)];
    if (names.some((n) => normalizeHeader(n) === t)) return key;
  }
  return null;
}

/** Groups in order of first appearance, blank last; each keeps the value as first written. */
export class Grouper<T> {
  private readonly groups = new Map<string, { label: string; blank: boolean; value: T }>();

  constructor(
    private readonly make: () => T,
    private readonly blank: string,
  ) {}

  get(text: string | undefined): T {
    const shown = text === undefined ? '' : tidyText(text);
    const key = shown === '' ? '' : groupKey(shown);
    let g = this.groups.get(key);
    if (!g) {
      g = { label: key === '' ? this.blank : shown, blank: key === '', value: this.make() };
      this.groups.set(key, g);
    }
    return g.value;
  }

  entries(): Array<{ label: string; blank: boolean; value: T }> {
    const all = [...this.groups.values()];
    return [...all.filter((g) => !g.blank), ...all.filter((g) => g.blank)];
  }
}
