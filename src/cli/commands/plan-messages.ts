import type { Catalogue } from '../../core/i18n/locale';

export const planCliMessages = {
  needPeriod: {
    'zh-CN': '请用 --month YYYY-MM 给出月份，或用 --term YYYY-spring / YYYY-autumn 给出学期（二者选一）。',
    'en-US': 'Give a month with --month YYYY-MM, or a term with --term YYYY-spring / YYYY-autumn (one of the two).',
  },
  badUncounted: { 'zh-CN': '--uncounted-months 需要 1 到 120 的整数。', 'en-US': '--uncounted-months takes a whole number from 1 to 120.' },
  configMissing: { 'zh-CN': '找不到校历设置文件 {file}。', 'en-US': 'The calendar settings file {file} was not found.' },
  configUnreadable: { 'zh-CN': '无法读取校历设置文件 {file}：{reason}', 'en-US': 'Cannot read the calendar settings file {file}: {reason}' },
  configNotJson: {
    'zh-CN': '校历设置文件 {file} 不是有效的 JSON：{reason}。格式示例：{"terms": {"2026-spring": {"start": "2026-02-24", "end": "2026-07-03"}}}',
    'en-US': 'The calendar settings file {file} is not valid JSON: {reason}. Example: {"terms": {"2026-spring": {"start": "2026-02-24", "end": "2026-07-03"}}}',
  },
  configLabel: { 'zh-CN': '文件 {file}', 'en-US': 'file {file}' },
  icsCannotWrite: { 'zh-CN': '无法写入日历文件 {file}：{reason}', 'en-US': 'Cannot write the calendar file {file}: {reason}' },
  warning: { 'zh-CN': '注意：{message}', 'en-US': 'Note: {message}' },
  finding: { 'zh-CN': '[{severity}] {where}  {message}', 'en-US': '[{severity}] {where}  {message}' },
  blocked: {
    'zh-CN': '校历设置有误，未生成计划。请按上面的提示修改学期日期后再试。',
    'en-US': 'The school calendar settings have errors; no plan was made. Fix the term dates as shown above and try again.',
  },
  wroteSheet: { 'zh-CN': '已写入 {file}：工作表“{sheet}”（{count}项）{kept}', 'en-US': 'Wrote {file}: sheet "{sheet}" ({count} items){kept}' },
  keptStatuses: { 'zh-CN': '，保留了已勾选的完成情况{count}项', 'en-US': ', keeping {count} ticked status(es)' },
  wroteLibrary: { 'zh-CN': '已加入任务库工作表“{sheet}”，可在其中增删、修改或停用任务。', 'en-US': 'Added the task-library sheet "{sheet}": add, change or switch off tasks there.' },
  keptLibrary: { 'zh-CN': '工作簿已有任务库工作表“{sheet}”，保持不变。', 'en-US': 'The workbook already has the task-library sheet "{sheet}"; left as it is.' },
  wroteIcs: { 'zh-CN': '已写入日历文件 {file}（{count}个日程）', 'en-US': 'Wrote the calendar file {file} ({count} events)' },
} as const satisfies Catalogue<string>;
