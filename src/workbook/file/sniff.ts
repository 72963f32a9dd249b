/**
 * Recognises what a file is from its bytes before ExcelJS sees it, so a user who picks a .xls, a
 * password-protected workbook, a CSV or a half-downloaded file gets a message that says what to
 * do instead of a parser's stack trace.
 */
import { readZipDirectory, startsWithZipSignature, type ZipEntry } from './zip-directory';

export type FileKind =
  | 'xlsx'
  | 'empty'
  | 'xls'
  | 'encrypted'
  | 'corrupt'
  | 'xlsb'
  | 'ods'
  | 'otherZip'
  | 'pdf'
  | 'html'
  | 'xmlSpreadsheet'
  | 'text'
  | 'unknown';

export type Sniffed = { readonly kind: 'xlsx'; readonly entries: readonly ZipEntry[] } | { readonly kind: Exclude<FileKind, 'xlsx'> };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Stream names of an encrypted OOXML package (MS-OFFCRYPTO), as the OLE directory stores them: UTF-16LE. */
const ENCRYPTION_STREAMS = ['EncryptedPackage', 'EncryptionInfo'];
const WORKBOOK_PART = 'xl/workbook.xml';
const TEXT_PROBE = 4096;

export function sniffWorkbook(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'empty' };
  if (hasPrefix(bytes, OLE_MAGIC)) {
    return ENCRYPTION_STREAMS.some((name) => indexOf(bytes, utf16le(name)) >= 0) ? { kind: 'encrypted' } : { kind: 'xls' };
  }
  if (startsWithZipSignature(bytes)) return sniffZip(bytes);
  return { kind: sniffNonZip(bytes) };
}

type NonZipKind = 'pdf' | 'html' | 'xmlSpreadsheet' | 'text' | 'unknown';

function sniffZip(bytes: Uint8Array): Sniffed {
  const entries = readZipDirectory(bytes);
  if (!entries) return { kind: 'corrupt' };
  const names = new Set(entries.map((e) => e.name));
  if (names.has(WORKBOOK_PART)) return { kind: 'xlsx', entries };
  if (names.has('xl/workbook.bin')) return { kind: 'xlsb' };
  if (names.has('content.xml') && names.has('mimetype')) return { kind: 'ods' };
  return { kind: 'otherZip' };
}

function sniffNonZip(bytes: Uint8Array): NonZipKind {
  const head = bytes.subarray(0, TEXT_PROBE);
  if (hasPrefix(head, [...ascii('%PDF-')])) return 'pdf';
  if (looksUtf16(head)) return 'text';
  if (head.includes(0)) return 'unknown';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (text.startsWith('<?xml') && text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xmlSpreadsheet';
  // Many accounting systems export "xls" files that are really web pages.
  if (text.startsWith('<') && /<(html|table|!doctype html)/.test(text)) return 'html';
  if (looksLikeText(head)) return 'text';
  return 'unknown';
}

/** Control bytes other than tab, newline, carriage return and form feed are rare in real text (GBK and UTF-8 alike). */
function looksLikeText(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  return control <= head.length / 100;
}

/** A UTF-16LE text file (Excel's "Unicode text" export) starts with FF FE. */
function looksUtf16(head: Uint8Array): boolean {
  return head[0] === 0xff && head[1] === 0xfe;
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = haystack.length - needle.length;
  for (let i = haystack.indexOf(first ?? 0); i >= 0 && i <= last; i = haystack.indexOf(first ?? 0, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
