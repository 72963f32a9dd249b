/** What every report sheet shares: formats, print setup, signature line, the findings sheet. */
import type { Finding } from '../../findings';
import type { Locale } from '../../i18n/locale';
import { fenToYuanNumber, type Fen } from '../../money';
import { splitIso, type IsoDate } from '../../dates';
import { qualifiedAddress } from '../../sheet/address';
import { blockRowCount, type Block, type ChartSpec, type PrintSpec, type SheetSpec, type SpecValue } from '../../sheet/spec';
import { ASSET_FIELDS } from '../../sheet/fields';
import { label } from '../labels';

export const MONEY_FORMAT = '#,##0.00';
export const QUANTITY_FORMAT = '#,##0.###;-#,##0.###;0';
export const COUNT_FORMAT = '#,##0';
export const PERCENT_FORMAT = '0.00%';
/** Row height the adapters write by default, in points: how many rows a chart covers. */
const ROW_POINTS = 15;

export function yuan(fen: Fen): number {
  return fenToYuanNumber(fen);
}

/** Excel's limit for sheet names. */
export function sheetName(name: string): string {
  return [...name].slice(0, 31).join('');
}

export function dateText(date: IsoDate, locale: Locale): string {
  if (locale === 'en-US') return date;
  const { y, m, d } = splitIso(date);
  return `${y}年${m}月${d}日`;
}

export function fieldName(key: string, locale: Locale): string {
  const f = ASSET_FIELDS.find((x) => x.key === key);
  if (!f) return key;
  return locale === 'zh-CN' ? f.zh : f.en;
}

export function printSetup(locale: Locale, orientation: PrintSpec['orientation']): PrintSpec {
  return { paper: 'A4', orientation, fitToWidth: true, repeatHeader: true, footer: label(locale, 'footer') };
}

export function signatures(locale: Locale): Block {
  return { type: 'signatures', labels: [label(locale, 'sign.preparer'), label(locale, 'sign.reviewer'), label(locale, 'sign.date')] };
}

export const CHART_HEIGHT = 270;
export const CHART_WIDTH = 520;
/** A4 inside the margins the adapters set (0.5 in left and right, 0.6 in top, 0.75 in bottom), in points. */
const PRINTABLE: Record<PrintSpec['orientation'], { width: number; height: number }> = {
  portrait: { width: 523, height: 744 },
  landscape: { width: 770, height: 498 },
};
/** Points per character of column width (7 px of the default font). */
const POINTS_PER_CHAR = 5.25;

type ChartWithoutAnchor = Omit<ChartSpec, 'anchor'>;

/**
 * Puts a chart after the blocks so far: on empty rows kept for it (so it covers no text and prints
 * in place), starting a new page when it would not fit on the current one. Pages are fitted to the
 * sheet's width, so a wide sheet prints smaller and more rows fit on a page; the estimate keeps a
 * few rows in hand for the taller title and the repeated header.
 */
export function appendChart(
  blocks: Block[],
  chart: ChartWithoutAnchor,
  page: { readonly orientation: PrintSpec['orientation']; readonly widthChars: number },
  width = CHART_WIDTH,
  height = CHART_HEIGHT,
): ChartSpec {
  const printable = PRINTABLE[page.orientation];
  const scale = Math.min(1, printable.width / Math.max(1, page.widthChars * POINTS_PER_CHAR), printable.width / width);
  const perPage = Math.floor(printable.height / (ROW_POINTS * scale)) - 4;
  const before = blocks.reduce((n, b) => n + blockRowCount(b), 0) + 1;
  const rows = Math.ceil(height / ROW_POINTS) + 1;
  blocks.push({ type: 'spacer' });
  if ((before % perPage) + rows > perPage) blocks.push({ type: 'pageBreak' });
  const anchor = { block: blocks.length, column: 0, width, height };
  blocks.push({ type: 'spacer', rows });
  return { ...chart, anchor };
}

/** Width of a row of columns, in characters (10 for a column without a width). */
export function widthChars(columns: ReadonlyArray<{ readonly width?: number }>): number {
  return columns.reduce((n, c) => n + (c.width ?? 10), 0);
}

/** The notes sheet beside a report: "资产汇总说明", "Asset summary notes". */
export function notesSheetName(reportSheet: string, locale: Locale): string {
  return sheetName(locale === 'zh-CN' ? `${reportSheet}说明` : `${reportSheet} notes`);
}

/** Where a finding points, as text: "固定资产明细账!I17"; a link when the source sheet is in the same workbook. */
function findingPlace(f: Finding, link: boolean): SpecValue {
  if (!f.cell) return f.sheet;
  const first = f.cell.split(':')[0] ?? f.cell;
  const anchor = /^\d+$/.test(first) ? `A${first}` : first;
  const text = qualifiedAddress(f.sheet, f.cell);
  return link ? { text, link: qualifiedAddress(f.sheet, anchor) } : text;
}

/** The findings of a report run, to work through or print; links back to the cells when `link`. */
export function findingsSheet(findings: readonly Finding[], locale: Locale, options: { link: boolean; report: string }): SheetSpec {
  return {
    name: notesSheetName(options.report, locale),
    kind: 'reports.findings',
    blocks: [
      { type: 'title', text: label(locale, 'title.findings', { report: options.report }) },
      {
        type: 'table',
        columns: [
          { header: label(locale, 'col.level'), width: 7 },
          { header: label(locale, 'col.where'), width: 22 },
          // Not wrapped: a wrapped row keeps its one-line height in files (nothing measures it), so it would print cut.
          { header: label(locale, 'col.note'), width: 110 },
        ],
        rows: findings.map((f) => [label(locale, `severity.${f.severity}`), findingPlace(f, options.link), f.message[locale]]),
        rowStyles: findings.map((f) => (f.severity === 'error' ? 'bad' : f.severity === 'warning' ? 'warn' : 'info')),
        autoFilter: true,
        freezeHeader: true,
      },
    ],
    print: printSetup(locale, 'landscape'),
  };
}
