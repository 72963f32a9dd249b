/**
 * The form text is compared in on matched rows and in the candidate pass: half-width, unified
 * dashes, no spaces at all, lower case — so "初一（1）班" equals "初一(1) 班" and "Lenovo" equals "LENOVO".
 */
import { cleanText } from '../text';

export function compareKey(text: string): string {
  return cleanText(text).replace(/ /g, '').toLowerCase();
}

/** Equal as people mean it. The raw comparison first: most values are typed identically. */
export function sameText(a: string, b: string): boolean {
  return a === b || compareKey(a) === compareKey(b);
}
