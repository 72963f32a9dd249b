/**
 * The result sheet of a run: a summary block (账面 quantity and amount, 实盘, 盘盈, 盘亏, 不符,
 * duplicates, possible matches) over a detail table with one line per item — status in words, code,
 * name, book and counted values side by side, the differences, a note, and links to the source rows —
 * styled by status and filterable.
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale';
import type { Fen } from '../../money';
import type { Block, ColumnSpec, RowStyle, SheetSpec, SpecValue } from '../../sheet/spec';
import type { ReconcileResult } from '../engine';
import { displayStatus, itemCode, itemName, listItems, type ReconcileItem } from '../items';
import type { AssetRow, CompareField } from '../records';
import { unitPriceOf, valueOf } from '../value';
import { MONEY_FORMAT, QUANTITY_FORMAT, rowLink, sheetName, yuan } from './common';
import { fieldLabel, label, STATUS_STYLE, statusLabel } from './labels';

export interface ResultSheetOptions {
  readonly locale?: Locale;
  readonly title?: string;
  readonly countDate?: string;
  /** Names of the two sides in headers: 账面/实盘 by default; two ledgers' names for 账账. */
  readonly sides?: { readonly left: string; readonly right: string };
  /** Leave agreeing rows (相符) out of the detail table. */
  readonly problemsOnly?: boolean;
  readonly sheetName?: string;
}

function scoreText(score: number): string {
  return score.toFixed(2);
}

/** The note column: how a split was counted, what a duplicate repeats, what a possible match might be. */
export function itemNote(result: ReconcileResult, item: ReconcileItem, locale: Locale): string {
  const rowOfCount = (c: number): number => (result.count[c] as AssetRow).row;
  const rowOfLedger = (l: number): number => (result.ledger[l] as AssetRow).row;
  const notes: string[] = [];
  if (item.status === 'matched' && item.parts.length > 1) {
    const list = item.parts.map((c) => {
      const p = result.count[c] as AssetRow;
      return `${p.location || p.department || label(locale, 'col.blank')} ${p.quantity}`;
    });
    notes.push(label(locale, 'note.split', { parts: item.parts.length, list: list.join('、') }));
  }
  if (item.confirmed) notes.push(label(locale, 'note.confirmed'));
  if (item.status === 'duplicate') {
    const kept = result.firstPart[item.ledger] as number;
    notes.push(kept >= 0 ? label(locale, 'note.duplicate', { row: rowOfCount(kept) }) : label(locale, 'note.duplicateOfNone'));
  }
  if (item.status === 'possibleMatch') {
    const [best, ...rest] = item.candidates;
    if (best) {
      let text = label(locale, 'note.possible', { row: rowOfLedger(best.ledger), score: scoreText(best.score) });
      if (rest.length > 0) text += label(locale, 'note.possibleMore', { list: rest.map((c) => `${rowOfLedger(c.ledger)}（${scoreText(c.score)}）`).join('、') });
      notes.push(text);
    }
  }
  if (item.status === 'surplus' && (result.count[item.count] as AssetRow).code === '') notes.push(label(locale, 'note.noCode'));
  return notes.join('；');
}

/** The value a side shows for a field: the ledger row's, or the count rows' distinct values. */
function sideText(rows: readonly AssetRow[], field: Exclude<CompareField, 'unitPrice' | 'amount'>): string {
  const seen: string[] = [];
  for (const r of rows) if (r[field] !== '' && !seen.includes(r[field])) seen.push(r[field]);
  return seen.join('、');
}

