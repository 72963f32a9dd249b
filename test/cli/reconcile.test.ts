/**
 * `taizhang reconcile` through main() with captured output — the sample as one file, the count as a
 * second file, a scan file, --by, --compare, --out — and once as a real process from the built CLI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { CliIO } from '../../src/cli/context';
import { main } from '../../src/cli/main';
import { openXlsx } from '../../src/workbook/file';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'assets/sample/台账示例.xlsx');
const expected = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sample-ledger.expected.json'), 'utf8')) as {
  plantedOutcomes: { shortage: Array<{ ledgerRow: number; codeKey: string }>; surplus: Array<{ countRow: number }>; summary: { ledgerItems: number; countRows: number; shortageAmount: string } };
};
const planted = expected.plantedOutcomes;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const amount = z.string().regex(/^-?\d+\.\d{2}$/);
const count = z.number().int().min(0);
/** The JSON shape; more keys are allowed. */
const jsonSchema = z.object({
  summary: z.object({
    ledgerRows: count, countRows: count, matched: count, shortage: count, surplus: count, quantityMismatch: count, fieldMismatch: count,
    duplicates: count, possibleMatches: count, ledgerQuantity: z.number(), ledgerAmount: amount, shortageAmount: amount,
  }),
  items: z.array(z.object({
    status: z.enum(['matched', 'shortage', 'surplus', 'duplicate', 'possibleMatch']),
    code: z.string(), name: z.string(), ledgerRow: z.number().int().nullable(), countRow: z.number().int().nullable(), differences: z.array(z.string()),
  })),
  groups: z.array(z.object({ key: z.string(), left: z.object({ quantity: z.number(), amount }), right: z.object({ quantity: z.number(), amount }), quantityDifference: z.number(), amountDifference: amount })).optional(),
});
type Json = z.infer<typeof jsonSchema>;

