/**
 * A small PDF writer for label pages: filled rectangles (QR modules, Code 128 bars) and text, all
 * vector. Chinese text uses the PDF standard's predefined CJK font STSong-Light with the Unicode
 * CMap UniGB-UCS2-H, not embedded: every reader substitutes a Song/Ming system font (Acrobat its own,
 * poppler through fontconfig, Chrome and WPS theirs), so the file stays a few kilobytes and the
 * bundle carries no 10 MB Chinese font. Codes, the only text that must be exact, are in the QR anyway.
 */
import type { Size } from './layouts';
import type { Shape } from './design';

export interface PdfPage {
  readonly size: Size;
  readonly shapes: readonly Shape[];
}

const PT_PER_MM = 72 / 25.4;

/** Numbers as PDF wants them: plain decimals, at most 3 places, no exponent. */
function num(value: number): string {
  const s = (Math.round(value * 1000) / 1000).toFixed(3);
  return s.replace(/\.?0+$/, '') || '0';
}

/** UTF-16BE hex of the text; characters outside the BMP (not in UCS-2) become "?". */
function ucs2Hex(text: string): string {
  let hex = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0x3f;
    hex += (c > 0xffff ? 0x3f : c).toString(16).padStart(4, '0');
  }
  return hex;
}

export function pageContent(page: PdfPage): string {
  const h = page.size.height;
  const ops: string[] = ['q', '0 g'];
  const rects = page.shapes.filter((s) => s.kind === 'rect');
  for (const r of rects) ops.push(`${num(r.x * PT_PER_MM)} ${num((h - r.y - r.height) * PT_PER_MM)} ${num(r.width * PT_PER_MM)} ${num(r.height * PT_PER_MM)} re`);
  if (rects.length > 0) ops.push('f');
  for (const t of page.shapes) {
    if (t.kind !== 'text') continue;
    ops.push(`BT /F1 ${num(t.size * PT_PER_MM)} Tf ${num(t.x * PT_PER_MM)} ${num((h - t.y) * PT_PER_MM)} Td <${ucs2Hex(t.text)}> Tj ET`);
  }
  ops.push('Q');
  return ops.join('\n');
}

/** PDF 1.4 bytes of the pages. Everything written is ASCII, so string offsets are byte offsets. */
export function writePdf(pages: readonly PdfPage[], title = 'Asset labels'): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('');
  const cidFont = add('');
  const descriptor = add('');
  const info = add(`<< /Title <feff${ucs2Hex(title)}> /Producer (Taizhang) >>`);
  objects[font - 1] = `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`;
  // CIDs 1–95 are the font's Latin; giving them half an em keeps the text as wide as design.ts measured it.
  objects[cidFont - 1] = `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500] >>`;
  objects[descriptor - 1] = '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  const kids: number[] = [];
  for (const page of pages) {
    const content = pageContent(page);
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${num(page.size.width * PT_PER_MM)} ${num(page.size.height * PT_PER_MM)}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i) & 0xff;
  return bytes;
}
