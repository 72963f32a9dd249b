/**
 * `taizhang inspect` on a big messy ledger through the file adapter (issue 2, "Performance"): a
 * generated 100,000-item × 14-column 固定资产明细账 (title row, header on row 3, 使用部门 merged
 * down each block, 小计 rows, a 合计 row, text amounts, text and serial dates, a few #REF! cells,
 * hidden rows), written to a temp folder and never committed.
 *
 *   node bench/inspect.mjs [--rows 100000] [--runs 3] [--no-profile]
 *
 * Measures the real CLI (`node bin/taizhang.cjs inspect FILE --json`) from outside — wall time,
 * CPU time and peak RSS, median of the runs — then where the time goes: the pipeline's steps timed
 * one by one, and a CPU profile split into ExcelJS, unzip, XML, GC and our own code.
 * Needs the CLI built (`npm run build:cli`). Prints Markdown.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fmt, fmtInt, machine, makeLargeWorkbook, median, option, recordFigure, requireBuild, sha256, table } from './lib/measure.mjs';
import { cliRun, phaseRun, phasesTable, profileRun, profileTables, progressSummary } from './lib/inspect-runs.mjs';

const BENCH = 'inspect';
const rows = option('rows', 100_000);
const runs = option('runs', 3);
const profile = !option('no-profile', false);

requireBuild();
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-bench-inspect-'));
try {
  const file = path.join(dir, 'ledger.xlsx');
  const t0 = Date.now();
  const fixture = await makeLargeWorkbook(file, rows);
  const genS = (Date.now() - t0) / 1000;
  const before = await sha256(file);

  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await cliRun(file);
    // Figures of a wrong answer are worth nothing: the run must have read the ledger right.
    if (r.sheet.lastDataRow !== fixture.lastDataRow || r.sheet.dataRowCount !== fixture.dataRowCount) {
      throw new Error(`inspect read rows ${r.sheet.firstDataRow}–${r.sheet.lastDataRow} (${r.sheet.dataRowCount}), expected ${fixture.firstDataRow}–${fixture.lastDataRow} (${fixture.dataRowCount})`);
    }
    results.push(r);
  }
  const phases = await phaseRun(file);
  const prof = profile ? await profileRun(file) : null;
  const unchanged = (await sha256(file)) === before;

  const wall = median(results.map((r) => r.wallS));
  const cpu = median(results.map((r) => r.cpuS));
  const rss = median(results.map((r) => r.peakRssMb));
  const rssMax = Math.max(...results.map((r) => r.peakRssMb));
  const label = `${fmtInt(rows)} × 14`;
  recordFigure(BENCH, `inspect ${label} ledger: wall time, median of ${runs}`, `${fmt(wall)} s`);
  recordFigure(BENCH, `inspect ${label} ledger: CPU time (user + sys), median`, `${fmt(cpu)} s`);
  recordFigure(BENCH, `inspect ${label} ledger: peak RSS, median (max)`, `${fmtInt(rss)} MB (${fmtInt(rssMax)} MB)`);

  const m = machine();
  const sheet = results[0].sheet;
  console.log(`## inspect: ${label} messy ledger through the file adapter\n`);
  console.log(`Input: ${fmtInt(fixture.dataRowCount)} items in ${fmtInt(fixture.totalRow)} rows (${fmtInt(fixture.subtotalRows)} 小计 rows, ${fixture.hiddenRows} hidden rows, ${fixture.errorCells.length} #REF! cells), ${fmt(fixture.bytes / 2 ** 20)} MB .xlsx, generated in ${fmt(genS)} s by scripts/fixtures/make-large.mjs.`);
  console.log(`Read as: header row ${sheet.headerRows.join(', ')}, data rows ${sheet.firstDataRow}–${sheet.lastDataRow} (${fmtInt(sheet.dataRowCount)}), ${Object.keys(sheet.fields).length} fields mapped, ${sheet.findings.length + sheet.omittedFindings} findings. Source file unchanged: ${unchanged ? 'yes' : '**NO**'}.`);
  console.log(`Machine load average at the end (1/5/15 min): ${m.load} on ${m.cores} cores.\n`);
  console.log(table(['`taizhang inspect --json`', ...results.map((_, i) => `run ${i + 1}`), 'median'], [
    ['wall s', ...results.map((r) => fmt(r.wallS)), `**${fmt(wall)}**`],
    ['CPU s (user + sys)', ...results.map((r) => fmt(r.cpuS)), `**${fmt(cpu)}**`],
    ['peak RSS MB', ...results.map((r) => fmtInt(r.peakRssMb)), `**${fmtInt(rss)}**`],
  ]));
  const p = progressSummary(phases.progress);
  console.log(`\n### Where the time goes: the steps of \`inspect\`, one by one\n`);
  console.log(`readGrid reported progress ${p.count} times (monotonic: ${p.monotonic ? 'yes' : 'no'}, last ${p.last}).\n`);
  console.log(phasesTable(phases));
  if (prof) {
    console.log(`\n### CPU profile of the CLI (${fmt(prof.totalMs / 1000)} s sampled)\n`);
    console.log(profileTables(prof));
  }
  if (!unchanged) process.exitCode = 1;
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