function sideMoney(rows: readonly AssetRow[], field: 'unitPrice' | 'amount'): Fen | undefined {
  if (rows.length === 0) return undefined;
  if (field === 'unitPrice') return unitPriceOf(rows[0] as AssetRow);
  let total = 0;
  for (const r of rows) {
    const v = valueOf(r);
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

export function renderResultSheet(result: ReconcileResult, options: ResultSheetOptions = {}): SheetSpec {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const L = (k: Parameters<typeof label>[1], p?: Parameters<typeof label>[2]): string => label(locale, k, p);
  const left = options.sides?.left ?? L('side.ledger');
  const right = options.sides?.right ?? L('side.count');
  const s = result.summary;
  const { ledgerSource, countSource } = result.options;
  const fields = result.options.compareFields;

  const header: Block[] = [
    { type: 'title', text: options.title ?? L('result.title') },
    { type: 'lines', lines: [L('result.sources', { ledger: ledgerSource.sheet, count: countSource.sheet }), ...(options.countDate ? [L('result.date', { date: options.countDate })] : [])] },
    {
      type: 'fields',
      numFmt: QUANTITY_FORMAT,
      pairs: [
        [L('summary.ledgerRows'), s.ledgerRows],
        [L('summary.countRows'), s.countRows],
        [L('summary.ledgerQuantity'), s.ledgerQuantity],
        [L('summary.countedQuantity'), s.countedQuantity],
        [L('summary.agreed'), s.agreed],
        [L('summary.mismatched'), s.mismatched],
        [L('summary.shortage'), s.shortage],
        [L('summary.shortageQuantity'), s.shortageQuantity],
        [L('summary.surplus'), s.surplus],
        [L('summary.surplusQuantity'), s.surplusQuantity],
        [L('summary.duplicates'), s.duplicates],
        [L('summary.possibleMatches'), s.possibleMatches],
      ],
    },
    {
      type: 'fields',
      numFmt: MONEY_FORMAT,
      pairs: [
        [L('summary.ledgerAmount'), yuan(s.ledgerAmount)],
        [L('summary.shortageAmount'), yuan(s.shortageAmount)],
        [L('summary.surplusAmount'), yuan(s.surplusAmount)],
        [L('summary.overAmount'), yuan(s.overAmount)],
      ],
    },
    { type: 'spacer' },
  ];

  const columns: ColumnSpec[] = [
    { header: L('col.status'), width: 8, align: 'center' },
    { header: fieldLabel(locale, 'code'), width: 18, numFmt: '@' },
    { header: fieldLabel(locale, 'name'), width: 20 },
    { header: fieldLabel(locale, 'spec'), width: 16 },
    { header: L('col.ledgerQuantity', { side: left }), width: 10, numFmt: QUANTITY_FORMAT },
    { header: L('col.ledgerQuantity', { side: right }), width: 10, numFmt: QUANTITY_FORMAT },
    { header: L('col.quantityDifference'), width: 10, numFmt: QUANTITY_FORMAT },
    { header: L('col.amountDifference'), width: 12, numFmt: MONEY_FORMAT },
    { header: fieldLabel(locale, 'unitPrice'), width: 12, numFmt: MONEY_FORMAT },
  ];
  for (const f of fields) {
    const money = f === 'unitPrice' || f === 'amount';
    for (const side of [left, right]) {
      columns.push({ header: L('col.sideField', { side, field: fieldLabel(locale, f) }), width: money ? 12 : 14, ...(money ? { numFmt: MONEY_FORMAT } : {}) });
    }
  }
  columns.push(
    { header: L('col.differences'), width: 16 },
    { header: L('col.note'), width: 30 },
    { header: L('col.ledgerRow'), width: 18 },
    { header: L('col.countRow'), width: 18 },
  );

  const rows: SpecValue[][] = [];
  const rowStyles: RowStyle[] = [];
  for (const item of listItems(result, { problemsOnly: options.problemsOnly ?? false })) {
    const status = displayStatus(item);
    const book = item.ledger >= 0 && item.status !== 'possibleMatch' ? (result.ledger[item.ledger] as AssetRow) : null;
    const countRows = item.status === 'matched' ? item.parts.map((c) => result.count[c] as AssetRow) : item.count >= 0 ? [result.count[item.count] as AssetRow] : [];
    const describe = book ?? (countRows[0] as AssetRow);
    const d = item.differences;
    const countedQuantity = item.status === 'matched' ? (result.counted[item.ledger] as number) : item.count >= 0 ? (countRows[0] as AssetRow).quantity : null;
    let quantityDifference: SpecValue = null;
    let amountDifference: SpecValue = null;
    if (item.status === 'matched') {
      quantityDifference = d?.quantity ?? 0;
      amountDifference = d && d.quantity !== 0 ? yuan(d.quantityAmount) : null;
    } else if (item.status === 'shortage' && book) {
      quantityDifference = -book.quantity;
      const v = valueOf(book);
      amountDifference = v === undefined ? null : yuan(-v);
    }
    const line: SpecValue[] = [
      statusLabel(locale, status),
      itemCode(result, item),
      itemName(result, item),
      describe.spec,
      book ? book.quantity : null,
      countedQuantity,
      quantityDifference,
      amountDifference,
      yuan(book ? unitPriceOf(book) : countRows[0] ? unitPriceOf(countRows[0]) : undefined),
    ];
    for (const f of fields) {
      if (f === 'unitPrice' || f === 'amount') {
        line.push(yuan(book ? sideMoney([book], f) : undefined), yuan(sideMoney(countRows, f)));
      } else {
        line.push(book ? book[f] : null, countRows.length > 0 ? sideText(countRows, f) : null);
      }
    }
    const diffNames: string[] = [];
    if (d && d.quantity !== 0) diffNames.push(fieldLabel(locale, 'quantity'));
    for (const f of d?.fields ?? []) diffNames.push(fieldLabel(locale, f.field));
    line.push(
      diffNames.join('、'),
      itemNote(result, item, locale),
      item.ledger >= 0 ? rowLink(ledgerSource, (result.ledger[item.ledger] as AssetRow).row, locale) : null,
      item.count >= 0 ? rowLink(countSource, (result.count[item.count] as AssetRow).row, locale) : null,
    );
    rows.push(line);
    rowStyles.push(STATUS_STYLE[status]);
  }

  return {
    name: sheetName(options.sheetName ?? L('sheet.result')),
    kind: 'reconcile.result',
    blocks: [...header, { type: 'table', columns, rows, rowStyles, autoFilter: true, freezeHeader: true }],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatHeader: true, footer: L('report.footer') },
  };
}
