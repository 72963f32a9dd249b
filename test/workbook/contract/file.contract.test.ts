/** The contract suite against the file adapter, on real .xlsx bytes built with ExcelJS. */
import { Workbook, type CellErrorValue, type CellValue } from 'exceljs';
import { parseRange } from '../../../src/core/sheet/address';
import { openXlsx } from '../../../src/workbook/file';
import { loadWithExcelJs } from '../file/helpers';
import { runWorkbookPortContract } from './contract';
import type { WorkbookSeed } from './seed';

function cellValue(v: string | number | boolean | { readonly error: string }): CellValue {
  // The seed's error texts are Excel's own (#N/A, #REF!…), the values ExcelJS's error type lists.
  return typeof v === 'object' ? ({ error: v.error } as CellErrorValue) : v;
}

async function xlsxOf(seed: WorkbookSeed): Promise<Uint8Array> {
  const wb = new Workbook();
  for (const s of seed.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility ?? 'visible' });
    s.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null) ws.getCell(i + 1, j + 1).value = cellValue(v);
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const [address, fmt] of Object.entries(s.numFmts ?? {})) {
      const r = parseRange(address);
      if (!r) throw new Error(`bad range ${address}`);
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) ws.getCell(row, col).numFmt = fmt;
    }
    if (s.protected) await ws.protect('', {});
  }
  const out: unknown = await wb.xlsx.writeBuffer();
  if (out instanceof Uint8Array) return out;
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new Error('ExcelJS returned no bytes');
}

runWorkbookPortContract('file adapter (.xlsx)', async (seed) => {
  const port = await openXlsx(await xlsxOf(seed), 'contract.xlsx');
  return {
    port,
    // What the saved file says, as another program would read it.
    numberFormat: async (sheet, row, col) => {
      const wb = await loadWithExcelJs(await port.save());
      return wb.getWorksheet(sheet)?.getCell(row, col).numFmt || 'General';
    },
  };
});
