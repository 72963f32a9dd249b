/**
 * Cell styles of the sheets Taizhang writes. ExcelJS shares a style object between the cells it is
 * assigned to, so every style here is built once, frozen in a cache, and never mutated afterwards
 * (setting `cell.numFmt` on one cell would otherwise restyle thousands).
 */
import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';
import type { ColumnSpec, RowStyle } from '../../core/sheet/spec';

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const GRID: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT_NAME = '宋体';
const BASE_FONT: Partial<Font> = { name: FONT_NAME, size: 11 };

function solid(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

/** Row highlight colours, close to Excel's own "Good / Bad / Neutral" cell styles so they read the same. */
const ROW_FILLS: Partial<Record<RowStyle, Fill>> = {
  good: solid('FFC6EFCE'),
  bad: solid('FFFFC7CE'),
  warn: solid('FFFFEB9C'),
  info: solid('FFDDEBF7'),
};
const ROW_FONTS: Partial<Record<RowStyle, Partial<Font>>> = {
  muted: { ...BASE_FONT, color: { argb: 'FF808080' } },
  subtotal: { ...BASE_FONT, bold: true },
  total: { ...BASE_FONT, bold: true },
};
const HEADER_FILL = solid('FFD9E1F2');

export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

/** Same rule as spreadsheet programs: a format with day/month/year/hour/second codes outside quotes and brackets shows a date. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhs]/i.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

export class StyleBook {
  private readonly cache = new Map<string, Partial<Style>>();

  private get(key: string, build: () => Partial<Style>): Partial<Style> {
    let s = this.cache.get(key);
    if (!s) {
      s = build();
      this.cache.set(key, s);
    }
    return s;
  }

  title(size: number): Partial<Style> {
    return this.get(`title|${size}`, () => ({
      font: { ...BASE_FONT, size, bold: true },
      alignment: { horizontal: 'center', vertical: 'middle' },
    }));
  }

  line(align: 'left' | 'center' | 'right'): Partial<Style> {
    return this.get(`line|${align}`, () => ({ font: BASE_FONT, alignment: { horizontal: align, vertical: 'middle' } }));
  }

  header(): Partial<Style> {
    return this.get('header', () => ({
      font: { ...BASE_FONT, bold: true },
      fill: HEADER_FILL,
      border: GRID,
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    }));
  }

  /** A data cell of a table column; `numFmt` is the format the value needs (a date's), else the column's. */
  data(column: ColumnSpec, rowStyle: RowStyle, numFmt: string | undefined, link = false): Partial<Style> {
    const key = `data|${column.align ?? ''}|${column.wrap ? 1 : 0}|${numFmt ?? ''}|${rowStyle}|${link ? 1 : 0}`;
    return this.get(key, () => {
      const alignment: Partial<Alignment> = { vertical: 'middle' };
      if (column.align) alignment.horizontal = column.align;
      if (column.wrap) alignment.wrapText = true;
      const style: Partial<Style> = { font: rowFont(rowStyle, link), border: GRID, alignment };
      const fill = ROW_FILLS[rowStyle];
      if (fill) style.fill = fill;
      if (numFmt) style.numFmt = numFmt;
      return style;
    });
  }

  fieldLabel(): Partial<Style> {
    return this.get('fieldLabel', () => ({ font: { ...BASE_FONT, bold: true }, alignment: { horizontal: 'right', vertical: 'middle' } }));
  }

  fieldValue(numFmt: string | undefined, link = false): Partial<Style> {
    return this.get(`fieldValue|${numFmt ?? ''}|${link ? 1 : 0}`, () => {
      const style: Partial<Style> = { font: rowFont('normal', link), alignment: { horizontal: 'left', vertical: 'middle' } };
      if (numFmt) style.numFmt = numFmt;
      return style;
    });
  }

  signatureLabel(): Partial<Style> {
    return this.get('signatureLabel', () => ({ font: BASE_FONT, alignment: { horizontal: 'right', vertical: 'bottom' } }));
  }

  /** The blank cell after a signature label: an underline to sign on. */
  signatureBlank(): Partial<Style> {
    return this.get('signatureBlank', () => ({ font: BASE_FONT, border: { bottom: { style: 'thin', color: { argb: 'FF000000' } } } }));
  }
}

function rowFont(rowStyle: RowStyle, link: boolean): Partial<Font> {
  const base = ROW_FONTS[rowStyle] ?? BASE_FONT;
  return link ? { ...base, color: { argb: 'FF0563C1' }, underline: true } : base;
}
