/**
 * `taizhang compensate` through main() with captured output, and once as a real process from the
 * built CLI. Expected amounts come from the hand-worked fixture expectations.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { z } from 'zod';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/context';
import { openXlsxFile } from '../../src/workbook/file/node-files';
import { policyDoc, registerDoc, FIXTURES } from '../app/compensation-fixtures';

const ROOT = path.join(__dirname, '..', '..');
const REGISTER = path.join(FIXTURES, registerDoc.workbook);
const POLICY_WORKBOOK = path.join(FIXTURES, policyDoc.workbook);

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const money = z.string().regex(/^\d+\.\d{2}$/);
/** The JSON shape; more keys are allowed. */
const jsonSchema = z.object({
  summary: z.object({ incidents: z.number().int(), chargeable: z.number().int(), total: money, writeOffs: z.number().int() }),
  incidents: z.array(
    z.object({
      row: z.number().int(),
      item: z.string(),
      nature: z.enum(['accidental', 'deliberate', 'lost', 'natural']),
      rule: z.enum(['priceList', 'repair', 'original', 'net', 'none']),
      base: money,
      multiplier: z.number(),
      amount: money,
      amountInWords: z.string(),
      payers: z.array(z.object({ name: z.string(), amount: money })),
      disposition: z.enum(['compensate', 'schoolRepair', 'writeOff']),
    }),
  ),
  findings: z.array(z.object({ cell: z.string(), severity: z.string(), code: z.string(), message: z.string() })),
});

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'taizhang-compensate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('taizhang compensate --json', () => {
  it('prints the issue’s shape with every amount as worked out by hand', async () => {
    const r = await run(['compensate', REGISTER, '--as-of', registerDoc.asOf, '--json']);
    const raw: unknown = JSON.parse(r.out);
    expect(() => jsonSchema.parse(raw)).not.toThrow();
    // The schema drops keys beyond the issue's; compare the printed JSON itself.
    const json = raw as z.infer<typeof jsonSchema> & { summary: { outstanding: string } };
    expect(json.summary).toMatchObject(registerDoc.original.summary);
    expect(json.incidents.map((i) => ({ row: i.row, rule: i.rule, amount: i.amount, amountInWords: i.amountInWords }))).toEqual(
      registerDoc.original.incidents.map((i) => ({ row: i.row, rule: i.rule, amount: i.amount, amountInWords: i.amountInWords })),
    );
    expect(json.incidents.find((i) => i.row === 8)?.payers).toEqual([
      { name: '陈晨', kind: 'person', amount: '85.34' },
      { name: '刘洋', kind: 'person', amount: '85.33' },
      { name: '周杰', kind: 'person', amount: '85.33' },
    ]);
    expect(json.findings.map((f) => f.cell)).toEqual(expect.arrayContaining(['K11', 'H16']));
    // Two incidents could not be computed: the exit code says so.
    expect(r.code).toBe(4);
  });

  it('--basis net values old items at their net value', async () => {
    const r = await run(['compensate', REGISTER, '--as-of', registerDoc.asOf, '--basis', 'net', '--json']);
    const json = jsonSchema.parse(JSON.parse(r.out));
    expect(json.summary).toMatchObject(registerDoc.net.summary);
    expect(json.incidents.find((i) => i.row === 9)).toMatchObject({ rule: 'net', base: '460.00', amount: '920.00' });
  });

  it('--policy FILE.json overrides the policy', async () => {
    const file = path.join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ multipliers: { deliberate: 3 } }));
    const r = await run(['compensate', REGISTER, '--as-of', registerDoc.asOf, '--policy', file, '--json']);
    const json = JSON.parse(r.out) as { policy: { source: string }; incidents: Array<{ row: number; amount: string }> };
    expect(json.policy.source).toBe('given');
    // 3680.00 × 3
    expect(json.incidents.find((i) => i.row === 9)?.amount).toBe('11040.00');
  });

  it('reads the school’s policy sheet and exits 0 when every incident is computed', async () => {
    const r = await run(['compensate', POLICY_WORKBOOK, '--as-of', policyDoc.asOf, '--json']);
    const json = JSON.parse(r.out) as { policy: { source: string; sheet: string }; summary: { total: string } };
    expect(json.policy).toEqual({ source: 'sheet', sheet: policyDoc.policySheet });
    expect(json.summary.total).toBe(policyDoc.original.summary.total);
    expect(r.code).toBe(0);
  });
});

