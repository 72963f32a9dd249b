/**
 * `taizhang plan` end to end: through main() with captured output on the fixture workbooks, the
 * files it writes read back (the .xlsx by the file adapter, the .ics by ical.js), the --json output
 * validated with zod against the issue's shape, and one real run of the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ICAL from 'ical.js';
import { z } from 'zod';
import { main } from '../../src/cli/main';
import { openXlsx } from '../../src/workbook/file';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const REGISTERS = path.join(FIXTURES, 'plan-registers.xlsx');
const NO_REGISTERS = path.join(FIXTURES, 'plan-no-registers.xlsx');

/** The --json shape of issue 6 (more keys allowed). */
const issueJson = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/).optional(),
  term: z.string().optional(),
  items: z.array(
    z.object({
      title: z.string().min(1),
      category: z.enum(['财务', '资产', '校舍维修', '安全', '食堂', '绿化卫生', '综合']),
      due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      owner: z.string().min(1),
      source: z.enum(['library', 'holiday', 'calendar', 'workbook', 'carryOver']),
      ref: z.string().optional(),
    }),
  ),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});

const handExpected = z.object({ items: z.array(z.object({ title: z.string(), due: z.string(), ref: z.string() })) });

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['plan', ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'taizhang-plan-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('taizhang plan --json', () => {
  test('the issue’s shape, with every register item worked out by hand and no warnings', async () => {
    const r = await run(['--month', '2026-03', '--workbook', REGISTERS, '--json']);
    expect(r.code).toBe(0);
    const json = issueJson.parse(JSON.parse(r.out));
    expect(json.month).toBe('2026-03');
    expect(json.warnings).toEqual([]);
    const expected = handExpected.parse(JSON.parse(readFileSync(path.join(FIXTURES, 'plan-registers.plan.json'), 'utf8')));
    const got = json.items.filter((i) => i.source === 'workbook').map((i) => ({ title: i.title, due: i.due, ref: i.ref }));
    expect(got.sort((a, b) => (a.title < b.title ? -1 : 1))).toEqual(expected.items.map((i) => ({ title: i.title, due: i.due, ref: i.ref })).sort((a, b) => (a.title < b.title ? -1 : 1)));
    expect(json.items.filter((i) => i.source !== 'workbook').length).toBeGreaterThan(5);
  });

  test('a workbook without registers: plan made, and the output says so', async () => {
    const r = await run(['--month', '2026-03', '--workbook', NO_REGISTERS, '--json', '--lang', 'en-US']);
    expect(r.code).toBe(0);
    const json = issueJson.parse(JSON.parse(r.out));
    expect(json.warnings.map((w) => w.code)).toEqual(['plan.workbook.noRegisters']);
    expect(json.warnings[0]?.message).toMatch(/No registers were found/);
    expect(json.items.length).toBeGreaterThan(5);
  });

  test('a month outside the holiday data: still made, with the warning', async () => {
    const r = await run(['--month', '2027-05', '--json']);
    expect(r.code).toBe(0);
    const json = issueJson.parse(JSON.parse(r.out));
    expect(json.warnings.map((w) => w.code)).toEqual(['plan.holidays.uncovered', 'plan.workbook.none']);
    expect(json.items.length).toBeGreaterThan(5);
  });

  test('a whole term', async () => {
    const r = await run(['--term', '2026-autumn', '--json']);
    expect(r.code).toBe(0);
    const json = issueJson.extend({ months: z.array(z.string()) }).parse(JSON.parse(r.out));
    expect(json.term).toBe('2026-autumn');
    expect(json.months).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
  });
});

