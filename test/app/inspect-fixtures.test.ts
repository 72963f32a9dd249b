/**
 * Golden tests: every fixture workbook (written the way offices' Excel stores them) is read through
 * the file adapter and the inspect use case, and must be understood as its .expected.json says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeWorkbookSheet, inspectWorkbook } from '../../src/app/inspect';
import { isUserError } from '../../src/core/errors';
import { ASSET_FIELDS } from '../../src/core/sheet/fields';
import { formatFen } from '../../src/core/money';
import { openXlsx } from '../../src/workbook/file';

const DIR = path.join(__dirname, '..', 'fixtures');

interface ExpectedSheet {
  name: string;
  headerRows: number[];
  firstDataRow: number | null;
  lastDataRow: number | null;
  fields: Record<string, string>;
  dataRowCount: number;
  excludedRows: Record<'subtotal' | 'total' | 'signature' | 'blank', number[]>;
  hiddenRows: number[];
  errorCells: string[];
  values: Record<string, Record<string, unknown>>;
}
interface Expected {
  workbook: string;
  expectedError?: { kind: string };
  sheets: ExpectedSheet[];
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Expected)
  .filter((e) => readdirSync(DIR).includes(e.workbook) || e.workbook.startsWith('../'));

function bytesOf(e: Expected): Uint8Array {
  return readFileSync(path.resolve(DIR, e.workbook));
}

describe.each(cases.filter((c) => c.expectedError).map((c) => [c.workbook, c] as const))('bad file %s', (_name, e) => {
  it('gives a message in both languages and no stack trace', async () => {
    const err = await openXlsx(bytesOf(e), e.workbook).then(() => null, (x: unknown) => x);
    expect(isUserError(err)).toBe(true);
    if (isUserError(err)) {
      expect(err.localized['zh-CN']).toMatch(/xlsx/i);
      expect(err.localized['en-US']).toMatch(/xlsx/i);
    }
  });
});

describe.each(cases.filter((c) => !c.expectedError).map((c) => [c.workbook, c] as const))('fixture %s', (_name, e) => {
  it.each(e.sheets.map((s) => [s.name, s] as const))('sheet %s is understood', async (_sheet, s) => {
    const port = await openXlsx(bytesOf(e), e.workbook);
    const { sheets } = await inspectWorkbook(port, { sheet: s.name });
    const r = sheets[0]!;
    expect(r.headerRows).toEqual(s.headerRows);
    expect(r.firstDataRow).toBe(s.firstDataRow ?? 0);
    expect(r.lastDataRow).toBe(s.lastDataRow ?? 0);
    expect(r.dataRowCount).toBe(s.dataRowCount);
    const cols = Object.fromEntries(Object.entries(r.fields).map(([k, m]) => [k, m.column]));
    for (const [k, col] of Object.entries(s.fields)) expect([k, cols[k] ?? null]).toEqual([k, col]);
    // Extra mapped fields are allowed only where the sheet has a column that plausibly is one.
    expect(r.hiddenRows).toEqual(s.hiddenRows);
    for (const kind of ['subtotal', 'total', 'signature'] as const) {
      const got = r.excludedRows.filter((x) => x.kind === kind).map((x) => x.row);
      expect([kind, got]).toEqual([kind, s.excludedRows[kind]]);
    }
    const innerBlanks = r.excludedRows.filter((x) => x.kind === 'blank' && x.row > r.firstDataRow && x.row < r.lastDataRow).map((x) => x.row);
    const expectedInner = s.excludedRows.blank.filter((row) => row > (s.firstDataRow ?? 0) && row < (s.lastDataRow ?? 0));
    expect(innerBlanks).toEqual(expectedInner);
    const errorCells = r.findings.filter((f) => f.code === 'cell.error').map((f) => f.cell).sort();
    expect(errorCells).toEqual([...s.errorCells].sort());

    if (Object.keys(s.values).length > 0) {
      const analysis = await analyzeWorkbookSheet(port, s.name, ASSET_FIELDS);
      const byRow = new Map(analysis.records.map((x) => [x.row, x]));
      for (const [row, want] of Object.entries(s.values)) {
        const rec = byRow.get(Number(row));
        expect(rec).toBeDefined();
        for (const [key, value] of Object.entries(want)) {
          if (key === 'codeKey') {
            const v = rec?.values.code;
            expect([row, key, v?.type === 'code' ? v.key : null]).toEqual([row, key, value]);
            continue;
          }
          if (key.endsWith('Precision')) {
            const v = rec?.values[key.replace(/Precision$/, '')];
            expect([row, key, v?.type === 'date' ? v.precision : null]).toEqual([row, key, value]);
            continue;
          }
          const v = rec?.values[key];
          let got: unknown = null;
          if (v?.type === 'code' || v?.type === 'text') got = v.text;
          else if (v?.type === 'number') got = v.value;
          else if (v?.type === 'money') got = formatFen(v.fen);
          else if (v?.type === 'date') got = v.date;
          if (value !== null && typeof value === 'object' && 'error' in value) {
            expect(r.findings.some((f) => f.code === 'cell.error' && f.field === key)).toBe(true);
            continue;
          }
          expect([row, key, got]).toEqual([row, key, typeof value === 'string' && key === 'code' ? value.trim() : value]);
        }
      }
    }
  });
});
