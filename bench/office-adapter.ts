/**
 * Office adapter benchmark: reading a 100,000-row × 14-column ledger and writing a 100,000-row result
 * table through OfficeWorkbook against the counting Office.js fake. Prints the round trips (syncs),
 * the largest request and response, and the time (the fake's time, not Excel's: Excel's own work
 * per sync is what the round-trip count stands for).
 *
 * Run: npm run build:cli && node build/cli/bench/office-adapter.js
 */
import { sheetSpecSchema, type SpecValue } from '../src/core/sheet/spec';
import { OfficeWorkbook } from '../src/workbook/office';
import { FakeExcel } from '../test/fakes/office';

const ROWS = 100_000;
const COLUMNS = 14;

const NAMES = ['台式计算机', '学生课桌椅', '投影仪', '空调', '灭火器', '办公桌', '文件柜'];
const PLACES = ['高一(1)班', '高二(3)班', '总务处', '财务室', '图书馆', '实验室'];

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

function seedLedger(excel: FakeExcel): void {
  const s = excel.model.seed({ name: '固定资产明细账', rows: [['XX县第一中学固定资产明细账']], merges: ['A1:N1'] });
  const headers = ['资产编号', '资产名称', '规格型号', '数量', '单价', '金额', '取得日期', '使用部门', '存放地点', '保管人', '资产分类', '使用状况', '折旧年限', '备注'];
  headers.forEach((h, i) => s.set(2, i + 1, h));
  for (let r = 0; r < ROWS; r++) {
    const row = r + 3;
    const values: Array<string | number> = [
      `ZX-${2015 + (r % 10)}-${String(r).padStart(6, '0')}`,
      NAMES[r % NAMES.length] ?? '',
      `型号${r % 37}`,
      1 + (r % 50),
      180.5 + (r % 300),
      (1 + (r % 50)) * (180.5 + (r % 300)),
      42_000 + (r % 3_000),
      PLACES[r % PLACES.length] ?? '',
      `${100 + (r % 400)}室`,
      `保管人${r % 120}`,
      `A0${r % 9}`,
      r % 13 === 0 ? '闲置' : '在用',
      r % 2 === 0 ? 6 : 15,
      r % 17 === 0 ? '一式两份' : '',
    ];
    values.forEach((v, i) => {
      if (v !== '') s.set(row, i + 1, v);
    });
    if (r % 997 === 0) s.hiddenRows.add(row);
  }
}

async function benchRead(): Promise<void> {
  const excel = new FakeExcel();
  seedLedger(excel);
  const port = new OfficeWorkbook(excel);
  const t0 = Date.now();
  const grid = await port.readGrid('固定资产明细账');
  const ms = Date.now() - t0;
  const s = excel.stats;
  console.log(`read  ${ROWS.toLocaleString('en')} rows × ${COLUMNS} columns: ${s.syncs} syncs, largest request ${mb(s.maxRequestBytes)}, largest response ${mb(s.maxResponseBytes)}, most cells per sync ${s.maxCellsRead.toLocaleString('en')}, ${grid.hiddenRows.length} hidden rows found, ${ms} ms`);
}

async function benchWrite(): Promise<void> {
  const excel = new FakeExcel();
  excel.model.seed({ name: 'Sheet1', rows: [] });
  const port = new OfficeWorkbook(excel);
  const rows: SpecValue[][] = [];
  for (let r = 0; r < ROWS; r++) {
    rows.push([
      `ZX-2019-${String(r).padStart(6, '0')}`,
      NAMES[r % NAMES.length] ?? '',
      `型号${r % 37}`,
      PLACES[r % PLACES.length] ?? '',
      `保管人${r % 120}`,
      1 + (r % 5),
      r % 3,
      { formula: '=F{row}-G{row}' },
      180.5 + (r % 300),
      { formula: '=H{row}*I{row}' },
      { date: '2024-12-31' },
      r % 3 === 0 ? '盘亏' : '相符',
      r % 11 === 0 ? '0012' : '',
      r % 7 === 0 ? '=不是公式' : '',
    ]);
  }
  const spec = sheetSpecSchema.parse({
    name: '盘点结果',
    kind: 'reconcile.result',
    blocks: [
      { type: 'title', text: '资产盘点结果' },
      { type: 'lines', lines: ['单位：元'], align: 'right' },
      {
        type: 'table',
        columns: [
          { header: '资产编号' },
          { header: '资产名称' },
          { header: '规格型号' },
          { header: '存放地点' },
          { header: '保管人' },
          { header: '账面数量', numFmt: '0' },
          { header: '实盘数量', numFmt: '0' },
          { header: '差异', numFmt: '0' },
          { header: '单价', numFmt: '#,##0.00' },
          { header: '金额', numFmt: '#,##0.00' },
          { header: '盘点日期', numFmt: 'yyyy-mm-dd' },
          { header: '结果', list: ['相符', '盘亏', '盘盈', '不符'] },
          { header: '代码' },
          { header: '备注' },
        ],
        rows,
        rowStyles: rows.map((_, i) => (i % 3 === 0 ? 'bad' : 'normal')),
        total: { label: '合计', labelColumn: 0, sumColumns: [5, 6, 7, 9] },
        tableName: '盘点结果',
        freezeHeader: true,
      },
      { type: 'signatures', labels: ['制表人', '审核', '日期'] },
    ],
    print: { orientation: 'landscape' },
  });
  const t0 = Date.now();
  await port.writeSheet(spec);
  const ms = Date.now() - t0;
  const s = excel.stats;
  console.log(`write ${ROWS.toLocaleString('en')}-row result table × ${COLUMNS} columns: ${s.syncs} syncs, largest request ${mb(s.maxRequestBytes)}, most actions per sync ${s.maxActions.toLocaleString('en')}, ${ms} ms`);
}

async function main(): Promise<void> {
  console.log('Office adapter against the counting Office.js fake (Excel on the web limits: 5 MB per request, 5,000,000 cells per read)');
  await benchRead();
  await benchWrite();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
