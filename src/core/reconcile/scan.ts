/**
 * Scan import: the CSV/TXT a barcode or QR scanner app exports, as count rows. Accepted shapes: one
 * code a line, or `code,quantity[,location]` (comma, tab, semicolon, | or a full-width comma), with
 * or without a header line, UTF-8 with or without BOM, CRLF or LF. Each line is one count row (its
 * line number is its row), so a code scanned twice reaches the engine twice and the engine's rules
 * decide: a duplicate for a single item, parts that add up for a class set. The text is decoded by
 * the caller; a file in GBK read as UTF-8 shows up here as replacement characters or mojibake, which
 * is reported, not guessed at.
 */
import { parse as parseCsv } from 'papaparse';
import { FindingCollector, finding, type Finding } from '../findings';
import { localize } from '../i18n/locale';
import { cellAddress } from '../sheet/address';
import { ASSET_FIELDS } from '../sheet/fields';
import { normalizeCode, normalizeHeader, toHalfWidth } from '../text';
import { reconcileMessages, type ReconcileMessageKey } from './messages';
import type { AssetRow } from './records';

export interface ScanImport {
  readonly rows: AssetRow[];
  readonly findings: Finding[];
  /** The header line's cells when the file had one. */
  readonly header: readonly string[] | null;
}

/** Fields a scan file's columns can carry, found by header name. */
const SCAN_FIELDS = ['code', 'quantity', 'location', 'name', 'spec', 'category', 'department', 'custodian', 'status'] as const;
type ScanField = (typeof SCAN_FIELDS)[number];
/** Without a header: code, quantity, location. */
const DEFAULT_COLUMNS: Readonly<Partial<Record<ScanField, number>>> = { code: 0, quantity: 1, location: 2 };

const HEADER_NAMES: ReadonlyMap<string, ScanField> = (() => {
  const m = new Map<string, ScanField>();
  for (const f of ASSET_FIELDS) {
    if (!(SCAN_FIELDS as readonly string[]).includes(f.key)) continue;
    // The first field to claim a header keeps it (ASSET_FIELDS puts quantity before bookQuantity).
    for (const [name] of f.synonyms) if (!m.has(normalizeHeader(name))) m.set(normalizeHeader(name), f.key as ScanField);
  }
  return m;
})();

/** Runs of Latin-1 / Windows-1252 letters: what GBK or UTF-8 text looks like when read in the wrong encoding. */
const MOJIBAKE = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}|锟斤拷|烫烫/;

function headerColumns(cells: readonly string[]): Partial<Record<ScanField, number>> | null {
  const cols: Partial<Record<ScanField, number>> = {};
  cells.forEach((cell, i) => {
    const f = HEADER_NAMES.get(normalizeHeader(cell));
    if (f !== undefined && cols[f] === undefined) cols[f] = i;
  });
  return cols.code === undefined ? null : cols;
}

function quantityOf(text: string): number | null {
  const t = toHalfWidth(text).replace(/[,\s]/g, '');
  if (t === '') return 1;
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export function parseScan(text: string, fileName = '扫描文件'): ScanImport {
  const collector = new FindingCollector();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const note = (line: number, col: number, severity: 'error' | 'warning' | 'info', key: ReconcileMessageKey, params: Record<string, string | number>): void => {
    collector.add(finding(fileName, cellAddress(line, col + 1), severity, key, localize(reconcileMessages, key, params)));
  };

  // Encoding problems are counted over the whole file and reported once each, at the first line.
  const lines = body.split(/\r\n|\r|\n/);
  let replaced = 0;
  let firstReplaced = 0;
  let garbled = 0;
  let firstGarbled = 0;
  let sample = '';
  lines.forEach((line, i) => {
    if (line.includes('\ufffd')) {
      if (replaced++ === 0) firstReplaced = i + 1;
    }
    const m = MOJIBAKE.exec(line);
    if (m) {
      if (garbled++ === 0) {
        firstGarbled = i + 1;
        sample = m[0].slice(0, 12);
      }
    }
  });
  if (replaced > 0) note(firstReplaced, 0, 'error', 'scan.replacementChar', { line: firstReplaced, count: replaced });
  if (garbled > 0) note(firstGarbled, 0, 'error', 'scan.mojibake', { line: firstGarbled, count: garbled, sample });

  const parsed = parseCsv<string[]>(body, { delimitersToGuess: [',', '\t', ';', '|', '，'], skipEmptyLines: false });
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter') continue; // one code a line has no delimiter to find
    const line = (e.row ?? 0) + 1;
    note(line, 0, 'warning', 'scan.parse', { line, problem: e.message });
  }

  const records = parsed.data;
  let start = 0;
  while (start < records.length && (records[start] ?? []).every((c) => c.trim() === '')) start++;
  const headerCells = records[start] ?? [];
  const fromHeader = headerColumns(headerCells);
  const cols = fromHeader ?? DEFAULT_COLUMNS;
  const header = fromHeader ? headerCells.map((c) => c.trim()) : null;
  const codeCol = cols.code ?? 0;
  const rows: AssetRow[] = [];
  const cell = (rec: readonly string[], f: ScanField): string => {
    const i = cols[f];
    return i === undefined ? '' : (rec[i] ?? '').trim();
  };

  for (let i = fromHeader ? start + 1 : start; i < records.length; i++) {
    const rec = records[i] ?? [];
    const line = i + 1;
    if (rec.every((c) => c.trim() === '')) continue;
    const code = cell(rec, 'code');
    if (code === '') {
      note(line, codeCol, 'warning', 'scan.noCode', { line });
      continue;
    }
    let quantity = quantityOf(cell(rec, 'quantity'));
    if (quantity === null) {
      note(line, cols.quantity ?? 1, 'warning', 'scan.badQuantity', { line, value: cell(rec, 'quantity') });
      quantity = 1;
    }
    rows.push({
      row: line,
      code,
      codeKey: normalizeCode(code),
      name: cell(rec, 'name'),
      spec: cell(rec, 'spec'),
      category: cell(rec, 'category'),
      department: cell(rec, 'department'),
      location: cell(rec, 'location'),
      custodian: cell(rec, 'custodian'),
      status: cell(rec, 'status'),
      quantity,
    });
  }
  if (rows.length === 0) collector.add(finding(fileName, '', 'error', 'scan.empty', localize(reconcileMessages, 'scan.empty')));
  return { rows, findings: collector.list(), header };
}
