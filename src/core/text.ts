/**
 * Text normalization for values typed by people: full-width forms (ＺＸ－２０１９), stray spaces,
 * mixed case. Codes are compared on their normalized form but shown as written.
 */

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space → their half-width forms. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Dashes people type in codes (－ – — ― − ‐) all mean "-". */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;

/** As written, with line breaks and runs of spaces collapsed and the ends trimmed: how values are shown. */
export function tidyText(text: string): string {
  return text.replace(/[\u00a0\u3000\s]+/g, ' ').trim();
}

/** Half-width, collapsed inner spaces, trimmed: the form every text value is compared in. */
export function cleanText(text: string): string {
  return toHalfWidth(text)
    .replace(DASHES, '-')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

/** An asset code as compared: half-width, no spaces at all, upper case. */
export function normalizeCode(text: string): string {
  return toHalfWidth(text).replace(DASHES, '-').replace(/[\u00a0\s]+/g, '').toUpperCase();
}

/**
 * A header label as compared with synonyms: half-width, no spaces, no unit suffix in brackets
 * ("单价（元）" → "单价"), no line breaks, lower case for English headers.
 */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[([【][^)\]】]*[)\]】]/g, '')
    .replace(/[:：*＊]/g, '')
    .replace(/\.+$/, '')
    .toLowerCase();
}

/** Strings that a spreadsheet would take for a formula if written as a plain value. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
