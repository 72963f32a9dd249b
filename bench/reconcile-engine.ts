/**
 * The reconciliation engine alone (no sheet reading): how fast, in how much memory.
 *
 *   exact        1,000,000 ledger rows against 1,000,000 count rows: the count is the ledger with 5%
 *                noise (rows missing, extra rows with no or unknown codes, changed quantities, changed
 *                locations), in shuffled order, codes partly typed in lower case; the candidate pass runs
 *                on what is left unmatched, as it would for the user.
 *   candidates   the candidate pass on its own: 20,000 codeless count rows against 20,000 unmatched
 *                ledger rows (names with and without brands, places and specs partly changed or left out).
 *
 * Usage (after `npx tsc -p tsconfig.cli.json`): node --expose-gc build/cli/bench/reconcile-engine.js [--rows 1000000] [--candidates 20000] [--runs 3]
 * Prints a Markdown table for the README. Rows are generated from a fixed seed, so runs compare.
 */
import { seededRandom } from '../src/core/random';
import { normalizeCode } from '../src/core/text';
import { reconcile, type ReconcileResult } from '../src/core/reconcile/engine';
import { listItems } from '../src/core/reconcile/items';
import type { AssetRow } from '../src/core/reconcile/records';

declare const gc: (() => void) | undefined;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const ITEMS = [
  '学生课桌椅', '学生椅', '学生床', '教师办公桌', '办公椅', '文件柜', '铁皮柜', '书架', '台式电脑', '笔记本电脑', '投影仪', '电子白板',
  '多媒体一体机', '打印机', '复印机', '扫描仪', '空调', '电风扇', '饮水机', '钢琴', '电子琴', '篮球架', '乒乓球台', '显微镜', '天平',
  '实验台', '灭火器', '消防栓箱', '监控摄像头', '交换机', '路由器', '服务器', '音响', '话筒', '照相机', '摄像机', '电视机', '冰箱',
  '消毒柜', '蒸饭柜', '电饭锅', '洗碗机', '保险柜', '会议桌', '沙发', '茶几', '黑板', '讲台', '图书', '档案柜',
];
const BRANDS = ['', '', '', '联想', '戴尔', '惠普', '海尔', '格力', '美的', '珠江', '得力', '爱普生', '希沃'];
const SPECS = ['', '标准型', '1.2m 双人', '单人 可升降', 'i5/8G/512G', '1.5匹 挂机', '86英寸', 'A4 黑白', '五节 钢制', '1600倍', 'MFZ/ABC4', '500L'];
const CATEGORIES = ['计算机设备', '办公设备', '电气设备', '家具', '学生家具', '教学仪器', '文艺体育设备', '仪器仪表', '图书和档案'];
const STATUSES = ['在用', '在用', '在用', '闲置', '损坏'];

interface Vocab {
  readonly departments: readonly string[];
  readonly locations: readonly string[];
  readonly custodians: readonly string[];
}

function vocab(): Vocab {
  const departments: string[] = ['总务处', '教务处', '政教处', '办公室', '信息中心', '图书馆', '食堂', '体育组', '艺术组', '实验室'];
  for (let g = 1; g <= 6; g++) for (let c = 1; c <= 8; c++) departments.push(`${'一二三四五六'[g - 1]}年级${c}班`);
  const locations: string[] = [];
  for (let b = 1; b <= 6; b++) for (let r = 1; r <= 50; r++) locations.push(`${b}号楼${100 + r}室`);
  const custodians = Array.from({ length: 300 }, (_, i) => `教师${i + 1}`);
  return { departments, locations, custodians };
}

