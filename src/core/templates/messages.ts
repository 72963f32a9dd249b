/** Messages of the template jobs, both languages. */
import type { Catalogue } from '../i18n/locale';

export const templateMessages = {
  'template.unknown': { 'zh-CN': '没有名为“{key}”的模板。可用的模板：{keys}', 'en-US': 'There is no template "{key}". Templates: {keys}' },
  'template.missingColumn': { 'zh-CN': '模板“{template}”要求的列“{field}”在表中找不到。', 'en-US': 'The column "{field}" that the template "{template}" requires was not found.' },
  'template.tooDifferent': {
    'zh-CN': '工作表“{sheet}”与模板“{template}”差别太大，无法套用：缺少必填列 {fields}。请检查表头，或手动指定这些列。',
    'en-US': 'The sheet "{sheet}" is too different from the template "{template}" to adopt: required columns {fields} are missing. Check the header or map them by hand.',
  },
  'template.cardsNeedSource': {
    'zh-CN': '保管卡要从固定资产明细账生成：请指定明细账工作表（--from 工作表名），或用 --sample 生成示例卡片。',
    'en-US': 'Custody cards are generated from the asset register: name the register sheet (--from SHEET), or use --sample for example cards.',
  },
  'value.required': { 'zh-CN': '“{field}”必须填写。', 'en-US': '"{field}" is required.' },
  'value.duplicateCode': { 'zh-CN': '资产编号“{code}”重复，第 {firstRow} 行已有相同编号。', 'en-US': 'The asset code "{code}" is a duplicate of row {firstRow}.' },
  'value.amountMismatch': {
    'zh-CN': '金额 {amount} 不等于 数量 {quantity} × 单价 {unitPrice} = {expected}（相差 {diff} 元）。',
    'en-US': 'Amount {amount} is not quantity {quantity} × unit price {unitPrice} = {expected} (off by {diff}).',
  },
  'value.futureDate': { 'zh-CN': '“{field}”{date} 晚于今天（{today}）。', 'en-US': '"{field}" {date} is after today ({today}).' },
  'value.ancientDate': { 'zh-CN': '“{field}”{date} 早于 1949 年，请核对。', 'en-US': '"{field}" {date} is before 1949; please check it.' },
  'value.unknownCategory': {
    'zh-CN': '资产分类“{value}”不在学校的分类表中（也不是其中分类的别名），无法确定折旧年限。请从下拉列表选择，或在分类表中补充。',
    'en-US': 'The category "{value}" is not in the school\'s category list (nor an alias of one), so its useful life is unknown. Pick one from the list or add it to the category table.',
  },
  'value.notInList': { 'zh-CN': '“{field}”的值“{value}”不在下拉选项中（{list}）。', 'en-US': '"{field}" holds "{value}", which is not one of its choices ({list}).' },
  'value.notWhole': { 'zh-CN': '“{field}”应为整数，现为 {value}。', 'en-US': '"{field}" should be a whole number; it is {value}.' },
  'value.negative': { 'zh-CN': '“{field}”不能为负数（{value}）。', 'en-US': '"{field}" cannot be negative ({value}).' },
  'normalize.changed': { 'zh-CN': '“{field}”：“{before}” → “{after}”', 'en-US': '"{field}": "{before}" → "{after}"' },
} as const satisfies Catalogue<string>;
