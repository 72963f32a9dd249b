/**
 * Child process of the bench scripts: `inspect` on one .xlsx, taken apart into the steps the CLI
 * runs (same compiled code, same order), each timed, with the memory still held after it.
 *
 *   node --expose-gc bench/lib/phases.mjs FILE.xlsx
 *
 * Wall time and CPU time (user + system, all threads: GC included) per step; on a busy machine the
 * CPU time is the steadier figure. Prints one JSON line: the steps, the progress events readGrid reported, the process's peak RSS
 * and what the report says (header rows, data range, mapped columns).
 *
 * Steps marked `extra` are measured on their own to show a share of another step's time (they run
 * inside it as well) and are not part of the total.
 */
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CLI_BUILD, mb } from './measure.mjs';

const require = createRequire(import.meta.url);
const load = (p) => require(path.join(CLI_BUILD, 'src', p));

const { openXlsx } = load('workbook/file/file-workbook.js');
const { sniffWorkbook } = load('workbook/file/sniff.js');
const { userSheets, toSheetReport } = load('app/inspect.js');
const { loadMapping } = load('app/mapping-store.js');
const { ASSET_FIELDS } = load('core/sheet/fields.js');
const { detectHeader } = load('core/sheet/header.js');
const { locateData } = load('core/sheet/structure.js');
const { mapColumns } = load('core/sheet/mapping.js');
const { parseRecords } = load('core/sheet/records.js');
const { inspectJson } = load('cli/commands/inspect.js');

const gc = globalThis.gc ?? (() => undefined);
const steps = [];

async function step(name, fn, extra = false) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = await fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  gc();
  const m = process.memoryUsage();
  steps.push({ name, ms, cpuMs: (c.user + c.system) / 1000, extra, rssMb: mb(m.rss), heapMb: mb(m.heapUsed), externalMb: mb(m.external + m.arrayBuffers) });
  // As it goes, so a run that dies (out of memory) shows how far it got.
  process.stderr.write(`phase done: ${name} (${Math.round(ms)} ms, heap ${Math.round(mb(m.heapUsed))} MB)\n`);
  return value;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node --expose-gc bench/lib/phases.mjs FILE.xlsx');
  process.exit(2);
}

let bytes = await step('read file', () => fs.readFile(file));
await step('zip directory sniff', () => sniffWorkbook(bytes), true);
const port = await step('open: sniff + workbook part', () => openXlsx(bytes, path.basename(file)));
bytes = null;
const targets = await step('list user sheets (one byte search per sheet)', () => userSheets(port));
const progress = [];
const reports = [];
for (const target of targets) {
  const overrides = await step('load remembered mapping', () => loadMapping(port, target.name));
  const grid = await step('read grid (streaming)', () =>
    port.readGrid(target.name, { onProgress: (p) => progress.push({ sheet: target.name, done: p.done, total: p.total, ms: performance.now() }) }));
  const header = await step('detect header', () => detectHeader(grid, ASSET_FIELDS));
  if (!header) {
    reports.push({ name: target.name, status: 'noHeader' });
    continue;
  }
  const layout = await step('locate data (row kinds)', () => locateData(grid, header));
  const mapping = await step('map columns', () => mapColumns(grid, header, layout, ASSET_FIELDS, overrides));
  const parsed = await step('parse records', () => parseRecords(grid, layout, mapping.fields, ASSET_FIELDS));
  const report = await step('sheet report', () =>
    toSheetReport({ sheet: grid.sheet, status: 'ok', header, layout, mapping, records: parsed.records, findings: parsed.findings, omittedFindings: 0 }, target.hidden));
  const json = await step('JSON output', () => JSON.stringify(inspectJson([report], { locale: 'zh-CN' })));
  reports.push({
    name: report.name,
    status: report.status,
    headerRows: report.headerRows,
    firstDataRow: report.firstDataRow,
    lastDataRow: report.lastDataRow,
    dataRowCount: report.dataRowCount,
    fields: Object.fromEntries(Object.entries(report.fields).map(([k, m]) => [k, m.column])),
    gridRows: grid.rows.length,
    jsonBytes: Buffer.byteLength(json),
  });
}

const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ steps, progress, peakRssMb, reports })}\n`);
