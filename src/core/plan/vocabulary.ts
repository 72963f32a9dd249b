/**
 * The words of a work plan, as data: categories, owner roles, completion states, public holidays,
 * seasons and term anchors, each with its Chinese form (what sheets and plans show) and an English
 * label for the en-US interface.
 */
import { z } from 'zod';
import type { Localized } from '../i18n/locale';

/** Categories in the order a month's items are listed within one day. */
export const CATEGORIES = ['财务', '资产', '校舍维修', '安全', '食堂', '绿化卫生', '综合'] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const CATEGORY_LABELS: Readonly<Record<Category, Localized>> = {
  财务: { 'zh-CN': '财务', 'en-US': 'Finance' },
  资产: { 'zh-CN': '资产', 'en-US': 'Assets' },
  校舍维修: { 'zh-CN': '校舍维修', 'en-US': 'Buildings & repairs' },
  安全: { 'zh-CN': '安全', 'en-US': 'Safety' },
  食堂: { 'zh-CN': '食堂', 'en-US': 'Canteen' },
  绿化卫生: { 'zh-CN': '绿化卫生', 'en-US': 'Grounds & hygiene' },
  综合: { 'zh-CN': '综合', 'en-US': 'General' },
};

/** The category a staff member most likely meant by a near word ("财产" for 资产, "卫生" for 绿化卫生). */
export const CATEGORY_ALIASES: Readonly<Record<string, Category>> = {
  财务: '财务', 财务管理: '财务', 收费: '财务',
  资产: '资产', 财产: '资产', 校产: '资产', 资产管理: '资产', 固定资产: '资产',
  校舍维修: '校舍维修', 校舍: '校舍维修', 维修: '校舍维修', 基建: '校舍维修', 校舍校产: '校舍维修',
  安全: '安全', 安全保卫: '安全', 保卫: '安全', 消防: '安全',
  食堂: '食堂', 饮食: '食堂', 食品安全: '食堂', 伙食: '食堂',
  绿化卫生: '绿化卫生', 绿化: '绿化卫生', 卫生: '绿化卫生', 环境卫生: '绿化卫生', 环境: '绿化卫生',
  综合: '综合', 其他: '综合', 常规: '综合', 后勤: '综合',
};

export function categoryOrder(c: Category): number {
  return CATEGORIES.indexOf(c);
}

/** Default owner roles of a general-affairs office; owners are free text, these get English labels. */
export const OWNER_ROLES: Readonly<Record<string, string>> = {
  总务主任: 'Director of general affairs',
  会计: 'Accountant',
  出纳: 'Cashier',
  资产管理员: 'Asset manager',
  校产保管员: 'Property keeper',
  食堂管理员: 'Canteen manager',
  电工: 'Electrician',
  '门卫/保卫': 'Gate & security',
  总务处: 'General affairs office',
};
export const DEFAULT_OWNER = '总务处';

export function ownerLabel(owner: string): Localized {
  return { 'zh-CN': owner, 'en-US': OWNER_ROLES[owner] ?? owner };
}

/** 完成情况: the drop-down on a plan sheet. */
export const STATUSES = ['未开始', '进行中', '已完成', '取消'] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export const STATUS_LABELS: Readonly<Record<Status, Localized>> = {
  未开始: { 'zh-CN': '未开始', 'en-US': 'Not started' },
  进行中: { 'zh-CN': '进行中', 'en-US': 'In progress' },
  已完成: { 'zh-CN': '已完成', 'en-US': 'Done' },
  取消: { 'zh-CN': '取消', 'en-US': 'Cancelled' },
};

/** What people type in a status cell instead of the list value. */
export const STATUS_ALIASES: Readonly<Record<string, Status>> = {
  未开始: '未开始', 未完成: '未开始', 未做: '未开始', 待办: '未开始', 否: '未开始', '×': '未开始', x: '未开始',
  进行中: '进行中', 正在进行: '进行中', 处理中: '进行中', 在办: '进行中', 部分完成: '进行中',
  已完成: '已完成', 完成: '已完成', 已办: '已完成', 已办结: '已完成', 办结: '已完成', 是: '已完成', '√': '已完成', '✓': '已完成', '✔': '已完成', done: '已完成',
  取消: '取消', 已取消: '取消', 不做: '取消', 作废: '取消',
};

/** Statutory public holidays (法定节假日) a plan schedules safety checks and duty rosters around. */
export const HOLIDAY_KEYS = ['newYear', 'springFestival', 'qingming', 'labourDay', 'dragonBoat', 'midAutumn', 'nationalDay'] as const;
export const holidayKeySchema = z.enum(HOLIDAY_KEYS);
export type HolidayKey = z.infer<typeof holidayKeySchema>;

export interface HolidayDef {
  readonly key: HolidayKey;
  /** Name as plans write it. */
  readonly zh: string;
  readonly en: string;
  /** Name the chinese-days data uses for the days off. */
  readonly dataName: string;
  /** Names people type in a schedule cell, longest first within the regex. */
  readonly typed: readonly string[];
  /**
   * When the official arrangement is not published yet: days off counted from the festival day
   * (offset of the first day, number of days). 除夕 has been a statutory day off since 2025.
   */
  readonly estimate: readonly [number, number];
}

