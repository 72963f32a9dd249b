/**
 * `taizhang report …` through main() with captured output: the JSON shapes the issue promises
 * (validated with zod), --out as a new workbook that never replaces the input, the text output,
 * and the message when LibreOffice is missing for --pdf.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { z } from 'zod';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/context';
import { exportPdf, findSoffice } from '../../src/cli/commands/reports-pdf';
import { compareJsonSchema, fourPillarJsonSchema, summaryJsonSchema } from '../../src/core/reports/json';
import { openXlsxFile } from '../../src/workbook/file/node-files';
import { isUserError } from '../../src/core/errors';

const DIR = path.join(__dirname, '..', 'fixtures', 'reports');
const LEDGER = path.join(DIR, 'ledger.xlsx');
const CURRENT = path.join(DIR, 'current.xlsx');
const SPENDING = path.join(DIR, 'spending.xlsx');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const amount = z.string().regex(/^-?\d+\.\d{2}$/);
const qa = z.object({ quantity: z.number(), amount });
/** Exactly the shape of the issue's example (more keys allowed). */
const issueFourPillar = z.object({
  rows: z.array(z.object({ key: z.string(), opening: qa, additions: qa, disposals: qa, closing: qa })),
  check: z.object({ closingMatchesLedger: z.boolean() }),
});

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'taizhang-report-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('taizhang report --json', () => {
  test('four-pillar: the issue’s shape, with the hand-worked numbers', async () => {
    const r = await run(['report', 'four-pillar', CURRENT, '--from', '2025-09-01', '--to', '2026-01-31', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as unknown;
    const shaped = issueFourPillar.parse(json);
    const full = fourPillarJsonSchema.parse(json);
    expect(full.rows[0]).toEqual({ key: '通用设备', opening: { quantity: 40, amount: '150300.00' }, additions: { quantity: 5, amount: '30000.00' }, disposals: { quantity: 1, amount: '4500.00' }, closing: { quantity: 44, amount: '175800.00' }, heldAtEnd: { quantity: 44, amount: '175800.00' } });
    expect(shaped.check.closingMatchesLedger).toBe(true);
  });

  test('summary and compare validate against their schemas', async () => {
    const s = await run(['report', 'summary', LEDGER, '--by', 'department,category', '--at', '2025-12-31', '--json']);
    expect(s.code).toBe(0);
    const summary = summaryJsonSchema.parse(JSON.parse(s.out));
    expect(summary.total.netValue).toBe('35227.05');
    expect(summary.groups[0]?.children?.map((c) => c.key)).toEqual(['计算机设备', '教学仪器']);
    const c = await run(['report', 'compare', SPENDING, '--date-field', '日期', '--amount-field', '金额', '--by', '物品类别', '--period', '2025-09..2026-01', '--against', 'last-term', '--json', '--lang', 'en-US']);
    expect(c.code).toBe(0);
    const compare = compareJsonSchema.parse(JSON.parse(c.out));
    expect(compare.rows[0]).toMatchObject({ key: '易耗品', current: '17944.00', previous: '46046.00', change: '-28102.00', changePercent: '-61.03' });
    expect(compare.rows[0]?.sentence).toBe('易耗品 spending: 17944.00 this period, 46046.00 last term — 28102.00 less (saved).');
  });

  test('report list names every report and its parameters', async () => {
    const r = await run(['report', 'list', '--json']);
    const json = z.object({ reports: z.array(z.object({ key: z.string(), name: z.string(), params: z.array(z.object({ key: z.string(), required: z.boolean() })) })) }).parse(JSON.parse(r.out));
    expect(json.reports.map((k) => k.key)).toEqual(['summary', 'four-pillar', 'compare', 'count', 'settlement']);
  });
});

describe('--out and the text output', () => {
  test('--out writes a new workbook with the report, its notes and its chart; the input is untouched', async () => {
    const before = readFileSync(LEDGER);
    const out = path.join(tmp, '汇总.xlsx');
    const r = await run(['report', 'summary', LEDGER, '--at', '2025-12-31', '--school', 'XX县第一中学', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('净值 35227.05 元');
    expect(r.out).toContain('教务处：3 项，数量 13，原值 80699.00 元，累计折旧 75620.79 元，净值 5078.21 元');
    expect(r.out).toContain(`报表已保存到 ${out}`);
    expect(readFileSync(LEDGER).equals(before)).toBe(true);
    const wb = await openXlsxFile(out);
    const visible = (await wb.listSheets()).filter((s) => s.visibility === 'visible').map((s) => s.name);
    expect(visible).toEqual(['资产汇总', '资产汇总说明']);
    expect(wb.droppedFeatures).toContain('charts');
    const grid = await wb.readGrid('资产汇总');
    expect(grid.rows[0]?.[0]).toBe('XX县第一中学资产汇总表');
  });

  test('--out cannot be the input file', async () => {
    const r = await run(['report', 'summary', LEDGER, '--out', path.join(DIR, '..', 'reports', 'ledger.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--out 不能是输入的文件');
  });

  test('errors a user can fix are messages with exit code 1', async () => {
    const bad = await run(['report', 'compare', SPENDING, '--date-field', '日期', '--amount-field', '金额', '--by', '物品类别', '--period', '2025-07..2025-09', '--against', 'last-term']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('不在同一个学期内');
    const missing = await run(['report', 'four-pillar', CURRENT, '--from', '2025-09-01']);
    expect(missing.code).toBe(2);
  });
});

describe('--pdf without LibreOffice', () => {
  test('says what to install, and how to do without it', async () => {
    const env = { PATH: tmp, SOFFICE: path.join(tmp, 'no-such-soffice') };
    expect(await findSoffice(env)).toBeNull();
    const target = path.join(tmp, 'x.pdf');
    try {
      await exportPdf(new Uint8Array([1, 2, 3]), target, env);
      throw new Error('expected a UserError');
    } catch (e) {
      expect(isUserError(e) && e.code).toBe('pdf.noLibreOffice');
      expect(isUserError(e) && e.localized['zh-CN']).toContain('请安装 LibreOffice');
      expect(isUserError(e) && e.localized['zh-CN']).toContain('--out');
    }
    expect(() => statSync(target)).toThrow();
  });
});
