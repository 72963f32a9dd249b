/**
 * The 四柱清册 sheet: a two-row header (旧管 / 新收 / 开除 / 实在 over 数量 and 金额), one row per
 * group, the total, the check against the ledger (and every difference with the rows causing it),
 * a column chart of the four amounts by group, and the signature line. A4 landscape.
 */
import type { Locale } from '../../i18n/locale';
import { formatFen } from '../../money';
import type { Block, SheetSpec, SpecValue } from '../../sheet/spec';
import type { FourPillarResult } from '../four-pillar';
import { label } from '../labels';
import type { QuantityAmount } from '../tally';
import { appendChart, CHART_WIDTH, dateText, fieldName, MONEY_FORMAT, printSetup, QUANTITY_FORMAT, sheetName, signatures, yuan } from './common';

export interface FourPillarSheetOptions {
  readonly locale?: Locale;
  readonly school?: string;
  readonly sheetName?: string;
}

const PILLARS = ['opening', 'additions', 'disposals', 'closing'] as const;
/** Rows behind a difference listed on the printed sheet; the JSON keeps all of them. */
export const MAX_CAUSES = 40;

function pair(qa: QuantityAmount): SpecValue[] {
  return [qa.quantity, yuan(qa.amount)];
}

export function renderFourPillarSheet(result: FourPillarResult, options: FourPillarSheetOptions = {}): SheetSpec {
  const locale = options.locale ?? 'zh-CN';
  const by = fieldName(result.by, locale);
  const blocks: Block[] = [
    { type: 'title', text: label(locale, 'title.fourPillar', { school: options.school ?? '' }) },
    { type: 'lines', lines: [label(locale, 'line.fourPillar', { sheet: result.sheet, by, from: dateText(result.from, locale), to: dateText(result.to, locale) })] },
  ];
  const q = { header: label(locale, 'col.quantity'), width: 9, numFmt: QUANTITY_FORMAT };
  const a = { header: label(locale, 'col.amount'), width: 14, numFmt: MONEY_FORMAT };
  blocks.push({
    type: 'table',
    groups: PILLARS.map((p, i) => ({ label: label(locale, `pillar.${p}`), from: 1 + i * 2, to: 2 + i * 2 })),
    columns: [{ header: by, width: 18 }, q, a, q, a, q, a, q, a],
    rows: result.rows.map((r) => [r.key, ...pair(r.opening), ...pair(r.additions), ...pair(r.disposals), ...pair(r.closing)]),
    rowStyles: result.rows.map((r) => (r.blank ? 'muted' : 'normal')),
    total: { label: label(locale, 'total'), labelColumn: 0, sumColumns: [1, 2, 3, 4, 5, 6, 7, 8] },
    freezeHeader: true,
  });

  const notes = [label(locale, 'note.fourPillarRule')];
  const check = result.check;
  if (check.differences.length === 0) {
    notes.push(label(locale, 'check.ok', { quantity: check.heldAtEnd.quantity, amount: formatFen(check.heldAtEnd.amount) }));
    if (check.totalRow) notes.push(label(locale, 'check.totalOk', { row: check.totalRow.row }));
  } else {
    // Lines across the page rather than a table: the causes are sentences, and a line never prints cut.
    notes.push(label(locale, 'check.differs', { count: check.differences.length }));
    check.differences.forEach((d, i) => {
      notes.push(label(locale, 'check.difference', {
        n: i + 1, kind: label(locale, `check.kind.${d.kind}`), group: d.group ? `“${d.group}”` : '', quantity: d.quantity, amount: formatFen(d.amount),
      }));
      for (const c of d.rows.slice(0, MAX_CAUSES)) notes.push(`\u3000\u3000${c.message[locale]}`);
      if (d.rows.length > MAX_CAUSES) notes.push(`\u3000\u3000${label(locale, 'check.more', { count: d.rows.length - MAX_CAUSES })}`);
    });
  }
  blocks.push({ type: 'lines', lines: notes });

  const charts: NonNullable<SheetSpec['charts']> = [];
  if (result.rows.length > 0) {
    charts.push(appendChart(blocks, {
      type: 'column',
      title: label(locale, 'chart.fourPillar', { by }),
      table: 0,
      categoryColumn: 0,
      valueColumns: [2, 4, 6, 8],
      seriesNames: PILLARS.map((p) => label(locale, `pillar.short.${p}`)),
    }, { orientation: 'landscape', widthChars: 18 + (9 + 14) * 4 }, CHART_WIDTH + 160));
  }
  blocks.push(signatures(locale));
  return {
    name: sheetName(options.sheetName ?? label(locale, 'sheet.fourPillar')),
    kind: 'reports.fourPillar',
    blocks,
    print: printSetup(locale, 'landscape'),
    charts,
  };
}
