/**
 * The rows of an asset-like sheet (ledger, register) as items a report adds up: quantity, original
 * value in fen, dates, the texts it can be grouped by. A row without a quantity counts as one item;
 * an amount comes from the amount column, else unit price × quantity. Every guess is a finding.
 */
import { finding, type Finding } from '../findings';
import { localize, type MessageParams } from '../i18n/locale';
import { formatFen, multiplyFen, type Fen } from '../money';
import type { IsoDate } from '../dates';
import type { SheetAnalysis } from '../sheet/analyze';
import { cellAddress, columnLetter, columnNumber } from '../sheet/address';
import { ASSET_FIELDS, type FieldDef } from '../sheet/fields';
import { knownField } from '../sheet/register-fields';
import { codeKeyOf, dateOf, fenOf, numberOf, textOf, type SheetRecord } from '../sheet/records';
import { isDisposedStatus } from './disposal';
import { GROUP_FIELDS, type GroupField } from './groups';
import { reportMessages, type ReportMessageKey } from './messages';

function registerField(key: string): FieldDef {
  const f = knownField(key);
  if (!f) throw new Error(`unknown field ${key}`);
  return f;
}

/** Columns an asset report reads: the asset catalogue plus a useful-life column when there is one. */
export const REPORT_ASSET_FIELDS: readonly FieldDef[] = [...ASSET_FIELDS, registerField('usefulLife')];

/** Columns read from a write-off register (报损注销登记). */
export const WRITE_OFF_FIELDS: readonly FieldDef[] = [
  ...ASSET_FIELDS,
  ...['reason', 'approvedOn', 'approvedBy', 'verifiedOn', 'verifiedBy', 'reportedBy', 'usefulLife'].map(registerField),
];

export interface AssetItem {
  readonly sheet: string;
  readonly row: number;
  readonly code?: string;
  readonly codeKey?: string;
  readonly name?: string;
  readonly groups: Readonly<Partial<Record<GroupField, string>>>;
  readonly quantity: number;
  readonly amount: Fen;
  readonly acquiredOn?: IsoDate;
  /** The ledger's own disposal date (注销日期/报废日期/处置日期). */
  readonly disposedOn?: IsoDate;
  /** The status text when it says the item has left the books (已报废…). */
  readonly disposedStatus?: string;
  readonly lifeYears?: number;
  /** Column letter of each mapped field on the item's sheet (shared by the sheet's items), for findings. */
  readonly columns: Readonly<Record<string, string>>;
}

/** The item's cell in a field's column (its sheet's first column when the field is not mapped). */
export function itemCell(item: AssetItem, field: string): string {
  return `${item.columns[field] ?? item.columns[''] ?? 'A'}${item.row}`;
}

export function rowFinding(
  sheet: string,
  cell: string,
  severity: Finding['severity'],
  key: ReportMessageKey,
  params: MessageParams,
  field?: string,
): Finding {
  return finding(sheet, cell, severity, key, localize(reportMessages, key, params), field);
}

/** The address of a row's cell in a field's column, or of its first column when the field is not mapped. */
export function cellOf(analysis: SheetAnalysis, row: number, field: string): string {
  const column = analysis.mapping?.fields[field]?.column;
  if (column) return `${column}${row}`;
  const first = analysis.header?.firstCol ?? 1;
  return cellAddress(row, first);
}

export interface ReadItems {
  readonly items: AssetItem[];
  readonly findings: Finding[];
}

function itemOf(analysis: SheetAnalysis, r: SheetRecord, columns: Readonly<Record<string, string>>, findings: Finding[]): AssetItem {
  const sheet = analysis.sheet;
  let quantity = numberOf(r, 'quantity') ?? numberOf(r, 'bookQuantity');
  if (quantity === undefined) {
    quantity = 1;
    findings.push(rowFinding(sheet, cellOf(analysis, r.row, 'quantity'), 'info', 'report.quantityMissing', { row: r.row }, 'quantity'));
  }
  let amount: Fen | undefined = fenOf(r, 'amount');
  if (amount === undefined) {
    const price = fenOf(r, 'unitPrice');
    if (price !== undefined) amount = multiplyFen(price, quantity);
  }
  if (amount === undefined) {
    amount = 0;
    findings.push(rowFinding(sheet, cellOf(analysis, r.row, 'amount'), 'warning', 'report.amountMissing', { row: r.row }, 'amount'));
  } else if (amount < 0) {
    findings.push(rowFinding(sheet, cellOf(analysis, r.row, 'amount'), 'warning', 'report.negativeAmount', { row: r.row, amount: formatFen(amount) }, 'amount'));
  }
  const groups: Partial<Record<GroupField, string>> = {};
  for (const g of GROUP_FIELDS) {
    const t = textOf(r, g);
    if (t !== undefined) groups[g] = t;
  }
  const status = textOf(r, 'status');
  return {
    sheet,
    row: r.row,
    code: textOf(r, 'code'),
    codeKey: codeKeyOf(r),
    name: textOf(r, 'name'),
    groups,
    quantity,
    amount,
    acquiredOn: dateOf(r, 'acquiredOn'),
    disposedOn: dateOf(r, 'disposedOn'),
    disposedStatus: isDisposedStatus(status) ? status : undefined,
    lifeYears: numberOf(r, 'usefulLife'),
    columns,
  };
}

export function readAssetItems(analysis: SheetAnalysis): ReadItems {
  const findings: Finding[] = [];
  const columns: Record<string, string> = { '': columnLetter(analysis.header?.firstCol ?? 1) };
  for (const [key, m] of Object.entries(analysis.mapping?.fields ?? {})) columns[key] = m.column;
  const items = analysis.records.map((r) => itemOf(analysis, r, columns, findings));
  return { items, findings };
}

/** The column number a field is mapped to, if it is. */
export function mappedColumn(analysis: SheetAnalysis, field: string): number | null {
  const letter = analysis.mapping?.fields[field]?.column;
  return letter ? columnNumber(letter) : null;
}
