/**
 * Differences on a matched ledger row: the quantity (counted − book, valued at the book unit price)
 * and each compare field the user picked. A split set (several count rows for one ledger row) differs
 * in a field when any of its parts does: part of a class set standing in another room is news.
 */
import { formatFen, type Fen } from '../money';
import { compareKey } from './normalize';
import type { ReconcileOptions } from './options';
import type { AssetRow, CompareField, MoneyField, TextField } from './records';
import { TEXT_COMPARE_FIELDS } from './records';
import { roundQuantity, unitPriceOf, valueOf, valueOfQuantity } from './value';

export interface FieldDifference {
  readonly field: CompareField;
  /** Values as shown to the user: the text as written, money as "1234.50". */
  readonly ledger: string;
  /** The count's value; distinct values of a split set's parts joined with "、". */
  readonly count: string;
  /** Money fields: count − ledger in 分. */
  readonly delta?: Fen;
}

export interface RowDifferences {
  /** Counted − book quantity; negative is a shortfall (盘亏), positive an overage. */
  readonly quantity: number;
  /** The quantity difference at the book unit price, signed like `quantity`; undefined without a price. */
  readonly quantityAmount: Fen | undefined;
  readonly fields: readonly FieldDifference[];
}

const TEXT_FIELDS: ReadonlySet<string> = new Set(TEXT_COMPARE_FIELDS);

function isTextField(f: CompareField): f is TextField {
  return TEXT_FIELDS.has(f);
}

/** A text field by name with plain property loads: this runs for every matched row of a million. */
function textOf(row: AssetRow, f: TextField): string {
  switch (f) {
    case 'name':
      return row.name;
    case 'spec':
      return row.spec;
    case 'category':
      return row.category;
    case 'department':
      return row.department;
    case 'location':
      return row.location;
    case 'custodian':
      return row.custodian;
    case 'status':
      return row.status;
  }
}

/** The compare settings of a run, split once so the per-row check is a plain loop. */
export interface Comparer {
  readonly text: readonly TextField[];
  readonly money: readonly MoneyField[];
  readonly options: ReconcileOptions;
}

export function makeComparer(options: ReconcileOptions): Comparer {
  const text: TextField[] = [];
  const money: MoneyField[] = [];
  for (const f of options.compareFields) {
    if (isTextField(f)) text.push(f);
    else money.push(f);
  }
  return { text, money, options };
}

/** Whether one text value differs from the book's, under the blanks rule. */
function textDiffers(book: string, counted: string, compareBlanks: boolean): boolean {
  if (book === counted) return false;
  const k1 = compareKey(book);
  const k2 = compareKey(counted);
  if (k1 === k2) return false;
  if (!compareBlanks && (k1 === '' || k2 === '')) return false;
  return true;
}

function moneyDiffers(book: Fen | undefined, counted: Fen | undefined, options: ReconcileOptions): boolean {
  if (book === undefined || counted === undefined) return options.blanks === 'compare' && book !== counted;
  return Math.abs(counted - book) > options.amountTolerance;
}

function moneyText(v: Fen | undefined): string {
  return v === undefined ? '' : formatFen(v);
}

/** How many compare fields differ between a book row and one count row: ranks who keeps a single item. */
export function countFieldDifferences(book: AssetRow, counted: AssetRow, comparer: Comparer): number {
  let n = 0;
  const compareBlanks = comparer.options.blanks === 'compare';
  const text = comparer.text;
  for (let i = 0; i < text.length; i++) {
    const f = text[i] as TextField;
    if (textDiffers(textOf(book, f), textOf(counted, f), compareBlanks)) n++;
  }
  for (const f of comparer.money) if (moneyDiffers(moneyOf(book, f), moneyOf(counted, f), comparer.options)) n++;
  return n;
}

function moneyOf(row: AssetRow, f: MoneyField): Fen | undefined {
  return f === 'unitPrice' ? unitPriceOf(row) : valueOf(row);
}

function textDifference(book: AssetRow, parts: readonly AssetRow[], f: TextField, compareBlanks: boolean): FieldDifference | null {
  let differs = false;
  for (const p of parts) {
    if (textDiffers(book[f], p[f], compareBlanks)) {
      differs = true;
      break;
    }
  }
  if (!differs) return null;
  const seen: string[] = [];
  for (const p of parts) if (p[f] !== '' && !seen.includes(p[f])) seen.push(p[f]);
  return { field: f, ledger: book[f], count: seen.join('、') };
}

function moneyDifference(book: AssetRow, parts: readonly AssetRow[], f: MoneyField, options: ReconcileOptions): FieldDifference | null {
  const bookValue = moneyOf(book, f);
  if (f === 'unitPrice') {
    for (const p of parts) {
      const v = unitPriceOf(p);
      if (moneyDiffers(bookValue, v, options)) {
        const d: FieldDifference = { field: f, ledger: moneyText(bookValue), count: moneyText(v) };
        return bookValue !== undefined && v !== undefined ? { ...d, delta: v - bookValue } : d;
      }
    }
    return null;
  }
  // 金额 of a split set is the sum of its parts' amounts; unknown if any part has none.
  let total: Fen | undefined = 0;
  for (const p of parts) {
    const v = valueOf(p);
    if (v === undefined) {
      total = undefined;
      break;
    }
    total += v;
  }
  if (!moneyDiffers(bookValue, total, options)) return null;
  const d: FieldDifference = { field: f, ledger: moneyText(bookValue), count: moneyText(total) };
  return bookValue !== undefined && total !== undefined ? { ...d, delta: total - bookValue } : d;
}

/** All differences of a matched row, or null when it agrees (相符). `parts` are in row order. */
export function rowDifferences(book: AssetRow, parts: readonly AssetRow[], counted: number, options: ReconcileOptions): RowDifferences | null {
  const compareBlanks = options.blanks === 'compare';
  const fields: FieldDifference[] = [];
  for (const f of options.compareFields) {
    const d = isTextField(f) ? textDifference(book, parts, f, compareBlanks) : moneyDifference(book, parts, f, options);
    if (d) fields.push(d);
  }
  const quantity = roundQuantity(counted - book.quantity);
  if (quantity === 0 && fields.length === 0) return null;
  let quantityAmount: Fen | undefined = 0;
  if (quantity < 0) {
    const v = valueOfQuantity(book, -quantity);
    quantityAmount = v === undefined ? undefined : -v;
  } else if (quantity > 0) {
    quantityAmount = valueOfQuantity(book, quantity);
  }
  return { quantity, quantityAmount, fields };
}

/**
 * The fast check for the common case, one count row per ledger row: true when nothing differs, so
 * the caller skips building a differences record. Raw equality first, normalization only on a miss.
 */
export function singleAgrees(book: AssetRow, counted: AssetRow, comparer: Comparer): boolean {
  if (book.quantity !== counted.quantity) return false;
  return countFieldDifferences(book, counted, comparer) === 0;
}
