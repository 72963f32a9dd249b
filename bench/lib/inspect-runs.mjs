/**
 * The three ways the inspect benches look at one workbook: the real CLI measured from outside,
 * the same steps timed one by one in a child (bench/lib/phases.mjs), and a CPU profile of the CLI.
 */
import { promises as fs, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO, fmt, fmtInt, run, table, timedNode } from './measure.mjs';
import { analyzeProfile } from './profile.mjs';

const CLI = path.join(REPO, 'bin', 'taizhang.cjs');

/**
 * `taizhang inspect FILE --json`, timed. Throws unless it succeeds, or with `allowFailure` returns
 * how it failed (`failure`: "out of memory", "exit 1"…) with the time and memory it took to fail.
 */
export async function cliRun(file, { allowFailure = false } = {}) {
  const r = await timedNode([CLI, 'inspect', file, '--json']);
  const measured = { wallS: r.wallS, cpuS: r.cpuS, peakRssMb: r.peakRssMb };
  if (r.code !== 0) {
    const failure = /heap out of memory|Allocation failed/.test(r.stderr) ? 'out of memory' : `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}`;
    if (allowFailure) return { ...measured, failure, sheet: null };
    throw new Error(`taizhang inspect failed (${failure}): ${r.stderr.slice(-2000)}`);
  }
  return { ...measured, failure: null, sheet: JSON.parse(r.stdout).sheets[0] };
}

/** The steps one by one. With `allowFailure`, a run that dies says after which step. */
export async function phaseRun(file, { allowFailure = false } = {}) {
  const r = await run(process.execPath, ['--expose-gc', path.join(REPO, 'bench', 'lib', 'phases.mjs'), file]);
  if (r.code !== 0) {
    const done = [...r.stderr.matchAll(/^phase done: (.+)$/gm)].map((m) => m[1]);
    const failure = /heap out of memory|Allocation failed/.test(r.stderr) ? 'out of memory' : `exit ${r.code}`;
    if (allowFailure) return { failure, completed: done };
    throw new Error(`phases.mjs failed (${failure}) after: ${done.join('; ')}\n${r.stderr.slice(-2000)}`);
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

export async function profileRun(file) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-prof-'));
  try {
    const r = await run(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, CLI, 'inspect', file, '--json']);
    if (r.code !== 0) throw new Error(`profiled inspect exited with ${r.code}: ${r.stderr.slice(-2000)}`);
    const prof = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!prof) throw new Error('no .cpuprofile written');
    return analyzeProfile(path.join(dir, prof));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Steps in the order they ran, with their share of the pipeline's CPU time. */
export function phasesTable(phases) {
  const counted = phases.steps.filter((s) => !s.extra);
  const totalCpu = counted.reduce((n, s) => n + s.cpuMs, 0);
  const totalWall = counted.reduce((n, s) => n + s.ms, 0);
  const rows = phases.steps.map((s) => [
    s.extra ? `↳ ${s.name} *(measured alone; also inside the step around it)*` : s.name,
    fmtInt(s.ms),
    fmtInt(s.cpuMs),
    s.extra ? '' : `${fmt((100 * s.cpuMs) / totalCpu)} %`,
    fmtInt(s.heapMb),
    fmtInt(s.rssMb),
  ]);
  rows.push(['**total**', `**${fmtInt(totalWall)}**`, `**${fmtInt(totalCpu)}**`, '100 %', '', `peak ${fmtInt(phases.peakRssMb)}`]);
  return table(['step', 'wall ms', 'CPU ms', 'CPU share', 'heap after (MB)', 'RSS after (MB)'], rows);
}

/** Our frames whose time is really someone else's. */
const NOTES = [[/^xlsx\.reconcile /, ' (a hook around ExcelJS\'s own reconcile step: nearly all of it is ExcelJS)']];

export function profileTables(profile, top = 10) {
  const cats = table(['where (CPU profile of the CLI)', 'sampled ms', 'share'], profile.categories.filter((c) => c.pct >= 0.1).map((c) => [c.name, fmtInt(c.ms), `${fmt(c.pct)} %`]));
  const fn = (list) => list.slice(0, top).map((f) => [`\`${f.fn}\`${NOTES.find(([re]) => re.test(f.fn))?.[1] ?? ''}`, fmtInt(f.ms), `${fmt(f.pct)} %`]);
  const ownFns = (list) => list.filter((f) => !/^\(anonymous\) build\//.test(f.fn));
  return [
    cats,
    '',
    'Our functions by self time (built-ins they call, such as RegExp and string methods, included):',
    '',
    table(['function (TypeScript source)', 'self ms', 'share'], fn(profile.self)),
    '',
    'Our functions by inclusive time (everything below them on the stack; module loading left out):',
    '',
    table(['function (TypeScript source)', 'total ms', 'share'], fn(ownFns(profile.inclusive))),
  ].join('\n');
}

/** Progress events as the test sees them: how many, whether `done` only grows, the last one. */
export function progressSummary(events) {
  let monotonic = true;
  for (let i = 1; i < events.length; i++) if (events[i].done < events[i - 1].done) monotonic = false;
  const last = events[events.length - 1];
  return { count: events.length, monotonic, last: last ? `${fmtInt(last.done)} / ${fmtInt(last.total)}` : '—' };
}
