/** The little XML handling chart injection needs: escaping, unescaping, attributes of one tag. */

export function xmlEscape(text: string): string {
  // Characters XML 1.0 forbids are dropped rather than written into a part Excel would refuse.
  let clean = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff || (c >= 0xd800 && c <= 0xdfff)) continue;
    clean += ch;
  }
  return clean
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function xmlUnescape(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Attributes of an opening tag's text (`<sheet name="a" r:id="rId1"/>`), unescaped. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const name = m[1];
    if (name) out[name] = xmlUnescape(m[3] ?? m[4] ?? '');
  }
  return out;
}

/** Every opening (or self-closing) tag with this qualified name. */
export function tags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name.replace(/[.:]/g, (c) => `\\${c}`)}(?=[\\s/>])[^>]*>`, 'g'))].map((m) => m[0]);
}
