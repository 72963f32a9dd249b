/** Messages of sheet reading, in both languages. */
import type { Catalogue } from '../i18n/locale';

export const sheetMessages = {
  'cell.error': {
    'zh-CN': '单元格是错误值 {value}，已按空值处理。请在原表中修正公式或数据。',
    'en-US': 'The cell holds the error value {value}; it was read as empty. Fix the formula or data in the sheet.',
  },
  'value.notNumber': {
    'zh-CN': '“{field}”应为数字，但单元格内容是“{value}”，已忽略该值。',
    'en-US': '"{field}" should be a number, but the cell holds "{value}"; the value was ignored.',
  },
  'value.notDate': {
    'zh-CN': '“{field}”应为日期，但“{value}”无法识别为日期（可写作 2019-09-01、2019.09.01 或 2019年9月1日）。',
    'en-US': '"{field}" should be a date, but "{value}" is not a date (write it as 2019-09-01, 2019.09.01 or 2019年9月1日).',
  },
  'value.textNumbers': {
    'zh-CN': '“{field}”列有 {count} 个数字以文本形式存储，已按数字读取。',
    'en-US': '{count} numbers in the "{field}" column are stored as text; they were read as numbers.',
  },
  'value.textDates': {
    'zh-CN': '“{field}”列有 {count} 个日期以文本或序列号形式存储，已按日期读取。',
    'en-US': '{count} dates in the "{field}" column are stored as text or serial numbers; they were read as dates.',
  },
  'value.filledDown': {
    'zh-CN': '“{field}”只在每组第一行填写，其下 {count} 个空单元格已沿用上一行的值。',
    'en-US': '"{field}" is written only on the first row of each block; {count} empty cells below took the value above.',
  },
  'value.monthOnly': {
    'zh-CN': '“{field}”只写到月份（{value}），按该月1日计。',
    'en-US': '"{field}" gives only a month ({value}); the 1st of that month is used.',
  },
  'structure.hiddenRows': {
    'zh-CN': '第 {rows} 行是隐藏行，已计入数据。',
    'en-US': 'Row(s) {rows} are hidden; they are included in the data.',
  },
  'structure.blankRows': {
    'zh-CN': '数据中间有空行（第 {rows} 行），已跳过。',
    'en-US': 'Blank row(s) inside the data ({rows}) were skipped.',
  },
  'sheet.empty': {
    'zh-CN': '工作表“{sheet}”是空的。',
    'en-US': 'The sheet "{sheet}" is empty.',
  },
  'sheet.noHeader': {
    'zh-CN': '工作表“{sheet}”中没有找到表头。查找的列名包括：{looked}。前几行中的文字是：{found}。请确认表头在前 30 行内，或手动指定列。',
    'en-US': 'No header row was found on the sheet "{sheet}". Looked for columns such as: {looked}. Texts in the first rows: {found}. Make sure the header is within the first 30 rows, or map the columns by hand.',
  },
  'sheet.noData': {
    'zh-CN': '工作表“{sheet}”的表头下没有数据行。',
    'en-US': 'The sheet "{sheet}" has no data rows under its header.',
  },
  'mapping.lowConfidence': {
    'zh-CN': '“{field}”对应到“{header}”列的把握不大（{confidence}），请核对。',
    'en-US': '"{field}" was matched to the column "{header}" with low confidence ({confidence}); please check it.',
  },
  'mapping.missingColumn': {
    'zh-CN': '记住的列对应中“{field}”指向 {column} 列，但该列现在没有表头，请重新指定。',
    'en-US': 'The remembered mapping puts "{field}" in column {column}, which has no header now; please map it again.',
  },
} as const satisfies Catalogue<string>;

export type SheetMessageKey = keyof typeof sheetMessages;
