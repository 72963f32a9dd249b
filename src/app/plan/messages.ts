/** Messages of the plan use cases (finding registers, library, calendar settings, last month's plan), both languages. */
import { localize, type Catalogue, type Localized, type MessageParams } from '../../core/i18n/locale';

export const planAppMessages = {
  'register.repairs': { 'zh-CN': '维修登记', 'en-US': 'repair register' },
  'register.compensations': { 'zh-CN': '损坏赔偿登记', 'en-US': 'compensation register' },
  'register.shortages': { 'zh-CN': '报损注销登记', 'en-US': 'write-off register' },
  'register.assets': { 'zh-CN': '固定资产明细账', 'en-US': 'fixed-asset ledger' },
  'register.counts': { 'zh-CN': '资产盘点表', 'en-US': 'asset count sheet' },
  'register.loans': { 'zh-CN': '物品借还登记', 'en-US': 'loan register' },
  'via.adopted': { 'zh-CN': '已对应模板', 'en-US': 'adopted as a template' },
  'via.columns': { 'zh-CN': '按列名识别', 'en-US': 'recognized by its columns' },
  'source.line': {
    'zh-CN': '{register}：工作表“{sheet}”（{via}，{rows}行）',
    'en-US': '{register}: sheet "{sheet}" ({via}, {rows} rows)',
  },
  'workbook.noRegisters': {
    'zh-CN': '工作簿中没有找到任何台账（维修登记、损坏赔偿登记、报损注销登记、固定资产明细账或盘点表、物品借还登记）：计划只来自任务库和校历。如有这些登记表，可先在“模板”中把它们对应到模板。',
    'en-US': 'No registers were found in the workbook (repairs, compensation, write-offs, asset ledger or count sheet, loans): the plan comes from the task library and the calendar only. Registers kept under other column names can be adopted as templates first.',
  },
  'count.countSheets': {
    'zh-CN': '上次盘点日期取自盘点表“{sheets}”的“盘点日期”列（按资产编号匹配，取最近一次）',
    'en-US': 'Last count dates from the 盘点日期 column of count sheet "{sheets}" (matched by asset code, latest count)',
  },
  'count.ledger': {
    'zh-CN': '上次盘点日期取自明细账“{sheets}”自身的“盘点日期”列',
    'en-US': 'Last count dates from the 盘点日期 column of ledger "{sheets}" itself',
  },
  'count.both': {
    'zh-CN': '上次盘点日期取自明细账“{ledgers}”的“盘点日期”列和盘点表“{sheets}”（按资产编号匹配，取最近一次）',
    'en-US': 'Last count dates from the 盘点日期 column of ledger "{ledgers}" and count sheet "{sheets}" (matched by asset code, latest count)',
  },
  'count.none': {
    'zh-CN': '找到了固定资产明细账“{sheets}”，但没有盘点日期（没有带“盘点日期”列的盘点表，明细账也没有该列）：计划未列出超过12个月未盘点的资产。',
    'en-US': 'The fixed-asset ledger "{sheets}" was found but no count dates (no count sheet with a 盘点日期 column, none in the ledger): the plan does not list assets left uncounted for a year.',
  },
  'count.countOnly': {
    'zh-CN': '没有固定资产明细账：资产清单取自盘点表“{sheets}”，从未盘点的资产无从得知。',
    'en-US': 'No fixed-asset ledger: the assets are taken from count sheet "{sheets}", so assets never counted cannot be known.',
  },
  'repair.noText': { 'zh-CN': '第{row}行报修', 'en-US': 'repair on row {row}' },
  'compensation.noPayer': { 'zh-CN': '（未填责任人）', 'en-US': '(no one named)' },
  'compensation.noAmount': {
    'zh-CN': '应赔金额为空，这笔赔偿未列入计划；请先核定赔偿金额。',
    'en-US': 'The amount due is empty, so this compensation is not in the plan; set the amount first.',
  },
  'adopted.unreadable': {
    'zh-CN': '工作表“{sheet}”已对应模板“{template}”，但现在读不出表格：{detail}',
    'en-US': 'Sheet "{sheet}" is adopted as template "{template}" but its table cannot be read now: {detail}',
  },
  'library.builtIn': { 'zh-CN': '任务库：内置（{count}项）', 'en-US': 'Task library: built in ({count} tasks)' },
  'library.given': { 'zh-CN': '任务库：本次调整过的任务（{count}项，其中停用{off}项）', 'en-US': 'Task library: as adjusted for this plan ({count} tasks, {off} switched off)' },
  'library.sheet': {
    'zh-CN': '任务库：工作表“{sheet}”（{count}项，其中停用{off}项）',
    'en-US': 'Task library: sheet "{sheet}" ({count} tasks, {off} switched off)',
  },
  'library.unreadable': {
    'zh-CN': '任务库工作表“{sheet}”读不出任务，已改用内置任务库。',
    'en-US': 'The task-library sheet "{sheet}" yields no tasks; the built-in library was used instead.',
  },
  'calendar.default': { 'zh-CN': '校历：默认学期日期', 'en-US': 'School calendar: default term dates' },
  'calendar.workbook': { 'zh-CN': '校历：工作簿中保存的设置', 'en-US': 'School calendar: the settings kept in the workbook' },
  'calendar.given': { 'zh-CN': '校历：{label}', 'en-US': 'School calendar: {label}' },
  'calendar.bad': {
    'zh-CN': '校历设置（{label}）有误：{detail}',
    'en-US': 'The school calendar settings ({label}) are not valid: {detail}',
  },
  'calendar.storedLabel': { 'zh-CN': '工作簿中保存的设置', 'en-US': 'kept in the workbook' },
  'calendar.givenLabel': { 'zh-CN': '调用时给出的设置', 'en-US': 'given with the request' },
  'previous.line': {
    'zh-CN': '上月计划：工作表“{sheet}”（{rows}行），结转未完成事项{carried}项',
    'en-US': 'Last month’s plan: sheet "{sheet}" ({rows} lines), {carried} undone item(s) carried over',
  },
  'previous.fromRegisters': {
    'zh-CN': '其中{count}行来自台账，已按台账现状重新列出，不再结转',
    'en-US': '{count} of its lines came from the registers and are listed afresh from them instead of carried over',
  },
  'previous.none': { 'zh-CN': '上月计划：工作簿中没有{month}的计划表，不结转', 'en-US': 'Last month’s plan: no plan sheet for {month} in the workbook; nothing carried over' },
  'period.both': {
    'zh-CN': '请只给出月份或学期之一（如 2026-03 或 2026-spring）。',
    'en-US': 'Give a month or a term, not both (e.g. 2026-03 or 2026-spring).',
  },
  'uncounted.bad': {
    'zh-CN': '未盘点月数应为1到120之间的整数，收到的是 {value}。',
    'en-US': 'The months without a count must be a whole number from 1 to 120, got {value}.',
  },
} as const satisfies Catalogue<string>;

export type PlanAppMessageKey = keyof typeof planAppMessages;

export function planAppMessage(key: PlanAppMessageKey, params?: MessageParams): Localized {
  return localize(planAppMessages, key, params);
}