let dir: string;
let countOnly: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'taizhang-reconcile-'));
  // The count as a file of its own: the sample with the other sheets removed.
  const wb = await openXlsx(readFileSync(SAMPLE), 'count.xlsx');
  for (const s of await wb.listSheets()) if (s.name !== '资产盘点表') await wb.deleteSheet(s.name);
  countOnly = path.join(dir, '盘点表.xlsx');
  writeFileSync(countOnly, await wb.save());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('taizhang reconcile', () => {
  let oneFile: Json;
  beforeAll(async () => {
    const r = await run(['reconcile', SAMPLE, SAMPLE, '--json']);
    expect(r.code).toBe(0);
    oneFile = jsonSchema.parse(JSON.parse(r.out));
  });

  it('takes both sheets from one file and prints the issue\'s JSON', () => {
    const s = oneFile.summary;
    expect(s.ledgerRows).toBe(planted.summary.ledgerItems);
    expect(s.countRows).toBe(planted.summary.countRows);
    expect(s.shortageAmount).toBe(planted.summary.shortageAmount);
    expect({ shortage: s.shortage, surplus: s.surplus, duplicates: s.duplicates, possibleMatches: s.possibleMatches, quantityMismatch: s.quantityMismatch, fieldMismatch: s.fieldMismatch })
      .toEqual({ shortage: 4, surplus: 2, duplicates: 1, possibleMatches: 1, quantityMismatch: 1, fieldMismatch: 5 });
    expect(s.matched + s.shortage).toBe(s.ledgerRows);
    const shortages = oneFile.items.filter((i) => i.status === 'shortage').map((i) => i.ledgerRow);
    // The missing laptop waits as a possible match for the new one; every other planted shortage is listed.
    expect(shortages.sort()).toEqual(planted.shortage.filter((p) => p.ledgerRow !== 103).map((p) => p.ledgerRow).sort());
    const microscope = oneFile.items.find((i) => i.ledgerRow === 103);
    expect(microscope).toMatchObject({ status: 'matched', code: 'ZX-2016-0016', countRow: 20, differences: ['quantity'] });
    const classSet = oneFile.items.find((i) => i.ledgerRow === 60);
    expect(classSet?.differences).toEqual(['location', 'status']);
  });

  it('gives the same result with the count in a second file', async () => {
    const r = await run(['reconcile', SAMPLE, countOnly, '--json']);
    expect(r.code).toBe(0);
    const json = jsonSchema.parse(JSON.parse(r.out));
    expect(json.summary).toEqual(oneFile.summary);
    expect(json.items).toEqual(oneFile.items);
  });

  it('reads a scan file decoded as UTF-8 and reports not-scanned items as shortages', async () => {
    const scan = path.join(dir, 'scan.csv');
    writeFileSync(scan, 'ZX-2020-0002\nzx-2022-0001\nZX-2020-0002\nNOT-A-CODE\n');
    const r = await run(['reconcile', SAMPLE, scan, '--json']);
    expect(r.code).toBe(0);
    const json = jsonSchema.parse(JSON.parse(r.out));
    expect(json.summary).toMatchObject({ countRows: 4, matched: 2, duplicates: 1, surplus: 1, shortage: planted.summary.ledgerItems - 2 });
    expect(json.items.find((i) => i.status === 'duplicate')).toMatchObject({ code: 'ZX-2020-0002', countRow: 3, ledgerRow: 18 });
  });

  it('reports bytes that are not UTF-8 instead of failing', async () => {
    const scan = path.join(dir, 'gbk.txt');
    writeFileSync(scan, Buffer.from([0x5a, 0x58, 0x2d, 0x32, 0x30, 0x32, 0x30, 0x2d, 0x30, 0x30, 0x30, 0x32, 0x2c, 0x31, 0x2c, 0xb0, 0xec, 0xb9, 0xab, 0xca, 0xd2, 0x0a]));
    const r = await run(['reconcile', SAMPLE, scan, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { findings: Array<{ code: string }>; summary: { matched: number } };
    expect(json.summary.matched).toBe(1);
    expect(json.findings.map((f) => f.code)).toContain('scan.replacementChar');
  });

  it('adds group totals with --by', async () => {
    const r = await run(['reconcile', SAMPLE, SAMPLE, '--by', 'department', '--json']);
    const json = jsonSchema.parse(JSON.parse(r.out));
    const groups = json.groups ?? [];
    expect(groups.length).toBeGreaterThan(3);
    const fen = (a: string): number => Math.round(Number(a) * 100);
    expect(groups.reduce((n, g) => n + fen(g.left.amount), 0)).toBe(fen(json.summary.ledgerAmount));
    for (const g of groups) expect(fen(g.amountDifference)).toBe(fen(g.right.amount) - fen(g.left.amount));
  });

  it('compares only the fields given with --compare', async () => {
    const r = await run(['reconcile', SAMPLE, SAMPLE, '--compare', 'location', '--json']);
    const json = jsonSchema.parse(JSON.parse(r.out));
    const fields = new Set(json.items.flatMap((i) => i.differences));
    expect([...fields].sort()).toEqual(['location', 'quantity']);
  });

  it('refuses an unknown field with a usage error', async () => {
    const r = await run(['reconcile', SAMPLE, SAMPLE, '--compare', 'colour']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('colour');
    expect((await run(['reconcile', SAMPLE, SAMPLE, '--by', 'colour'])).code).toBe(2);
  });

  it('names a missing sheet', async () => {
    const r = await run(['reconcile', SAMPLE, SAMPLE, '--count-sheet', '不存在', '--lang', 'en-US']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('不存在');
  });

  it('prints a readable summary in text mode', async () => {
    const r = await run(['reconcile', SAMPLE, SAMPLE, '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('盘亏 4（20699.00 元）');
    expect(r.out).toContain('疑似');
    expect(r.out).toContain('未保存结果');
  });

  it('writes the result sheets to a new workbook with --out, never over an input', async () => {
    const out = path.join(dir, '结果.xlsx');
    const before = readFileSync(SAMPLE);
    const r = await run(['reconcile', SAMPLE, countOnly, '--out', out, '--write-offs', '--draft-ledger', '--date', '2025-12-20', '--json']);
    expect(r.code).toBe(0);
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
    const saved = (JSON.parse(r.out) as { saved: { sheets: string[] } }).saved;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const names = book.worksheets.map((w) => w.name);
    for (const s of saved.sheets) expect(names).toContain(s);
    expect(saved.sheets).toHaveLength(5);
    expect(names).not.toContain('固定资产明细账');
    const text: string[] = [];
    book.getWorksheet(saved.sheets[0] ?? '')?.eachRow((row) => row.eachCell((c) => text.push(String(c.text))));
    expect(text).toContain('ZX-2020-0002');
    expect(text.some((t) => t.includes('2025-12-20') || t.includes('2025年12月20日'))).toBe(true);
    const overwrite = await run(['reconcile', SAMPLE, countOnly, '--out', SAMPLE]);
    expect(overwrite.code).toBe(1);
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
  });
});

describe('the built CLI', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'pipe' });
  }, 300_000);

  it('runs as a real process and prints the same JSON', async () => {
    const p = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'taizhang.cjs'), 'reconcile', SAMPLE, countOnly, '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(p.status).toBe(0);
    const json = jsonSchema.parse(JSON.parse(p.stdout));
    const inProcess = jsonSchema.parse(JSON.parse((await run(['reconcile', SAMPLE, countOnly, '--json'])).out));
    expect(json).toEqual(inProcess);
  });
});
