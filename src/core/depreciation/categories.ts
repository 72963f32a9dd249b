/**
 * Asset categories and their useful lives, as data the school can edit (it is stored with the
 * compensation policy). Lives are the minimums of 政府会计准则第3号应用指南's table as DOMAIN.md lists
 * them; 文物和陈列品、动植物、图书、档案 are not depreciated (准则第3号 第十五条).
 *
 * Codes (GB/T 14885), stated where we are sure and used only for exact matches:
 * - GB/T 14885-2010 second-level codes (7 digits: 2010000 计算机设备及软件 …) are well established and
 *   still what many ledgers carry.
 * - GB/T 14885-2022 regrouped the top level into 房屋和构筑物、设备、文物和陈列品、图书和档案、家具和用具、
 *   特种动植物 (numbered 1–6 under 固定资产). How the 2022 code table prints them (with the "A" prefix of
 *   固定资产, A01…A06, as the 政府采购品目 catalogue does) is our best understanding, not verified
 *   against the standard's text; single digits are not matched because 2010 numbers the top classes
 *   differently (2010: 4 文物和陈列品, 5 图书档案; 2022: 4 图书和档案, 5 家具和用具).
 *
 * `life` is a number of years, 'none' (不计提折旧) or 'specify' for a class too broad to have one life
 * (通用设备 spans 5 to 10 years): such a category needs a sub-category or an explicit life.
 */
import { z } from 'zod';
import { toHalfWidth } from '../text';
import { lifeMonthsFromYears } from './netValue';

export const lifeSchema = z.union([z.number().int().min(1).max(100), z.literal('none'), z.literal('specify')]);
export type Life = z.infer<typeof lifeSchema>;

export const depreciationCategorySchema = z.object({
  /** Chinese name as the school's ledgers write it. */
  name: z.string().trim().min(1),
  /** Other names offices type in a category column. */
  aliases: z.array(z.string().trim().min(1)),
  life: lifeSchema,
  /** GB/T 14885 codes (2010 or 2022 edition) that mean this category. */
  codes: z.array(z.string().trim().min(1)),
});
export type DepreciationCategory = z.infer<typeof depreciationCategorySchema>;

export const depreciationTableSchema = z.array(depreciationCategorySchema);
export type DepreciationTable = z.infer<typeof depreciationTableSchema>;

export const DEFAULT_DEPRECIATION_TABLE: DepreciationTable = [
  // 房屋和构筑物 (2010: 1 土地、房屋及构筑物; 1020000 房屋, 1030000 构筑物)
  { name: '房屋和构筑物', aliases: ['房屋及构筑物', '土地、房屋及构筑物', '房屋', '房屋建筑物', '房屋及建筑物'], life: 'specify', codes: ['A01', '1020000'] },
  { name: '钢结构、钢筋混凝土结构房屋', aliases: ['钢结构', '钢筋混凝土结构', '钢混结构', '框架结构', '钢结构房屋', '钢筋混凝土房屋'], life: 50, codes: [] },
  { name: '砖混、砖木结构房屋', aliases: ['砖混结构', '砖木结构', '砖混', '砖木', '砖混房屋', '砖木房屋'], life: 30, codes: [] },
  { name: '简易房屋及构筑物', aliases: ['简易房', '简易房屋', '构筑物', '房屋附属设施', '活动板房'], life: 8, codes: ['1030000'] },

  // 设备 (2010: 2 通用设备, 3 专用设备)
  { name: '设备', aliases: ['通用设备', '专用设备', '电子设备', '机器设备'], life: 'specify', codes: ['A02'] },
  { name: '计算机设备', aliases: ['计算机', '电脑', '计算机设备及软件', '台式机', '台式计算机', '笔记本电脑', '便携式计算机', '服务器', '平板电脑'], life: 6, codes: ['2010000'] },
  { name: '办公设备', aliases: ['复印机', '打印机', '投影仪', '投影机', '多功能一体机', '速印机', '一体机', '碎纸机', '传真机'], life: 6, codes: ['2020000'] },
  { name: '车辆', aliases: ['汽车', '校车', '客车', '机动车'], life: 8, codes: ['2030000'] },
  { name: '图书档案设备', aliases: ['图书设备', '档案设备', '图书馆设备', '密集架'], life: 5, codes: ['2040000'] },
  { name: '机械设备', aliases: ['机械', '电梯', '锅炉', '水泵'], life: 10, codes: ['2100000'] },
  { name: '电气设备', aliases: ['电器', '电器设备', '空调', '空调机', '发电机', '电冰箱', '冰箱'], life: 5, codes: ['2200000'] },
  { name: '通信设备', aliases: ['通讯设备', '电话机', '交换机'], life: 5, codes: ['2310000'] },
  { name: '广播、电视、电影设备', aliases: ['广播设备', '广播电视设备', '电视机', '电视', '音响设备', '音响', '摄像机'], life: 5, codes: ['2320000'] },
  { name: '仪器仪表', aliases: ['仪器', '仪表', '电子和通信测量仪器', '计量器具'], life: 5, codes: ['2400000', '2410000', '2420000'] },
  { name: '教学仪器', aliases: ['教学设备', '实验仪器', '实验设备', '教具', '教学仪器设备'], life: 5, codes: [] },
  { name: '文艺体育设备', aliases: ['文艺设备', '体育设备', '体育器材', '文体设备', '文体器材', '乐器', '音乐器材', '美术器材'], life: 5, codes: [] },

  // 家具和用具 (2010: 6 家具、用具、装具及动植物)
  { name: '家具和用具', aliases: ['家具、用具、装具及动植物', '家具、用具及装具', '家具用具', '家具、用具和装具'], life: 'specify', codes: ['A05'] },
  { name: '家具', aliases: ['办公家具', '办公桌', '办公椅', '文件柜', '书柜', '书架', '沙发', '会议桌'], life: 15, codes: [] },
  { name: '学生家具', aliases: ['课桌椅', '学生课桌椅', '课桌', '课凳', '学生桌椅', '学生课桌', '学生床', '学生公寓家具'], life: 5, codes: [] },
  { name: '用具、装具', aliases: ['用具', '装具', '被服装具'], life: 5, codes: [] },

  // Not depreciated.
  { name: '图书和档案', aliases: ['图书、档案', '图书档案', '图书', '档案', '书籍'], life: 'none', codes: ['A04'] },
  { name: '文物和陈列品', aliases: ['文物', '陈列品', '文物及陈列品'], life: 'none', codes: ['A03'] },
  { name: '特种动植物', aliases: ['动植物', '动物', '植物'], life: 'none', codes: ['A06'] },
];

