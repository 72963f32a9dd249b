/**
 * Strings written through `range.values` / `range.formulas` are parsed by Excel exactly as if a
 * person typed them: "=SUM(A1)" and "@x" become formulas, "+86", "-5", "0012", "1,280.00", "50%"
 * become numbers (losing the text and any leading zeros), "2019-9-1" and "2019年9月1日" become dates,
 * "TRUE" a boolean, "#N/A" an error, and a leading apostrophe is swallowed.
 *
 * Decision: prefix such strings with an apostrophe, Excel's own "this is text" mark. Excel stores the
 * rest as text (the apostrophe is not part of the value: `values` reads it back without it, and the
 * cell only gets its quote-prefix flag). The alternative, number format "@" before writing, was
 * rejected: it stays on the cell, so a number typed later into a register row becomes text too, and
 * it would need a per-cell format array as large as the values themselves.
 *
 * What Excel coerces depends on the locale (zh-CN accepts "3月12日" as a date, some locales accept
 * full-width digits), so the test is deliberately wider than any one locale: every string with a
 * digit, or starting with a sign, formula, error or quote character, or spelling a boolean, gets the
 * apostrophe. Plain words ("台式计算机", "良好") are written unchanged.
 */

const STARTS_RISKY = /^[=+\-@#'\s]/;
const HAS_DIGIT = /[0-9\uFF10-\uFF19]/;
const BOOLEAN_WORD = /^\s*(true|false)\s*$/i;

/** True when Excel could turn the string into something other than that exact text. */
export function needsTextMark(text: string): boolean {
  if (text === '') return false;
  return STARTS_RISKY.test(text) || HAS_DIGIT.test(text) || BOOLEAN_WORD.test(text);
}

/** The string to put in `values`/`formulas` so the cell holds exactly `text`. */
export function literalText(text: string): string {
  return needsTextMark(text) ? `'${text}` : text;
}
