/**
 * The sentence a clerk reads to a parent: how the amount was reached, rule by rule, e.g.
 * "按赔偿标准「玻璃（块）」20.00元×2块=40.00元，故意损坏加倍赔偿×2，应赔80.00元。由张三赔偿。"
 */
import type { Locale, Localized } from '../i18n/locale';
import { interpolate } from '../i18n/locale';
import { formatFen, numberToDecimalText } from '../money';
import type { IncidentResult } from './engine';
import { EXPLAIN, NATURE_LABELS, ROUNDING_LABELS, SENTENCE, type ExplainKey } from './messages';
import type { Policy } from './policy';
import { entryLabel } from './priceList';

type Explained = Omit<IncidentResult, 'explanation'>;

const num = (n: number): string => numberToDecimalText(n);

function say(locale: Locale, key: ExplainKey, params: Record<string, string | number> = {}): string {
  return interpolate(EXPLAIN[key][locale], params);
}

/** Chinese writes the unit right after the number (2块); English puts a space before it. */
function unitText(locale: Locale, unit: string): string {
  return locale === 'en-US' && unit !== '' ? ` ${unit}` : unit;
}

function lifeText(locale: Locale, lifeMonths: number, category: string | null): string {
  const life = lifeMonths % 12 === 0 ? say(locale, 'lifeYears', { years: lifeMonths / 12 }) : say(locale, 'lifeMonths', { months: lifeMonths });
  return category ? say(locale, 'lifeWithCategory', { life, category }) : life;
}

function baseText(r: Explained, policy: Policy, locale: Locale): string {
  const v = r.valuation;
  const unit = unitText(locale, r.unit);
  const base = formatFen(r.base);
  let text: string;
  switch (v.rule) {
    case 'priceList':
      text = say(locale, 'priceList', {
        label: entryLabel(v.entry, locale),
        price: formatFen(v.entry.priceFen),
        quantity: num(v.quantity),
        unit: unitText(locale, v.entry.unit),
        base,
      });
      break;
    case 'repair':
      text = say(locale, 'repair', { base });
      break;
    case 'original': {
      text = say(locale, 'original', { price: formatFen(v.unitFen), quantity: num(v.quantity), unit, base });
      if (v.fallback === 'noAcquisitionDate') text += say(locale, 'fallbackNoAcquisitionDate');
      if (v.fallback === 'noDamageDate') text += say(locale, 'fallbackNoDamageDate');
      if (v.fallback === 'noLife') text += say(locale, 'fallbackNoLife');
      break;
    }
    case 'net':
      text =
        v.lifeMonths === 0
          ? say(locale, 'netNotDepreciated', { net: formatFen(v.netUnitFen), quantity: num(v.quantity), unit, base, category: v.category ?? '' })
          : say(locale, 'net', {
              net: formatFen(v.netUnitFen),
              quantity: num(v.quantity),
              unit,
              base,
              original: formatFen(v.originalUnitFen),
              acquiredOn: v.acquiredOn,
              life: lifeText(locale, v.lifeMonths, v.category),
              at: v.at,
              months: v.months,
            });
      break;
    case 'none':
      return '';
  }
  if (r.baseRounded) text += say(locale, 'rounded', { unit: ROUNDING_LABELS[policy.rounding][locale] });
  return text;
}

function multiplierText(r: Explained, locale: Locale): string {
  const nature = NATURE_LABELS[r.nature][locale];
  if (r.multiplier === 1) return say(locale, 'times1', { nature });
  if (r.multiplier === 2) return say(locale, 'times2', { nature });
  return say(locale, 'timesN', { nature, multiplier: num(r.multiplier) });
}

function payerText(r: Explained, locale: Locale): string {
  const [first] = r.payers;
  if (!first) return say(locale, 'payerNone');
  if (first.kind === 'unit') return say(locale, 'payerUnit', { name: first.name });
  if (r.payers.length === 1) return say(locale, 'payerOne', { name: first.name });
  const shares = r.payers.map((p) => say(locale, 'payerShare', { name: p.name, amount: formatFen(p.amount) }));
  return say(locale, 'payerMany', { count: r.payers.length, shares: shares.join(locale === 'zh-CN' ? '，' : ', ') });
}

function sentence(r: Explained, policy: Policy, locale: Locale): string {
  const { join, end } = SENTENCE[locale];
  const nature = NATURE_LABELS[r.nature][locale];
  if (r.rule === 'none') {
    const key: ExplainKey = r.disposition === 'writeOff' ? 'naturalWriteOff' : r.repairable === null ? 'naturalUnknown' : 'naturalRepair';
    return say(locale, key, { nature }) + end;
  }
  const parts = [baseText(r, policy, locale), multiplierText(r, locale)];
  if (r.surcharge && r.dueDate) {
    parts.push(say(locale, 'surcharge', { due: r.dueDate, days: r.surcharge.days, multiplier: num(r.surcharge.multiplier) }));
  }
  parts.push(say(locale, 'toPay', { amount: formatFen(r.amount) }));
  const main = parts.join(join) + end;
  if (r.amount === 0) return main;
  const payers = payerText(r, locale);
  return `${main}${locale === 'zh-CN' ? '' : ' '}${payers.charAt(0).toUpperCase()}${payers.slice(1)}${end}`;
}

export function explain(r: Explained, policy: Policy): Localized {
  return { 'zh-CN': sentence(r, policy, 'zh-CN'), 'en-US': sentence(r, policy, 'en-US') };
}