function pick<T>(xs: readonly T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function ledgerRow(i: number, r: () => number, v: Vocab): AssetRow {
  const set = r() < 0.1;
  const quantity = set ? 2 + Math.floor(r() * 49) : 1;
  const unitPrice = 1000 + Math.floor(r() * 1_000_000);
  const code = `GD-${2005 + (i % 20)}-${String(i).padStart(7, '0')}`;
  const row: AssetRow = {
    row: i + 4,
    code,
    codeKey: normalizeCode(code),
    name: pick(BRANDS, r) + pick(ITEMS, r),
    spec: pick(SPECS, r),
    category: pick(CATEGORIES, r),
    department: pick(v.departments, r),
    location: pick(v.locations, r),
    custodian: pick(v.custodians, r),
    status: pick(STATUSES, r),
    quantity,
    unitPrice,
  };
  if (r() < 0.5) row.amount = unitPrice * quantity;
  return row;
}

/** A count row as someone else typed it: its own strings (not shared with the ledger), some codes in lower case. */
function copyForCount(l: AssetRow, row: number, r: () => number): AssetRow {
  const code = r() < 0.05 ? l.code.toLowerCase() : `${l.code.slice(0, 3)}${l.code.slice(3)}`;
  return {
    row,
    code,
    codeKey: normalizeCode(code),
    name: l.name,
    spec: l.spec,
    category: '',
    department: l.department,
    location: l.location,
    custodian: l.custodian,
    status: l.status,
    quantity: l.quantity,
  };
}

export function generateExact(n: number, seed: number): { ledger: AssetRow[]; count: AssetRow[] } {
  const r = seededRandom(seed);
  const v = vocab();
  const ledger: AssetRow[] = new Array<AssetRow>(n);
  for (let i = 0; i < n; i++) ledger[i] = ledgerRow(i, r, v);
  // A counter walks room by room, not in ledger order: count rows are made (and so laid out in
  // memory) in a shuffled order, as a parser reading the count sheet top to bottom would make them.
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  const count: AssetRow[] = [];
  let row = 4;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const l = ledger[i] as AssetRow;
    const x = r();
    if (x < 0.0125) continue; // missing: 盘亏
    const c = copyForCount(l, row++, r);
    if (x < 0.025) c.quantity = l.quantity > 1 ? l.quantity - 1 - Math.floor(r() * (l.quantity - 1)) : 2; // changed quantity
    else if (x < 0.0375) c.location = pick(v.locations, r); // moved
    else if (x < 0.05) {
      // extra: a codeless item or a code the ledger lacks (盘盈)
      const extra = ledgerRow(n + i, r, v);
      const code = r() < 0.5 ? '' : `XX-${i}`;
      count.push({ ...extra, row: row++, code, codeKey: normalizeCode(code) });
    }
    count.push(c);
  }
  return { ledger, count };
}

/** Codeless count rows derived from unmatched ledger rows, changed the way a second typist changes them. */
export function generateCandidates(n: number, seed: number): { ledger: AssetRow[]; count: AssetRow[]; truth: Int32Array } {
  const r = seededRandom(seed);
  const v = vocab();
  const ledger: AssetRow[] = [];
  for (let i = 0; i < n; i++) ledger.push(ledgerRow(i, r, v));
  const count: AssetRow[] = [];
  const truth = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const srcIndex = Math.floor(r() * n);
    const src = ledger[srcIndex] as AssetRow;
    const own = r() < 0.85;
    const base = own ? src : ledgerRow(n + i, r, v);
    let name = base.name;
    const y = r();
    if (y < 0.15) name = name.slice(0, -1); // 学生课桌椅 → 学生课桌
    else if (y < 0.3) name = `${name} `;
    count.push({
      row: i + 2,
      code: '',
      codeKey: '',
      name,
      spec: r() < 0.5 ? '' : base.spec,
      category: '',
      department: base.department,
      location: r() < 0.2 ? pick(v.locations, r) : base.location,
      custodian: base.custodian,
      status: base.status,
      quantity: 1,
    });
    if (own) truth[i] = srcIndex;
  }
  for (const l of ledger) {
    l.code = '';
    l.codeKey = '';
  }
  return { ledger, count, truth };
}

function mb(bytes: number): number {
  return Math.round(bytes / 1048576);
}

function collect(): void {
  if (typeof gc === 'function') gc();
}

