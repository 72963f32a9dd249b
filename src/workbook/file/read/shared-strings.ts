/** The shared string table (xl/sharedStrings.xml), read piece by piece. */
import type { ZipEntry } from '../zip-directory';
import { partText } from './part-stream';
import { StringItem } from './string-item';
import { XmlScanner } from './xml-scanner';

export function readSharedStrings(bytes: Uint8Array, entry: ZipEntry): string[] {
  const strings: string[] = [];
  const item = new StringItem();
  let inItem = false;
  const scanner = new XmlScanner({
    open(name, _attrs, selfClosing) {
      if (name === 'si') {
        item.reset();
        inItem = true;
      } else if (inItem) item.open(name, selfClosing);
    },
    close(name) {
      if (name === 'si') {
        strings.push(item.value());
        inItem = false;
      } else if (inItem) item.close(name);
    },
    text(raw, cdata) {
      if (inItem) item.text(raw, cdata);
    },
  });
  for (const piece of partText(bytes, entry)) scanner.push(piece);
  scanner.end();
  return strings;
}
