/**
 * Reading the two sides of a count: a sheet of a workbook (its table found and mapped as inspect
 * does, with the remembered mapping) or a scanner's text file, turned into the engine's AssetRows
 * plus findings. Bad cells never stop a run: they become findings.
 */
import { throwIfAborted, UserError } from '../../core/errors';
import { FindingCollector, finding, type Finding } from '../../core/findings';
import { interpolate, localize, type Localized, type MessageParams } from '../../core/i18n/locale';
import { assetRow, parseScan, type AssetRow } from '../../core/reconcile';
import { cellAddress, columnNumber } from '../../core/sheet/address';
import type { SheetAnalysis } from '../../core/sheet/analyze';
import { ASSET_FIELDS } from '../../core/sheet/fields';
import type { MappingOverrides } from '../../core/sheet/mapping';
import { fenOf, numberOf, textOf, type SheetRecord } from '../../core/sheet/records';
import type { Progress, WorkbookPort } from '../../workbook/port';
import { analyzeWorkbookSheet, toSheetReport, type SheetReport } from '../inspect';
import { reconcileAppMessages as msg, type ReconcileAppMessageKey } from './messages';

export type Side = 'ledger' | 'count';

/** The state a ledger's items are in when the ledger has no 使用状况 column. */
export const ASSUMED_LEDGER_STATUS = '在用';

/** A side read from a sheet of a workbook. */
export interface SheetSource {
  readonly kind: 'sheet';
  readonly port: WorkbookPort;
  readonly sheet: string;
  /** Column choices for this run (they replace the remembered ones for the fields given). */
  readonly overrides?: MappingOverrides;
}

/** A count from a scanner app's export (decoded text). */
export interface ScanSource {
  readonly kind: 'scan';
  readonly text: string;
  readonly fileName: string;
}

/** Several phones' or scanners' exports counted together (each file decoded by the caller). */
export interface ScansSource {
  readonly kind: 'scans';
  readonly files: ReadonlyArray<{ readonly text: string; readonly fileName: string }>;
}

export type CountSource = SheetSource | ScanSource | ScansSource;

export interface SideRows {
  readonly rows: AssetRow[];
  readonly findings: Finding[];
  /** Sheet name, or the scan file's name. */
  readonly name: string;
  /** Column of the code (1-based): where links and findings point. */
  readonly codeColumn: number;
  /** The mapping and layout as inspect reports them, for review; null for a scan file. */
  readonly report: SheetReport | null;
}

/** A message naming the side in each language. */
export function sideMessage(key: ReconcileAppMessageKey, side: Side, params: MessageParams = {}): Localized {
  const entry = msg[key];
  const name = msg[side === 'ledger' ? 'side.ledger' : 'side.count'];
  return {
    'zh-CN': interpolate(entry['zh-CN'], { ...params, side: name['zh-CN'] }),
    'en-US': interpolate(entry['en-US'], { ...params, side: name['en-US'] }),
  };
}

function text(r: SheetRecord, key: string): string {
  return (textOf(r, key) ?? '').trim();
}

/**
 * Records → rows. A ledger row's quantity is its 数量 (or 账面数量), 1 when the ledger keeps one item a
 * row without a quantity column. A count row's quantity is its 实盘数量; a count sheet with no quantity
 * column lists one item a row. A blank or unreadable quantity where there is a column counts as 1 and
 * is reported, since the counter listed the row as found.
 */
export function recordsToRows(analysis: SheetAnalysis, side: Side, collector: FindingCollector): AssetRow[] {
  const fields = analysis.mapping?.fields ?? {};
  // A 明细账 with no 使用状况 column keeps its items as 在用: a count finding one 损坏 or 闲置 is 不符.
  const assumedStatus = side === 'ledger' && !fields.status ? ASSUMED_LEDGER_STATUS : '';
  if (assumedStatus !== '') collector.add(finding(analysis.sheet, '', 'info', 'reconcile.statusAssumed', localize(msg, 'reconcile.statusAssumed', { status: assumedStatus })));
  const quantityKey = fields.quantity ? 'quantity' : side === 'ledger' && fields.bookQuantity ? 'bookQuantity' : null;
  const quantityColumn = quantityKey ? columnNumber((fields[quantityKey] as { column: string }).column) : 1;
  const rows: AssetRow[] = [];
  for (const r of analysis.records) {
    const code = text(r, 'code');
    const name = text(r, 'name');
    if (code === '' && name === '') continue;
    let quantity = quantityKey ? numberOf(r, quantityKey) : 1;
    if (quantity === undefined) {
      quantity = 1;
      collector.add(finding(analysis.sheet, cellAddress(r.row, quantityColumn), 'warning', 'reconcile.quantityBlank', sideMessage('reconcile.quantityBlank', side, { row: r.row }), quantityKey ?? undefined));
    }
    const unitPrice = fenOf(r, 'unitPrice');
    const amount = fenOf(r, 'amount');
    rows.push(
      assetRow({
        row: r.row,
        code,
        name,
        spec: text(r, 'spec'),
        category: text(r, 'category'),
        department: text(r, 'department'),
        location: text(r, 'location'),
        custodian: text(r, 'custodian'),
        status: text(r, 'status') || assumedStatus,
        quantity,
        ...(unitPrice === undefined ? {} : { unitPrice }),
        ...(amount === undefined ? {} : { amount }),
      }),
    );
  }
  return rows;
}

