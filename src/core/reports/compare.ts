/**
 * Period comparison (同期对比): amounts of a dated sheet (spending, purchases, consumables, canteen
 * costs) by a chosen field, this period against the period before (periods.ts) — amount, change,
 * change % and a sentence in the style of the office's own summaries:
 * "易耗品支出本期 17944.00 元，上年同期 46046.00 元，同期相比节约 28102.00 元。"
 * Change % is relative to the earlier amount and absent when that is zero (no division by zero).
 */
import type { IsoDate } from '../dates';
import type { Finding } from '../findings';
import type { Locale, Localized } from '../i18n/locale';
import { divideHalfUp, formatFen, type Fen } from '../money';
import { blankLabel, Grouper } from './groups';
import { rowFinding } from './items';
import { termLabel, type Against, type MonthPeriod } from './periods';

export interface CompareRecord {
  readonly row: number;
  readonly date?: IsoDate;
  readonly amount?: Fen;
  readonly key?: string;
  /** Cells for findings. */
  readonly dateCell: string;
  readonly amountCell: string;
}

export interface CompareOptions {
  readonly current: MonthPeriod;
  readonly previous: MonthPeriod;
  readonly against: Against;
  readonly locale?: Locale;
  /** What the amounts are, after the group name in a sentence ("易耗品" + "支出"). */
  readonly noun?: Localized;
}

export interface CompareLine {
  readonly key: string;
  readonly blank: boolean;
  readonly current: Fen;
  readonly previous: Fen;
  /** current − previous. */
  readonly change: Fen;
  /** change ÷ |previous| in hundredths of a percent (−6103 = −61.03 %), half-up; null when previous is 0. */
  readonly changeBasis: number | null;
  readonly currentRows: number;
  readonly previousRows: number;
  readonly sentence: Localized;
}

export interface CompareResult {
  readonly sheet: string;
  readonly current: MonthPeriod;
  readonly previous: MonthPeriod;
  readonly against: Against;
  readonly lines: CompareLine[];
  readonly total: CompareLine;
  readonly findings: Finding[];
}

export const DEFAULT_NOUN: Localized = { 'zh-CN': '支出', 'en-US': 'spending' };
const TOTAL_LABEL: Localized = { 'zh-CN': '合计', 'en-US': 'Total' };

/** The earlier period as a sentence names it. */
function againstWords(o: Pick<CompareOptions, 'against' | 'previous'>): Localized {
  if (o.against === 'last-year') return { 'zh-CN': '上年同期', 'en-US': 'in the same period last year' };
  return termLabel(o.previous) ? { 'zh-CN': '上学期', 'en-US': 'last term' } : { 'zh-CN': '上学期同期', 'en-US': 'in the same part of last term' };
}

/** "-61.03" from hundredths of a percent. */
export function formatBasis(basis: number): string {
  const sign = basis < 0 ? '-' : '';
  const abs = Math.abs(basis);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function changeBasis(current: Fen, previous: Fen): number | null {
  if (previous === 0) return null;
  return Number(divideHalfUp(BigInt(current - previous) * 10000n, BigInt(Math.abs(previous))));
}

export function compareSentence(label: string, current: Fen, previous: Fen, o: Pick<CompareOptions, 'against' | 'previous' | 'noun'>): Localized {
  const noun = o.noun ?? DEFAULT_NOUN;
  const words = againstWords(o);
  const change = current - previous;
  const abs = formatFen(Math.abs(change));
  const zhNoun = label.endsWith(noun['zh-CN']) ? '' : noun['zh-CN'];
  const zhHead = `${label}${zhNoun}本期 ${formatFen(current)} 元，${words['zh-CN']} ${formatFen(previous)} 元，`;
  const zhCompare = o.against === 'last-year' ? '同期相比' : '与上学期相比';
  const zhTail = change < 0 ? `${zhCompare}节约 ${abs} 元。` : change > 0 ? `${zhCompare}增加 ${abs} 元。` : `${o.against === 'last-year' ? '与同期' : '与上学期'}持平。`;
  const enTail = change < 0 ? `${abs} less (saved).` : change > 0 ? `${abs} more.` : 'unchanged.';
  return {
    'zh-CN': zhHead + zhTail,
    'en-US': `${label} ${noun['en-US']}: ${formatFen(current)} this period, ${formatFen(previous)} ${words['en-US']} — ${enTail}`,
  };
}

export function comparePeriods(sheet: string, records: readonly CompareRecord[], options: CompareOptions): CompareResult {
  const locale = options.locale ?? 'zh-CN';
  const { current, previous } = options;
  const findings: Finding[] = [];
  interface Acc {
    current: Fen;
    previous: Fen;
    currentRows: number;
    previousRows: number;
  }
  const groups = new Grouper<Acc>(() => ({ current: 0, previous: 0, currentRows: 0, previousRows: 0 }), blankLabel('other')[locale]);
  const sum: Acc = { current: 0, previous: 0, currentRows: 0, previousRows: 0 };
  for (const r of records) {
    if (!r.date) {
      findings.push(rowFinding(sheet, r.dateCell, 'warning', 'compare.noDate', { row: r.row }));
      continue;
    }
    const inCurrent = r.date >= current.from && r.date <= current.to;
    const inPrevious = r.date >= previous.from && r.date <= previous.to;
    if (!inCurrent && !inPrevious) continue;
    if (r.amount === undefined) {
      findings.push(rowFinding(sheet, r.amountCell, 'warning', 'compare.noAmount', { row: r.row }));
      continue;
    }
    const g = groups.get(r.key);
    // The two periods never overlap (a year or a term apart), so a row counts in one of them.
    if (inCurrent) {
      g.current += r.amount;
      g.currentRows++;
      sum.current += r.amount;
      sum.currentRows++;
    } else {
      g.previous += r.amount;
      g.previousRows++;
      sum.previous += r.amount;
      sum.previousRows++;
    }
  }
  const line = (key: string, blank: boolean, a: Acc): CompareLine => ({
    key,
    blank,
    current: a.current,
    previous: a.previous,
    change: a.current - a.previous,
    changeBasis: changeBasis(a.current, a.previous),
    currentRows: a.currentRows,
    previousRows: a.previousRows,
    sentence: compareSentence(key, a.current, a.previous, options),
  });
  const lines = groups.entries().map((g) => line(g.label, g.blank, g.value));
  if (lines.length === 0) {
    findings.push(rowFinding(sheet, '', 'warning', 'compare.nothing', { current: `${current.fromMonth}..${current.toMonth}`, previous: `${previous.fromMonth}..${previous.toMonth}` }));
  }
  return { sheet, current, previous, against: options.against, lines, total: line(TOTAL_LABEL[locale], false, sum), findings };
}
