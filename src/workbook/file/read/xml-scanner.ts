/**
 * A tokenizer for the XML of spreadsheet parts, fed text in pieces of any size: a tag, an attribute
 * or a run of text split across pieces is held back until it is whole, so a 400 MB part is read
 * piece by piece and never held as one string. It knows just enough XML for OOXML parts: elements,
 * attributes in either quote, text, CDATA, comments, processing instructions and a DOCTYPE.
 * Element names lose their namespace prefix (`x:row` is `row`), as some generators write them.
 */

export interface XmlHandler {
  /** `attrs` is the raw text between the name and the end of the tag; read it with `attrValue`. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text (entities not yet decoded; `cdata` text has none). */
  text(raw: string, cdata: boolean): void;
}

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

export class XmlScanner {
  private carry = '';

  constructor(private readonly handler: XmlHandler) {}

  /** Scans as much of `piece` (after what was held back) as forms whole tokens. */
  push(piece: string): void {
    const buf = this.carry === '' ? piece : this.carry + piece;
    this.carry = buf.slice(this.scan(buf));
  }

  /** A whole text at once. */
  pushAll(text: string): void {
    this.push(text);
    this.end();
  }

  /** The end of the input. Throws XmlError when a tag was left unfinished (a cut-off part). */
  end(): void {
    const rest = this.carry;
    this.carry = '';
    if (rest.trim() !== '') throw new XmlError('the XML ends inside a tag');
  }

  /** Forgets what was held back, to resume at another place of the text. */
  reset(): void {
    this.carry = '';
  }

  /** Tokens from `buf`; returns where the first incomplete token starts. */
  private scan(buf: string): number {
    const h = this.handler;
    const n = buf.length;
    let p = 0;
    while (p < n) {
      const lt = buf.indexOf('<', p);
      if (lt < 0) return p; // text whose end is not here yet
      if (lt > p) h.text(buf.slice(p, lt), false);
      p = lt;
      const next = buf.charCodeAt(p + 1);
      if (next !== next) return p; // NaN: '<' is the last character
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const end = this.special(buf, p);
        if (end < 0) return p;
        p = end;
        continue;
      }
      const gt = tagEnd(buf, p + 1);
      if (gt < 0) return p;
      if (next === 47 /* / */) {
        h.close(localName(buf.slice(p + 2, gt).trim()));
      } else {
        const selfClosing = buf.charCodeAt(gt - 1) === 47;
        const inner = buf.slice(p + 1, selfClosing ? gt - 1 : gt);
        const space = firstSpace(inner);
        const name = localName(space < 0 ? inner : inner.slice(0, space));
        h.open(name, space < 0 ? '' : inner.slice(space), selfClosing);
        if (selfClosing) h.close(name);
      }
      p = gt + 1;
    }
    return p;
  }

  /** Comments, CDATA, DOCTYPE and processing instructions; returns the index after them, or -1 when incomplete. */
  private special(buf: string, p: number): number {
    if (buf.startsWith('<!--', p)) {
      const end = buf.indexOf('-->', p + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (buf.startsWith('<![CDATA[', p)) {
      const end = buf.indexOf(']]>', p + 9);
      if (end < 0) return -1;
      this.handler.text(buf.slice(p + 9, end), true);
      return end + 3;
    }
    if (buf.length - p < 9 && '<![CDATA['.startsWith(buf.slice(p))) return -1;
    if (buf.charCodeAt(p + 1) === 63) {
      const end = buf.indexOf('?>', p + 2);
      return end < 0 ? -1 : end + 2;
    }
    const end = tagEnd(buf, p + 2);
    return end < 0 ? -1 : end + 1;
  }
}

/** The '>' closing a tag that starts before `from`, skipping quoted attribute values (they may hold '>'); -1 when not here yet. */
function tagEnd(buf: string, from: number): number {
  const n = buf.length;
  let quote = 0;
  for (let p = from; p < n; p++) {
    const c = buf.charCodeAt(p);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return p;
    else if (c === 34 /* " */ || c === 39 /* ' */) quote = c;
  }
  return -1;
}

function firstSpace(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) return i;
  }
  return -1;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/**
 * The value of attribute `name` (matched by local name, so `r:id` answers "id") in a tag's raw
 * attribute text, entities decoded; undefined when absent.
 */
export function attrValue(attrs: string, name: string): string | undefined {
  const n = attrs.length;
  let p = 0;
  while (p < n) {
    while (isSpace(attrs.charCodeAt(p))) p++;
    const eq = attrs.indexOf('=', p);
    if (eq < 0) return undefined;
    let keyEnd = eq;
    while (keyEnd > p && isSpace(attrs.charCodeAt(keyEnd - 1))) keyEnd--;
    const colon = attrs.lastIndexOf(':', keyEnd - 1);
    const keyStart = colon >= p ? colon + 1 : p;
    let q = eq + 1;
    while (isSpace(attrs.charCodeAt(q))) q++;
    const quote = attrs.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return undefined;
    const end = attrs.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (end < 0) return undefined;
    if (keyEnd - keyStart === name.length && attrs.startsWith(name, keyStart)) return decodeEntities(attrs.slice(q + 1, end));
    p = end + 1;
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities and character references; an unknown entity stays as written. */
export function decodeEntities(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.charCodeAt(0) === 35) {
      const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}
