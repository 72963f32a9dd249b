/**
 * 人民币大写 (capital numerals for money), as notices and receipts write them.
 *
 * The rules (DOMAIN.md, and the People's Bank's 《支付结算办法》 rules for filling in vouchers):
 * - formal characters only: 零壹贰叁肆伍陆柒捌玖 拾佰仟万亿 元角分 整;
 * - "整" after an amount that ends at 元; never after 分; after 角 it is optional — off by default
 *   (325.20 → 叁佰贰拾伍元贰角), on with `zhengAfterJiao`;
 * - never "零角零分"; never two 零 in a row;
 * - a 拾 at the start is written 壹拾 (10.05 → 壹拾元零伍分), as on every bank form;
 * - when the 元 digit is 0 and 角 is not (7560.31), the rules allow one 零 or none; DOMAIN.md's example
 *   writes it (柒仟伍佰陆拾元零叁角壹分), so we always do;
 * - when 角 is 0 and 分 is not, 零 is required (425.03 → 肆佰贰拾伍元零叁分; 10.05 → 壹拾元零伍分, one 零
 *   standing for both the 元 digit and the 角);
 * - amounts under one 元 start at the first non-zero unit (0.50 → 伍角, 0.05 → 伍分); zero is 零元整;
 * - above 亿 the count of 亿 is itself read with 万 (1,000,500,000,000 → 壹万零伍亿), so 万亿 follows;
 * - a negative amount starts with 负 (after 人民币 when the prefix is on).
 */
import type { Fen } from './money';

export interface RmbOptions {
  /** Start with "人民币", as notices print it (人民币肆佰捌拾元整). */
  readonly withPrefix?: boolean;
  /** Write 整 after an amount ending at 角 (叁佰贰拾伍元贰角整). Off by default. */
  readonly zhengAfterJiao?: boolean;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const GROUP_UNITS = ['仟', '佰', '拾', ''] as const;
const WAN = 10_000n;
const YI = 100_000_000n;

function digit(n: bigint | number): string {
  return DIGITS[Number(n)] ?? '';
}

/** 1–9999 read within its four places; inner zeros give one 零, trailing zeros nothing. */
function readGroup(n: bigint): string {
  const places = [n / 1000n, (n / 100n) % 10n, (n / 10n) % 10n, n % 10n];
  let out = '';
  let started = false;
  let pendingZero = false;
  places.forEach((d, i) => {
    if (d === 0n) {
      if (started) pendingZero = true;
      return;
    }
    if (pendingZero) out += '零';
    out += digit(d) + (GROUP_UNITS[i] ?? '');
    started = true;
    pendingZero = false;
  });
  return out;
}

/** A positive integer in words; a lower part with leading zeros after 万 or 亿 gets one 零. */
function readInteger(n: bigint): string {
  if (n >= YI) {
    const hi = n / YI;
    const lo = n % YI;
    const head = `${readInteger(hi)}亿`;
    if (lo === 0n) return head;
    return head + (lo < YI / 10n ? '零' : '') + readInteger(lo);
  }
  if (n >= WAN) {
    const hi = n / WAN;
    const lo = n % WAN;
    const head = `${readGroup(hi)}万`;
    if (lo === 0n) return head;
    return head + (lo < WAN / 10n ? '零' : '') + readGroup(lo);
  }
  return readGroup(n);
}

/**
 * 分 → 人民币大写. Accepts a bigint as well, so the wording has no upper limit even where a plain
 * number of fen would lose precision.
 */
export function toRmbCapital(fen: Fen | bigint, options: RmbOptions = {}): string {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) {
    throw new RangeError(`not a whole number of fen: ${fen}`);
  }
  const value = BigInt(fen);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const yuan = abs / 100n;
  const jiao = (abs / 10n) % 10n;
  const fenDigit = abs % 10n;

  let words: string;
  if (abs === 0n) {
    words = '零元整';
  } else {
    words = yuan > 0n ? `${readInteger(yuan)}元` : '';
    if (jiao === 0n && fenDigit === 0n) {
      words += '整';
    } else {
      // One 零 stands for a zero 元 digit and/or a zero 角 before a non-zero 分; never at the very start.
      const zeroYuanDigit = yuan > 0n && yuan % 10n === 0n;
      const zeroJiao = jiao === 0n;
      if (yuan > 0n && (zeroYuanDigit || zeroJiao)) words += '零';
      if (!zeroJiao) words += `${digit(jiao)}角`;
      if (fenDigit !== 0n) words += `${digit(fenDigit)}分`;
      else if (options.zhengAfterJiao) words += '整';
    }
  }
  return (options.withPrefix ? '人民币' : '') + (negative ? '负' : '') + words;
}
