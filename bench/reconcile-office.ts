/**
 * The reconcile use case over the Office adapter against the counting Office.js fake: a 100,000-row
 * 固定资产明细账 and a 100,000-row 资产盘点表 (5% noise) in one workbook, read, matched and the result
 * sheets written back. Prints the round trips (syncs), the largest request and response, and the
 * time (the fake's, not Excel's: Excel's own work per sync is what the round-trip count stands for).
 *
 * Run: npm run build:cli && node build/cli/bench/reconcile-office.js
 */
import { runReconcile, writeReconcileResults } from '../src/app/reconcile';
import { formatFen } from '../src/core/money';
import { OfficeWorkbook } from '../src/workbook/office';
import { FakeExcel } from '../test/fakes/office';

const ROWS = 100_000;
const NAMES = ['台式计算机', '学生课桌椅', '投影仪', '空调', '灭火器', '办公桌', '文件柜'];
const DEPARTMENTS = ['办公室', '教务处', '总务处', '信息中心', '高一年级', '高二年级'];

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

const code = (i: number): string => `ZX-${2010 + (i % 15)}-${String(i).padStart(6, '0')}`;

function seed(excel: FakeExcel): { missing: number; extra: number; changed: number } {
  const ledger = excel.model.seed({ name: '固定资产明细账', rows: [['青山县第一中学固定资产明细账']], merges: ['A1:I1'] });
  ['资产编号', '资产名称', '规格型号', '数量', '单价', '金额', '使用部门', '存放地点', '保管人'].forEach((h, i) => ledger.set(2, i + 1, h));
  const count = excel.model.seed({ name: '资产盘点表', rows: [['资产盘点表']] });
  ['资产编号', '资产名称', '实盘数量', '存放地点', '保管人'].forEach((h, i) => count.set(2, i + 1, h));
  const noise = { missing: 0, extra: 0, changed: 0 };
  let c = 3;
  for (let i = 0; i < ROWS; i++) {
    const r = i + 3;
    const quantity = i % 10 === 0 ? 1 + (i % 40) : 1;
    const price = 100 + (i % 400) * 12.5;
    const place = `教学楼${100 + (i % 300)}`;
    const values: Array<string | number> = [code(i), NAMES[i % NAMES.length] ?? '', `型号${i % 37}`, quantity, price, quantity * price, DEPARTMENTS[i % DEPARTMENTS.length] ?? '', place, `保管人${i % 150}`];
    values.forEach((v, k) => ledger.set(r, k + 1, v));
    // 5% noise, spread evenly: missing, extra, changed quantity or location.
    const slot = i % 80;
    if (slot === 0) {
      noise.missing++;
      continue;
    }
    const counted: Array<string | number> = [code(i), NAMES[i % NAMES.length] ?? '', slot === 1 ? Math.max(0, quantity - 1) : quantity, slot === 2 ? '实验楼' : place, `保管人${i % 150}`];
    if (slot === 1 || slot === 2) noise.changed++;
    counted.forEach((v, k) => count.set(c, k + 1, v));
    c++;
    if (slot === 3) {
      [`XX-2025-${String(i).padStart(6, '0')}`, '电风扇', 1, place, ''].forEach((v, k) => count.set(c, k + 1, v));
      c++;
      noise.extra++;
    }
  }
  return noise;
}

async function main(): Promise<void> {
  console.log('Reconcile over the Office adapter against the counting Office.js fake (Excel on the web limits: 5 MB per request, 5,000,000 cells per read)');
  const excel = new FakeExcel();
  const noise = seed(excel);
  const port = new OfficeWorkbook(excel);
  const t0 = Date.now();
  const run = await runReconcile({ ledger: { kind: 'sheet', port, sheet: '固定资产明细账' }, count: { kind: 'sheet', port, sheet: '资产盘点表' } });
  const readMs = Date.now() - t0;
  const s = excel.stats;
  const sum = run.result.summary;
  console.log(`read + match ${ROWS.toLocaleString('en')} ledger rows and ${sum.countRows.toLocaleString('en')} count rows (noise: ${noise.missing} missing, ${noise.extra} extra, ${noise.changed} changed): ${s.syncs} syncs, largest request ${mb(s.maxRequestBytes)}, largest response ${mb(s.maxResponseBytes)}, most cells per sync ${s.maxCellsRead.toLocaleString('en')}, ${readMs} ms`);
  console.log(`  → ${sum.matched.toLocaleString('en')} matched, ${sum.shortage} shortages (${formatFen(sum.shortageAmount)} yuan), ${sum.surplus} surpluses, ${sum.quantityMismatch} quantity and ${sum.fieldMismatch} field mismatches, ${sum.possibleMatches} possible matches`);
  excel.stats.reset();
  const t1 = Date.now();
  const written = await writeReconcileResults(port, run, { asOf: '2025-12-31', countDate: '2025-12-20' });
  const writeMs = Date.now() - t1;
  const w = excel.stats;
  console.log(`write result sheet (${written.result.name}), report and chart: ${w.syncs} syncs, largest request ${mb(w.maxRequestBytes)}, most actions per sync ${w.maxActions.toLocaleString('en')}, ${writeMs} ms`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
