/**
 * What the reader needs of styles.xml: for each cell format (the `s` index of a cell, an entry of
 * <cellXfs>), whether its number format shows a date, a time of day alone, or neither. That is all
 * that decides whether a stored number is read as a date.
 */
import { isDateFormat, isTimeOnlyFormat } from '../../../core/sheet/layout';
import { builtinFormat } from '../builtin-formats';
import { attrValue, XmlScanner } from './xml-scanner';

/** Time: hh:mm, [h]:mm:ss — no calendar day, the number stays the fraction of a day it is. */
export const NumberKind = { Plain: 0, Date: 1, Time: 2 } as const;
export type NumberKind = (typeof NumberKind)[keyof typeof NumberKind];

export function formatKind(code: string | undefined): NumberKind {
  if (!isDateFormat(code)) return NumberKind.Plain;
  return isTimeOnlyFormat(code) ? NumberKind.Time : NumberKind.Date;
}

/** Kinds by cell format index; an index past the end is Plain. */
export function readCellStyles(stylesXml: string): NumberKind[] {
  const custom = new Map<number, string>();
  const xfNumFmts: number[] = [];
  let inCellXfs = false;
  let xfDepth = 0;
  new XmlScanner({
    open(name, attrs, selfClosing) {
      if (name === 'numFmt') {
        const id = Number(attrValue(attrs, 'numFmtId'));
        const code = attrValue(attrs, 'formatCode');
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === 'cellXfs') {
        inCellXfs = !selfClosing;
      } else if (name === 'xf' && inCellXfs) {
        // <xf> inside <cellXfs> only (cellStyleXfs has its own); an <xf> nests nothing that counts.
        if (xfDepth === 0) xfNumFmts.push(Number(attrValue(attrs, 'numFmtId') ?? 0) || 0);
        if (!selfClosing) xfDepth++;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
      else if (name === 'xf' && inCellXfs && xfDepth > 0) xfDepth--;
    },
    text() {},
  }).pushAll(stylesXml);
  return xfNumFmts.map((id) => formatKind(custom.get(id) ?? builtinFormat(id)));
}
