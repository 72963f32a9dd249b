/**
 * The custom functions Taizhang adds to Excel, under the TAIZHANG namespace, declared as data. The
 * build turns this table into functions.json (zh-CN) and functions.en-US.json (see metadata.ts);
 * the functions entry associates each id with its implementation in implementations.ts, and
 * TypeScript refuses an id that has no implementation.
 *
 * This module holds declarations only (no implementation imports): the build loads it in Node to
 * write the metadata, where Office, Excel and the DOM do not exist.
 *
 * Names are the same in both languages (=TAIZHANG.RMB works in a Chinese and an English Excel, and
 * a workbook shared between them keeps working); descriptions and parameter names are translated.
 * Amount and date parameters are `any`: registers hold amounts as text ("1,280.00") and dates as
 * text ("2019年9月1日") as often as real numbers and dates, and the functions read both.
 */
import type { FunctionDefinition } from './metadata';

export const FUNCTION_DEFINITIONS = [
  {
    id: 'RMB',
    name: { 'zh-CN': 'RMB', 'en-US': 'RMB' },
    description: {
      'zh-CN': '把金额写成人民币大写，如 480 → 人民币肆佰捌拾元整',
      'en-US': 'Writes an amount in Chinese capital numerals (人民币大写), e.g. 480 → 人民币肆佰捌拾元整',
    },
    parameters: [
      {
        name: { 'zh-CN': '金额', 'en-US': 'amount' },
        description: { 'zh-CN': '以元为单位的金额，数字或“1,280.00”这样的文字；空单元格得到空文字', 'en-US': 'Amount in yuan, a number or text such as "1,280.00"; an empty cell gives empty text' },
        type: 'any',
        dimensionality: 'scalar',
      },
      {
        name: { 'zh-CN': '加人民币', 'en-US': 'with_prefix' },
        description: { 'zh-CN': '是否以“人民币”开头，默认 TRUE；表格上已印有“人民币”时填 FALSE', 'en-US': 'Start with 人民币 (default TRUE); FALSE when the form already prints 人民币' },
        type: 'boolean',
        dimensionality: 'scalar',
        optional: true,
      },
    ],
    result: { type: 'string', dimensionality: 'scalar' },
  },
  {
    id: 'NETVALUE',
    name: { 'zh-CN': 'NETVALUE', 'en-US': 'NETVALUE' },
    description: {
      'zh-CN': '资产净值（年限平均法，按月计提，无残值，当月购置当月计提）',
      'en-US': 'Net book value (straight line, monthly, no residual, from the month of acquisition)',
    },
    parameters: [
      { name: { 'zh-CN': '原值', 'en-US': 'original' }, description: { 'zh-CN': '原值（元）', 'en-US': 'Original value in yuan' }, type: 'any', dimensionality: 'scalar' },
      { name: { 'zh-CN': '购置日期', 'en-US': 'acquired' }, description: { 'zh-CN': '日期单元格，或“2019-09-01”“2019年9月1日”这样的文字', 'en-US': 'A date cell, or text such as 2019-09-01' }, type: 'any', dimensionality: 'scalar' },
      {
        name: { 'zh-CN': '年限或类别', 'en-US': 'life_or_category' },
        description: { 'zh-CN': '使用年限（如 6），或赔偿办法折旧年限表中的资产类别（如“计算机设备”）', 'en-US': 'Useful life in years (e.g. 6), or a category of the policy sheet’s useful-life table' },
        type: 'any',
        dimensionality: 'scalar',
      },
      { name: { 'zh-CN': '日期', 'en-US': 'at' }, description: { 'zh-CN': '计算哪天的净值，默认今天', 'en-US': 'The date of the value (today by default)' }, type: 'any', dimensionality: 'scalar', optional: true },
    ],
    result: { type: 'number', dimensionality: 'scalar' },
  },
  {
    id: 'COMPENSATION',
    name: { 'zh-CN': 'COMPENSATION', 'en-US': 'COMPENSATION' },
    description: {
      'zh-CN': '按本工作簿的赔偿办法计算应赔金额（元）',
      'en-US': 'The compensation due in yuan, by this workbook’s compensation policy',
    },
    parameters: [
      { name: { 'zh-CN': '原值', 'en-US': 'original' }, description: { 'zh-CN': '单件原值（元）', 'en-US': 'Original value of one item, in yuan' }, type: 'any', dimensionality: 'scalar' },
      {
        name: { 'zh-CN': '损坏性质', 'en-US': 'nature' },
        description: { 'zh-CN': '自然损耗、人为损坏、故意损坏或丢失（登记表上的常见写法都可以）', 'en-US': 'Natural wear, accidental, deliberate or lost, as registers write it (人为损坏, 故意损坏, 丢失 …)' },
        type: 'any',
        dimensionality: 'scalar',
      },
      { name: { 'zh-CN': '维修费用', 'en-US': 'repair_cost' }, description: { 'zh-CN': '可以修复时的维修费用（元）', 'en-US': 'Repair cost in yuan, when it can be repaired' }, type: 'any', dimensionality: 'scalar', optional: true },
      { name: { 'zh-CN': '购置日期', 'en-US': 'acquired' }, description: { 'zh-CN': '按净值计价时需要', 'en-US': 'Needed on the net basis' }, type: 'any', dimensionality: 'scalar', optional: true },
      { name: { 'zh-CN': '资产类别', 'en-US': 'category' }, description: { 'zh-CN': '资产类别或使用年限，按净值计价时需要', 'en-US': 'Category or useful life in years, needed on the net basis' }, type: 'any', dimensionality: 'scalar', optional: true },
      { name: { 'zh-CN': '损坏日期', 'en-US': 'damage_date' }, description: { 'zh-CN': '默认今天', 'en-US': 'Today by default' }, type: 'any', dimensionality: 'scalar', optional: true },
      { name: { 'zh-CN': '数量', 'en-US': 'quantity' }, description: { 'zh-CN': '默认 1', 'en-US': '1 by default' }, type: 'any', dimensionality: 'scalar', optional: true },
    ],
    result: { type: 'number', dimensionality: 'scalar' },
  },
] as const satisfies readonly FunctionDefinition[];

export type FunctionId = (typeof FUNCTION_DEFINITIONS)[number]['id'];
