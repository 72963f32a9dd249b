/**
 * 盘点报告, the count report in the form offices file and sign: unit, count date and counters; an
 * overview sentence; the 盘盈 and 盘亏 lists with amounts and totals; the 不符 list (changes of place,
 * custodian… that need a ledger update, not a write-off); a blank 处理意见 and the signature lines
 * (盘点人、监盘人、资产管理员、单位负责人). Print-ready on A4.
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale';
import { formatFenGrouped } from '../../money';
import type { Block, ColumnSpec, SheetSpec, SpecValue } from '../../sheet/spec';
import type { ReconcileResult } from '../engine';
import { listItems } from '../items';
import { shortageEntries, surplusEntries } from '../lists';
import type { AssetRow } from '../records';
import { unitPriceOf } from '../value';
import { MONEY_FORMAT, QUANTITY_FORMAT, sheetName, yuan } from './common';
import { fieldLabel, label, type LabelKey } from './labels';

export interface CountReportOptions {
  readonly locale?: Locale;
  /** The school or office ("XX县第一中学"). */
  readonly unitName?: string;
  /** ISO date of the count. */
  readonly countDate?: string;
  /** Names of the people who counted. */
  readonly countedBy?: readonly string[];
  readonly sheetName?: string;
}

export function renderCountReport(result: ReconcileResult, options: CountReportOptions = {}): SheetSpec {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const L = (k: LabelKey, p?: Record<string, string | number>): string => label(locale, k, p);
  const f = (key: string): string => fieldLabel(locale, key);
  const s = result.summary;
  const unit = options.unitName ?? '';
  const blank = '＿＿＿＿＿＿';

  const shortages = shortageEntries(result);
  // Possible matches stay out of both lists' totals until confirmed; the overview says how many wait.
  const surpluses = surplusEntries(result);
  let surplusAmount = 0;
  for (const e of surpluses) surplusAmount += e.amount ?? 0;

  const blocks: Block[] = [
    { type: 'title', text: L('report.title', { unit }).trim() },
    {
      type: 'lines',
      lines: [
        L('report.unit', { unit: unit || blank }),
        L('report.date', { date: options.countDate ?? blank }),
        L('report.countedBy', { people: options.countedBy && options.countedBy.length > 0 ? options.countedBy.join('、') : blank }),
      ],
    },
    { type: 'lines', lines: [L('report.money')], align: 'right' },
    { type: 'lines', lines: [L('report.overview')] },
    {
      type: 'lines',
      lines: [
        L('report.overviewText', {
          ledgerRows: s.ledgerRows,
          ledgerQuantity: s.ledgerQuantity,
          ledgerAmount: formatFenGrouped(s.ledgerAmount),
          countedQuantity: s.countedQuantity,
          agreed: s.agreed,
          mismatched: s.mismatched,
          surplusItems: surpluses.length,
          surplusAmount: formatFenGrouped(surplusAmount),
          shortageItems: shortages.length,
          shortageAmount: formatFenGrouped(s.shortageAmount),
        }),
        ...(s.possibleMatches > 0 ? [L('note.pending', { count: s.possibleMatches })] : []),
      ],
    },
  ];

  // 二、盘盈
  blocks.push({ type: 'lines', lines: [L('report.surplusList')] });
  if (surpluses.length === 0) blocks.push({ type: 'lines', lines: [L('report.none')] });
  else {
    const columns: ColumnSpec[] = [
      { header: L('col.index'), width: 6, align: 'center' },
      { header: f('code'), width: 16, numFmt: '@' },
      { header: f('name'), width: 18 },
      { header: f('spec'), width: 14 },
      { header: L('col.foundQuantity'), width: 9, numFmt: QUANTITY_FORMAT },
      { header: f('unitPrice'), width: 11, numFmt: MONEY_FORMAT },
      { header: f('amount'), width: 12, numFmt: MONEY_FORMAT },
      { header: f('location'), width: 14 },
      { header: L('col.note'), width: 22, wrap: true },
    ];
    const rows: SpecValue[][] = surpluses.map((e, i) => {
      const found = result.count[e.count] as AssetRow;
      if (e.kind === 'over') {
        const book = result.ledger[e.ledger] as AssetRow;
        const note = L('note.short', { book: book.quantity, counted: result.counted[e.ledger] as number });
        return [i + 1, book.code, book.name, book.spec, e.quantity, yuan(unitPriceOf(book)), yuan(e.amount), found.location || book.location, note];
      }
      const note = found.code === '' ? L('note.noCode') : '';
      return [i + 1, found.code, found.name, found.spec, e.quantity, yuan(unitPriceOf(found)), yuan(e.amount), found.location, note];
    });
    blocks.push({ type: 'table', columns, rows, total: { label: L('col.total'), labelColumn: 1, sumColumns: [4, 6] } });
  }

  // 三、盘亏
  blocks.push({ type: 'lines', lines: [L('report.shortageList')] });
  if (shortages.length === 0) blocks.push({ type: 'lines', lines: [L('report.none')] });
  else {
    const columns: ColumnSpec[] = [
      { header: L('col.index'), width: 6, align: 'center' },
      { header: f('code'), width: 16, numFmt: '@' },
      { header: f('name'), width: 18 },
      { header: f('spec'), width: 14 },
      { header: L('col.ledgerQuantity', { side: L('side.ledger') }), width: 9, numFmt: QUANTITY_FORMAT },
      { header: L('col.missingQuantity'), width: 9, numFmt: QUANTITY_FORMAT },
      { header: f('unitPrice'), width: 11, numFmt: MONEY_FORMAT },
      { header: f('amount'), width: 12, numFmt: MONEY_FORMAT },
      { header: f('department'), width: 12 },
      { header: f('location'), width: 14 },
      { header: L('col.note'), width: 18, wrap: true },
    ];
    const rows: SpecValue[][] = shortages.map((e, i) => {
      const book = result.ledger[e.ledger] as AssetRow;
      const note = e.whole ? L('note.notFound') : L('note.short', { book: e.bookQuantity, counted: e.countedQuantity });
      return [i + 1, book.code, book.name, book.spec, e.bookQuantity, e.quantity, yuan(unitPriceOf(book)), yuan(e.amount), book.department, book.location, note];
    });
    blocks.push({ type: 'table', columns, rows, total: { label: L('col.total'), labelColumn: 1, sumColumns: [5, 7] } });
  }

  // 四、不符 (field changes only; quantity differences are in the lists above)
  const mismatches = listItems(result, { problemsOnly: true }).filter((it) => it.status === 'matched' && it.differences && it.differences.fields.length > 0);
  if (mismatches.length > 0) {
    blocks.push({ type: 'lines', lines: [L('report.mismatchList')] });
    // One line per differing field, so each value fits its column.
    const columns: ColumnSpec[] = [
      { header: L('col.index'), align: 'center' },
      { header: f('code'), numFmt: '@' },
      { header: f('name') },
      { header: L('col.differences') },
      { header: L('side.ledger'), wrap: true },
      { header: L('side.count'), wrap: true },
    ];
    const rows: SpecValue[][] = [];
    mismatches.forEach((it, i) => {
      const book = result.ledger[it.ledger] as AssetRow;
      for (const d of it.differences?.fields ?? []) rows.push([i + 1, book.code, book.name, f(d.field), d.ledger, d.count]);
    });
    blocks.push({ type: 'table', columns, rows });
  }

  blocks.push(
    { type: 'spacer' },
    { type: 'lines', lines: [L('report.opinion')] },
    { type: 'spacer', rows: 4 },
    { type: 'signatures', labels: [L('sign.counter'), L('sign.supervisor'), L('sign.keeper'), L('sign.head')] },
    { type: 'lines', lines: [L('report.dateLine')], align: 'right' },
  );

  return {
    name: sheetName(options.sheetName ?? L('sheet.report')),
    kind: 'reconcile.report',
    width: 11,
    // Shared by the tables stacked on this sheet, so wide texts (names, places, notes) fall in wide columns.
    columnWidths: [6, 16, 18, 14, 12, 12, 12, 12, 12, 14, 22],
    blocks,
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatHeader: false, footer: L('report.footer') },
  };
}
