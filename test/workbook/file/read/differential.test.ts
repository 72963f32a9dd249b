/**
 * The streaming reader against ExcelJS's full load (the model the write path builds) on every
 * fixture workbook and every sheet: the same Grid, cell for cell, merges and hidden rows included —
 * read once with the normal inflate chunks and once with tiny ones, so piece boundaries fall inside
 * tags, attributes, entities and multi-byte characters.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { sniffWorkbook } from '../../../../src/workbook/file/sniff';
import { loadModel } from '../../../../src/workbook/file/model-workbook';
import { xlsxSourceFrom } from '../../../../src/workbook/file/read/xlsx-source';

const FIXTURES = path.join(__dirname, '../../../fixtures');

async function xlsxFixtures(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await xlsxFixtures(full)));
    else if (entry.name.endsWith('.xlsx')) out.push(full);
  }
  return out.sort();
}

describe('streaming reader = ExcelJS full load, on every fixture', () => {
  let files: string[] = [];
  beforeAll(async () => {
    files = await xlsxFixtures(FIXTURES);
  });

  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it('reads every sheet of every readable fixture to the same grid', async () => {
    let compared = 0;
    for (const file of files) {
      const bytes = new Uint8Array(await fs.readFile(file));
      const sniffed = sniffWorkbook(bytes);
      if (sniffed.kind !== 'xlsx') continue; // encrypted, truncated, not a workbook: open.test.ts covers them
      const name = path.relative(FIXTURES, file);
      const model = await loadModel(bytes, sniffed.entries, name, undefined);
      const expectedSheets = (await model.listSheets()).map((s) => ({ name: s.name, visibility: s.visibility }));
      for (const inputChunk of [undefined, 7]) {
        const source = xlsxSourceFrom(bytes, sniffed.entries, name, inputChunk ? { inputChunk } : {});
        const sheets = await source.listSheets();
        expect({ file: name, sheets: sheets.map((s) => ({ name: s.name, visibility: s.visibility })) }).toEqual({ file: name, sheets: expectedSheets });
        expect(source.date1904).toBe(model.date1904);
        for (const { name: sheet } of expectedSheets) {
          const expected = await model.readGrid(sheet);
          const actual = await source.readGrid(sheet);
          expect({ file: name, sheet, grid: actual }).toEqual({ file: name, sheet, grid: expected });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
  });
});
