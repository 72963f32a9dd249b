/**
 * A sheet at Excel's row limit (issue 2, "Bad input"): 1,048,576 rows read through the file adapter
 * and the inspect use case. It must finish with the data running to the sheet's last row, report
 * progress while it reads (growing, never going back), stop when cancelled, and leave the file's
 * bytes as they were. Timings and memory are measured in bench/row-limit.mjs, not asserted here.
 *
 * The workbook (4 columns, header on row 1, ~31 MB) is generated into a temp folder with ExcelJS's
 * streaming writer by scripts/fixtures/make-large.mjs; it takes about a minute of CPU in all.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { inspectWorkbook, type SheetReport } from '../../src/app/inspect';
import { CancelledError } from '../../src/core/errors';
import type { FileWorkbook } from '../../src/workbook/file';
import { openXlsxFile } from '../../src/workbook/file/node-files';

const EXCEL_MAX_ROWS = 1_048_576;
const GENERATOR = path.join(__dirname, '..', '..', 'scripts', 'fixtures', 'make-large.mjs');
/** Generous: a loaded 2-core CI machine; the work itself is about a minute of CPU. */
const SLOW = 400_000;

interface Generated {
  sheet: string;
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  dataRowCount: number;
}

interface ProgressEvent {
  sheet: string;
  done: number;
  total: number;
}

let dir = '';
let file = '';
let generated: Generated;
let hashBefore = '';
let statBefore: Stats;
let workbook: FileWorkbook | undefined;

function sha256(p: string): string {
  return createHash('sha256').update(readFileSync(p)).digest('hex');
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-row-limit-'));
  file = path.join(dir, 'row-limit.xlsx');
  const { stdout } = await promisify(execFile)(process.execPath, [GENERATOR, file, 'max'], { maxBuffer: 1 << 20 });
  generated = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Generated;
  hashBefore = sha256(file);
  statBefore = statSync(file);
}, SLOW);

afterAll(() => {
  workbook = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('inspect on a sheet at the row limit (1,048,576 rows)', () => {
  let report: SheetReport | undefined;
  const progress: ProgressEvent[] = [];

  it('the generated sheet really ends on the last row Excel allows', () => {
    expect(generated.lastDataRow).toBe(EXCEL_MAX_ROWS);
    expect(generated.dataRowCount).toBe(EXCEL_MAX_ROWS - 1);
  });

  it('finishes, with the data running from under the header to row 1,048,576', async () => {
    workbook = await openXlsxFile(file);
    const { sheets } = await inspectWorkbook(workbook, { onProgress: (p) => progress.push({ sheet: p.sheet, done: p.done, total: p.total }) });
    expect(sheets.map((s) => s.name)).toEqual([generated.sheet]);
    report = sheets[0];
    expect(report?.status).toBe('ok');
    expect(report?.headerRows).toEqual(generated.headerRows);
    expect(report?.firstDataRow).toBe(generated.firstDataRow);
    expect(report?.lastDataRow).toBe(EXCEL_MAX_ROWS);
    expect(report?.dataRowCount).toBe(generated.dataRowCount);
    expect(report?.excludedRows).toEqual([]);
    const columns = Object.fromEntries(Object.entries(report?.fields ?? {}).map(([k, m]) => [k, m.column]));
    expect(columns).toEqual({ code: 'A', name: 'B', quantity: 'C', amount: 'D' });
  }, SLOW);

  it('reads amounts typed as text ("1,280.00") at this size as numbers, not as problems', () => {
    const codes = (report?.findings ?? []).map((f) => `${f.code}:${f.field ?? ''}`);
    expect(codes).toContain('value.textNumbers:amount');
    expect(codes.filter((c) => c.startsWith('value.notNumber') || c.startsWith('cell.error'))).toEqual([]);
  });

  it('reports progress many times while reading, only ever forward, ending at the last row', () => {
    expect(progress.length).toBeGreaterThan(10);
    expect(new Set(progress.map((p) => p.sheet))).toEqual(new Set([generated.sheet]));
    expect(new Set(progress.map((p) => p.total))).toEqual(new Set([EXCEL_MAX_ROWS]));
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]?.done ?? 0).toBeGreaterThan(progress[i - 1]?.done ?? 0);
    }
    expect(progress[0]?.done ?? 0).toBeGreaterThan(0);
    expect(progress[progress.length - 1]?.done).toBe(EXCEL_MAX_ROWS);
  });

  it('stops at the next chunk when cancelled during the read', async () => {
    if (!workbook) throw new Error('the workbook did not open');
    const controller = new AbortController();
    const seen: number[] = [];
    const run = inspectWorkbook(workbook, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeLessThan(EXCEL_MAX_ROWS);
  }, SLOW);

  it('leaves the source file exactly as it was', () => {
    const after = statSync(file);
    expect(after.size).toBe(statBefore.size);
    expect(after.mtimeMs).toBe(statBefore.mtimeMs);
    expect(sha256(file)).toBe(hashBefore);
  });
});
