/**
 * Follow-ups of a count, on request. Shortages start the write-off workflow (DOMAIN.md: losses need
 * approval before 报损注销), so each becomes a row for the 报损注销 register with its amount and reason
 * 盘亏. Surpluses become draft ledger rows for the user to complete (category, price, date acquired).
 * Rows use the field catalogue's canonical keys, so they can fill the register and ledger templates;
 * the sheets here are drafts for when those templates are not in the workbook.
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale';
import type { Fen } from '../../money';
import type { SheetSpec, SpecValue } from '../../sheet/spec';
import type { ReconcileResult } from '../engine';
import { displayStatus, listItems, type DisplayStatus } from '../items';
import { shortageEntries, surplusEntries } from '../lists';
import type { AssetRow } from '../records';
import { unitPriceOf } from '../value';
import { MONEY_FORMAT, QUANTITY_FORMAT, sheetName, yuan } from './common';
import { fieldLabel, label, statusLabel } from './labels';

export interface WriteOffRow {
  readonly code: string;
  readonly name: string;
  readonly spec: string;
  readonly category: string;
  readonly department: string;
  readonly location: string;
  readonly custodian: string;
  readonly quantity: number;
  readonly unitPrice: Fen | undefined;
  readonly amount: Fen | undefined;
  readonly reason: string;
  readonly note: string;
  /** The ledger's sheet row. */
  readonly ledgerRow: number;
}

export interface DraftLedgerRow {
  readonly code: string;
  readonly name: string;
  readonly spec: string;
  readonly category: string;
  readonly department: string;
  readonly location: string;
  readonly custodian: string;
  readonly status: string;
  readonly quantity: number;
  readonly unitPrice: Fen | undefined;
  readonly amount: Fen | undefined;
  readonly note: string;
  /** The count's sheet row (or scan line). */
  readonly countRow: number;
}

/** The outcome to mark on a ledger row, when the user asks for marks (the app writes them and logs the previous values). */
export interface LedgerMark {
  readonly ledgerRow: number;
  readonly status: DisplayStatus;
  /** 相符 / 不符 / 盘亏 as written into the mark column. */
  readonly text: string;
}

export function ledgerMarks(result: ReconcileResult, locale: Locale = DEFAULT_LOCALE): LedgerMark[] {
  const marks: LedgerMark[] = [];
  for (const item of listItems(result)) {
    if (item.status !== 'matched' && item.status !== 'shortage') continue;
    const status = displayStatus(item);
    marks.push({ ledgerRow: (result.ledger[item.ledger] as AssetRow).row, status, text: statusLabel(locale, status) });
  }
  return marks;
}

export function writeOffRows(result: ReconcileResult, locale: Locale = DEFAULT_LOCALE): WriteOffRow[] {
  return shortageEntries(result).map((e) => {
    const b = result.ledger[e.ledger] as AssetRow;
    return {
      code: b.code,
      name: b.name,
      spec: b.spec,
      category: b.category,
      department: b.department,
      location: b.location,
      custodian: b.custodian,
      quantity: e.quantity,
      unitPrice: unitPriceOf(b),
      amount: e.amount,
      reason: label(locale, 'reason.shortage'),
      note: e.whole ? label(locale, 'note.notFound') : label(locale, 'note.short', { book: e.bookQuantity, counted: e.countedQuantity }),
      ledgerRow: b.row,
    };
  });
}

/** Only count rows with no ledger row: an overage on a set is a quantity change to an existing row, not a new row. */
export function draftLedgerRows(result: ReconcileResult, locale: Locale = DEFAULT_LOCALE): DraftLedgerRow[] {
  return surplusEntries(result)
    .filter((e) => e.kind === 'surplus')
    .map((e) => {
      const c = result.count[e.count] as AssetRow;
      return {
        code: c.code,
        name: c.name,
        spec: c.spec,
        category: c.category,
        department: c.department,
        location: c.location,
        custodian: c.custodian,
        status: c.status,
        quantity: c.quantity,
        unitPrice: unitPriceOf(c),
        amount: e.amount,
        note: label(locale, 'note.surplusDraft', { row: c.row }),
        countRow: c.row,
      };
    });
}

export function renderWriteOffSheet(result: ReconcileResult, options: { readonly locale?: Locale; readonly sheetName?: string } = {}): SheetSpec {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const f = (k: string): string => fieldLabel(locale, k);
  const rows: SpecValue[][] = writeOffRows(result, locale).map((r, i) => [
    i + 1, r.code, r.name, r.spec, r.department, r.quantity, yuan(r.unitPrice), yuan(r.amount), r.reason, r.note, null,
  ]);
  return {
    name: sheetName(options.sheetName ?? label(locale, 'sheet.writeOff')),
    kind: 'reconcile.writeOff',
    blocks: [
      { type: 'title', text: label(locale, 'sheet.writeOff') },
      {
        type: 'table',
        columns: [
          { header: label(locale, 'col.index'), width: 6, align: 'center' },
          { header: f('code'), width: 16, numFmt: '@' },
          { header: f('name'), width: 18 },
          { header: f('spec'), width: 14 },
          { header: f('department'), width: 12 },
          { header: f('quantity'), width: 8, numFmt: QUANTITY_FORMAT },
          { header: f('unitPrice'), width: 11, numFmt: MONEY_FORMAT },
          { header: f('amount'), width: 12, numFmt: MONEY_FORMAT },
          { header: label(locale, 'col.reason'), width: 8 },
          { header: label(locale, 'col.note'), width: 18 },
          { header: label(locale, 'col.approval'), width: 18 },
        ],
        rows,
        total: { label: label(locale, 'col.total'), labelColumn: 1, sumColumns: [5, 7] },
      },
      { type: 'signatures', labels: [label(locale, 'sign.preparer'), label(locale, 'sign.reviewer')] },
    ],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatHeader: true },
  };
}

export function renderDraftLedgerSheet(result: ReconcileResult, options: { readonly locale?: Locale; readonly sheetName?: string } = {}): SheetSpec {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const f = (k: string): string => fieldLabel(locale, k);
  const keys = ['code', 'name', 'spec', 'category', 'department', 'location', 'custodian', 'status', 'quantity', 'unitPrice', 'amount', 'acquiredOn', 'note'] as const;
  const rows: SpecValue[][] = draftLedgerRows(result, locale).map((r) => [
    r.code, r.name, r.spec, r.category, r.department, r.location, r.custodian, r.status, r.quantity, yuan(r.unitPrice), yuan(r.amount), null, r.note,
  ]);
  return {
    name: sheetName(options.sheetName ?? label(locale, 'sheet.draftLedger')),
    kind: 'reconcile.draftLedger',
    blocks: [
      { type: 'title', text: label(locale, 'sheet.draftLedger') },
      {
        type: 'table',
        columns: keys.map((k) => ({
          header: f(k),
          width: k === 'name' ? 18 : k === 'note' ? 24 : 12,
          ...(k === 'unitPrice' || k === 'amount' ? { numFmt: MONEY_FORMAT } : k === 'quantity' ? { numFmt: QUANTITY_FORMAT } : k === 'acquiredOn' ? { numFmt: 'yyyy-mm-dd' } : k === 'code' ? { numFmt: '@' } : {}),
        })),
        rows,
      },
    ],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatHeader: true },
  };
}
