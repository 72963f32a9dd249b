/**
 * Where the data of a table is: the rows between the header and the totals and signatures. Rows
 * that are not data (blank, 小计, 合计/总计, signature and note lines) are structure: excluded from
 * the data and reported as such, never as errors.
 */
import { cellAt, gridBottom, isEmptyCell, type Cell, type Grid } from './grid';
import type { HeaderInfo } from './header';
import { isRowNumberHeader } from './match';
import { toHalfWidth } from '../text';

export type RowKind = 'data' | 'blank' | 'subtotal' | 'total' | 'signature' | 'note';

export interface ExcludedRow {
  readonly row: number;
  readonly kind: Exclude<RowKind, 'data'>;
}

export interface TableLayout {
  readonly headerRows: readonly number[];
  /** 0 when the table has no data rows. */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Sheet rows holding data, in order (hidden ones included). */
  readonly dataRows: readonly number[];
  readonly excluded: readonly ExcludedRow[];
  /** Hidden rows among the data rows. */
  readonly hiddenDataRows: readonly number[];
}

// The whole label is a total word ("合  计：", "本页合计"), so an item named 合计器 stays an item.
const TOTAL = /^(.{0,6}(合计|总计|共计)|累计|total|grandtotal)(金额|数)?[:：]?$/i;
const SUBTOTAL = /^(.{0,12}小计|subtotal)[:：]?$/i;
const SIGNATURE = /^(制表人?|填表人?|编制人?|审核人?|复核人?|审批人?|负责人|单位负责人|部门负责人|经办人|盘点人|监盘人|保管人签字|签字|签名|主管|会计|出纳|验收人|登记人|填报人|记录人|统计人|日期|preparedby|reviewedby|approvedby)[:：]?/i;
/** "班主任签字：", "总务处（盖章）" — any role followed by a place to sign. */
const SIGNED = /(签字|签名|签章|盖章)[)）]?[:：]?$|(签字|签名)[:：]/;
const NOTE = /^(说明|注|备注|附注|note)[:：]/i;

function compact(cell: Cell): string {
  return typeof cell === 'string' ? toHalfWidth(cell).replace(/\s+/g, '') : '';
}

export function classifyRow(grid: Grid, row: number, firstCol: number, lastCol: number, isRowNumberColumn = false): RowKind {
  let nonEmpty = 0;
  let numbers = 0;
  let total = false;
  let subtotal = false;
  let signedWithColon = false;
  let signatureWord = false;
  let note = false;
  let texts = 0;
  let colonLabels = 0;
  for (let c = firstCol; c <= lastCol; c++) {
    const cell = cellAt(grid, row, c);
    if (isEmptyCell(cell)) continue;
    nonEmpty++;
    if (typeof cell === 'number') numbers++;
    const t = compact(cell);
    if (t === '') continue;
    texts++;
    // "总务主任：", "班主任（保管人）：" — a role with nothing after its colon is a place to sign.
    if (/^[^:：]{1,12}[:：]$/.test(t)) colonLabels++;
    if (texts <= 3) {
      if (SUBTOTAL.test(t)) subtotal = true;
      else if (TOTAL.test(t)) total = true;
    }
    if (SIGNED.test(t)) signedWithColon = true;
    else if (SIGNATURE.test(t)) {
      if (/[:：]/.test(t)) signedWithColon = true;
      else if (t.length <= 4) signatureWord = true;
    }
    if (texts === 1 && NOTE.test(t)) note = true;
  }
  if (nonEmpty === 0) return 'blank';
  // A pre-numbered empty line of a printed register (only its 序号 filled): nothing to read.
  if (nonEmpty === 1 && numbers === 1 && typeof cellAt(grid, row, firstCol) === 'number' && isRowNumberColumn) return 'blank';
  if (subtotal) return 'subtotal';
  if (total) return 'total';
  // A bare "会计" may be a custodian's role in a data row; only a near-empty row makes it a signature line.
  if (numbers === 0 && ((signedWithColon && nonEmpty <= 6) || (signatureWord && nonEmpty <= 3))) return 'signature';
  if (numbers === 0 && colonLabels > 0 && colonLabels === texts && nonEmpty <= 6) return 'signature';
  if (note && nonEmpty <= 2) return 'note';
  return 'data';
}

export function locateData(grid: Grid, header: HeaderInfo): TableLayout {
  const start = (header.headerRows[header.headerRows.length - 1] ?? grid.top) + 1;
  const bottom = gridBottom(grid);
  const hidden = new Set(grid.hiddenRows);
  const kinds: RowKind[] = [];
  // Only a column headed 序号 makes a lone number a line number rather than a value.
  const numbered = header.columns[0] !== undefined && header.columns[0].col === header.firstCol && isRowNumberHeader(header.columns[0].label);
  let trailer = false;
  let afterTotal = false;
  for (let r = start; r <= bottom; r++) {
    let kind = trailer ? 'signature' : classifyRow(grid, r, header.firstCol, header.lastCol, numbered);
    if (kind === 'signature') trailer = true;
    // After the grand total, a lone line of text is a remark ("以上资产经核对无误"), not an item.
    if (kind === 'total') afterTotal = true;
    else if (kind === 'data' && afterTotal && nonEmptyCount(grid, r, header.firstCol, header.lastCol) <= 1) kind = 'note';
    kinds.push(kind);
  }
  const dataRows: number[] = [];
  const excluded: ExcludedRow[] = [];
  let lastNonBlank = -1;
  kinds.forEach((k, i) => {
    if (k !== 'blank') lastNonBlank = i;
  });
  kinds.forEach((k, i) => {
    const r = start + i;
    if (k === 'data') dataRows.push(r);
    // Trailing blank rows past everything are just the sheet's end, not worth a mention.
    else if (!(k === 'blank' && i > lastNonBlank)) excluded.push({ row: r, kind: k });
  });
  return {
    headerRows: header.headerRows,
    firstDataRow: dataRows[0] ?? 0,
    lastDataRow: dataRows[dataRows.length - 1] ?? 0,
    dataRows,
    excluded,
    hiddenDataRows: dataRows.filter((r) => hidden.has(r)),
  };
}

function nonEmptyCount(grid: Grid, row: number, firstCol: number, lastCol: number): number {
  let n = 0;
  for (let c = firstCol; c <= lastCol; c++) if (!isEmptyCell(cellAt(grid, row, c))) n++;
  return n;
}
