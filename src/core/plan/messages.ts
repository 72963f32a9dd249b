/** Messages of the plan capability, in both languages. */
import { localize, type Catalogue, type Locale, type Localized, type MessageParams } from '../i18n/locale';

export const PLAN_MESSAGES = {
  'schedule.empty': {
    'zh-CN': '计划规则为空。请填写何时做，例如：每周一、每月、期末、3月12日、节前、4-6月、夏季。',
    'en-US': 'The schedule is empty. Say when the task is due, e.g. 每周一, 每月, 期末, 3月12日, 节前, 4-6月, 夏季.',
  },
  'schedule.unknown': {
    'zh-CN': '计划规则“{text}”无法识别，该任务已跳过。可写：每周一、每月、每月最后一个工作日、开学前、期中、期末、放假前14天、3月12日、节前、国庆节期间、4-6月、夏季。',
    'en-US': 'The schedule "{text}" is not understood; the task was skipped. Forms that work: 每周一, 每月, 每月最后一个工作日, 开学前, 期中, 期末, 放假前14天, 3月12日, 节前, 国庆节期间, 4-6月, 夏季.',
  },
  'schedule.daily': {
    'zh-CN': '计划规则“{text}”是每天的事，月计划不逐日排；请改为“每周一”等，或停用该任务。',
    'en-US': 'The schedule "{text}" is daily; a monthly plan does not list daily routines. Use a weekly rule such as 每周一, or switch the task off.',
  },
  'schedule.badDate': {
    'zh-CN': '计划规则“{text}”中的日期不存在。',
    'en-US': 'The schedule "{text}" names a date that does not exist.',
  },
  'library.noHeader': {
    'zh-CN': '工作表“{sheet}”中找不到任务库表头（需要“工作内容”和“计划规则”两列）。',
    'en-US': 'Sheet "{sheet}" has no task-library header (columns 工作内容 and 计划规则 are needed).',
  },
  'library.noText': {
    'zh-CN': '第{row}行没有填写工作内容，该行已跳过。',
    'en-US': 'Row {row} has no task text (工作内容); the row was skipped.',
  },
  'library.badCategory': {
    'zh-CN': '类别“{text}”不在类别列表中（财务、资产、校舍维修、安全、食堂、绿化卫生、综合），已按“综合”处理。',
    'en-US': 'Category "{text}" is not one of 财务, 资产, 校舍维修, 安全, 食堂, 绿化卫生, 综合; treated as 综合 (general).',
  },
  'library.badEnabled': {
    'zh-CN': '启用栏“{text}”应为“是”或“否”，已按“是”处理。',
    'en-US': 'The 启用 (enabled) cell "{text}" should be 是 or 否; treated as 是 (enabled).',
  },
  'library.duplicateId': {
    'zh-CN': '编号“{id}”与第{first}行重复，本行改用编号“{newId}”。',
    'en-US': 'ID "{id}" repeats row {first}; this row uses ID "{newId}" instead.',
  },
  'library.hint': {
    'zh-CN': '说明：本表是总务处工作计划的任务库，可增加、修改或停用（启用栏填“否”）任务。计划规则写法：每周一；每月；每月10日；每月最后一个工作日；开学前；开学后14天；期中；期末考试前1天；期末；放假；春季学期放假前14天；3月12日；节前；国庆节期间；4-6月；夏季。',
    'en-US': 'This sheet is the task library of the monthly work plan: add, change or switch off (启用 = 否) tasks line by line.',
  },
  'calendar.termOrder': {
    'zh-CN': '{term}的日期有误：开学 {start} 不早于放假 {end}。',
    'en-US': 'Term {term} has start {start} on or after its end {end}.',
  },
  'calendar.examOutside': {
    'zh-CN': '{term}的{exam}（{from} 至 {to}）不在学期（{start} 至 {end}）之内。',
    'en-US': 'The {exam} of term {term} ({from} to {to}) lie outside the term ({start} to {end}).',
  },
  'calendar.examOrder': {
    'zh-CN': '{term}的考试周日期有误：结束 {to} 早于开始 {from}，或期中考试不在期末考试之前。',
    'en-US': 'The exam weeks of term {term} are out of order: an end {to} before its start {from}, or mid-terms not before finals.',
  },
  'calendar.termOverlap': {
    'zh-CN': '学期日期重叠：{first}（至 {firstEnd}）与 {second}（自 {secondStart}）。请修改学期设置；在改正之前不生成计划。',
    'en-US': 'Term dates overlap: {first} (to {firstEnd}) and {second} (from {secondStart}). Fix the term settings; no plan is made until then.',
  },
  'exam.midterm': { 'zh-CN': '期中考试周', 'en-US': 'mid-term exams' },
  'exam.finals': { 'zh-CN': '期末考试周', 'en-US': 'final exams' },
  'term.spring': { 'zh-CN': '{year}年春季学期', 'en-US': 'spring term {year}' },
  'term.autumn': { 'zh-CN': '{year}年秋季学期', 'en-US': 'autumn term {year}' },
  'holidays.uncovered': {
    'zh-CN': '节假日数据不含{year}年（已收录 {first}—{last} 年）：{year}年的法定节假日按节日日期估算，调休上班日未计入。请以国务院公布的放假安排为准，核对计划日期。',
    'en-US': 'The holiday data does not cover {year} (it covers {first}–{last}): public holidays in {year} are estimated from the festival dates and adjusted working days (调休) are missing. Check the dates against the State Council’s announcement.',
  },
  'holidays.nextYearUncovered': {
    'zh-CN': '节假日数据不含{next}年：{next}年元旦的放假安排未收录，12月下旬的日期可能需要调整。',
    'en-US': 'The holiday data does not cover {next}: the New Year holiday arrangement is missing, so late-December dates may change.',
  },
  'workbook.none': {
    'zh-CN': '未读取台账工作簿：计划只来自任务库和校历，不含报修、赔偿、盘亏、盘点和借用事项。',
    'en-US': 'No register workbook was read: the plan comes from the task library and the calendar only, without repairs, compensation, shortages, counts or loans.',
  },
  'workbook.missing': {
    'zh-CN': '工作簿中没有{register}，计划未包含相应事项。',
    'en-US': 'The workbook has no {registerEn}; the plan has no items from it.',
  },
  'register.repairs': { 'zh-CN': '维修登记', 'en-US': 'repair register' },
  'register.compensations': { 'zh-CN': '损坏赔偿记录', 'en-US': 'compensation records' },
  'register.shortages': { 'zh-CN': '盘亏报损记录', 'en-US': 'shortage / write-off records' },
  'register.assets': { 'zh-CN': '固定资产明细账', 'en-US': 'fixed-asset ledger' },
  'register.loans': { 'zh-CN': '借还登记', 'en-US': 'loan register' },
  'item.repair': { 'zh-CN': '完成报修：{item}', 'en-US': 'Finish repair: {item}' },
  'item.repairReported': { 'zh-CN': '报修日期：{date}', 'en-US': 'Reported {date}' },
  'item.compensation': {
    'zh-CN': '收取赔偿款：{payer}，{count}项，合计{amount}元',
    'en-US': 'Collect compensation: {payer}, {count} item(s), {amount} yuan in total',
  },
  'item.shortages': {
    'zh-CN': '盘亏资产报批核销：{count}项，合计{amount}元',
    'en-US': 'Seek write-off approval for shortages: {count} item(s), {amount} yuan in total',
  },
  'item.uncounted': {
    'zh-CN': '清点超过{months}个月未盘点的资产：{count}项（{names}）',
    'en-US': 'Count assets not counted for over {months} months: {count} item(s) ({names})',
  },
  'item.loan': { 'zh-CN': '催还借用物品：{item}（{borrower}，应还{due}）', 'en-US': 'Recover loaned item: {item} ({borrower}, due {due})' },
  'item.holidaySuffix': { 'zh-CN': '（{names}）', 'en-US': ' ({names})' },
  'note.holidayPeriod': { 'zh-CN': '假期：{from}至{to}', 'en-US': 'Holiday: {from} to {to}' },
  'note.estimated': { 'zh-CN': '节假日日期为估算，以国务院通知为准', 'en-US': 'Holiday dates estimated; check the State Council notice' },
  'note.source': { 'zh-CN': '来源：{ref}', 'en-US': 'Source: {ref}' },
  'note.sourceMore': { 'zh-CN': '来源：{ref}等{count}行', 'en-US': 'Source: {ref} and {more} more row(s)' },
  'note.carried': { 'zh-CN': '上月未完成，原计划日期：{dates}', 'en-US': 'Carried over; originally due {dates}' },
  'plan.title.month': { 'zh-CN': '{org}{year}年{month}月工作计划', 'en-US': '{org}work plan, {monthName} {year}' },
  'plan.title.term': { 'zh-CN': '{org}{year}年{season}学期工作计划', 'en-US': '{org}work plan, {season} term {year}' },
  'plan.noItems': { 'zh-CN': '（本月无计划事项）', 'en-US': '(nothing planned this month)' },
  'plan.badStatus': {
    'zh-CN': '完成情况“{text}”不是“未开始/进行中/已完成/取消”之一，已按“未开始”处理。',
    'en-US': 'Status "{text}" is not one of 未开始/进行中/已完成/取消; treated as 未开始 (not started).',
  },
  'plan.badDate': {
    'zh-CN': '计划日期“{text}”不是日期。',
    'en-US': 'Planned date "{text}" is not a date.',
  },
  'plan.noHeader': {
    'zh-CN': '工作表“{sheet}”中找不到工作计划表头（需要“工作内容”和“完成情况”两列）。',
    'en-US': 'Sheet "{sheet}" has no work-plan header (columns 工作内容 and 完成情况 are needed).',
  },
  'period.bad': {
    'zh-CN': '计划期间 {text} 无效：请给出月份（如 2026-03）或学期（如 2026-spring、2026-autumn）。',
    'en-US': 'Plan period {text} is not valid: give a month (e.g. 2026-03) or a term (e.g. 2026-spring, 2026-autumn).',
  },
  'config.bad': {
    'zh-CN': '校历设置有误：{detail}',
    'en-US': 'The school calendar settings are not valid: {detail}',
  },
  'ics.owner': { 'zh-CN': '负责人：{owner}', 'en-US': 'Owner: {owner}' },
  'ics.category': { 'zh-CN': '类别：{category}', 'en-US': 'Category: {category}' },
} as const satisfies Catalogue<string>;

export type PlanMessageKey = keyof typeof PLAN_MESSAGES;

export function planMessage(key: PlanMessageKey, params?: MessageParams): Localized {
  return localize(PLAN_MESSAGES, key, params);
}

/** A message whose parameters are themselves in the reader's language (a term's name, a holiday's). */
export function planMessageEach(key: PlanMessageKey, params: (locale: Locale) => MessageParams): Localized {
  return { 'zh-CN': localize(PLAN_MESSAGES, key, params('zh-CN'))['zh-CN'], 'en-US': localize(PLAN_MESSAGES, key, params('en-US'))['en-US'] };
}
