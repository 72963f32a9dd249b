/**
 * The compensation custom functions as plain functions, so they are tested without Excel:
 *   =TAIZHANG.RMB(amount, [with_prefix])              人民币大写 of an amount
 *   =TAIZHANG.NETVALUE(original, acquired, life_or_category, [at])
 *   =TAIZHANG.COMPENSATION(original, nature, [repair_cost], [acquired], [category], [damage_date], [quantity])
 * They take what Excel passes for `any` parameters (numbers, text, date serials, booleans, and null
 * or "" for an empty cell) and reach the workbook only through FunctionContext. An argument they
 * cannot use is a FunctionFailure (shown as #VALUE! with a message), never a guess.
 *
 * Decisions:
 * - RMB starts with 人民币 by default, as Taizhang's notices print it and as the bank rules ask when
 *   the form has no printed 人民币 before the blank; with_prefix FALSE leaves it off for forms that
 *   print “人民币（大写）” themselves. An empty amount gives "" so an unfilled form stays clean.
 * - Date serials are read in the 1900 date system (Windows Excel and Excel on the web; the 1904
 *   system of old Mac workbooks is rare in schools: there, type the date as text).
 * - NETVALUE's date and COMPENSATION's damage date default to today; like TODAY(), the value then
 *   changes with the day the sheet is recalculated, so registers should give the dates.
 */
import { computeIncidents, type Incident, type Policy } from '../core/compensation';
import { fromExcelSerial, isPlausibleDateSerial, parseDateText, type IsoDate } from '../core/dates';
import { netValue, resolveLife, type DepreciationTable } from '../core/depreciation';
import { localize, type Localized } from '../core/i18n/locale';
import { fenToYuanNumber, parseYuanText, yuanToFen, type Fen } from '../core/money';
import { toRmbCapital } from '../core/rmb';
import { cleanText } from '../core/text';
import { functionMessages as msg, type FunctionMessageKey } from './messages';

/** A scalar as Excel passes it to an `any` parameter (an empty cell or an omitted argument is null, undefined or ""). */
export type ExcelArg = number | string | boolean | null | undefined;

/** What the functions need from the workbook and the clock. */
export interface FunctionContext {
  today(): IsoDate;
  /** The workbook's policy (its 赔偿办法 sheet, or the default). */
  policy(): Promise<Policy>;
}

/** Excel's error kinds the functions return; both show a message in Excel's error indicator. */
export type FailureCode = 'invalidValue' | 'notAvailable';

export class FunctionFailure extends Error {
  constructor(
    readonly code: FailureCode,
    readonly localized: Localized,
  ) {
    super(localized['en-US']);
    this.name = 'FunctionFailure';
  }
}

const fail = (key: FunctionMessageKey, params: Record<string, string> = {}, code: FailureCode = 'invalidValue'): FunctionFailure => {
  const what = params.what ? msg[params.what as FunctionMessageKey] : null;
  // "{what}" is an argument name from the catalogue, in the message's own language.
  return new FunctionFailure(code, {
    'zh-CN': localize(msg, key, { ...params, what: what?.['zh-CN'] ?? '' })['zh-CN'],
    'en-US': localize(msg, key, { ...params, what: what?.['en-US'] ?? '' })['en-US'],
  });
};

const isAbsent = (v: ExcelArg): v is null | undefined | '' => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** An amount in 元 → fen, or null when absent. */
function readMoney(v: ExcelArg, what: FunctionMessageKey): Fen | null {
  if (isAbsent(v)) return null;
  let fen: Fen | null = null;
  if (typeof v === 'number' && Number.isFinite(v)) fen = yuanToFen(v);
  else if (typeof v === 'string') fen = parseYuanText(v);
  if (fen === null) throw fail('notAmount', { what, value: String(v) });
  if (!Number.isSafeInteger(fen)) throw fail('tooLarge', { value: String(v) });
  return fen;
}

function readNonNegativeMoney(v: ExcelArg, what: FunctionMessageKey): Fen | null {
  const fen = readMoney(v, what);
  if (fen !== null && fen < 0) throw fail('negativeAmount', { what, value: String(v) });
  return fen;
}

/** A date cell (a serial), or a date typed as text; null when absent. */
export function readDate(v: ExcelArg, what: FunctionMessageKey): IsoDate | null {
  if (isAbsent(v)) return null;
  if (typeof v === 'number') {
    // A date-time serial counts for its day.
    const day = Math.floor(v);
    const date = isPlausibleDateSerial(day) ? fromExcelSerial(day) : null;
    if (date) return date;
  } else if (typeof v === 'string') {
    const parsed = parseDateText(v);
    if (parsed) return parsed.date;
  }
  throw fail('notDate', { what, value: String(v) });
}

function readQuantity(v: ExcelArg): number {
  if (isAbsent(v)) return 1;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(/^\s*([+-]?\d+(?:\.\d+)?)/.exec(cleanText(v))?.[1] ?? Number.NaN) : Number.NaN;
  if (!Number.isFinite(n) || n <= 0) throw fail('notQuantity', { value: String(v) });
  return n;
}

