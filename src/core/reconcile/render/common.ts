/** Pieces every reconciliation sheet uses: links back to source rows, amounts as cell values, number formats. */
import type { Locale } from '../../i18n/locale';
import { fenToYuanNumber, type Fen } from '../../money';
import { cellAddress, qualifiedAddress } from '../../sheet/address';
import type { SpecValue } from '../../sheet/spec';
import type { Source } from '../options';
import { label } from './labels';

export const MONEY_FORMAT = '#,##0.00';
/** Quantities may be fractional (㎡ of glass) but are usually whole. */
export const QUANTITY_FORMAT = '#,##0.###;-#,##0.###;0';
export const COUNT_FORMAT = '#,##0';

/** A link to the source row's code cell ("固定资产明细账!B17"); a scan file's line as plain text. */
export function rowLink(source: Source, row: number, locale: Locale): SpecValue {
  if (!source.linkable) return label(locale, 'note.fileRow', { file: source.sheet, row });
  const address = qualifiedAddress(source.sheet, cellAddress(row, source.codeColumn));
  return { text: address, link: address };
}

export function yuan(fen: Fen | undefined): SpecValue {
  return fen === undefined ? null : fenToYuanNumber(fen);
}

/** A sheet name is at most 31 characters (Excel's limit). */
export function sheetName(name: string): string {
  return [...name].slice(0, 31).join('');
}
