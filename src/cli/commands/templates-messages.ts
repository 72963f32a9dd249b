import type { Catalogue } from '../../core/i18n/locale';

export const templateCliMessages = {
  badCount: { 'zh-CN': '--sample 和 --blank 需要 0 到 100000 的整数。', 'en-US': '--sample and --blank take a whole number from 0 to 100000.' },
  created: { 'zh-CN': '已新建工作表“{sheet}”，保存在 {file}。', 'en-US': 'Created the sheet "{sheet}" in {file}.' },
  validated: { 'zh-CN': '“{sheet}”按“{template}”检查了 {rows} 行，发现 {count} 条问题。', 'en-US': 'Checked {rows} rows of "{sheet}" against "{template}": {count} findings.' },
  adopted: { 'zh-CN': '“{sheet}”已对应到模板“{template}”（{rows} 行数据，原表未改动）：', 'en-US': '"{sheet}" is mapped to the template "{template}" ({rows} data rows; the sheet is unchanged):' },
  normalized: { 'zh-CN': '规范化后的新表：“{sheet}”，共 {count} 处变更：', 'en-US': 'Normalized copy: "{sheet}", {count} values changed:' },
  moreChanges: { 'zh-CN': '  ……另有 {count} 处，见工作表“{sheet}”', 'en-US': '  … {count} more, see the sheet "{sheet}"' },
  notSaved: { 'zh-CN': '（未指定 --out，结果没有保存。）', 'en-US': '(No --out given: nothing was saved.)' },
} as const satisfies Catalogue<string>;
