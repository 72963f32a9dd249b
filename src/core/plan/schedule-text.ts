/**
 * Schedule rules as staff type them in the library sheet ("每周一", "每月最后一个工作日", "开学前",
 * "期末", "3月12日", "节前", "4-6月", "夏季") and back. Parsing never throws: text that is not a
 * rule yields a finding, and the caller skips that task.
 */
import { finding, type Finding } from '../findings';
import { localize, type Locale } from '../i18n/locale';
import { toHalfWidth } from '../text';
import { daysInMonth } from '../dates';
import { PLAN_MESSAGES } from './messages';
import { monthsInRange, type MonthDay, type ScheduleRule } from './schedule';
import {
  ANCHOR_WORDS,
  HOLIDAYS,
  MONTH_ABBR_EN,
  SEASONS,
  TERM_SEASON_WORDS,
  WEEKDAY_EN,
  WEEKDAY_ZH,
  holidayDef,
  seasonDef,
  type HolidayKey,
  type TermAnchor,
  type TermSeason,
} from './vocabulary';

export type ScheduleParse = { readonly ok: true; readonly rule: ScheduleRule } | { readonly ok: false; readonly finding: Finding };

/** Where a schedule cell is, for the finding. */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** "每周一" etc.: the canonical day spellings, and what people type. */
const WEEKDAY_CHARS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };

/** Exact phrases for points of the term; the generic form "开学前N天" is handled by a pattern. */
const TERM_PHRASES: ReadonlyArray<readonly [string, TermAnchor, number]> = [
  ['开学', 'start', 0], ['开学初', 'start', 0], ['期初', 'start', 0], ['开学时', 'start', 0], ['开学第一周', 'start', 0], ['每学期', 'start', 0],
  ['开学前', 'start', -5], ['开学后', 'start', 7],
  ['期中', 'midterm', 0], ['期中考试', 'midterm', 0], ['期中考试周', 'midterm', 0], ['期中前', 'midterm', -7], ['期中后', 'midterm', 7],
  ['期末考试', 'finals', 0], ['期末考试周', 'finals', 0], ['期末考试前', 'finals', -7],
  ['期末', 'end', -7], ['学期末', 'end', -7], ['期末前', 'end', -7],
  ['放假', 'end', 0], ['学期结束', 'end', 0], ['放假前', 'end', -7], ['学期结束前', 'end', -7],
];

/** The phrase a (anchor, offset) pair is written with; anything else is "开学前N天" / "期中后N天". */
const CANONICAL_TERM_PHRASE: ReadonlyArray<readonly [TermAnchor, number, string]> = [
  ['start', 0, '开学'], ['start', -5, '开学前'], ['midterm', 0, '期中'], ['finals', 0, '期末考试'], ['end', -7, '期末'], ['end', 0, '放假'],
];

/** Words before "前N天"/"后N天" in the generic form. */
const ANCHOR_TYPED: ReadonlyArray<readonly [string, TermAnchor]> = [
  ['期末考试', 'finals'], ['期中考试', 'midterm'], ['学期结束', 'end'], ['开学', 'start'], ['期中', 'midterm'], ['期末', 'end'], ['放假', 'end'],
];

const TERM_PREFIXES: ReadonlyArray<readonly [string, TermSeason]> = [
  ['春季学期', 'spring'], ['第二学期', 'spring'], ['下学期', 'spring'], ['秋季学期', 'autumn'], ['第一学期', 'autumn'], ['上学期', 'autumn'],
];

/** Whole phrases that carry their own term. */
const TERM_SEASON_PHRASES: ReadonlyArray<readonly [string, TermAnchor, number, TermSeason]> = [
  ['暑假前', 'end', -7, 'spring'], ['放暑假前', 'end', -7, 'spring'], ['寒假前', 'end', -7, 'autumn'], ['放寒假前', 'end', -7, 'autumn'],
];

const DAILY = new Set(['每天', '每日', '天天', '日常', '每天一次', '每日一次']);

