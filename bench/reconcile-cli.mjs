/**
 * `taizhang reconcile` end to end on 100,000-row .xlsx files (issue 4, "Performance"): a ledger and a
 * count generated with ExcelJS's streaming writer in a temp folder (5% noise: items missing from the
 * count, extra items, changed quantities and locations), run through the real CLI
 * (`node bin/taizhang.cjs reconcile LEDGER COUNT --out RESULT.xlsx --json`), and the same job done by
 * pandas in the same run — read both files, merge on the code with indicator=True, write the result
 * to .xlsx — when python3 has pandas and openpyxl (nothing is installed here). Prints both times and
 * the ratio.
 *
 *   node bench/reconcile-cli.mjs [--rows 100000] [--runs 1]
 *
 * Needs the CLI built (`npm run build:cli`).
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fmt, fmtInt, machine, median, option, recordFigure, requireBuild, table, timedNode, run, REPO } from './lib/measure.mjs';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');

const BENCH = 'reconcile-cli';
const rows = option('rows', 100_000);
const runs = option('runs', 1);

const NAMES = ['台式计算机', '学生课桌椅', '投影仪', '空调', '灭火器', '办公桌', '文件柜', '打印机'];
const DEPARTMENTS = ['办公室', '教务处', '总务处', '信息中心', '高一年级', '高二年级', '高三年级', '图书馆'];

/** A deterministic stream of numbers in [0, 1): the same files on every run. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const code = (i) => `ZX-${2010 + (i % 15)}-${String(i).padStart(6, '0')}`;

async function writeFiles(dir) {
  const ledgerFile = path.join(dir, 'ledger.xlsx');
  const countFile = path.join(dir, 'count.xlsx');
  const rnd = random(20251220);
  const ledger = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: ledgerFile, useStyles: false, useSharedStrings: false });
  const ls = ledger.addWorksheet('固定资产明细账');
  ls.addRow(['青山县第一中学固定资产明细账']).commit();
  ls.addRow(['资产编号', '资产名称', '规格型号', '数量', '单价', '金额', '使用部门', '存放地点', '保管人']).commit();
  const count = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: countFile, useStyles: false, useSharedStrings: false });
  const cs = count.addWorksheet('资产盘点表');
  cs.addRow(['资产盘点表']).commit();
  cs.addRow(['资产编号', '资产名称', '实盘数量', '存放地点', '保管人']).commit();
  const noise = { missing: 0, extra: 0, quantity: 0, location: 0 };
  for (let i = 0; i < rows; i++) {
    const quantity = i % 10 === 0 ? 1 + (i % 40) : 1;
    const price = 100 + (i % 400) * 12.5;
    const name = NAMES[i % NAMES.length];
    const place = `教学楼${100 + (i % 300)}`;
    const keeper = `保管人${i % 150}`;
    ls.addRow([code(i), name, `型号${i % 37}`, quantity, price, quantity * price, DEPARTMENTS[i % DEPARTMENTS.length], place, keeper]).commit();
    const r = rnd();
    // 5% noise in all: 1.25% each of missing, changed quantity, changed location, and as many extra rows.
    if (r < 0.0125) {
      noise.missing++;
      continue;
    }
    let q = quantity;
    let where = place;
    if (r < 0.025) {
      q = Math.max(0, quantity - 1 - (i % 3));
      noise.quantity++;
    } else if (r < 0.0375) {
      where = `实验楼${i % 50}`;
      noise.location++;
    }
    cs.addRow([code(i), name, q, where, keeper]).commit();
    if (r >= 0.0375 && r < 0.05) {
      cs.addRow([`XX-2025-${String(i).padStart(6, '0')}`, '电风扇', 1, place, keeper]).commit();
      noise.extra++;
    }
  }
  ls.commit();
  cs.commit();
  await Promise.all([ledger.commit(), count.commit()]);
  return { ledgerFile, countFile, noise };
}

const PANDAS = `
import sys, time
import pandas as pd
t0 = time.time()
ledger = pd.read_excel(sys.argv[1], header=1, dtype={'资产编号': str})
count = pd.read_excel(sys.argv[2], header=1, dtype={'资产编号': str})
ledger['key'] = ledger['资产编号'].str.strip().str.upper()
count['key'] = count['资产编号'].str.strip().str.upper()
merged = ledger.merge(count, on='key', how='outer', indicator=True, suffixes=('_账面', '_实盘'))
merged['差异'] = merged['实盘数量'].fillna(0) - merged['数量'].fillna(0)
merged.to_excel(sys.argv[3], index=False)
print(dict(merged['_merge'].value_counts()))
`;

/** Debian's python3-pandas lives under /usr/bin/python3, which a pyenv or venv python3 on PATH may hide. */
const PYTHON = ['/usr/bin/python3', 'python3'].find((py) => spawnSync(py, ['-c', 'import pandas, openpyxl'], { encoding: 'utf8' }).status === 0) ?? null;