interface Figure {
  readonly name: string;
  readonly rows: string;
  readonly seconds: number[];
  /** CPU seconds of this process (user + system): what the machine's other work cannot inflate. */
  readonly cpu: number[];
  readonly heapMb: number;
  readonly detail: string;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function timed(runs: number, f: () => ReconcileResult): { seconds: number[]; cpu: number[]; result: ReconcileResult; heapMb: number } {
  const seconds: number[] = [];
  const cpu: number[] = [];
  let result: ReconcileResult | null = null;
  let heapMb = 0;
  for (let k = 0; k < runs; k++) {
    result = null;
    collect();
    const before = process.memoryUsage().heapUsed;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = f();
    seconds.push((performance.now() - t0) / 1000);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1e6);
    heapMb = Math.max(heapMb, mb(process.memoryUsage().heapUsed - before));
  }
  return { seconds, cpu, result: result as ReconcileResult, heapMb };
}

function main(): void {
  const n = arg('rows', 1_000_000);
  const nc = arg('candidates', 20_000);
  const runs = arg('runs', 3);
  const figures: Figure[] = [];

  let t0 = performance.now();
  const exact = generateExact(n, 20241230);
  const genSeconds = (performance.now() - t0) / 1000;
  collect();
  const dataHeap = mb(process.memoryUsage().heapUsed);
  const m = timed(runs, () => reconcile(exact.ledger, exact.count));
  const s = m.result.summary;
  figures.push({
    name: 'exact + candidates',
    rows: `${exact.ledger.length.toLocaleString('en')} × ${exact.count.length.toLocaleString('en')}`,
    seconds: m.seconds,
    cpu: m.cpu,
    heapMb: m.heapMb,
    detail: `matched ${s.matched}, shortage ${s.shortage}, surplus ${s.surplus}, possible ${s.possibleMatches}, qty≠ ${s.quantityMismatch}, field≠ ${s.fieldMismatch}; candidate pairs scored ${m.result.candidateStats.scored}`,
  });
  const noCand = timed(runs, () => reconcile(exact.ledger, exact.count, { candidates: { enabled: false } }));
  figures.push({ name: 'exact only', rows: figures[0]?.rows ?? '', seconds: noCand.seconds, cpu: noCand.cpu, heapMb: noCand.heapMb, detail: 'candidate pass off' });
  t0 = performance.now();
  const lc0 = process.cpuUsage();
  const items = listItems(m.result);
  const listSeconds = (performance.now() - t0) / 1000;
  const lc = process.cpuUsage(lc0);
  figures.push({ name: 'listItems', rows: items.length.toLocaleString('en'), seconds: [listSeconds], cpu: [(lc.user + lc.system) / 1e6], heapMb: 0, detail: 'items for sheets and JSON, built on demand' });

  const cand = generateCandidates(nc, 7);
  const c = timed(runs, () => reconcile(cand.ledger, cand.count));
  let right = 0;
  let withTruth = 0;
  for (let i = 0; i < cand.count.length; i++) {
    const t = cand.truth[i] as number;
    if (t < 0) continue;
    withTruth++;
    const best = c.result.proposals.get(i) ?? [];
    if (best.some((p) => p.ledger === t)) right++;
  }
  figures.push({
    name: 'candidate pass',
    rows: `${nc.toLocaleString('en')} × ${nc.toLocaleString('en')}`,
    seconds: c.seconds,
    cpu: c.cpu,
    heapMb: c.heapMb,
    detail: `pairs scored ${c.result.candidateStats.scored} of ${(nc * nc).toLocaleString('en')}; proposals ${c.result.proposals.size}; true row among proposals ${((100 * right) / Math.max(1, withTruth)).toFixed(1)}%`,
  });

  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(`Generated ${n.toLocaleString('en')} rows in ${genSeconds.toFixed(1)} s; data on the heap ${dataHeap} MB; node ${process.version}; ${runs} runs (median shown).`);
  console.log('');
  console.log('| run | rows | seconds (median) | CPU seconds (median) | all runs (wall) | heap added (MB) | detail |');
  console.log('|---|---|---|---|---|---|---|');
  for (const f of figures) {
    console.log(`| ${f.name} | ${f.rows} | ${median(f.seconds).toFixed(2)} | ${median(f.cpu).toFixed(2)} | ${f.seconds.map((x) => x.toFixed(2)).join(' / ')} | ${f.heapMb} | ${f.detail} |`);
  }
  console.log('');
  console.log(`Peak RSS of the whole process (data + engine): ${mb(peakRss)} MB`);
}

// Runs when started as a script; tools may import the generators.
if (require.main === module) main();
