/**
 * How fast, and in how much memory, a big ledger loads: a generated 100,000-row × 14-column sheet
 * (a temp file, never committed) read four ways, each in a fresh Node process so peak RSS is its own:
 *
 *   exceljs-load     ExcelJS `workbook.xlsx.load(bytes)` (the whole workbook in memory, as the file adapter needs to edit and save)
 *   exceljs-stream   ExcelJS streaming `WorkbookReader` (read-only, row by row)
 *   adapter-read     the file adapter: `openXlsx` + `readGrid` (what Taizhang does)
 *   adapter-write    the file adapter: `writeSheet` of the same rows as a table + `save`
 *
 * Usage (after `npm run build:cli`): node build/cli/bench/xlsx-load.js [--rows 100000]
 * Prints a Markdown table for bench/README and the project README.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { openXlsx, newXlsx } from '../src/workbook/file';
import type { SpecValue } from '../src/core/sheet/spec';

const COLUMNS = ['资产编号', '资产名称', '规格型号', '资产分类', '数量', '单价', '金额', '取得日期', '使用部门', '存放地点', '保管人', '状态', '备注', '已盘点'];
const DEPARTMENTS = ['总务处', '教务处', '一年级', '二年级', '三年级', '信息中心', '图书馆', '食堂'];
const NAMES = ['学生课桌椅', '多媒体一体机', '办公电脑', '灭火器', '空调', '投影仪', '文件柜', '饮水机'];
const MODES = ['exceljs-load', 'exceljs-stream', 'adapter-read', 'adapter-write'] as const;
type Mode = (typeof MODES)[number];

interface Measured {
  readonly mode: Mode;
  readonly seconds: number;
  /** CPU time (user + system) of the child: steadier than wall time on a busy machine. */
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  readonly rows: number;
}

function row(i: number): SpecValue[] {
  const qty = (i % 7) + 1;
  const price = 50 + ((i * 37) % 5000) + 0.5;
  const y = 2010 + (i % 15);
  const m = (i % 12) + 1;
  const d = (i % 28) + 1;
  return [
    `ZX-${y}-${String(i).padStart(6, '0')}`,
    NAMES[i % NAMES.length] ?? '',
    `型号${i % 50}`,
    `A${(i % 9) + 1}0${i % 10}`,
    qty,
    price,
    Math.round(qty * price * 100) / 100,
    { date: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` },
    DEPARTMENTS[i % DEPARTMENTS.length] ?? '',
    `${(i % 5) + 1}号楼${(i % 40) + 101}室`,
    `教师${i % 300}`,
    i % 13 === 0 ? '闲置' : '在用',
    i % 10 === 0 ? '2023年清查补录' : null,
    i % 2 === 0,
  ];
}

function excelValue(v: SpecValue): ExcelJS.CellValue {
  if (v !== null && typeof v === 'object' && 'date' in v) return new Date(`${v.date}T00:00:00Z`);
  return v as ExcelJS.CellValue;
}

/** Writes the input with ExcelJS's streaming writer, so generating it needs little memory. */
async function generate(file: string, rows: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = writer.addWorksheet('固定资产');
  ws.getColumn(8).numFmt = 'yyyy-mm-dd';
  ws.addRow(COLUMNS).commit();
  for (let i = 1; i <= rows; i++) ws.addRow(row(i).map(excelValue)).commit();
  ws.commit();
  await writer.commit();
}

async function measure(mode: Mode, file: string, rows: number): Promise<number> {
  const bytes = new Uint8Array(await fs.readFile(file));
  switch (mode) {
    case 'exceljs-load': {
      const start = performance.now();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      let cells = 0;
      wb.worksheets[0]?.eachRow((r) => r.eachCell(() => void cells++));
      if (cells === 0) throw new Error('nothing read');
      return performance.now() - start;
    }
    case 'exceljs-stream': {
      const start = performance.now();
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
      let count = 0;
      for await (const sheet of reader) for await (const r of sheet) if ((r as ExcelJS.Row).values) count++;
      if (count === 0) throw new Error('nothing read');
      return performance.now() - start;
    }
    case 'adapter-read': {
      const start = performance.now();
      const wb = await openXlsx(bytes, path.basename(file));
      const grid = await wb.readGrid('固定资产');
      if (grid.rows.length !== rows + 1) throw new Error(`read ${grid.rows.length} rows`);
      return performance.now() - start;
    }
    case 'adapter-write': {
      const data = Array.from({ length: rows }, (_, i) => row(i + 1));
      const start = performance.now();
      const wb = newXlsx();
      await wb.writeSheet({
        name: '固定资产',
        kind: 'bench',
        blocks: [{ type: 'table', columns: COLUMNS.map((header) => ({ header })), rows: data, total: { label: '合计', labelColumn: 0, sumColumns: [4, 6] }, freezeHeader: true }],
      });
      const out = await wb.save();
      if (out.length === 0) throw new Error('nothing written');
      return performance.now() - start;
    }
  }
}

function runChild(mode: Mode, file: string, rows: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    // execArgv carries any loader the parent runs under (a TypeScript runner), so the child can run this file too.
    const args = [...process.execArgv, '--max-old-space-size=8192', process.argv[1] ?? '', '--child', mode, file, String(rows)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${mode} exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Measured);
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const [, mode, file, rows] = args;
    const cpuBefore = process.cpuUsage();
    const ms = await measure(mode as Mode, file ?? '', Number(rows));
    const cpu = process.cpuUsage(cpuBefore);
    // maxRSS is in kilobytes on Linux and macOS.
    const result: Measured = {
      mode: mode as Mode,
      seconds: ms / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      rows: Number(rows),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const rowsArg = args.indexOf('--rows');
  const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 100_000;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-bench-'));
  try {
    const file = path.join(dir, 'ledger.xlsx');
    await generate(file, rows);
    const size = (await fs.stat(file)).size;
    const results: Measured[] = [];
    for (const mode of MODES) results.push(await runChild(mode, file, rows));
    console.log(`Input: ${rows.toLocaleString('en-US')} rows × ${COLUMNS.length} columns, ${(size / 1024 / 1024).toFixed(1)} MB .xlsx`);
    console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'CPU'} × ${os.cpus().length}, ${os.platform()}`);
    console.log('');
    console.log(`Load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')}`);
    console.log('');
    console.log('| way | wall s | CPU s | peak RSS (MB) |');
    console.log('|---|---:|---:|---:|');
    for (const r of results) console.log(`| ${r.mode} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${Math.round(r.peakRssMb)} |`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