/** Category text as compared: half-width, no spaces or punctuation, lower case. */
export function normalizeCategory(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0、，,;；/／·.\-—_()（）【】[\]"'“”‘’]+/g, '')
    .toLowerCase();
}

function namesOf(c: DepreciationCategory): string[] {
  return [c.name, ...c.aliases].map(normalizeCategory).filter((n) => n !== '');
}

/**
 * The category a text names: an exact name, alias or code first; otherwise the category whose
 * name or alias the text contains ("通用设备-计算机" → 计算机设备), preferring categories with a
 * definite life over broad classes, then the longest name, then table order.
 */
export function findCategory(text: string, table: DepreciationTable = DEFAULT_DEPRECIATION_TABLE): DepreciationCategory | null {
  const t = normalizeCategory(text);
  if (t === '') return null;
  for (const c of table) {
    if (namesOf(c).includes(t) || c.codes.some((code) => normalizeCategory(code) === t)) return c;
  }
  let best: { c: DepreciationCategory; definite: boolean; length: number } | null = null;
  for (const c of table) {
    const definite = c.life !== 'specify';
    for (const n of namesOf(c)) {
      if (!t.includes(n)) continue;
      const better =
        best === null || (definite && !best.definite) || (definite === best.definite && n.length > best.length);
      if (better) best = { c, definite, length: n.length };
    }
  }
  return best?.c ?? null;
}

/** How a useful life was found for an asset. */
export type LifeResolution =
  | { readonly kind: 'life'; readonly lifeMonths: number; readonly source: 'years' | 'category'; readonly category: DepreciationCategory | null }
  | { readonly kind: 'notDepreciated'; readonly lifeMonths: 0; readonly category: DepreciationCategory }
  | { readonly kind: 'tooBroad'; readonly category: DepreciationCategory }
  | { readonly kind: 'unknownCategory'; readonly text: string }
  | { readonly kind: 'invalidYears'; readonly years: number }
  | { readonly kind: 'missing' };

/**
 * Life from explicit years (a register's 使用年限 column: more specific, so it wins) or from the
 * category. Years of 0 mean "not depreciated", as some registers mark it.
 */
export function resolveLife(
  query: { readonly category?: string | null; readonly lifeYears?: number | null },
  table: DepreciationTable = DEFAULT_DEPRECIATION_TABLE,
): LifeResolution {
  const category = query.category ? findCategory(query.category, table) : null;
  if (query.lifeYears !== null && query.lifeYears !== undefined) {
    const years = query.lifeYears;
    if (!Number.isFinite(years) || years < 0 || years > 100) return { kind: 'invalidYears', years };
    return { kind: 'life', lifeMonths: lifeMonthsFromYears(years), source: 'years', category };
  }
  if (!query.category || query.category.trim() === '') return { kind: 'missing' };
  if (!category) return { kind: 'unknownCategory', text: query.category };
  if (category.life === 'none') return { kind: 'notDepreciated', lifeMonths: 0, category };
  if (category.life === 'specify') return { kind: 'tooBroad', category };
  return { kind: 'life', lifeMonths: lifeMonthsFromYears(category.life), source: 'category', category };
}
