// `npm run bench`: builds the CLI (the TypeScript benches compile with it into build/cli/bench), runs
// every bench script in bench/ one after another — bench/*.mjs directly, bench/*.ts from their
// build — prints a figures table with the machine it ran on, and writes bench/RESULTS.md with the
// figures, each bench's own report and the date (a run limited by --only/--skip only prints).
//
//   npm run bench [-- --only inspect,row-limit] [-- --skip xlsx-load] [-- --no-build] [-- --timeout 30]
//
// Benches run one at a time: on a 2-core machine two at once would measure each other. Timings
// are never asserted anywhere; this prints and records them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { machine, table } from '../bench/lib/measure.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = path.join(REPO, 'bench');
const BUILT_DIR = path.join(REPO, 'build', 'cli', 'bench');
const RESULTS = path.join(BENCH_DIR, 'RESULTS.md');

function parseArgs(argv) {
  const opt = { build: true, only: null, skip: new Set(), timeoutMin: 30 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') opt.build = false;
    else if (a === '--only' && argv[i + 1]) opt.only = new Set(argv[++i].split(','));
    else if (a === '--skip' && argv[i + 1]) for (const s of argv[++i].split(',')) opt.skip.add(s);
    else if (a === '--timeout' && Number(argv[i + 1]) > 0) opt.timeoutMin = Number(argv[++i]);
    else {
      console.error(`unknown option ${a}\nusage: npm run bench [-- --only a,b] [-- --skip a,b] [-- --no-build] [-- --timeout MINUTES]`);
      process.exit(2);
    }
  }
  return opt;
}

/** Top-level bench scripts (bench/lib holds their shared pieces, not benches). */
function discover() {
  return readdirSync(BENCH_DIR)
    .filter((f) => /\.(mjs|ts)$/.test(f) && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.(mjs|ts)$/, '');
      const script = f.endsWith('.ts') ? path.join(BUILT_DIR, `${name}.js`) : path.join(BENCH_DIR, f);
      return { name, source: `bench/${f}`, script };
    });
}

function build() {
  console.log('Building the CLI and the TypeScript benches (tsc -p tsconfig.cli.json)…');
  const r = spawnSync(process.execPath, [path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: REPO, encoding: 'utf8' });
  // tsc still writes its output when some file has type errors; a bench whose build is missing is reported below.
  if (r.status !== 0) {
    const errors = (r.stdout.match(/error TS\d+/g) ?? []).length;
    console.log(`tsc reported ${errors} type error(s) (build written anyway): ${[...new Set((r.stdout.match(/^[^(\s]+\.tsx?(?=\()/gm) ?? []))].join(', ')}`);
  }
}

/** Runs one bench, echoing its output live and keeping it for RESULTS.md. */
function runBench(bench, figuresFile, timeoutMin) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--expose-gc', bench.script], {
      cwd: REPO,
      env: { ...process.env, TAIZHANG_BENCH_FIGURES: figuresFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => {
      out.push(d);
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      err.push(d);
      process.stderr.write(d);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, timeoutMin * 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      const stderr = Buffer.concat(err).toString('utf8');
      const status = timedOut ? `timed out after ${timeoutMin} min` : code === 0 ? 'ok' : `failed (${signal ?? `exit ${code}`})`;
      resolve({ ...bench, status, seconds, output: Buffer.concat(out).toString('utf8').trim(), errorTail: code === 0 ? '' : stderr.trim().split('\n').slice(-15).join('\n') });
    });
  });
}

function readFigures(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/** A bench's report goes in as Markdown (its headings one level down) when it is Markdown, else as a text block. */
function asMarkdown(text) {
  if (text === '') return '*(no output)*';
  if (!/^(#|\|)/m.test(text)) return `\`\`\`text\n${text}\n\`\`\``;
  return text.replace(/^(#{1,5}) /gm, '#$1 ');
}

const opt = parseArgs(process.argv.slice(2));
if (opt.build) build();
const benches = discover().filter((b) => (!opt.only || opt.only.has(b.name)) && !opt.skip.has(b.name));
const m0 = machine();
const startedAt = new Date();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'taizhang-bench-figures-'));
const results = [];
try {
  for (const bench of benches) {
    console.log(`\n=== ${bench.source}`);
    if (!existsSync(bench.script)) {
      results.push({ ...bench, status: 'not built (see tsc errors above)', seconds: 0, output: '', errorTail: '' });
      console.log(`skipped: ${path.relative(REPO, bench.script)} does not exist`);
      continue;
    }
    const figuresFile = path.join(tmp, `${bench.name}.jsonl`);
    const r = await runBench(bench, figuresFile, opt.timeoutMin);
    results.push({ ...r, figures: readFigures(figuresFile) });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const m1 = machine();

const machineTable = table(['machine', ''], [
  ['CPU', `${m0.cpu} × ${m0.cores} cores`],
  ['memory', `${m0.ramGb} GB`],
  ['Node', m0.node],
  ['OS', m0.platform],
  ['load average (1/5/15 min) at start → end', `${m0.load} → ${m1.load}`],
], ['l', 'l']);
const benchTable = table(['bench', 'status', 'took (s)'], results.map((r) => [`\`${r.source}\``, r.status, r.seconds.toFixed(0)]), ['l', 'l', 'r']);
const figures = results.flatMap((r) => r.figures ?? []);
const figuresTable = figures.length > 0 ? table(['bench', 'figure', 'value'], figures.map((f) => [f.bench, f.figure, f.value]), ['l', 'l', 'r']) : '*(no summary figures recorded)*';

console.log('\n=== figures\n');
console.log(machineTable);
console.log('');
console.log(benchTable);
console.log('');
console.log(figuresTable);

const sections = results.map((r) => [
  `## \`${r.source}\` — ${r.status}, ${r.seconds.toFixed(0)} s`,
  '',
  asMarkdown(r.output),
  ...(r.errorTail ? ['', '```text', r.errorTail, '```'] : []),
].join('\n'));
const stamp = startedAt.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
const doc = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` (scripts/bench.mjs) on ${stamp}. Each bench's own report follows the summary.`,
  'Wall times depend on what else the machine is doing (see the load average); CPU times and memory move much less.',
  '',
  machineTable,
  '',
  benchTable,
  '',
  '## Summary figures',
  '',
  figuresTable,
  '',
  ...sections.flatMap((s) => [s, '']),
].join('\n');
// A partial run (--only, --skip) would leave out figures the file holds: it prints, and leaves the file alone.
if (opt.only || opt.skip.size > 0) {
  console.log(`\npartial run (--only/--skip): ${path.relative(REPO, RESULTS)} left as it was`);
} else {
  writeFileSync(RESULTS, doc);
  console.log(`\nwrote ${path.relative(REPO, RESULTS)}`);
}
process.exitCode = results.every((r) => r.status === 'ok') ? 0 : 1;
