/**
 * Two repairs to how ExcelJS 4.4 loads a workbook, both about workbooks as Chinese offices keep them:
 *
 * 1. Built-in number formats 27–36 and 50–58 are the CJK locale's date formats (31 = yyyy"年"m"月"d"日").
 *    Chinese Excel stores them by id only, and ExcelJS knows no code for them, so their dates would
 *    read as plain numbers — and lose their format on save. The zh-CN codes are supplied before
 *    ExcelJS resolves styles.
 * 2. ExcelJS expands every data validation range into one entry per cell (a drop-down on a whole
 *    column becomes a million entries) and, on save, squeezes them back into overlapping ranges
 *    Excel rejects. Where the platform can inflate zip parts itself, ExcelJS skips validations and
 *    `raw-validations.ts` reads them; elsewhere the entries are folded back into rectangles here.
 */
import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import { columnLetter, columnNumber } from '../../core/sheet/address';
import { ZH_CN_BUILTIN_FORMATS } from './builtin-formats';

interface StylesLike {
  index?: { numFmt?: Record<string | number, unknown> };
}
interface XlsxLike {
  reconcile?: (model: { styles?: StylesLike }, options: unknown) => void;
}

/** Call before `workbook.xlsx.load`. Does nothing if ExcelJS's internals ever change shape. */
export function supplyCjkDateFormats(wb: Workbook): void {
  const xlsx = wb.xlsx as unknown as XlsxLike;
  const original = xlsx.reconcile;
  if (typeof original !== 'function') return;
  xlsx.reconcile = (model, options) => {
    const numFmt = model.styles?.index?.numFmt;
    if (numFmt && typeof numFmt === 'object') {
      for (const [id, code] of Object.entries(ZH_CN_BUILTIN_FORMATS)) if (numFmt[id] === undefined) numFmt[id] = code;
    }
    original.call(xlsx, model, options);
  };
}

/** Folds per-cell validation entries back into ranges, one worksheet at a time. */
export function compactValidations(ws: Worksheet): void {
  const holder = validationsOf(ws);
  const model = holder.model;
  if (!model) return;
  const addresses = Object.keys(model);
  if (addresses.length < 2) return;

  // ExcelJS gives every cell of one loaded range the same validation object: group by identity.
  const groups = new Map<DataValidation, Map<number, number[]>>();
  const compact: Record<string, DataValidation> = {};
  for (const address of addresses) {
    const dv = model[address];
    if (!dv) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) {
      compact[address] = dv;
      continue;
    }
    let byColumn = groups.get(dv);
    if (!byColumn) groups.set(dv, (byColumn = new Map()));
    const col = columnNumber(m[1] ?? 'A');
    let rows = byColumn.get(col);
    if (!rows) byColumn.set(col, (rows = []));
    rows.push(Number(m[2]));
  }
  for (const [dv, byColumn] of groups) {
    for (const range of rectangles(byColumn)) compact[range] = dv;
  }
  holder.model = compact;
}

/** ExcelJS has `worksheet.dataValidations` at run time; its typings leave it out. */
export function validationsOf(ws: Worksheet): { model?: Record<string, DataValidation | undefined>; add(address: string, dv: DataValidation): void } {
  return (ws as unknown as { dataValidations: ReturnType<typeof validationsOf> }).dataValidations;
}

/** Runs of rows per column, then neighbouring columns with the same runs joined into rectangles. */
function rectangles(byColumn: Map<number, number[]>): string[] {
  const runsByColumn = new Map<number, string[]>();
  for (const [col, rows] of byColumn) {
    rows.sort((a, b) => a - b);
    const runs: string[] = [];
    let start = rows[0] ?? 1;
    let prev = start;
    for (let i = 1; i <= rows.length; i++) {
      const r = rows[i];
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      runs.push(`${start}-${prev}`);
      if (r !== undefined) start = prev = r;
    }
    runsByColumn.set(col, runs);
  }
  const out: string[] = [];
  const cols = [...runsByColumn.keys()].sort((a, b) => a - b);
  for (let i = 0; i < cols.length; ) {
    const first = cols[i] ?? 1;
    const key = (runsByColumn.get(first) ?? []).join(',');
    let last = first;
    while (cols[i + 1] === last + 1 && (runsByColumn.get(last + 1) ?? []).join(',') === key) {
      last++;
      i++;
    }
    i++;
    for (const run of runsByColumn.get(first) ?? []) {
      const [top, bottom] = run.split('-');
      const a = `${columnLetter(first)}${top}`;
      const b = `${columnLetter(last)}${bottom}`;
      out.push(a === b ? a : `${a}:${b}`);
    }
  }
  return out;
}