/** Years as a number, or as text like "6" or "6年"; null when the text is not a number of years. */
function yearsOf(v: number | string): number | null {
  if (typeof v === 'number') return v;
  const m = /^(\d+(?:\.\d+)?)\s*年?$/u.exec(cleanText(v));
  return m ? Number(m[1]) : null;
}

/** A useful life in months: explicit years, or a category of the policy's table. */
function lifeMonthsOf(v: number | string, categories: DepreciationTable): number {
  const years = yearsOf(v);
  const life = resolveLife(years === null ? { category: String(v) } : { lifeYears: years }, categories);
  switch (life.kind) {
    case 'life':
    case 'notDepreciated':
      return life.lifeMonths;
    case 'invalidYears':
      throw fail('badLife', { value: String(v) });
    case 'tooBroad':
      throw fail('broadCategory', { value: String(v) });
    default:
      throw fail('unknownCategory', { value: String(v) });
  }
}

async function policyOf(context: FunctionContext): Promise<Policy> {
  try {
    return await context.policy();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw fail('noPolicy', { reason }, 'notAvailable');
  }
}

/** =TAIZHANG.RMB(amount, [with_prefix]): 1234.5 → 人民币壹仟贰佰叁拾肆元伍角. */
export function rmb(amount: ExcelArg, withPrefix?: ExcelArg): string {
  let prefix = true;
  if (!isAbsent(withPrefix)) {
    if (typeof withPrefix === 'boolean') prefix = withPrefix;
    else if (typeof withPrefix === 'number') prefix = withPrefix !== 0;
    else throw fail('notYesNo', { value: String(withPrefix) });
  }
  const fen = readMoney(amount, 'argAmount');
  if (fen === null) return '';
  return toRmbCapital(fen, { withPrefix: prefix });
}

/**
 * =TAIZHANG.NETVALUE(original, acquired, life_or_category, [at]): straight-line net book value in
 * 元 at `at` (today by default) — monthly, no residual, from the acquisition month, never below zero.
 * The life is years (6, "6年", 0 for not depreciated) or a category of the policy's useful-life table.
 */
export async function netValueOf(context: FunctionContext, original: ExcelArg, acquired: ExcelArg, lifeOrCategory: ExcelArg, at?: ExcelArg): Promise<number> {
  const originalFen = readNonNegativeMoney(original, 'argOriginal');
  if (originalFen === null) throw fail('missing', { what: 'argOriginal' });
  const acquiredOn = readDate(acquired, 'argAcquired');
  if (acquiredOn === null) throw fail('missing', { what: 'argAcquired' });
  if (isAbsent(lifeOrCategory) || typeof lifeOrCategory === 'boolean') throw fail('missing', { what: 'argLife' });
  const date = readDate(at, 'argAt') ?? context.today();
  // The policy is read only when a category has to be looked up.
  const categories = yearsOf(lifeOrCategory) === null ? (await policyOf(context)).categories : [];
  const lifeMonths = lifeMonthsOf(lifeOrCategory, categories);
  return fenToYuanNumber(netValue({ originalFen, acquiredOn, lifeMonths, at: date }));
}

/**
 * =TAIZHANG.COMPENSATION(original, nature, [repair_cost], [acquired], [category], [damage_date], [quantity]):
 * the amount in 元 the workbook's policy charges for one incident — the repair cost when given,
 * else the original (or, on the net basis, depreciated) value × quantity, × the nature's multiplier.
 * The price list needs an item name, so it does not apply here. `category` may also be years.
 */
export async function compensationOf(
  context: FunctionContext,
  original: ExcelArg,
  nature: ExcelArg,
  repairCost?: ExcelArg,
  acquired?: ExcelArg,
  category?: ExcelArg,
  damageDate?: ExcelArg,
  quantity?: ExcelArg,
): Promise<number> {
  if (typeof nature !== 'string') throw fail('notNature');
  const originalUnitFen = readNonNegativeMoney(original, 'argOriginal');
  const repairCostFen = readNonNegativeMoney(repairCost, 'argRepairCost');
  const acquiredOn = readDate(acquired, 'argAcquired');
  const damage = readDate(damageDate, 'argDamageDate') ?? context.today();
  const count = readQuantity(quantity);
  let categoryText: string | null = null;
  let lifeYears: number | null = null;
  if (!isAbsent(category) && typeof category !== 'boolean') {
    const years = yearsOf(category);
    if (years === null) categoryText = String(category);
    else lifeYears = years;
  }
  const incident: Incident = {
    row: 1,
    item: '',
    quantity: count,
    unit: null,
    natureText: nature,
    repairable: repairCostFen !== null ? true : null,
    repairCostFen,
    originalUnitFen,
    acquiredOn,
    category: categoryText,
    lifeYears,
    damageDate: damage,
    persons: null,
    responsibleUnit: null,
  };
  const { results, findings } = computeIncidents([incident], await policyOf(context), { sheet: '', asOf: context.today() });
  const [result] = results;
  if (result) return fenToYuanNumber(result.amount);
  const reason = findings.find((f) => f.severity === 'error') ?? findings[0];
  // The register's wording names the item; a formula has none, so this one is said in the function's terms.
  if (!reason || reason.code === 'compensation.value.missing') throw fail('missing', { what: 'argOriginal' });
  throw new FunctionFailure('invalidValue', reason.message);
}
