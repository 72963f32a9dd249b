/**
 * The period comparison sheet: one row per group (本期, the earlier period, change, change %), the
 * total, the sentences in the office's own style ready to paste into a summary, a clustered column
 * chart of both periods, and the signature line. A4 portrait.
 */
import type { Locale, Localized } from '../../i18n/locale';
import type { Block, ColumnSpec, RowStyle, SheetSpec, SpecValue } from '../../sheet/spec';
import type { CompareLine, CompareResult } from '../compare';
import { label } from '../labels';
import { periodLabel, termLabel, type MonthPeriod } from '../periods';
import { appendChart, widthChars, MONEY_FORMAT, PERCENT_FORMAT, printSetup, sheetName, signatures, yuan } from './common';

export interface CompareSheetOptions {
  readonly locale?: Locale;
  readonly school?: string;
  readonly sheetName?: string;
  /** The grouping column as the sheet calls it ("物品类别"). */
  readonly byLabel: string;
  /** What the amounts are ("支出"), for the title. */
  readonly noun?: Localized;
}

function describe(p: MonthPeriod, locale: Locale): string {
  const term = termLabel(p);
  const months = periodLabel(p)[locale];
  return term ? `${term[locale]}（${months}）` : months;
}

function lineRow(l: CompareLine): SpecValue[] {
  return [l.key, yuan(l.current), yuan(l.previous), yuan(l.change), l.changeBasis === null ? '—' : l.changeBasis / 10000];
}

export function renderCompareSheet(result: CompareResult, options: CompareSheetOptions): SheetSpec {
  const locale = options.locale ?? 'zh-CN';
  const againstName = label(locale, `against.${result.against}`);
  const noun = options.noun?.[locale] ?? (locale === 'zh-CN' ? '支出' : 'Spending');
  const blocks: Block[] = [
    { type: 'title', text: label(locale, 'title.compare', { school: options.school ?? '', noun }) },
    {
      type: 'lines',
      lines: [
        label(locale, 'line.compare', { sheet: result.sheet, by: options.byLabel }),
        label(locale, 'line.comparePeriods', { current: describe(result.current, locale), againstName, previous: describe(result.previous, locale) }),
      ],
    },
  ];
  const money = (header: string) => ({ header, width: 15, numFmt: MONEY_FORMAT });
  const rows = [...result.lines.map(lineRow), lineRow({ ...result.total, key: label(locale, 'total') })];
  const columns: ColumnSpec[] = [
    { header: options.byLabel, width: 18 },
    money(label(locale, 'col.current')),
    money(againstName),
    money(label(locale, 'col.change')),
    { header: label(locale, 'col.changePercent'), width: 10, numFmt: PERCENT_FORMAT, align: 'right' },
  ];
  blocks.push({
    type: 'table',
    columns,
    rows,
    rowStyles: [...result.lines.map((l): RowStyle => (l.blank ? 'muted' : l.change > 0 ? 'warn' : l.change < 0 ? 'good' : 'normal')), 'total'],
    freezeHeader: true,
  });
  blocks.push({
    type: 'lines',
    lines: [
      label(locale, 'sentences.heading'),
      ...result.lines.map((l, i) => `${i + 1}${locale === 'zh-CN' ? '、' : '. '}${l.sentence[locale]}`),
      result.total.sentence[locale],
      label(locale, 'note.compareRule', { againstName }),
    ],
  });
  const charts: NonNullable<SheetSpec['charts']> = [];
  if (result.lines.length > 0) {
    charts.push(appendChart(blocks, {
      type: 'column',
      title: label(locale, 'chart.compare', { by: options.byLabel, againstName }),
      table: 0,
      categoryColumn: 0,
      valueColumns: [1, 2],
      rows: { from: 0, to: result.lines.length - 1 },
    }, { orientation: 'portrait', widthChars: widthChars(columns) }));
  }
  blocks.push(signatures(locale));
  return {
    name: sheetName(options.sheetName ?? label(locale, 'sheet.compare')),
    kind: 'reports.compare',
    blocks,
    print: printSetup(locale, 'portrait'),
    charts,
  };
}
