/**
 * 盘盈补录: new codes for surplus items by the school's numbering rule (from the workbook's label
 * settings unless given), continuing the ledger's own sequence, as label items ready to print.
 */
import { UserError } from '../../core/errors';
import { localize } from '../../core/i18n/locale';
import { labelMessages, nextCodes, type LabelItem } from '../../core/labels';

export interface NewItem {
  readonly name: string;
  readonly category: string;
  readonly department: string;
  readonly location: string;
  /** Entry date (ISO): gives {年}/{月} and the label's date. */
  readonly date: string;
  readonly quantity?: number;
}

const PART_NAMES: Readonly<Record<string, { 'zh-CN': string; 'en-US': string }>> = {
  分类: { 'zh-CN': '资产分类', 'en-US': 'category' },
  部门: { 'zh-CN': '使用部门', 'en-US': 'department' },
  年: { 'zh-CN': '日期', 'en-US': 'date' },
  月: { 'zh-CN': '日期', 'en-US': 'date' },
};

export function assignCodes(pattern: string, item: NewItem, ledger: readonly LabelItem[], count = 1): LabelItem[] {
  const result = nextCodes(pattern, item, ledger.map((i) => i.code), count);
  if (!result.ok) {
    if (result.problem === 'badPattern') throw new UserError('labels.numbering.badPattern', localize(labelMessages, 'numbering.badPattern', { pattern }));
    const part = PART_NAMES[result.part] ?? { 'zh-CN': result.part, 'en-US': result.part };
    throw new UserError('labels.numbering.missingPart', {
      'zh-CN': localize(labelMessages, 'numbering.missingPart', { pattern, part: part['zh-CN'] })['zh-CN'],
      'en-US': localize(labelMessages, 'numbering.missingPart', { pattern, part: part['en-US'] })['en-US'],
    });
  }
  return result.codes.map((code) => ({ row: 0, code, name: item.name, category: item.category, department: item.department, location: item.location, acquiredOn: item.date, quantity: item.quantity ?? 1 }));
}
