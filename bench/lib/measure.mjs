/**
 * Shared pieces of the bench scripts: the machine they ran on, big fixture workbooks, and running
 * a command while measuring its wall time, CPU time and peak memory (RSS) from outside.
 *
 * Wall time on a shared 2-core machine swings with whatever else runs; CPU time (user + system)
 * swings much less, so both are reported.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI_BUILD = path.join(REPO, 'build', 'cli');
export const EXCEL_MAX_ROWS = 1_048_576;

const TIME = '/usr/bin/time';
const USAGE_PRELOAD = path.join(REPO, 'bench', 'lib', 'usage-on-exit.cjs');

/** CPU model, cores, memory and Node version, as the figures' caption. */
export function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    // Not Linux: os.cpus() is as good as it gets.
  }
  return {
    cpu,
    cores: os.cpus().length,
    ramGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    load: os.loadavg().map((x) => x.toFixed(1)).join(' '),
  };
}

export function requireBuild() {
  if (!existsSync(path.join(CLI_BUILD, 'src', 'cli', 'main.js'))) {
    console.error('The CLI is not built: run `npm run build:cli` first (npm run bench does it for you).');
    process.exit(2);
  }
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const mb = (bytes) => bytes / 2 ** 20;
export const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
export const fmtInt = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '—');

/**
 * A big messy ledger from the fixture generator (scripts/fixtures/make-large.mjs): `rows` items
 * over 14 columns, or 'max' for 4 columns down to Excel's last row. Returns the generator's summary.
 */
export async function makeLargeWorkbook(file, rows) {
  const generator = path.join(REPO, 'scripts', 'fixtures', 'make-large.mjs');
  if (!existsSync(generator)) throw new Error(`fixture generator missing: ${generator}`);
  const r = await run(process.execPath, [generator, file, String(rows)]);
  if (r.code !== 0) throw new Error(`make-large.mjs failed (${r.code}): ${r.stderr.slice(-2000)}`);
  const summary = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}');
  summary.bytes = (await fs.stat(file)).size;
  return summary;
}

/** Runs a command to its end, collecting its output. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: REPO, env: { ...process.env, ...(options.env ?? {}) }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/**
 * Runs a Node script and measures it from outside: wall seconds, user + system CPU seconds and the
 * peak resident set size. Uses GNU time when the system has it, else a preload that reports the
 * process's own resource usage at exit (the same kernel counters).
 */
export async function timedNode(nodeArgs, options = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-time-'));
  const report = path.join(dir, 'usage');
  try {
    let r;
    const started = process.hrtime.bigint();
    if (existsSync(TIME)) {
      r = await run(TIME, ['-v', '-o', report, process.execPath, ...nodeArgs], options);
    } else {
      r = await run(process.execPath, ['-r', USAGE_PRELOAD, ...nodeArgs], { ...options, env: { ...(options.env ?? {}), TAIZHANG_USAGE_FILE: report } });
    }
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const usage = existsSync(report) ? parseUsage(readFileSync(report, 'utf8')) : {};
    return { ...r, wallS: usage.wallS ?? wall, userS: usage.userS ?? NaN, sysS: usage.sysS ?? NaN, cpuS: (usage.userS ?? NaN) + (usage.sysS ?? NaN), peakRssMb: usage.maxRssKb !== undefined ? usage.maxRssKb / 1024 : NaN };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function parseUsage(text) {
  if (text.trim().startsWith('{')) return JSON.parse(text);
  const num = (re) => {
    const m = re.exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const wall = /Elapsed \(wall clock\) time[^:]*:\s*(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(text);
  return {
    userS: num(/User time \(seconds\):\s*([\d.]+)/),
    sysS: num(/System time \(seconds\):\s*([\d.]+)/),
    maxRssKb: num(/Maximum resident set size \(kbytes\):\s*(\d+)/),
    wallS: wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : undefined,
  };
}

/** A Markdown table from a header row and rows of cells. */
export function table(header, rows, align) {
  const a = align ?? header.map((_, i) => (i === 0 ? 'l' : 'r'));
  const lines = [`| ${header.join(' | ')} |`, `|${a.map((x) => (x === 'r' ? '---:' : '---')).join('|')}|`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n');
}

/**
 * Key figures for `npm run bench`'s summary table: when scripts/bench.mjs runs a bench it names a
 * file in TAIZHANG_BENCH_FIGURES, and each figure is appended to it as one JSON line.
 */
export function recordFigure(bench, figure, value) {
  const file = process.env.TAIZHANG_BENCH_FIGURES;
  if (file) appendFileSync(file, `${JSON.stringify({ bench, figure, value })}\n`);
}

export async function sha256(file) {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

/** `--name value` and `--flag` options. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  if (typeof fallback === 'boolean') return true;
  const v = args[i + 1];
  return typeof fallback === 'number' ? Number(v) : v;
}
