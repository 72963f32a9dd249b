/** Wording of `taizhang labels`, both languages. */
import type { Catalogue } from '../../core/i18n/locale';

export const labelsCliMessages = {
  heading: { 'zh-CN': '台账“{sheet}”（{file}）', 'en-US': 'Ledger "{sheet}" ({file})' },
  made: {
    'zh-CN': '已为 {count} 件资产排好标签：版式 {layout}，共 {pages} 页。',
    'en-US': 'Labels laid out for {count} items: layout {layout}, {pages} pages.',
  },
  noneChosen: {
    'zh-CN': '所选范围内没有带编号的资产，没有生成标签。请检查 --filter / --rows 的写法，或先给资产编号。',
    'en-US': 'No item with a code is in the chosen range, so no labels were made. Check --filter / --rows, or give the items codes first.',
  },
  withoutCode: {
    'zh-CN': '以下 {count} 件资产没有编号，未生成标签（请先补编号，见 taizhang new-code）：',
    'en-US': 'These {count} items have no code and got no label (give them codes first, see taizhang new-code):',
  },
  withoutCodeItem: { 'zh-CN': '  第 {row} 行  {name}  {place}', 'en-US': '  row {row}  {name}  {place}' },
  savedPdf: { 'zh-CN': '标签已保存到 {file}（用 100% 比例打印，不要“适合页面”）。', 'en-US': 'Labels saved to {file} (print at 100 %, not "fit to page").' },
  savedCountList: { 'zh-CN': '盘点清单已保存到 {file}，可拷到手机的盘点页面打开。', 'en-US': 'Count list saved to {file}; open it on the phone counting page.' },
  notSaved: { 'zh-CN': '未保存文件（用 --out 标签.pdf 保存标签，--count-list 清单.csv 保存盘点清单）。', 'en-US': 'Nothing saved (--out labels.pdf saves the labels, --count-list list.csv the count list).' },
  badFilter: {
    'zh-CN': '筛选条件“{value}”无法识别。写法：使用部门=初一(3)班、存放地点=教学楼301、资产分类=计算机（多个值用逗号分隔）。',
    'en-US': 'The filter "{value}" cannot be read. Write 使用部门=…, 存放地点=… or 资产分类=… (or department=, location=, category=; several values separated by commas).',
  },
  badRows: {
    'zh-CN': '行号“{value}”无法识别。写法：5,8,12-20（台账中的行号）。',
    'en-US': 'The rows "{value}" cannot be read. Write 5,8,12-20 (the ledger\'s row numbers).',
  },
  findings: { 'zh-CN': '读表时发现的问题（{count}）：', 'en-US': 'Problems found while reading ({count}):' },
} as const satisfies Catalogue<string>;

export const newCodeCliMessages = {
  noPattern: {
    'zh-CN': '没有编号规则。请用 --pattern 给出，如 --pattern "{分类}-{年}-{序号:4}"。',
    'en-US': 'There is no numbering rule. Give one with --pattern, e.g. --pattern "{分类}-{年}-{序号:4}".',
  },
  badCount: { 'zh-CN': '--count 应是 1 到 1000 之间的整数，而不是“{value}”。', 'en-US': '--count must be a whole number from 1 to 1000, not "{value}".' },
  badDate: { 'zh-CN': '日期“{value}”无法识别，请写成 2026-03-18。', 'en-US': 'The date "{value}" cannot be read; write it as 2026-03-18.' },
  heading: { 'zh-CN': '按规则“{pattern}”，接着台账“{sheet}”中已有的编号：', 'en-US': 'By the rule "{pattern}", after the codes in the ledger "{sheet}":' },
  code: { 'zh-CN': '  新编号 {code}', 'en-US': '  new code {code}' },
  saved: { 'zh-CN': '标签已保存到 {file}（版式 {layout}）。请把新编号填入台账。', 'en-US': 'Labels saved to {file} (layout {layout}). Enter the new codes in the ledger.' },
  notSaved: { 'zh-CN': '请把新编号填入台账；用 --out 标签.pdf 可同时打印标签。', 'en-US': 'Enter the new codes in the ledger; --out labels.pdf prints their labels too.' },
} as const satisfies Catalogue<string>;
