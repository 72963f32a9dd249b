/**
 * The asset summary sheet: one row per group (or per sub-group, with a 小计 after each group), a
 * total, notes on depreciation and on what was left out, a column chart of 原值 and 净值 by the
 * first grouping field, and the signature line. Printed A4 portrait, header repeated.
 */
import type { Locale } from '../../i18n/locale';
import { formatFen } from '../../money';
import type { Block, ColumnSpec, RowStyle, SheetSpec, SpecValue } from '../../sheet/spec';
import { label } from '../labels';
import type { SummaryFigures, SummaryResult } from '../summary';
import {
  appendChart, COUNT_FORMAT, widthChars, dateText, fieldName, MONEY_FORMAT, notesSheetName, printSetup, QUANTITY_FORMAT, sheetName, signatures, yuan,
} from './common';

export interface SummarySheetOptions {
  readonly locale?: Locale;
  readonly school?: string;
  readonly sheetName?: string;
}

function figureColumns(locale: Locale): ColumnSpec[] {
  return [
    { header: label(locale, 'col.items'), width: 8, numFmt: COUNT_FORMAT },
    { header: label(locale, 'col.quantity'), width: 10, numFmt: QUANTITY_FORMAT },
    { header: label(locale, 'col.original'), width: 15, numFmt: MONEY_FORMAT },
    { header: label(locale, 'col.accumulated'), width: 15, numFmt: MONEY_FORMAT },
    { header: label(locale, 'col.net'), width: 15, numFmt: MONEY_FORMAT },
  ];
}

function figures(f: SummaryFigures): SpecValue[] {
  return [f.items, f.quantity, yuan(f.original), yuan(f.accumulated), yuan(f.net)];
}

export function renderSummarySheet(result: SummaryResult, options: SummarySheetOptions = {}): SheetSpec {
  const locale = options.locale ?? 'zh-CN';
  const [first, second] = result.by;
  if (!first) throw new RangeError('a summary has a grouping field');
  const name = sheetName(options.sheetName ?? label(locale, 'sheet.summary'));
  const byText = result.by.map((b) => fieldName(b, locale)).join(locale === 'zh-CN' ? '、' : ', ');
  const blocks: Block[] = [
    { type: 'title', text: label(locale, 'title.summary', { school: options.school ?? '' }) },
    { type: 'lines', lines: [label(locale, 'line.summary', { sheet: result.sheet, by: byText, at: dateText(result.at, locale) })] },
  ];
  const keyColumns: ColumnSpec[] = result.by.map((b) => ({ header: fieldName(b, locale), width: 18 }));
  const rows: SpecValue[][] = [];
  const styles: RowStyle[] = [];
  if (!second) {
    for (const g of result.groups) {
      rows.push([g.key, ...figures(g)]);
      styles.push(g.blank ? 'muted' : 'normal');
    }
    blocks.push({
      type: 'table',
      columns: [...keyColumns, ...figureColumns(locale)],
      rows,
      rowStyles: styles,
      total: { label: label(locale, 'total'), labelColumn: 0, sumColumns: [1, 2, 3, 4, 5] },
      freezeHeader: true,
    });
  } else {
    // Subtotal rows sit among the data, so the total is written as a row of its own (not a SUM).
    for (const g of result.groups) {
      for (const c of g.children ?? []) {
        rows.push([g.key, c.key, ...figures(c)]);
        styles.push(c.blank ? 'muted' : 'normal');
      }
      rows.push([label(locale, 'subtotal', { key: g.key }), null, ...figures(g)]);
      styles.push('subtotal');
    }
    rows.push([label(locale, 'total'), null, ...figures(result.total)]);
    styles.push('total');
    blocks.push({ type: 'table', columns: [...keyColumns, ...figureColumns(locale)], rows, rowStyles: styles, freezeHeader: true });
  }
  const notes = [label(locale, 'note.depreciation', { at: dateText(result.at, locale) }), label(locale, 'note.life')];
  if (result.unresolved.items > 0) {
    notes.push(label(locale, 'note.unresolved', { items: result.unresolved.items, amount: formatFen(result.unresolved.amount), sheet: notesSheetName(name, locale) }));
  }
  if (result.notYetAcquired.items > 0 || result.disposed.items > 0) {
    notes.push(label(locale, 'note.excluded', {
      futureItems: result.notYetAcquired.items, futureAmount: formatFen(result.notYetAcquired.amount),
      disposedItems: result.disposed.items, disposedAmount: formatFen(result.disposed.amount),
    }));
  }
  blocks.push({ type: 'lines', lines: notes });

  let chartTable = 0;
  if (second) {
    // The chart draws the first level only, from a small table of its own.
    blocks.push({ type: 'spacer' });
    blocks.push({ type: 'lines', lines: [label(locale, 'table.byFirst', { by: fieldName(first, locale) })] });
    blocks.push({
      type: 'table',
      columns: [keyColumns[0] ?? { header: fieldName(first, locale) }, ...figureColumns(locale)],
      rows: result.groups.map((g) => [g.key, ...figures(g)]),
      total: { label: label(locale, 'total'), labelColumn: 0, sumColumns: [1, 2, 3, 4, 5] },
    });
    chartTable = 1;
  }
  const charts: NonNullable<SheetSpec['charts']> = [];
  if (result.groups.length > 0) {
    charts.push(appendChart(blocks, {
      type: 'column',
      title: label(locale, 'chart.summary', { by: fieldName(first, locale) }),
      table: chartTable,
      categoryColumn: 0,
      valueColumns: [3, 5],
    }, { orientation: 'portrait', widthChars: second ? 18 + 18 + 15 * 5 : widthChars([...keyColumns, ...figureColumns(locale)]) }));
  }
  blocks.push(signatures(locale));
  return {
    name,
    kind: 'reports.summary',
    blocks,
    print: printSetup(locale, 'portrait'),
    // Both tables share the sheet's columns: every one wide enough for an amount.
    ...(second ? { columnWidths: [18, 18, 15, 15, 15, 15, 15] } : {}),
    charts,
  };
}