describe('taizhang plan, text', () => {
  test('the seed-style plan on stdout; what it came from on stderr', async () => {
    const r = await run(['--month', '2026-03', '--workbook', REGISTERS, '--school', '青山县第一中学']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('青山县第一中学总务处2026年3月工作计划');
    expect(lines[2]).toBe('三月：');
    expect(lines.filter((l) => /^\d+、.+。$/.test(l)).length).toBeGreaterThan(10);
    expect(r.out).toContain('收取赔偿款：初二(3)班李强，2项，合计270.50元。');
    expect(r.err).toContain('维修登记：工作表“维修登记”（按列名识别，7行）');
    expect(r.err).toContain('损坏赔偿登记!H10');
    expect(r.out).not.toContain('损坏赔偿登记!H10');
  });

  test('no workbook: said on stderr; English with --lang', async () => {
    const r = await run(['--month', '2026-03', '--lang', 'en-US']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('March:');
    expect(r.err).toContain('No register workbook was read');
  });
});

describe('taizhang plan --out / --ics', () => {
  test('a copy of the workbook with the plan sheet; the input untouched; the .ics read back by ical.js', async () => {
    const before = sha(REGISTERS);
    const out = path.join(tmp, '三月计划.xlsx');
    const ics = path.join(tmp, '三月计划.ics');
    const r = await run(['--month', '2026-03', '--workbook', REGISTERS, '--out', out, '--ics', ics, '--json']);
    expect(r.code).toBe(0);
    expect(sha(REGISTERS)).toBe(before);
    const json = issueJson.parse(JSON.parse(r.out));

    const copy = await openXlsx(readFileSync(out), out);
    const names = (await copy.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['维修登记', '损坏赔偿登记', '2026年3月工作计划']));
    const grid = await copy.readGrid('2026年3月工作计划');
    const header = grid.rows.findIndex((row) => row.includes('完成情况'));
    expect(grid.rows[header]).toEqual(['序号', '工作内容', '类别', '负责人', '计划日期', '完成情况', '备注']);
    expect(grid.rows.slice(header + 1).filter((row) => typeof row[1] === 'string' && row[5] === '未开始')).toHaveLength(json.items.length);

    const events = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual(json.items.map((i) => [i.title, i.due]));
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
  });

  test('next month from the written copy carries over what was not done', async () => {
    const march = path.join(tmp, 'march.xlsx');
    expect((await run(['--month', '2026-03', '--workbook', REGISTERS, '--out', march])).code).toBe(0);
    const r = await run(['--month', '2026-04', '--workbook', march, '--json']);
    expect(r.code).toBe(0);
    const json = issueJson.extend({ previous: z.object({ sheet: z.string(), carried: z.number() }) }).parse(JSON.parse(r.out));
    expect(json.previous.sheet).toBe('2026年3月工作计划');
    expect(json.items.filter((i) => i.source === 'carryOver').length).toBe(json.previous.carried);
    expect(json.previous.carried).toBeGreaterThan(5);
  });

  test('without --workbook: a new workbook, with the task-library sheet when asked', async () => {
    const out = path.join(tmp, 'new.xlsx');
    const r = await run(['--month', '2026-09', '--out', out, '--library-sheet']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已写入');
    const names = (await (await openXlsx(readFileSync(out), out)).listSheets()).filter((s) => s.visibility === 'visible').map((s) => s.name);
    expect(names).toEqual(['计划任务库', '2026年9月工作计划']);
  });

  test('never over the input workbook', async () => {
    const copy = path.join(tmp, 'input.xlsx');
    writeFileSync(copy, readFileSync(REGISTERS));
    const before = sha(copy);
    const r = await run(['--month', '2026-03', '--workbook', copy, '--out', copy]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^出错了：/);
    expect(sha(copy)).toBe(before);
  });
});

describe('taizhang plan, bad input', () => {
  test.each([
    [['--month', '2026-03', '--term', '2026-spring']],
    [['--json']],
    [['--month', '2026-03', '--uncounted-months', 'twelve']],
  ])('usage %j → exit 2 with a message', async (args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err.length).toBeGreaterThan(0);
  });

  test('a month that does not exist → exit 1 with a message', async () => {
    const r = await run(['--month', '2026-13']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('2026-13');
  });

  test('calendar settings: overlapping terms, a missing file, a file that is not JSON, a value that does not validate', async () => {
    const overlap = path.join(tmp, 'overlap.json');
    writeFileSync(overlap, JSON.stringify({ terms: { '2025-autumn': { start: '2025-09-01', end: '2026-03-06' }, '2026-spring': { start: '2026-03-02' } } }));
    const blocked = await run(['--month', '2026-03', '--config', overlap, '--json']);
    expect(blocked.code).toBe(1);
    expect(JSON.parse(blocked.out)).toMatchObject({ blocked: true, items: [] });
    expect(blocked.err).toContain('学期日期重叠');

    const missing = await run(['--month', '2026-03', '--config', path.join(tmp, 'nope.json')]);
    expect([missing.code, missing.err]).toEqual([1, expect.stringContaining('找不到校历设置文件')]);

    const notJson = path.join(tmp, 'bad.json');
    writeFileSync(notJson, '{terms: ');
    const bad = await run(['--month', '2026-03', '--config', notJson]);
    expect([bad.code, bad.err]).toEqual([1, expect.stringContaining('不是有效的 JSON')]);

    const invalid = path.join(tmp, 'invalid.json');
    writeFileSync(invalid, '\uFEFF{"terms": {"2026-spring": {"start": "2026-02-30"}}}');
    const wrong = await run(['--month', '2026-03', '--config', invalid]);
    expect([wrong.code, wrong.err]).toEqual([1, expect.stringContaining(`文件 ${invalid}`)]);

    const good = path.join(tmp, 'good.json');
    writeFileSync(good, JSON.stringify({ terms: { '2026-spring': { start: '2026-02-24', end: '2026-07-03' } } }));
    const ok = await run(['--month', '2026-03', '--config', good, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ calendar: { source: 'given' }, terms: [{ key: '2026-spring', start: '2026-02-24', end: '2026-07-03' }] });
  });
});

describe('the built CLI', () => {
  beforeAll(() => {
    // Other parts of the tree may not typecheck while being edited; tsc still emits, which is all this needs.
    spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
  }, 300_000);

  test('node bin/taizhang.cjs plan --json runs as a real process', () => {
    expect(existsSync(path.join(ROOT, 'build', 'cli', 'src', 'cli', 'commands', 'plan.js'))).toBe(true);
    const p = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'taizhang.cjs'), 'plan', '--month', '2026-03', '--workbook', REGISTERS, '--json'], { cwd: tmp, encoding: 'utf8' });
    expect(p.status).toBe(0);
    const json = issueJson.parse(JSON.parse(p.stdout));
    expect(json.items.find((i) => i.ref === '维修登记!A5')?.title).toBe('完成报修：水龙头漏水（二楼卫生间）');
    expect(p.stderr).toContain('任务库：内置');
  });
});