/** Half-width, no spaces or quotes, one list separator, one range dash, 号→日, 月份→月. */
function normalize(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/["'“”‘’「」『』《》]/g, '')
    .replace(/[、，;；]/g, ',')
    .replace(/[~～—–－\u2010-\u2015\u2212至到]/g, '-')
    .replace(/号/g, '日')
    .replace(/月份/g, '月')
    .replace(/[。.]+$/, '');
}

function parseMonthDay(text: string): MonthDay | null {
  if (text === '' || text === '初' || text === '一次' || text === '第一个工作日' || text === '首个工作日' || text === '第1个工作日') return 'firstWorkday';
  if (text === '末' || text === '底' || text === '最后一个工作日' || text === '最后工作日' || text === '最后一天') return 'lastWorkday';
  if (text === '中' || text === '中旬') return 15;
  const m = /^(\d{1,2})日$/.exec(text);
  if (m) {
    const d = Number(m[1]);
    return d >= 1 && d <= 31 ? d : null;
  }
  return null;
}

/** A "每月…" suffix after a month list or season; '' means the first working day. */
function parseDaySuffix(rest: string): MonthDay | null {
  if (rest === '') return 'firstWorkday';
  const wrapped = /^\((.*)\)$/.exec(rest);
  const inner = wrapped ? (wrapped[1] ?? '') : rest;
  const m = /^每月(.*)$/.exec(inner);
  return m ? parseMonthDay(m[1] ?? '') : null;
}

function parseWeekly(t: string): ScheduleRule | null {
  const m = /^每(?:周|星期|礼拜)(.)$/.exec(t);
  const wd = m ? WEEKDAY_CHARS[m[1] ?? ''] : undefined;
  return wd === undefined ? null : { kind: 'weekly', weekday: wd };
}

function parseMonthly(t: string): ScheduleRule | null {
  if (t === '月初') return { kind: 'monthly', day: 'firstWorkday' };
  if (t === '月底' || t === '月末') return { kind: 'monthly', day: 'lastWorkday' };
  const m = /^每(?:个)?月(.*)$/.exec(t);
  if (!m) return null;
  const day = parseMonthDay(m[1] ?? '');
  return day === null ? null : { kind: 'monthly', day };
}

function parseTermPhase(t: string): ScheduleRule | null {
  for (const [phrase, anchor, offsetDays, term] of TERM_SEASON_PHRASES) if (t === phrase) return { kind: 'termPhase', anchor, offsetDays, term };
  let rest = t;
  let term: TermSeason | undefined;
  for (const [prefix, season] of TERM_PREFIXES) {
    if (rest.startsWith(prefix) && rest.length > prefix.length) {
      term = season;
      rest = rest.slice(prefix.length);
      break;
    }
  }
  const withTerm = (anchor: TermAnchor, offsetDays: number): ScheduleRule =>
    term === undefined ? { kind: 'termPhase', anchor, offsetDays } : { kind: 'termPhase', anchor, offsetDays, term };
  for (const [phrase, anchor, offset] of TERM_PHRASES) if (rest === phrase) return withTerm(anchor, offset);
  const week = /^开学第(\d{1,2})周$/.exec(rest);
  if (week) {
    const n = Number(week[1]);
    return n >= 1 && n <= 17 ? withTerm('start', (n - 1) * 7) : null;
  }
  for (const [word, anchor] of ANCHOR_TYPED) {
    if (!rest.startsWith(word)) continue;
    const m = /^(前|后)(\d{1,3})(天|日|周)$/.exec(rest.slice(word.length));
    if (!m) continue;
    const n = Number(m[2]) * (m[3] === '周' ? 7 : 1);
    if (n > 120) return null;
    return withTerm(anchor, m[1] === '前' ? -n : n);
  }
  return null;
}

function parseFixedDate(t: string): ScheduleRule | 'badDate' | null {
  const m = /^(?:每年)?(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  // A leap year (2024) admits 02-29; in other years it becomes 02-28 when expanded.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2024, month)) return 'badDate';
  return { kind: 'fixedDate', month, day };
}

const HOLIDAY_NAME_INDEX: ReadonlyArray<readonly [string, HolidayKey]> = HOLIDAYS.flatMap((h) => h.typed.map((w) => [w, h.key] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/** "五一,国庆" → keys; null if any part is not a holiday name. */
function parseHolidayNames(text: string): HolidayKey[] | null {
  const keys: HolidayKey[] = [];
  let rest = text;
  while (rest.length > 0) {
    const hit = HOLIDAY_NAME_INDEX.find(([w]) => rest.startsWith(w));
    if (!hit) return null;
    if (!keys.includes(hit[1])) keys.push(hit[1]);
    rest = rest.slice(hit[0].length).replace(/^[,和与及]/, '');
  }
  return keys;
}

const GENERIC_HOLIDAY_WORDS = ['法定节假日', '节假日', '节日', '节'];

const DURING_SUFFIXES = ['长假期间', '放假期间', '假期期间', '长假', '假期', '期间'];

/** Which holidays a head such as "国庆节", "五一,国庆" or the generic "节"/"节假日" names; null if none. */
function holidayHead(head: string): HolidayKey[] | null {
  const direct = head === '' ? null : parseHolidayNames(head);
  if (direct) return direct;
  for (const g of GENERIC_HOLIDAY_WORDS) {
    if (!head.endsWith(g)) continue;
    const namesPart = head.slice(0, head.length - g.length);
    if (namesPart === '') return [];
    const keys = parseHolidayNames(namesPart);
    if (keys) return keys;
  }
  return null;
}

/** "节前", "国庆节前", "元旦前2个工作日", "五一长假期间", "节假日期间". */
function parseHoliday(t: string): ScheduleRule | null {
  const before = /^(.*?)前(?:(\d{1,2})(?:个工作日|个工作天|天|日))?$/.exec(t);
  if (before) {
    const keys = holidayHead(before[1] ?? '');
    const n = before[2] === undefined ? 1 : Number(before[2]);
    if (keys && n >= 1 && n <= 20) return { kind: 'holiday', holidays: keys, when: 'before', workdaysBefore: n };
  }
  const suffix = DURING_SUFFIXES.find((s) => t.endsWith(s));
  if (suffix) {
    const keys = holidayHead(t.slice(0, t.length - suffix.length));
    if (keys) return { kind: 'holiday', holidays: keys, when: 'during', workdaysBefore: 1 };
  }
  return null;
}

/** "4月,5月,6月", "4,5,6月", "4-6月", "11-2月", "3月", optionally followed by "每月15日". */
function parseMonths(t: string): ScheduleRule | null {
  const m = /^(?:每年)?([\d,月-]+月)(.*)$/.exec(t);
  if (!m) return null;
  const day = parseDaySuffix(m[2] ?? '');
  if (day === null) return null;
  const set = new Set<number>();
  for (const piece of (m[1] ?? '').split(',')) {
    const r = /^(\d{1,2})月?(?:-(\d{1,2})月?)?$/.exec(piece);
    if (!r) return null;
    const from = Number(r[1]);
    const to = r[2] === undefined ? from : Number(r[2]);
    if (from < 1 || from > 12 || to < 1 || to > 12) return null;
    for (const x of monthsInRange(from, to)) set.add(x);
  }
  return { kind: 'months', months: [...set].sort((a, b) => a - b), day };
}

const SEASON_NAME_INDEX = SEASONS.flatMap((s) => s.typed.map((w) => [w, s] as const)).sort((a, b) => b[0].length - a[0].length);

/** "夏季", "汛期(5-9月)", "夏季每月15日". */
function parseSeason(t: string): ScheduleRule | null {
  const body = t.replace(/^每年/, '');
  const hit = SEASON_NAME_INDEX.find(([w]) => body.startsWith(w));
  if (!hit) return null;
  const [word, def] = hit;
  let rest = body.slice(word.length);
  let from = def.from;
  let to = def.to;
  const range = /^\((\d{1,2})月?-(\d{1,2})月?\)/.exec(rest);
  if (range) {
    from = Number(range[1]);
    to = Number(range[2]);
    if (from < 1 || from > 12 || to < 1 || to > 12) return null;
    rest = rest.slice(range[0].length);
  }
  const day = parseDaySuffix(rest);
  return day === null ? null : { kind: 'season', season: def.key, from, to, day };
}

/** Prefixes that limit a routine to term time. */
const TERM_TIME_PREFIXES = ['学期内', '学期中', '在校期间', '上课期间', '开学期间'];
const TERM_TIME_WORD = '学期内';

function parseRule(t: string): ScheduleRule | 'badDate' | null {
  const fixed = parseFixedDate(t);
  if (fixed === 'badDate') return fixed;
  return parseWeekly(t) ?? parseMonthly(t) ?? fixed ?? parseTermPhase(t) ?? parseHoliday(t) ?? parseSeason(t) ?? parseMonths(t);
}

/** "学期内每周四": a routine rule limited to term time; other rules cannot be. */
function parseTermTime(t: string): ScheduleRule | 'badDate' | null {
  const prefix = TERM_TIME_PREFIXES.find((p) => t.startsWith(p) && t.length > p.length);
  if (!prefix) return parseRule(t);
  const rule = parseRule(t.slice(prefix.length));
  if (rule === null || rule === 'badDate') return rule;
  if (rule.kind === 'weekly' || rule.kind === 'monthly' || rule.kind === 'season' || rule.kind === 'months') return { ...rule, termTime: true };
  return null;
}

/** Text of a library sheet's 计划规则 cell → a rule, or a finding pointing at the cell. */
export function parseScheduleText(text: string, at: CellRef = { sheet: '', cell: '' }): ScheduleParse {
  const t = normalize(text);
  const fail = (key: 'schedule.empty' | 'schedule.unknown' | 'schedule.daily' | 'schedule.badDate'): ScheduleParse => ({
    ok: false,
    finding: finding(at.sheet, at.cell, 'error', `plan.${key}`, localize(PLAN_MESSAGES, key, { text: text.trim() })),
  });
  if (t === '') return fail('schedule.empty');
  if (DAILY.has(t)) return fail('schedule.daily');
  const rule = parseTermTime(t);
  if (rule === 'badDate') return fail('schedule.badDate');
  return rule ? { ok: true, rule } : fail('schedule.unknown');
}

function monthDayZh(day: MonthDay): string {
  if (day === 'firstWorkday') return '第一个工作日';
  if (day === 'lastWorkday') return '最后一个工作日';
  return `${day}日`;
}

function monthDayEn(day: MonthDay): string {
  if (day === 'firstWorkday') return 'first working day';
  if (day === 'lastWorkday') return 'last working day';
  return `day ${day}`;
}

/** [11, 12, 1, 2] → [11, 2]: a set of months that is one run around the year, or null. */
function asRun(months: readonly number[]): readonly [number, number] | null {
  const set = new Set(months);
  if (set.size < 2 || set.size >= 12) return null;
  const starts = [...set].filter((m) => !set.has(m === 1 ? 12 : m - 1));
  if (starts.length !== 1) return null;
  const from = starts[0] ?? 1;
  const to = ((from - 1 + set.size - 1) % 12) + 1;
  return [from, to];
}

function termPhaseZh(anchor: TermAnchor, offset: number): string {
  const canonical = CANONICAL_TERM_PHRASE.find(([a, o]) => a === anchor && o === offset);
  if (canonical) return canonical[2];
  return `${ANCHOR_WORDS[anchor].zh}${offset < 0 ? '前' : '后'}${Math.abs(offset)}天`;
}

function termPhaseEn(anchor: TermAnchor, offset: number): string {
  const word = ANCHOR_WORDS[anchor].en;
  if (offset === 0) return `At ${word}`;
  const n = Math.abs(offset);
  return `${n} day${n === 1 ? '' : 's'} ${offset < 0 ? 'before' : 'after'} ${word}`;
}

function formatZh(rule: ScheduleRule): string {
  switch (rule.kind) {
    case 'weekly':
      return `每周${WEEKDAY_ZH[rule.weekday - 1] ?? ''}`;
    case 'monthly':
      return `每月${monthDayZh(rule.day)}`;
    case 'termPhase':
      return `${rule.term ? TERM_SEASON_WORDS[rule.term].zh : ''}${termPhaseZh(rule.anchor, rule.offsetDays)}`;
    case 'fixedDate':
      return `${rule.month}月${rule.day}日`;
    case 'holiday': {
      const names = rule.holidays.map((k) => holidayDef(k).zh).join('、');
      if (rule.when === 'during') return names === '' ? '节假日期间' : `${names}期间`;
      const n = rule.workdaysBefore === 1 ? '' : `${rule.workdaysBefore}个工作日`;
      return names === '' ? `节前${n}` : `${names}前${n}`;
    }
    case 'season': {
      const def = seasonDef(rule.season);
      const range = rule.from === def.from && rule.to === def.to ? '' : `（${rule.from}-${rule.to}月）`;
      return `${def.zh}${range}${rule.day === 'firstWorkday' ? '' : `每月${monthDayZh(rule.day)}`}`;
    }
    case 'months': {
      const run = asRun(rule.months);
      const list = run ? `${run[0]}-${run[1]}月` : rule.months.map((m) => `${m}月`).join('、');
      return `${list}${rule.day === 'firstWorkday' ? '' : `每月${monthDayZh(rule.day)}`}`;
    }
  }
}

function monthsEn(months: readonly number[]): string {
  const run = asRun(months);
  if (run) return `${MONTH_ABBR_EN[run[0] - 1]}–${MONTH_ABBR_EN[run[1] - 1]}`;
  return months.map((m) => MONTH_ABBR_EN[m - 1]).join(', ');
}

function formatEn(rule: ScheduleRule): string {
  switch (rule.kind) {
    case 'weekly':
      return `Every ${WEEKDAY_EN[rule.weekday - 1] ?? ''}`;
    case 'monthly':
      return `Monthly, ${monthDayEn(rule.day)}`;
    case 'termPhase': {
      const text = termPhaseEn(rule.anchor, rule.offsetDays);
      return rule.term ? `${TERM_SEASON_WORDS[rule.term].en[0]?.toUpperCase()}${TERM_SEASON_WORDS[rule.term].en.slice(1)}: ${text.toLowerCase()}` : text;
    }
    case 'fixedDate':
      return `Every year on ${MONTH_ABBR_EN[rule.month - 1]} ${rule.day}`;
    case 'holiday': {
      const names = rule.holidays.length === 0 ? 'every public holiday' : rule.holidays.map((k) => holidayDef(k).en).join(', ');
      if (rule.when === 'during') return `During ${names}`;
      return `${rule.workdaysBefore} working day${rule.workdaysBefore === 1 ? '' : 's'} before ${names}`;
    }
    case 'season': {
      const def = seasonDef(rule.season);
      return `${def.en} (${monthsEn(monthsInRange(rule.from, rule.to))}), ${monthDayEn(rule.day)} of each month`;
    }
    case 'months':
      return `${monthsEn(rule.months)}, ${monthDayEn(rule.day)} of each month`;
  }
}

/** A rule as the library sheet writes it (zh-CN, which parseScheduleText reads back) or as the en-US UI shows it. */
export function formatScheduleText(rule: ScheduleRule, locale: Locale = 'zh-CN'): string {
  const termTime = 'termTime' in rule && rule.termTime === true;
  if (locale === 'zh-CN') return `${termTime ? TERM_TIME_WORD : ''}${formatZh(rule)}`;
  return `${formatEn(rule)}${termTime ? ', in term time' : ''}`;
}
