/**
 * The text of a string item — a shared string (<si>) or an inline string (<is>): plain (<t>) or
 * rich text runs (<r><t>), joined; phonetic guides (<rPh>, furigana) are not part of the value,
 * as Excel shows it. Entities are decoded and Excel's `_xHHHH_` escapes (for characters XML cannot
 * carry, such as a carriage return) are turned back into characters.
 */
import { decodeEntities } from './xml-scanner';

export class StringItem {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  reset(): void {
    this.parts = [];
    this.inText = false;
    this.phonetic = 0;
  }

  open(name: string, selfClosing: boolean): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && !selfClosing) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }

  text(raw: string, cdata: boolean): void {
    if (this.inText && this.phonetic === 0) this.parts.push(cdata ? raw : decodeEntities(raw));
  }

  value(): string {
    const joined = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
    return unescapeExcel(joined);
  }
}

/** `_x000D_` → "\r": how Excel writes characters XML 1.0 cannot hold (upper-case hex, as Excel writes and ExcelJS reads). */
export function unescapeExcel(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
