/** Messages the custom functions show with #VALUE! and #N/A (Excel's error indicator menu), zh-CN and en-US. */
import type { Catalogue } from '../core/i18n/locale';

export const functionMessages = {
  notAmount: { 'zh-CN': '{what}“{value}”不是金额', 'en-US': '{what} "{value}" is not an amount' },
  negativeAmount: { 'zh-CN': '{what}不能为负数（{value}）', 'en-US': '{what} cannot be negative ({value})' },
  tooLarge: { 'zh-CN': '金额“{value}”太大', 'en-US': 'The amount "{value}" is too large' },
  notDate: { 'zh-CN': '{what}“{value}”不是日期（可写 2019-09-01、2019年9月1日，或日期单元格）', 'en-US': '{what} "{value}" is not a date (write 2019-09-01, or use a date cell)' },
  missing: { 'zh-CN': '缺少{what}', 'en-US': '{what} is missing' },
  notQuantity: { 'zh-CN': '数量“{value}”应为大于0的数', 'en-US': 'The quantity "{value}" must be a number above 0' },
  notYesNo: { 'zh-CN': '“{value}”应为 TRUE 或 FALSE', 'en-US': '"{value}" must be TRUE or FALSE' },
  badLife: { 'zh-CN': '使用年限“{value}”应为0到100年', 'en-US': 'The useful life "{value}" must be 0 to 100 years' },
  unknownCategory: { 'zh-CN': '赔偿办法的折旧年限表中没有资产类别“{value}”', 'en-US': 'The category "{value}" is not in the policy\'s useful-life table' },
  broadCategory: { 'zh-CN': '资产类别“{value}”太宽泛，请写明细类（如“计算机设备”）或使用年限', 'en-US': 'The category "{value}" is too broad; give a sub-category (e.g. computers) or the years' },
  noPolicy: { 'zh-CN': '无法读取本工作簿的赔偿办法：{reason}', 'en-US': 'Cannot read this workbook\'s compensation policy: {reason}' },
  notNature: { 'zh-CN': '损坏性质应为文字，如“人为损坏”', 'en-US': 'The nature must be text, e.g. 人为损坏 (accidental)' },
  // Argument names, as the messages above use them.
  argAmount: { 'zh-CN': '金额', 'en-US': 'The amount' },
  argOriginal: { 'zh-CN': '原值', 'en-US': 'The original value' },
  argRepairCost: { 'zh-CN': '维修费用', 'en-US': 'The repair cost' },
  argAcquired: { 'zh-CN': '购置日期', 'en-US': 'The acquisition date' },
  argAt: { 'zh-CN': '计算日期', 'en-US': 'The date' },
  argDamageDate: { 'zh-CN': '损坏日期', 'en-US': 'The damage date' },
  argLife: { 'zh-CN': '使用年限或资产类别', 'en-US': 'The useful life or category' },
} as const satisfies Catalogue<string>;

export type FunctionMessageKey = keyof typeof functionMessages;