export interface ReadOptions {
  readonly onProgress?: (p: Progress) => void;
  readonly signal?: AbortSignal;
}

export async function readSheetSide(source: SheetSource, side: Side, options: ReadOptions = {}): Promise<SideRows> {
  const analysis = await analyzeWorkbookSheet(source.port, source.sheet, ASSET_FIELDS, {
    overrides: source.overrides,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  throwIfAborted(options.signal);
  if (analysis.status !== 'ok' || !analysis.mapping) {
    throw new UserError('reconcile.noTable', sideMessage('reconcile.noTable', side, { sheet: source.sheet }));
  }
  const fields = analysis.mapping.fields;
  if (!fields.code && !fields.name) {
    throw new UserError('reconcile.noCodeOrName', sideMessage('reconcile.noCodeOrName', side, { sheet: source.sheet }));
  }
  const collector = new FindingCollector();
  collector.addAll(analysis.findings);
  const rows = recordsToRows(analysis, side, collector);
  if (rows.length === 0) throw new UserError('reconcile.noRows', sideMessage('reconcile.noRows', side, { sheet: source.sheet }));
  return {
    rows,
    findings: collector.list(),
    name: source.sheet,
    codeColumn: fields.code ? columnNumber(fields.code.column) : 1,
    report: toSheetReport(analysis, false, 5),
  };
}

export function readScanSide(source: ScanSource): SideRows {
  const scan = parseScan(source.text, source.fileName);
  if (scan.rows.length === 0) throw new UserError('reconcile.noRows', sideMessage('reconcile.noRows', 'count', { sheet: source.fileName }));
  return { rows: scan.rows, findings: scan.findings, name: source.fileName, codeColumn: 1, report: null };
}

/**
 * Several scan files merged into one count: each file's lines follow the previous file's (so row
 * numbers stay unique for decisions), findings keep each file's own name and line, and a code
 * scanned in more than one file is reported — two phones may have counted the same item.
 */
export function readScansSide(source: ScansSource): SideRows {
  const rows: AssetRow[] = [];
  const collector = new FindingCollector();
  const filesOf = new Map<string, { code: string; files: Set<string> }>();
  let offset = 0;
  for (const file of source.files) {
    const scan = parseScan(file.text, file.fileName);
    collector.addAll(scan.findings);
    for (const r of scan.rows) {
      rows.push({ ...r, row: r.row + offset });
      const seen = filesOf.get(r.codeKey) ?? { code: r.code, files: new Set<string>() };
      seen.files.add(file.fileName);
      filesOf.set(r.codeKey, seen);
    }
    offset += file.text.split(/\r\n|\r|\n/).length;
  }
  const name = source.files.map((f) => f.fileName).join('+');
  for (const { code, files } of filesOf.values()) {
    if (files.size < 2) continue;
    const params = { code, count: files.size, files: [...files].join('、') };
    collector.add(finding(name, '', 'warning', 'scan.severalFiles', localize(msg, 'scan.severalFiles', params)));
  }
  if (rows.length === 0) throw new UserError('reconcile.noRows', sideMessage('reconcile.noRows', 'count', { sheet: name }));
  return { rows, findings: collector.list(), name, codeColumn: 1, report: null };
}

export async function readCountSide(source: CountSource, options: ReadOptions = {}): Promise<SideRows> {
  if (source.kind === 'scans') return readScansSide(source);
  return source.kind === 'scan' ? readScanSide(source) : readSheetSide(source, 'count', options);
}