describe('taizhang compensate (text)', () => {
  it('lists each incident with its rule, and the total', async () => {
    const r = await run(['compensate', REGISTER, '--as-of', registerDoc.asOf]);
    expect(r.out).toContain('第9行  投影仪  故意损坏  依据：原值  基数 3680.00 × 2 = 7360.00 元  人民币柒仟叁佰陆拾元整');
    expect(r.out).toContain('第10行  门锁  故意损坏  依据：赔偿标准');
    expect(r.out).toContain('赔偿人：陈晨 85.34、刘洋 85.33、周杰 85.33');
    expect(r.out).toContain(`共 12311.50 元（${registerDoc.original.totalInWords}）`);
    expect(r.out).toContain('损坏赔偿登记!K11');
    expect(r.out).toContain('未指定 --out');
  });

  it('speaks English with --lang en-US', async () => {
    const r = await run(['compensate', REGISTER, '--as-of', registerDoc.asOf, '--lang', 'en-US']);
    expect(r.out).toContain('Row 9  投影仪  deliberate damage  rule: Original value  base 3680.00 × 2 = 7360.00 yuan');
    expect(r.out).toContain('Total: 10 chargeable incidents, 12311.50 yuan');
  });
});

describe('taizhang compensate --out', () => {
  it('saves a copy with the result sheets and the policy used; the input file is unchanged', async () => {
    const before = sha(REGISTER);
    const out = path.join(dir, 'out.xlsx');
    const r = await run(['compensate', REGISTER, '--as-of', registerDoc.asOf, '--month', '2025-11', '--paper', 'A4', '--out', out]);
    expect(r.code).toBe(4);
    expect(r.out).toContain(`已另存为 ${out}`);
    expect(sha(REGISTER)).toBe(before);
    const saved = await openXlsxFile(out);
    const names = (await saved.listSheets()).filter((s) => s.visibility === 'visible').map((s) => s.name);
    expect(names).toEqual(['损坏赔偿登记', '赔偿计算结果', '赔偿通知单', '赔偿兑现2025-11', '待报损注销', '赔偿办法']);
  });

  it('refuses to write over the input file', async () => {
    const copy = path.join(dir, 'register.xlsx');
    writeFileSync(copy, readFileSync(REGISTER));
    const before = sha(copy);
    const r = await run(['compensate', copy, '--as-of', registerDoc.asOf, '--out', copy]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/出错了/);
    expect(sha(copy)).toBe(before);
  });
});

describe('bad input', () => {
  it.each([
    ['an unknown basis', ['--basis', 'market'], 2],
    ['a date that is not one', ['--as-of', '下周一'], 2],
    ['a month that is not YYYY-MM', ['--month', '2025-13'], 1],
    ['a missing policy file', ['--policy', '/nonexistent/policy.json'], 1],
    ['a sheet that does not exist', ['--sheet', '不存在'], 1],
  ])('%s is refused with a message', async (_what, extra, code) => {
    const r = await run(['compensate', REGISTER, ...extra]);
    expect(r.code).toBe(code);
    expect(r.err.length).toBeGreaterThan(0);
    expect(r.out).toBe('');
  });

  it('a policy file with a bad value names it', async () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ basis: 'market' }));
    const r = await run(['compensate', REGISTER, '--policy', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('basis');
  });
});

describe('the built CLI', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'pipe' });
  }, 300_000);

  it('runs as a real process and prints the same JSON', async () => {
    const p = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'taizhang.cjs'), 'compensate', REGISTER, '--as-of', registerDoc.asOf, '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(p.status).toBe(4);
    const json = jsonSchema.parse(JSON.parse(p.stdout));
    const inProcess = JSON.parse((await run(['compensate', REGISTER, '--as-of', registerDoc.asOf, '--json'])).out) as unknown;
    expect(json).toEqual(jsonSchema.parse(inProcess));
    expect(json.summary.total).toBe(registerDoc.original.summary.total);
  });
});
