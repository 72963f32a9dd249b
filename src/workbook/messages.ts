/**
 * Errors a user can cause through either adapter, in both languages. The codes are the port's: a use
 * case catching "sheet.notFound" cannot tell, and need not know, which adapter threw it.
 */
import { UserError } from '../core/errors';
import { interpolate, type Catalogue, type Locale, type Localized, type MessageParams } from '../core/i18n/locale';

export const workbookMessages = {
  'sheet.notFound': {
    'zh-CN': '找不到工作表“{sheet}”。工作簿中的工作表有：{sheets}。',
    'en-US': 'There is no sheet "{sheet}". The workbook has: {sheets}.',
  },
  'sheet.exists': {
    'zh-CN': '已有名为“{sheet}”的工作表，不会覆盖它。请换一个名称，或先重命名原有的工作表。',
    'en-US': 'A sheet named "{sheet}" already exists and will not be overwritten. Choose another name, or rename the existing sheet first.',
  },
  'sheet.badName': {
    'zh-CN': '“{sheet}”不能用作工作表名称：名称须为 1–31 个字符，不能包含 : \\ / ? * [ ]，不能以单引号开头或结尾，也不能是 History。',
    'en-US': '"{sheet}" cannot be a sheet name: a name has 1–31 characters, none of : \\ / ? * [ ], does not start or end with an apostrophe, and is not History.',
  },
  'sheet.lastVisible': {
    'zh-CN': '不能删除工作表“{sheet}”：它是工作簿中唯一可见的工作表。',
    'en-US': 'The sheet "{sheet}" cannot be deleted: it is the only visible sheet of the workbook.',
  },
  'sheet.hidden': {
    'zh-CN': '工作表“{sheet}”是隐藏的，无法选中其中的单元格。请先取消隐藏该工作表。',
    'en-US': 'The sheet "{sheet}" is hidden, so its cells cannot be selected. Unhide the sheet first.',
  },
  'sheet.protected': {
    'zh-CN': '工作表“{sheet}”受保护，无法修改其中的单元格。请先在“审阅”选项卡中撤消工作表保护，再重试。',
    'en-US': 'The sheet "{sheet}" is protected, so its cells cannot be changed. Unprotect it first (Review → Unprotect Sheet), then try again.',
  },
  'address.invalid': {
    'zh-CN': '“{address}”不是有效的单元格地址（例如 B3 或 B3:D10）。',
    'en-US': '"{address}" is not a valid cell address (such as B3 or B3:D10).',
  },
} as const satisfies Catalogue<string>;

export type WorkbookMessageKey = keyof typeof workbookMessages;

const LIST_SEPARATOR: Localized = { 'zh-CN': '、', 'en-US': ', ' };

/**
 * Both languages of an entry whose parameters differ by language (a list joined with 、 or ", ",
 * a missing file name said as 该文件 / the file).
 */
export function localizeEach(entry: Localized, params: (locale: Locale) => MessageParams): Localized {
  return { 'zh-CN': interpolate(entry['zh-CN'], params('zh-CN')), 'en-US': interpolate(entry['en-US'], params('en-US')) };
}

/** Items in a sentence: 甲、乙 / A, B. */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(LIST_SEPARATOR[locale]);
}

/** Names in a sentence: “甲”、“乙” / "A", "B". */
export function quotedList(names: readonly string[], locale: Locale): string {
  return joinList(names.map((s) => (locale === 'zh-CN' ? `“${s}”` : `"${s}"`)), locale);
}

/** `existing`: the sheets a user can see or unhide (very hidden ones are Taizhang's own). */
export function sheetNotFound(sheet: string, existing: readonly string[]): UserError {
  return new UserError('sheet.notFound', localizeEach(workbookMessages['sheet.notFound'], (locale) => ({ sheet, sheets: quotedList(existing, locale) })));
}

export function sheetError(key: 'sheet.exists' | 'sheet.badName' | 'sheet.lastVisible' | 'sheet.hidden' | 'sheet.protected', sheet: string): UserError {
  return new UserError(key, localizeEach(workbookMessages[key], () => ({ sheet })));
}

export function addressError(address: string): UserError {
  return new UserError('address.invalid', localizeEach(workbookMessages['address.invalid'], () => ({ address })));
}

/** Sheet names Excel refuses: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History". */
export function isBadSheetName(name: string): boolean {
  return name.length === 0 || name.length > 31 || /[:\\/?*[\]]|^'|'$/.test(name) || name.toLowerCase() === 'history';
}
