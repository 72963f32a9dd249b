/** CLI wording, both languages. */
import type { Catalogue } from '../core/i18n/locale';

export const cliMessages = {
  'inspect.sheet': { 'zh-CN': '工作表：{name}', 'en-US': 'Sheet: {name}' },
  'inspect.header': { 'zh-CN': '  表头行：{rows}', 'en-US': '  Header rows: {rows}' },
  'inspect.data': { 'zh-CN': '  数据行：第 {first}–{last} 行，共 {count} 行', 'en-US': '  Data rows: {first}–{last} ({count} rows)' },
  'inspect.noData': { 'zh-CN': '  数据行：无', 'en-US': '  Data rows: none' },
  'inspect.excluded': { 'zh-CN': '  非数据行：{summary}', 'en-US': '  Not data: {summary}' },
  'inspect.fields': { 'zh-CN': '  列对应：', 'en-US': '  Columns:' },
  'inspect.field': { 'zh-CN': '    {field} ← {column} 列“{header}”  把握 {confidence}{source}', 'en-US': '    {field} ← column {column} "{header}"  confidence {confidence}{source}' },
  'inspect.userChoice': { 'zh-CN': '（手动指定）', 'en-US': ' (chosen by user)' },
  'inspect.findings': { 'zh-CN': '  发现的问题（{count}）：', 'en-US': '  Findings ({count}):' },
  'inspect.omitted': { 'zh-CN': '    ……另有 {count} 条同类问题未列出', 'en-US': '    … and {count} more of the same kinds' },
  'inspect.status.empty': { 'zh-CN': '  （空表）', 'en-US': '  (empty sheet)' },
  'severity.error': { 'zh-CN': '错误', 'en-US': 'error' },
  'severity.warning': { 'zh-CN': '警告', 'en-US': 'warning' },
  'severity.info': { 'zh-CN': '提示', 'en-US': 'info' },
  'kind.blank': { 'zh-CN': '空行', 'en-US': 'blank' },
  'kind.subtotal': { 'zh-CN': '小计', 'en-US': 'subtotal' },
  'kind.total': { 'zh-CN': '合计', 'en-US': 'total' },
  'kind.signature': { 'zh-CN': '签字栏', 'en-US': 'signature' },
  'kind.note': { 'zh-CN': '说明', 'en-US': 'note' },
  'error.prefix': { 'zh-CN': '出错了：', 'en-US': 'Error: ' },
  'error.unexpected': {
    'zh-CN': '程序内部错误（不是您的操作造成的）。请把下面的信息发给维护人员：',
    'en-US': 'Internal error (not caused by anything you did). Please send the details below to the maintainers:',
  },
  'progress.reading': { 'zh-CN': '正在读取 {sheet}：{done}/{total} 行', 'en-US': 'Reading {sheet}: {done}/{total} rows' },
} as const satisfies Catalogue<string>;

export type CliMessageKey = keyof typeof cliMessages;
