/** The people named in one cell ("张三、李四", "王五,赵六 / 钱七"), in the order written. */
import { cleanText } from '../text';

const SEPARATORS = /[、,;/\s]+/u;

export function splitPersons(text: string | null | undefined): { names: string[]; duplicates: string[] } {
  if (!text) return { names: [], duplicates: [] };
  // cleanText turns full-width ，；／ and the ideographic space into their ASCII forms.
  const parts = cleanText(text).split(SEPARATORS).filter((p) => p !== '');
  const names: string[] = [];
  const duplicates: string[] = [];
  for (const p of parts) {
    if (names.includes(p)) duplicates.push(p);
    else names.push(p);
  }
  return { names, duplicates };
}
