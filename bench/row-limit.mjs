/**
 * `taizhang inspect` on a sheet at Excel's row limit (issue 2, "Bad input"): does it finish, in how
 * long and how much memory, does reading report progress, is the file left as it was?
 *
 *   node bench/row-limit.mjs [--runs 1] [--profile]
 *       4 columns, header on row 1, data down to row 1,048,576 (the case test/app/row-limit.test.ts asserts)
 *   node bench/row-limit.mjs --wide
 *       the 14-column messy ledger with 1,000,000 items (down to row ~1,020,000; its 小计 rows leave no
 *       room for more): a full-width ledger near the limit. Takes many minutes; not part of `npm run bench`'s
 *       default figures, and allowed to fail — the report then says how and after which step.
 *
 * Workbooks are generated in a temp folder by scripts/fixtures/make-large.mjs. Needs the CLI built
 * (`npm run build:cli`). Prints Markdown.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXCEL_MAX_ROWS, fmt, fmtInt, machine, makeLargeWorkbook, median, option, recordFigure, requireBuild, sha256, table } from './lib/measure.mjs';
import { cliRun, phaseRun, phasesTable, profileRun, profileTables, progressSummary } from './lib/inspect-runs.mjs';

const BENCH = 'row-limit';
const runs = option('runs', 1);
const profile = option('profile', false);
const wide = option('wide', false);
const WIDE_ITEMS = 1_000_000;

requireBuild();
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-bench-rowlimit-'));
try {
  const file = path.join(dir, 'row-limit.xlsx');
  const t0 = Date.now();
  const fixture = await makeLargeWorkbook(file, wide ? WIDE_ITEMS : 'max');
  const genS = (Date.now() - t0) / 1000;
  const before = await sha256(file);
  const shape = `${fmtInt(fixture.totalRow ?? fixture.lastDataRow)} rows × ${fixture.columns}`;

  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await cliRun(file, { allowFailure: wide });
    if (r.sheet && r.sheet.lastDataRow !== fixture.lastDataRow) throw new Error(`inspect says the data ends on row ${r.sheet.lastDataRow}, not ${fixture.lastDataRow}`);
    results.push(r);
  }
  const phases = await phaseRun(file, { allowFailure: wide });
  const prof = profile && !results.some((r) => r.failure) ? await profileRun(file) : null;
  const unchanged = (await sha256(file)) === before;

  const ok = results.filter((r) => !r.failure);
  const wall = median(results.map((r) => r.wallS));
  const cpu = median(results.map((r) => r.cpuS));
  const rss = Math.max(...results.map((r) => r.peakRssMb));
  const outcome = ok.length === results.length ? '' : ` (${results.find((r) => r.failure)?.failure})`;
  recordFigure(BENCH, `inspect ${shape} (row limit): wall time${outcome}`, `${fmt(wall)} s`);
  recordFigure(BENCH, `inspect ${shape} (row limit): CPU time (user + sys)${outcome}`, `${fmt(cpu)} s`);
  recordFigure(BENCH, `inspect ${shape} (row limit): peak RSS${outcome}`, `${fmtInt(rss)} MB`);
  if (phases.progress) {
    const p = progressSummary(phases.progress);
    recordFigure(BENCH, `inspect ${shape} (row limit): progress events while reading`, `${p.count} (monotonic: ${p.monotonic ? 'yes' : 'no'})`);
  }

  const m = machine();
  const sheet = ok[0]?.sheet;
  console.log(`## inspect at the row limit: ${shape} columns\n`);
  console.log(wide
    ? `Input: the messy 14-column ledger (title, header on row 3, merged 使用部门, 小计 rows, text amounts and dates) with ${fmtInt(fixture.dataRowCount)} items, down to row ${fmtInt(fixture.totalRow)}; ${fmt(fixture.bytes / 2 ** 20)} MB .xlsx, generated in ${fmt(genS)} s.`
    : `Input: header on row 1, ${fmtInt(fixture.dataRowCount)} data rows down to row ${fmtInt(EXCEL_MAX_ROWS)} (2% of amounts as text with thousands separators, some codes lower-case, padded or full-width), ${fmt(fixture.bytes / 2 ** 20)} MB .xlsx, generated in ${fmt(genS)} s.`);
  if (sheet) console.log(`Read as: header row ${sheet.headerRows.join(', ')}, data rows ${fmtInt(sheet.firstDataRow)}–${fmtInt(sheet.lastDataRow)} (${fmtInt(sheet.dataRowCount)}), fields ${Object.entries(sheet.fields).map(([k, f]) => `${k}→${f.column}`).join(', ')}.`);
  console.log(`Source file unchanged: ${unchanged ? 'yes' : '**NO**'}. Machine load average at the end (1/5/15 min): ${m.load} on ${m.cores} cores.\n`);
  console.log(table(['`taizhang inspect --json`', ...results.map((_, i) => `run ${i + 1}`)], [
    ['outcome', ...results.map((r) => r.failure ?? 'finished')],
    ['wall s', ...results.map((r) => fmt(r.wallS))],
    ['CPU s (user + sys)', ...results.map((r) => fmt(r.cpuS))],
    ['peak RSS MB', ...results.map((r) => fmtInt(r.peakRssMb))],
  ]));
  if (phases.failure) {
    console.log(`\nStep by step, the run failed (${phases.failure}) after: ${phases.completed.join(' → ') || 'nothing'}.`);
  } else {
    const p = progressSummary(phases.progress);
    console.log(`\nProgress: readGrid reported ${p.count} times (monotonic: ${p.monotonic ? 'yes' : 'no'}, last ${p.last}). It reports only while it converts ExcelJS's rows into the Grid; opening the file (ExcelJS's load) and the used-range scans before it report nothing.\n`);
    console.log(phasesTable(phases));
  }
  if (prof) {
    console.log(`\n### CPU profile of the CLI (${fmt(prof.totalMs / 1000)} s sampled)\n`);
    console.log(profileTables(prof));
  }
  if (!unchanged) process.exitCode = 1;
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
