/**
 * One stray cell at XFD1048576 (the last cell a sheet has) beside a small ledger: `inspect` reads it
 * end to end in a capped heap, because nothing is sized from the <dimension> tag or the used range.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { openXlsx } from '../../src/workbook/file';
import { cellAt, gridRight } from '../../src/core/sheet/grid';

function strayCellWorkbook(): Uint8Array {
  const text = (ref: string, t: string): string => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const rows = [`<row r="1">${text('A1', '资产编号')}${text('B1', '资产名称')}${text('C1', '数量')}</row>`];
  for (let r = 2; r <= 6; r++) rows.push(`<row r="${r}">${text(`A${r}`, `ZX-${r}`)}${text(`B${r}`, '课桌')}<c r="C${r}"><v>${r}</v></c></row>`);
  rows.push(`<row r="1048576">${text('XFD1048576', '误输入')}</row>`);
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>${rows.join('')}</sheetData></worksheet>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
    'xl/workbook.xml': strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

describe('a stray cell at XFD1048576', () => {
  it('reads as one far cell, not a million-by-16,384 block', async () => {
    const grid = await (await openXlsx(strayCellWorkbook(), 'stray.xlsx')).readGrid('台账');
    expect(grid.rows).toHaveLength(1_048_576);
    expect(grid.rows[500_000]).toEqual([]);
    expect(cellAt(grid, 1_048_576, 16_384)).toBe('误输入');
    expect(cellAt(grid, 6, 3)).toBe(6);
    expect(gridRight(grid)).toBe(16_384);
  });

  it('is inspected end to end in a 256 MB heap', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'stray-'));
    try {
      const file = path.join(dir, 'stray.xlsx');
      writeFileSync(file, strayCellWorkbook());
      const out = execFileSync(process.execPath, ['--max-old-space-size=256', path.join(__dirname, '..', '..', 'bin', 'taizhang.cjs'), 'inspect', file, '--json'], { encoding: 'utf8', timeout: 120_000 });
      const sheet = (JSON.parse(out) as { sheets: Array<{ name: string; lastDataRow: number; fields: Record<string, { column: string }> }> }).sheets[0];
      expect(sheet).toMatchObject({ name: '台账', lastDataRow: 6 });
      expect(sheet?.fields['code']?.column).toBe('A');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
