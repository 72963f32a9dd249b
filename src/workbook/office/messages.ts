/**
 * Errors a user can cause through the Office adapter. The codes are the port's (and the file
 * adapter's): "sheet.notFound", "sheet.exists", "sheet.badName", "sheet.hidden", "address.invalid".
 */
import { UserError } from '../../core/errors';
import { localize, type Catalogue } from '../../core/i18n/locale';

export const officeMessages = {
  'sheet.notFound': {
    'zh-CN': '找不到工作表“{sheet}”。请检查名称，或在工作簿中选择其他工作表。',
    'en-US': 'There is no sheet "{sheet}". Check the name, or pick another sheet of the workbook.',
  },
  'sheet.exists': {
    'zh-CN': '已有名为“{sheet}”的工作表，不会覆盖它。请换一个名称，或先重命名原有的工作表。',
    'en-US': 'A sheet named "{sheet}" already exists and will not be overwritten. Choose another name, or rename the existing sheet first.',
  },
  'sheet.badName': {
    'zh-CN': '“{sheet}”不能用作工作表名称：名称须为 1–31 个字符，不能包含 : \\ / ? * [ ]，不能以单引号开头或结尾，也不能是 History。',
    'en-US': '"{sheet}" cannot be a sheet name: a name has 1–31 characters, none of : \\ / ? * [ ], does not start or end with an apostrophe, and is not History.',
  },
  'sheet.hidden': {
    'zh-CN': '工作表“{sheet}”是隐藏的，无法选中其中的单元格。请先取消隐藏该工作表。',
    'en-US': 'The sheet "{sheet}" is hidden, so its cells cannot be selected. Unhide the sheet first.',
  },
  'address.invalid': {
    'zh-CN': '“{address}”不是有效的单元格地址（例如 B3 或 B3:D10）。',
    'en-US': '"{address}" is not a valid cell address (such as B3 or B3:D10).',
  },
} as const satisfies Catalogue<string>;

export type OfficeMessageKey = keyof typeof officeMessages;

export function sheetError(key: 'sheet.notFound' | 'sheet.exists' | 'sheet.badName' | 'sheet.hidden', sheet: string): UserError {
  return new UserError(key, localize(officeMessages, key, { sheet }));
}

export function addressError(address: string): UserError {
  return new UserError('address.invalid', localize(officeMessages, 'address.invalid', { address }));
}

/** Sheet names Excel refuses. */
export function isBadSheetName(name: string): boolean {
  return name.length === 0 || name.length > 31 || /[:\\/?*[\]]|^'|'$/.test(name) || name.toLowerCase() === 'history';
}