export const HOLIDAYS: readonly HolidayDef[] = [
  { key: 'newYear', zh: '元旦', en: "New Year's Day", dataName: '元旦', typed: ['元旦节', '元旦'], estimate: [0, 1] },
  { key: 'springFestival', zh: '春节', en: 'Spring Festival', dataName: '春节', typed: ['春节', '寒假春节'], estimate: [-1, 8] },
  { key: 'qingming', zh: '清明节', en: 'Qingming Festival', dataName: '清明', typed: ['清明节', '清明'], estimate: [0, 1] },
  { key: 'labourDay', zh: '五一', en: 'Labour Day', dataName: '劳动节', typed: ['五一劳动节', '五一国际劳动节', '劳动节', '五一'], estimate: [0, 5] },
  { key: 'dragonBoat', zh: '端午节', en: 'Dragon Boat Festival', dataName: '端午', typed: ['端午节', '端午'], estimate: [0, 1] },
  { key: 'midAutumn', zh: '中秋节', en: 'Mid-Autumn Festival', dataName: '中秋', typed: ['中秋节', '中秋'], estimate: [0, 1] },
  { key: 'nationalDay', zh: '国庆节', en: 'National Day', dataName: '国庆节', typed: ['国庆节', '国庆'], estimate: [0, 7] },
];

export function holidayDef(key: HolidayKey): HolidayDef {
  const d = HOLIDAYS.find((h) => h.key === key);
  if (!d) throw new Error(`unknown holiday ${key}`);
  return d;
}

/** Named seasons as month ranges (inclusive, may wrap the year end). */
export const SEASON_KEYS = ['spring', 'summer', 'autumn', 'winter', 'flood', 'heating', 'pest'] as const;
export const seasonKeySchema = z.enum(SEASON_KEYS);
export type SeasonKey = z.infer<typeof seasonKeySchema>;

export interface SeasonDef {
  readonly key: SeasonKey;
  readonly zh: string;
  readonly en: string;
  readonly typed: readonly string[];
  readonly from: number;
  readonly to: number;
}

export const SEASONS: readonly SeasonDef[] = [
  { key: 'spring', zh: '春季', en: 'Spring', typed: ['春季', '春天'], from: 3, to: 5 },
  { key: 'summer', zh: '夏季', en: 'Summer', typed: ['夏季', '夏天', '夏日', '高温季节'], from: 6, to: 8 },
  { key: 'autumn', zh: '秋季', en: 'Autumn', typed: ['秋季', '秋天'], from: 9, to: 11 },
  { key: 'winter', zh: '冬季', en: 'Winter', typed: ['冬季', '冬天'], from: 12, to: 2 },
  // 主汛期: the main flood season of most provinces.
  { key: 'flood', zh: '汛期', en: 'Flood season', typed: ['汛期', '主汛期', '防汛期'], from: 6, to: 8 },
  { key: 'heating', zh: '供暖期', en: 'Heating season', typed: ['供暖期', '采暖期', '供暖季', '采暖季'], from: 11, to: 2 },
  { key: 'pest', zh: '病虫害高发期', en: 'Pest season', typed: ['病虫害高发期', '病虫害防治期', '虫害高发期'], from: 4, to: 9 },
];

export function seasonDef(key: SeasonKey): SeasonDef {
  const d = SEASONS.find((s) => s.key === key);
  if (!d) throw new Error(`unknown season ${key}`);
  return d;
}

/** Points of a term a task is scheduled from. */
export const TERM_ANCHORS = ['start', 'midterm', 'finals', 'end'] as const;
export const termAnchorSchema = z.enum(TERM_ANCHORS);
export type TermAnchor = z.infer<typeof termAnchorSchema>;

export const ANCHOR_WORDS: Readonly<Record<TermAnchor, { zh: string; en: string }>> = {
  start: { zh: '开学', en: 'term start' },
  midterm: { zh: '期中', en: 'mid-term exams' },
  finals: { zh: '期末考试', en: 'final exams' },
  end: { zh: '放假', en: 'term end' },
};

export const TERM_SEASONS = ['spring', 'autumn'] as const;
export const termSeasonSchema = z.enum(TERM_SEASONS);
export type TermSeason = z.infer<typeof termSeasonSchema>;

export const TERM_SEASON_WORDS: Readonly<Record<TermSeason, { zh: string; en: string }>> = {
  spring: { zh: '春季学期', en: 'spring term' },
  autumn: { zh: '秋季学期', en: 'autumn term' },
};

/** 一月 … 十二月, as the seeds head each month. */
export const MONTH_NAMES_ZH = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'] as const;
export const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const MONTH_ABBR_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export const WEEKDAY_ZH = ['一', '二', '三', '四', '五', '六', '日'] as const;
export const WEEKDAY_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
