/**
 * The ExcelJS style of a planned cell. The plan (core/sheet/layout.ts) says what a cell is — a title,
 * a header, a data cell of a "bad" row, bordered, underlined, with a number format; this file says
 * how that looks in ExcelJS's terms. ExcelJS shares a style object between the cells it is assigned
 * to, so every style is built once per look, cached, and never mutated afterwards (setting
 * `cell.numFmt` on one cell would otherwise restyle thousands).
 */
import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';
import type { CellStyle } from '../../core/sheet/layout';
import { BASE_FONT_SIZE } from '../../core/sheet/layout';
import type { RowStyle } from '../../core/sheet/spec';

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const GRID: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const SIGN_LINE: Partial<Borders> = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
const FONT_NAME = '宋体';
const DEFAULT_TITLE_SIZE = 16;

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
const HEADER_FILL = solid('FFD9E1F2');
const MUTED_COLOR = 'FF808080';
const LINK_COLOR = 'FF0563C1';
/** Where text sits when the plan names no alignment. */
const DEFAULT_ALIGN: Partial<Record<CellStyle, Alignment['horizontal']>> = {
  title: 'center',
  header: 'center',
  fieldLabel: 'right',
  fieldValue: 'left',
  signatureLabel: 'right',
};

/** Everything the plan says about one cell. */
export interface CellLook {
  style?: CellStyle;
  rowStyle?: RowStyle;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  size?: number;
  numFmt?: string;
  bordered?: boolean;
  underlined?: boolean;
  link?: boolean;
}

export class StyleBook {
  private readonly cache = new Map<string, Partial<Style>>();

  of(look: CellLook): Partial<Style> {
    const key = `${look.style ?? ''}|${look.rowStyle ?? ''}|${look.align ?? ''}|${look.wrap ? 1 : 0}|${look.size ?? ''}|${look.numFmt ?? ''}|${look.bordered ? 1 : 0}|${look.underlined ? 1 : 0}|${look.link ? 1 : 0}`;
    let s = this.cache.get(key);
    if (!s) {
      s = build(look);
      this.cache.set(key, s);
    }
    return s;
  }
}

function build(look: CellLook): Partial<Style> {
  const kind = look.style;
  const data = kind === 'data';
  const font: Partial<Font> = { name: FONT_NAME, size: BASE_FONT_SIZE };
  if (kind === 'title') font.size = look.size ?? DEFAULT_TITLE_SIZE;
  if (kind === 'title' || kind === 'header' || kind === 'fieldLabel' || (data && (look.rowStyle === 'subtotal' || look.rowStyle === 'total'))) font.bold = true;
  if (data && look.rowStyle === 'muted') font.color = { argb: MUTED_COLOR };
  if (look.link) {
    font.color = { argb: LINK_COLOR };
    font.underline = true;
  }
  const alignment: Partial<Alignment> = { vertical: kind === 'signatureLabel' ? 'bottom' : 'middle' };
  const horizontal = look.align ?? (kind ? DEFAULT_ALIGN[kind] : undefined);
  if (horizontal) alignment.horizontal = horizontal;
  if (look.wrap || kind === 'header') alignment.wrapText = true;
  const style: Partial<Style> = { font, alignment };
  const fill = kind === 'header' ? HEADER_FILL : data && look.rowStyle ? ROW_FILLS[look.rowStyle] : undefined;
  if (fill) style.fill = fill;
  if (look.bordered) style.border = GRID;
  else if (look.underlined) style.border = SIGN_LINE;
  if (look.numFmt) style.numFmt = look.numFmt;
  return style;
}
