/**
 * The plan as print-ready text in the seeds' form:
 *
 *   三月：
 *   1、校园绿化带护理和补种。
 *   2、固定资产账册整理。
 *
 * A month with one item is written on one line ("八月：暑期建设维修。"); a task that recurs within
 * the month (每周一) is written once.
 */
import type { Locale } from '../i18n/locale';
import { dayLabel, monthName } from './labels';
import { planMessage } from './messages';
import { itemTitle, type PlanItem } from './plan-item';
import { planTitle, type PlanRenderOptions, type PlanView } from './plan-sheet';

export interface PlanTextOptions extends PlanRenderOptions {
  readonly locale?: Locale;
  /** Append the planned dates to each line: "…（3月2日、3月9日）". */
  readonly withDates?: boolean;
  /** Start with the plan's title line (default true). */
  readonly heading?: boolean;
}

const END_PUNCTUATION = /[。！？；.!?;]$/;

function line(title: string, dates: readonly string[], locale: Locale, withDates: boolean): string {
  const zh = locale === 'zh-CN';
  const base = title.replace(END_PUNCTUATION, '');
  const when = withDates && dates.length > 0 ? (zh ? `（${dates.join('、')}）` : ` (${dates.join(', ')})`) : '';
  return `${base}${when}${zh ? '。' : '.'}`;
}

function monthLines(items: readonly PlanItem[], locale: Locale, withDates: boolean): string[] {
  const byTitle = new Map<string, string[]>();
  for (const item of items) {
    const t = itemTitle(item, locale);
    const dates = byTitle.get(t) ?? [];
    const d = dayLabel(item.due)[locale];
    if (!dates.includes(d)) dates.push(d);
    byTitle.set(t, dates);
  }
  return [...byTitle].map(([title, dates]) => line(title, dates, locale, withDates));
}

export function renderPlanText(plan: PlanView, options: PlanTextOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const zh = locale === 'zh-CN';
  const out: string[] = [];
  if (options.heading ?? true) out.push(planTitle(plan.period, options)[locale], '');
  plan.months.forEach((month, i) => {
    if (i > 0) out.push('');
    const head = `${monthName(month)[locale]}${zh ? '：' : ':'}`;
    const lines = monthLines(
      plan.items.filter((it) => it.month === month),
      locale,
      options.withDates ?? false,
    );
    if (lines.length === 0) out.push(`${head}${planMessage('plan.noItems')[locale]}`);
    else if (lines.length === 1) out.push(`${head}${zh ? '' : ' '}${lines[0]}`);
    else {
      out.push(head);
      lines.forEach((l, n) => out.push(zh ? `${n + 1}、${l}` : `${n + 1}. ${l}`));
    }
  });
  return `${out.join('\n')}\n`;
}
