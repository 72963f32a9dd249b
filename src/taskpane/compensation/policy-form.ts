/**
 * The policy as the panel edits it: numbers as the user types them (text), turned back into a
 * policy only when every field is valid, by the policy's own schema's rules. A field that is not
 * valid names its problem; the policy is not saved until all are fixed.
 */
import { NATURES, policySchema, type Basis, type Nature, type Policy, type PriceEntry } from '../../core/compensation';
import { parseYuanText } from '../../core/money';
import { cleanText, tidyText } from '../../core/text';

export interface PolicyForm {
  readonly schoolName: string;
  readonly collector: string;
  readonly dueDays: string;
  readonly multipliers: Readonly<Record<Nature, string>>;
  readonly basis: Basis;
  readonly overdueEnabled: boolean;
  readonly overdueDays: string;
  readonly overdueMultiplier: string;
  readonly priceList: readonly PriceEntry[];
}

export type PolicyField = 'dueDays' | 'overdueDays' | 'overdueMultiplier' | `multiplier.${Nature}`;

/** What is wrong with a typed number. */
export type NumberProblem = 'notNumber' | 'negative' | 'tooLarge' | 'decimals' | 'notWhole' | 'belowOne';

const num = (n: number): string => String(n);

export function formFromPolicy(p: Policy): PolicyForm {
  return {
    schoolName: p.schoolName,
    collector: p.collector,
    dueDays: num(p.dueDays),
    multipliers: { natural: num(p.multipliers.natural), accidental: num(p.multipliers.accidental), deliberate: num(p.multipliers.deliberate), lost: num(p.multipliers.lost) },
    basis: p.basis,
    overdueEnabled: p.overdue.enabled,
    overdueDays: num(p.overdue.days),
    overdueMultiplier: num(p.overdue.multiplier),
    priceList: p.priceList,
  };
}

/** Full-width digits and points (what a Chinese IME types) read as ASCII. */
function asciiNumber(text: string): string {
  return cleanText(text)
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/\s+/g, '');
}

interface NumberRule {
  readonly max: number;
  readonly min?: number;
  readonly whole?: boolean;
}

function readNumber(text: string, rule: NumberRule): { value: number } | { problem: NumberProblem } {
  const t = asciiNumber(text);
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return { problem: 'notNumber' };
  const value = Number(t);
  if (!Number.isFinite(value)) return { problem: 'notNumber' };
  if (value < 0) return { problem: 'negative' };
  if (rule.whole && !Number.isInteger(value)) return { problem: 'notWhole' };
  if (!rule.whole && Math.abs(Math.round(value * 100) - value * 100) > 1e-9) return { problem: 'decimals' };
  if (rule.min !== undefined && value < rule.min) return { problem: 'belowOne' };
  if (value > rule.max) return { problem: 'tooLarge' };
  return { value };
}

/** The largest value of each number, as the policy schema allows (said in the problem's message). */
export const LIMITS: Readonly<Record<'multiplier' | 'dueDays' | 'overdueDays', number>> = { multiplier: 100, dueDays: 365, overdueDays: 3650 };

export type FormCheck = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly problems: Partial<Record<PolicyField, NumberProblem>> };

/** The policy the form describes, over `base` (which keeps what the panel does not edit: rounding, useful lives…). */
export function policyFromForm(form: PolicyForm, base: Policy): FormCheck {
  const problems: Partial<Record<PolicyField, NumberProblem>> = {};
  const read = (field: PolicyField, text: string, rule: NumberRule): number => {
    const r = readNumber(text, rule);
    if ('problem' in r) {
      problems[field] = r.problem;
      return 0;
    }
    return r.value;
  };
  const multipliers = Object.fromEntries(NATURES.map((n) => [n, read(`multiplier.${n}`, form.multipliers[n], { max: LIMITS.multiplier })])) as Record<Nature, number>;
  const dueDays = read('dueDays', form.dueDays, { max: LIMITS.dueDays, whole: true });
  const overdueDays = read('overdueDays', form.overdueDays, { max: LIMITS.overdueDays, whole: true });
  const overdueMultiplier = read('overdueMultiplier', form.overdueMultiplier, { max: LIMITS.multiplier, min: 1 });
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const candidate: Policy = {
    ...base,
    schoolName: tidyText(form.schoolName),
    collector: tidyText(form.collector),
    dueDays,
    multipliers,
    basis: form.basis,
    overdue: { enabled: form.overdueEnabled, days: overdueDays, multiplier: overdueMultiplier },
    priceList: [...form.priceList],
  };
  // The form's rules are the schema's; this only guards against the two drifting apart.
  const checked = policySchema.safeParse(candidate);
  if (!checked.success) throw new Error(`policy form and schema disagree: ${checked.error.message}`);
  return { ok: true, policy: checked.data };
}

/** The form differs from the policy it started from (there is something to save). */
export function formChanged(form: PolicyForm, from: Policy): boolean {
  return JSON.stringify(form) !== JSON.stringify(formFromPolicy(from));
}

/** One line of the price list as its dialog edits it. */
export interface PriceForm {
  readonly name: string;
  readonly keywords: string;
  readonly unit: string;
  readonly price: string;
  readonly note: string;
}

export type PriceField = 'name' | 'price';
export type PriceProblem = 'required' | 'notAmount' | 'negative' | 'decimals';

/** Keywords are typed as the policy sheet writes them: separated by 、 (or commas, semicolons, spaces). */
export function splitKeywords(text: string): string[] {
  const words = tidyText(text)
    .split(/[、,，;；\s]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
  return [...new Set(words)];
}

export function priceFormFrom(entry: PriceEntry | null): PriceForm {
  if (!entry) return { name: '', keywords: '', unit: '', price: '', note: '' };
  return { name: entry.name, keywords: entry.keywords.join('、'), unit: entry.unit, price: (entry.priceFen / 100).toFixed(2), note: entry.note ?? '' };
}

export type PriceCheck = { readonly ok: true; readonly entry: PriceEntry } | { readonly ok: false; readonly problems: Partial<Record<PriceField, PriceProblem>> };

export function entryFromForm(form: PriceForm): PriceCheck {
  const problems: Partial<Record<PriceField, PriceProblem>> = {};
  const name = tidyText(form.name);
  if (name === '') problems.name = 'required';
  const priceText = asciiNumber(form.price);
  let priceFen = 0;
  if (priceText === '') problems.price = 'required';
  else {
    const fen = parseYuanText(priceText);
    if (fen === null) problems.price = 'notAmount';
    else if (fen < 0) problems.price = 'negative';
    // A price list is in 元 and 分: 0.005 元 would be rounded silently.
    else if (/\.\d{3,}$/.test(priceText.replace(/元$/, ''))) problems.price = 'decimals';
    else priceFen = fen;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const note = tidyText(form.note);
  return {
    ok: true,
    entry: { name, keywords: splitKeywords(form.keywords).filter((k) => k !== name), unit: tidyText(form.unit), priceFen, ...(note ? { note } : {}) },
  };
}