function pandasAvailable() {
  return PYTHON !== null;
}

requireBuild();
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-bench-reconcile-'));
try {
  const t0 = Date.now();
  const { ledgerFile, countFile, noise } = await writeFiles(dir);
  const sizes = [(await fs.stat(ledgerFile)).size, (await fs.stat(countFile)).size];
  console.log(`# taizhang reconcile, end to end on ${fmtInt(rows)}-row .xlsx files`);
  console.log('');
  const m = machine();
  console.log(`Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB, Node ${m.node}, load ${m.load}`);
  console.log(`Files generated in ${fmt((Date.now() - t0) / 1000)} s: ledger ${fmt(sizes[0] / 2 ** 20)} MB, count ${fmt(sizes[1] / 2 ** 20)} MB; noise: ${noise.missing} missing, ${noise.extra} extra, ${noise.quantity} quantity changes, ${noise.location} location changes`);
  console.log('');

  const ours = [];
  let summary = null;
  for (let k = 0; k < runs; k++) {
    const out = path.join(dir, `result-${k}.xlsx`);
    const r = await timedNode([path.join(REPO, 'bin', 'taizhang.cjs'), 'reconcile', ledgerFile, countFile, '--out', out, '--json', '--no-progress']);
    if (r.code !== 0) throw new Error(`taizhang reconcile failed (${r.code}): ${r.stderr.slice(-2000)}`);
    summary = JSON.parse(r.stdout).summary;
    ours.push(r);
  }
  const rowsOut = [['taizhang reconcile (read both, match, write result workbook)', fmt(median(ours.map((r) => r.wallS))), fmt(median(ours.map((r) => r.cpuS))), fmtInt(median(ours.map((r) => r.peakRssMb)))]];
  const taizhangS = median(ours.map((r) => r.wallS));
  recordFigure(BENCH, 'taizhang reconcile 100k (s)', fmt(taizhangS));

  if (pandasAvailable()) {
    const script = path.join(dir, 'peer.py');
    await fs.writeFile(script, PANDAS);
    const started = process.hrtime.bigint();
    const p = await run('/usr/bin/time', ['-v', PYTHON ?? 'python3', script, ledgerFile, countFile, path.join(dir, 'pandas.xlsx')]);
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    if (p.code !== 0) throw new Error(`pandas peer failed: ${p.stderr.slice(-2000)}`);
    const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(p.stderr);
    rowsOut.push(['pandas (read_excel both, merge indicator=True, to_excel)', fmt(wall), '—', rss ? fmtInt(Number(rss[1]) / 1024) : '—']);
    console.log(table(['Job', 'Wall s', 'CPU s', 'Peak RSS MB'], rowsOut));
    console.log('');
    console.log(`Ratio: taizhang takes ${fmt(taizhangS / wall, 2)}× the time of pandas.`);
    recordFigure(BENCH, 'pandas peer 100k (s)', fmt(wall));
    recordFigure(BENCH, 'taizhang / pandas', fmt(taizhangS / wall, 2));
  } else {
    console.log(table(['Job', 'Wall s', 'CPU s', 'Peak RSS MB'], rowsOut));
    console.log('');
    console.log('pandas peer skipped: python3 cannot import pandas and openpyxl. Install them with `apt-get install -y python3-pandas python3-openpyxl` to compare.');
  }
  console.log('');
  console.log(`Result: ${fmtInt(summary.matched)} matched, ${fmtInt(summary.shortage)} shortages (${summary.shortageAmount} yuan), ${fmtInt(summary.surplus)} surpluses, ${fmtInt(summary.quantityMismatch)} quantity and ${fmtInt(summary.fieldMismatch)} field mismatches, ${fmtInt(summary.possibleMatches)} possible matches.`);
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
