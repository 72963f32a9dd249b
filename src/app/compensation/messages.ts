/** Wording of the compensation use cases (errors a user can cause, and notes about the register), zh-CN and en-US. */
import type { Catalogue } from '../../core/i18n/locale';

export const compensationAppMessages = {
  'register.unrecognized': {
    'zh-CN': '“{sheet}”不像损坏赔偿登记表：找不到{missing}这一列。台账助手查找的表头有：{looked}；这张表的表头是：{found}。请选对工作表，或在“列对应”中指定各列。',
    'en-US': '"{sheet}" does not look like a damage register: no {missing} column was found. Taizhang looks for headers such as {looked}; this sheet has {found}. Pick the right sheet, or choose the columns in the mapping.',
  },
  'register.none': {
    'zh-CN': '工作簿中找不到损坏赔偿登记表（查看了：{sheets}）。登记表要有“损坏性质”和“物品名称”两列（也可写作{looked}）。请用 --sheet 指定工作表，或先按“损坏赔偿登记”模板对应该表。',
    'en-US': 'No damage register was found in the workbook (sheets checked: {sheets}). A register needs a nature column and an item column (headers such as {looked}). Name the sheet with --sheet, or adopt it as the damage-register template first.',
  },
  'register.hiddenRows': {
    'zh-CN': '第 {rows} 行是隐藏行，也已计算在内',
    'en-US': 'Rows {rows} are hidden; they were computed too.',
  },
  'policyFile.notJson': {
    'zh-CN': '赔偿办法文件“{file}”不是有效的 JSON：{reason}',
    'en-US': 'The policy file "{file}" is not valid JSON: {reason}',
  },
  'policyFile.invalid': {
    'zh-CN': '赔偿办法文件“{file}”有不符合要求的内容：{issues}',
    'en-US': 'The policy file "{file}" has settings that are not valid: {issues}',
  },
  'month.invalid': {
    'zh-CN': '月份“{month}”无效，请写成 YYYY-MM，如 2025-11',
    'en-US': 'The month "{month}" is not valid; write it as YYYY-MM, e.g. 2025-11.',
  },
  'writeOff.note': {
    'zh-CN': '损坏赔偿登记“{sheet}”第{row}行{unit}',
    'en-US': 'Damage register "{sheet}" row {row}{unit}',
  },
  'writeOff.sheet': { 'zh-CN': '待报损注销', 'en-US': 'Write-offs pending' },
  'names.separator': { 'zh-CN': '、', 'en-US': ', ' },
} as const satisfies Catalogue<string>;

export type CompensationAppMessageKey = keyof typeof compensationAppMessages;
