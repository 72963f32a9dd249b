/**
 * The compensation policy (赔偿办法): everything a school decides, as data. It lives in the workbook on
 * a policy sheet staff can read and edit (policySheet.ts); a JSON file of the same shape serves the CLI.
 * DEFAULT_POLICY is DOMAIN.md's default policy.
 */
import { z } from 'zod';
import { DEFAULT_DEPRECIATION_TABLE, depreciationTableSchema } from '../depreciation/categories';

/** 自然损耗 natural wear · 人为损坏 accidental · 故意损坏 deliberate · 丢失 lost. */
export const natureSchema = z.enum(['natural', 'accidental', 'deliberate', 'lost']);
export type Nature = z.infer<typeof natureSchema>;
export const NATURES: readonly Nature[] = natureSchema.options;

/** 照价赔偿 on the original value, or 作价赔偿 on the depreciated (net) value at the damage date. */
export const basisSchema = z.enum(['original', 'net']);
export type Basis = z.infer<typeof basisSchema>;

/** The unit the base amount is rounded half-up to: 分, 角 or 元 (some schools charge whole 元). */
export const roundingSchema = z.enum(['fen', 'jiao', 'yuan']);
export type Rounding = z.infer<typeof roundingSchema>;
export const ROUNDING_UNIT_FEN: Readonly<Record<Rounding, number>> = { fen: 1, jiao: 10, yuan: 100 };

/** At most two decimals, so a multiplier is exact on whole fen (×1.5 is fine, ×1.333 is not). */
const hasTwoDecimalsAtMost = (n: number): boolean => Math.abs(Math.round(n * 100) - n * 100) < 1e-9;

export const multiplierSchema = z
  .number()
  .min(0)
  .max(100)
  .refine(hasTwoDecimalsAtMost, { message: 'at most two decimals' });

/** One line of the price list (赔偿标准): an item, the words that recognize it, the price per unit. */
export const priceEntrySchema = z.object({
  name: z.string().trim().min(1),
  /** Words that, found in a register's item name, select this entry (the name itself always counts). */
  keywords: z.array(z.string().trim().min(1)),
  /** 块, ㎡, 根, 张, 把, 个 … */
  unit: z.string().trim(),
  priceFen: z.number().int().min(0),
  note: z.string().optional(),
});
export type PriceEntry = z.infer<typeof priceEntrySchema>;

export const overdueSchema = z.object({
  /** Off by default: only some schools double what is not paid in time ("否则将加倍处罚"). */
  enabled: z.boolean(),
  /** Days of grace after the due date before the surcharge applies. */
  days: z.number().int().min(0).max(3650),
  multiplier: multiplierSchema.refine((m) => m >= 1, { message: 'at least 1' }),
});

export const policySchema = z.object({
  /** Printed on notices. */
  schoolName: z.string(),
  /** Where the money is paid, printed on notices (总务处, 财务室). */
  collector: z.string(),
  multipliers: z.object({
    natural: multiplierSchema,
    accidental: multiplierSchema,
    deliberate: multiplierSchema,
    lost: multiplierSchema,
  }),
  basis: basisSchema,
  priceList: z.array(priceEntrySchema),
  /** When nobody is named, the responsible unit (the class, dorm or office) pays. */
  responsibleUnitFallback: z.boolean(),
  /** Days after the damage date an incident falls due when the register has no due date. */
  dueDays: z.number().int().min(0).max(365),
  overdue: overdueSchema,
  rounding: roundingSchema,
  /** Useful lives by category, for the net basis. */
  categories: depreciationTableSchema,
});
export type Policy = z.infer<typeof policySchema>;

const yuan = (y: number): number => Math.round(y * 100);

/**
 * Example prices for the items Chinese school rules usually list. They are plausible market prices,
 * not any authority's: the policy sheet says so, and the school sets its own.
 */
export const DEFAULT_PRICE_LIST: readonly PriceEntry[] = [
  { name: '玻璃', keywords: ['窗玻璃', '门玻璃', '玻璃窗', '窗户玻璃', '黑板玻璃'], unit: '块', priceFen: yuan(30) },
  { name: '玻璃', keywords: [], unit: '㎡', priceFen: yuan(60) },
  { name: '日光灯管', keywords: ['灯管', '荧光灯管', '日光灯', 'LED灯管'], unit: '根', priceFen: yuan(15) },
  { name: '灯泡', keywords: ['节能灯', '球泡灯'], unit: '个', priceFen: yuan(10) },
  { name: '课桌面板', keywords: ['桌面板', '课桌板', '课桌面'], unit: '块', priceFen: yuan(60) },
  { name: '凳面', keywords: ['椅面', '凳子面', '椅子面'], unit: '块', priceFen: yuan(25) },
  { name: '凳腿', keywords: ['凳子腿', '椅腿', '椅子腿'], unit: '根', priceFen: yuan(10) },
  { name: '门锁', keywords: ['锁具', '挂锁', '球形锁', '执手锁', '锁'], unit: '把', priceFen: yuan(40) },
  { name: '锁芯', keywords: [], unit: '个', priceFen: yuan(30) },
  { name: '门把手', keywords: ['把手', '拉手'], unit: '个', priceFen: yuan(15) },
  { name: '插座', keywords: ['插座面板'], unit: '个', priceFen: yuan(15) },
  { name: '开关', keywords: ['开关面板', '电灯开关'], unit: '个', priceFen: yuan(10) },
  { name: '水龙头', keywords: ['龙头'], unit: '个', priceFen: yuan(25) },
  { name: '窗帘', keywords: ['窗帘布'], unit: '㎡', priceFen: yuan(30) },
  { name: '纱窗', keywords: ['窗纱'], unit: '㎡', priceFen: yuan(25) },
  { name: '黑板擦', keywords: ['板擦'], unit: '个', priceFen: yuan(5) },
  { name: '扫把', keywords: ['扫帚', '笤帚'], unit: '把', priceFen: yuan(15) },
  { name: '拖把', keywords: ['墩布'], unit: '把', priceFen: yuan(20) },
  { name: '垃圾桶', keywords: ['垃圾篓'], unit: '个', priceFen: yuan(20) },
];

export const DEFAULT_POLICY: Policy = {
  schoolName: '',
  collector: '总务处',
  multipliers: { natural: 0, accidental: 1, deliberate: 2, lost: 1 },
  basis: 'original',
  priceList: [...DEFAULT_PRICE_LIST],
  responsibleUnitFallback: true,
  dueDays: 7,
  overdue: { enabled: false, days: 30, multiplier: 2 },
  rounding: 'fen',
  categories: DEFAULT_DEPRECIATION_TABLE,
};
