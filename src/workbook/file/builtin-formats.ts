/**
 * Number formats a workbook refers to by id only (ECMA-376 §18.8.30): the common ones, and the
 * locale-dependent ids 27–36 and 50–58 in their zh-CN meanings (31 = yyyy"年"m"月"d"日"), which is
 * what Chinese Excel shows for them. Both the reader and ExcelJS's loading use this one table.
 */

/** zh-CN meanings of the locale-dependent built-in formats (ECMA-376 §18.8.30 and Excel zh-CN). */
export const ZH_CN_BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The built-in formats of every locale that matter to reading: dates and times (ids 14–22, 45–47). */
const COMMON_BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};

/** The code of a built-in format id, or undefined for ids that are no date or time. */
export function builtinFormat(id: number): string | undefined {
  return COMMON_BUILTIN_FORMATS[id] ?? ZH_CN_BUILTIN_FORMATS[id];
}
