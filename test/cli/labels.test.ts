/**
 * `taizhang labels`: the PDF is rasterized at 300 dpi (pdftoppm) and every label decoded by a real
 * decoder (zbarimg) — every code reads back exactly as reconciliation keys it, long codes, hyphens
 * and full-width input included; the geometry is checked in mm against the PDF's own rectangles.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { CliIO } from '../../src/cli/context';
import { main } from '../../src/cli/main';
import { scanFileCsv } from '../../src/core/labels';
import { parseScan } from '../../src/core/reconcile';
import { normalizeCode } from '../../src/core/text';
import { decodeLabels, pdfRects } from '../helpers/label-decode';

const LONG = 'QSX-YZ-2019-JXYQ-000123-A-0001-INSTRUMENT-CABINET-B';
const LEDGER_ROWS: Array<[string, string, string, string, string, string]> = [
  // code, name, category, department, location, acquired
  ['ZX-2019-0001', '学生课桌椅', '家具', '初一(3)班', '教学楼301', '2019-09-01'],
  ['ＺＸ－２０１９－０００２', '多媒体讲台', '家具', '初一(3)班', '教学楼301', '2019-09-01'],
  [' zx-2019-0003 ', '投影仪', '通用设备', '初一（3） 班', '教学楼301', '2020-03-05'],
  ['', '扫帚柜', '家具', '初一(3)班', '教学楼301', '2021-01-01'],
  [LONG, '仪器柜', '专用设备', '实验室', '实验楼201', '2018-06-12'],
  ['JS-2021-0100', '台式计算机', '计算机', '教务处', '行政楼201', '2021-03-18'],
];
for (let i = 0; i < 22; i++) LEDGER_ROWS.push([`TS-2020-${String(i + 1).padStart(4, '0')}`, '图书架', '家具', '图书室', '综合楼101', '2020-09-01']);

let dir: string;
let ledger: string;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const boxSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
const jsonSchema = z.object({
  ledger: z.object({ sheet: z.string() }),
  layout: z.object({ key: z.string(), page: z.object({ width: z.number(), height: z.number() }) }),
  labelled: z.number(),
  pages: z.number(),
  labels: z.array(z.object({ page: z.number(), row: z.number(), code: z.string(), payload: z.string(), box: boxSchema, qr: boxSchema.extend({ module: z.number() }), barcode: boxSchema.extend({ module: z.number() }).nullable() })),
  withoutCode: z.array(z.object({ row: z.number(), name: z.string(), department: z.string(), location: z.string() })),
});

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'taizhang-labels-cli-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('固定资产明细账');
  ws.addRow(['青山县第一中学固定资产明细账']);
  ws.mergeCells('A1:H1');
  ws.addRow(['资产编号', '资产名称', '资产分类', '使用部门', '存放地点', '数量', '单价', '取得日期']);
  for (const [code, name, category, department, location, date] of LEDGER_ROWS) ws.addRow([code, name, category, department, location, 1, 1280, date]);
  ledger = path.join(dir, '台账.xlsx');
  await wb.xlsx.writeFile(ledger);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('taizhang labels', () => {
  test('A4 3×8: every label decodes to its code in reconciliation form, items without code are listed', async () => {
    const pdf = path.join(dir, 'a4.pdf');
    const r = await run(['labels', ledger, '--out', pdf, '--layout', 'a4-3x8', '--school', '青山县第一中学', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = jsonSchema.parse(JSON.parse(r.out));
    const coded = LEDGER_ROWS.filter((row) => row[0].trim() !== '');
    expect(json.labelled).toBe(coded.length);
    expect(json.pages).toBe(2);
    expect(json.withoutCode).toEqual([{ row: 6, name: '扫帚柜', department: '初一(3)班', location: '教学楼301' }]);
    expect(json.labels.map((l) => l.payload)).toEqual(coded.map((row) => normalizeCode(row[0])));
    expect(json.labels.slice(0, 3).map((l) => l.payload)).toEqual(['ZX-2019-0001', 'ZX-2019-0002', 'ZX-2019-0003']);

    const decoded = decodeLabels(pdf, json.labels);
    json.labels.forEach((l, i) => expect(decoded[i]).toEqual([{ type: 'QR-Code', data: l.payload }]));
    expect(decoded.flat().map((d) => d.data)).toContain(LONG);

    // Geometry in mm: the 5th label (second row, middle column) and its QR modules drawn where the writer put them.
    const fifth = json.labels[4]!;
    expect(fifth.box).toEqual({ x: 73.2, y: 46.8, width: 63.5, height: 33.9 });
    expect(fifth.qr.module).toBeGreaterThanOrEqual(0.375);
    const rects = pdfRects(readFileSync(pdf), 1, 297).filter((b) => b.x >= fifth.box.x && b.x < fifth.box.x + fifth.box.width && b.y >= fifth.box.y && b.y < fifth.box.y + fifth.box.height);
    const left = Math.min(...rects.map((b) => b.x));
    const top = Math.min(...rects.map((b) => b.y));
    const right = Math.max(...rects.map((b) => b.x + b.width));
    const bottom = Math.max(...rects.map((b) => b.y + b.height));
    for (const [got, want] of [[left, fifth.qr.x], [top, fifth.qr.y], [right, fifth.qr.x + fifth.qr.width], [bottom, fifth.qr.y + fifth.qr.height]] as const) expect(Math.abs(got - want)).toBeLessThan(0.01);
  });

  test('a class\'s labels by 使用部门 on a thermal printer, with Code 128, one label a page, and the count list', async () => {
    const pdf = path.join(dir, 'class.pdf');
    const list = path.join(dir, '清单.csv');
    const r = await run(['labels', ledger, '--out', pdf, '--layout', 'thermal-60x40', '--filter', '使用部门=初一(3)班', '--code128', '--count-list', list, '--json']);
    expect(r.code).toBe(0);
    const json = jsonSchema.parse(JSON.parse(r.out));
    expect(json.labels.map((l) => l.payload)).toEqual(['ZX-2019-0001', 'ZX-2019-0002', 'ZX-2019-0003']);
    expect(json.pages).toBe(3);
    expect(json.labels.map((l) => l.box)).toEqual(new Array(3).fill({ x: 0, y: 0, width: 60, height: 40 }));
    const decoded = decodeLabels(pdf, json.labels);
    json.labels.forEach((l, i) => {
      expect(decoded[i]).toHaveLength(2);
      expect(decoded[i]).toEqual(expect.arrayContaining([{ type: 'QR-Code', data: l.payload }, { type: 'CODE-128', data: l.payload }]));
    });
    const scan = parseScan(readFileSync(list, 'utf8'), '清单.csv');
    expect(scan.findings).toEqual([]);
    expect(scan.rows.map((row) => [row.codeKey, row.name, row.location, row.department, row.quantity])).toEqual([
      ['ZX-2019-0001', '学生课桌椅', '教学楼301', '初一(3)班', 1],
      ['ZX-2019-0002', '多媒体讲台', '教学楼301', '初一(3)班', 1],
      ['ZX-2019-0003', '投影仪', '教学楼301', '初一（3） 班', 1],
    ]);
  });

  test('every thermal size and the other A4 sheets decode', async () => {
    for (const layout of ['thermal-40x30', 'thermal-50x30', 'a4-3x10', 'a4-2x5']) {
      const pdf = path.join(dir, `${layout}.pdf`);
      const r = await run(['labels', ledger, '--out', pdf, '--layout', layout, '--rows', '2-7', '--json']);
      expect(r.code).toBe(0);
      const json = jsonSchema.parse(JSON.parse(r.out));
      expect(json.labels.map((l) => l.row)).toEqual([3, 4, 5, 7]);
      const decoded = decodeLabels(pdf, json.labels);
      json.labels.forEach((l, i) => expect({ layout, found: decoded[i] }).toEqual({ layout, found: [{ type: 'QR-Code', data: l.payload }] }));
    }
  });

  test('a code too dense for the label, a bad layout and a bad filter are messages; the ledger is never written', async () => {
    const dense = await run(['labels', ledger, '--out', path.join(dir, 'x.pdf'), '--layout', 'custom:cols=1,rows=1,label=24x14,page=24x14']);
    expect(dense.code).toBe(1);
    expect(dense.err).toContain(LONG);
    expect(dense.err).toContain('0.375');
    const bad = await run(['labels', ledger, '--layout', 'a4-9x9', '--lang', 'en-US']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('a4-3x8');
    const filter = await run(['labels', ledger, '--filter', '颜色=红']);
    expect(filter.code).toBe(2);
    expect(filter.err).toContain('颜色=红');
    const before = readFileSync(ledger);
    const onInput = await run(['labels', ledger, '--out', ledger]);
    expect(onInput.code).toBe(1);
    expect(readFileSync(ledger).equals(before)).toBe(true);
  });

  test('text output lists what was made and what has no code', async () => {
    const r = await run(['labels', ledger, '--filter', '存放地点=教学楼301']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已为 3 件资产排好标签');
    expect(r.out).toContain('第 6 行  扫帚柜');
    expect(r.out).toContain('未保存文件');
  });
});

describe('taizhang new-code (盘盈补录)', () => {
  test('continues the ledger\'s sequence per prefix and prints the new items\' labels', async () => {
    const pdf = path.join(dir, 'new.pdf');
    const r = await run(['new-code', ledger, '--pattern', 'TS-{年}-{序号:4}', '--date', '2020-10-01', '--count', '2', '--name', '图书架', '--department', '图书室', '--out', pdf, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = z.object({ codes: z.array(z.string()) }).parse(JSON.parse(r.out));
    expect(json.codes).toEqual(['TS-2020-0023', 'TS-2020-0024']);
    const decoded = decodeLabels(pdf, [1, 2].map((page) => ({ page, box: { x: 0, y: 0, width: 50, height: 30 } })));
    expect(decoded).toEqual(json.codes.map((data) => [{ type: 'QR-Code', data }]));
    const fresh = await run(['new-code', ledger, '--pattern', '{分类}-{年}-{序号:3}', '--category', 'JS', '--date', '2026-03-18']);
    expect(fresh.out).toContain('JS-2026-001');
  });

  test('a rule without a sequence, or a part the item lacks, is a message', async () => {
    const bad = await run(['new-code', ledger, '--pattern', '{分类}-{年}']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('{序号}');
    const missing = await run(['new-code', ledger, '--pattern', '{分类}-{序号:4}']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('资产分类');
    const none = await run(['new-code', ledger]);
    expect(none.code).toBe(1);
    expect(none.err).toContain('--pattern');
  });
});

describe('several phones\' scan files reconciled at once', () => {
  test('merged, an item scanned on two phones reported, surplus and shortage as for a typed count', async () => {
    const at = (n: number): string => `2026-12-04T09:0${n}:00`;
    const phoneA = path.join(dir, '手机A.csv');
    const phoneB = path.join(dir, '手机B.csv');
    writeFileSync(phoneA, scanFileCsv([
      { code: 'ZX-2019-0001', quantity: 1, location: '教学楼301', time: at(1), counter: '张老师', note: '' },
      { code: 'ZX-2019-0002', quantity: 1, location: '教学楼301', time: at(2), counter: '张老师', note: '' },
    ]));
    writeFileSync(phoneB, scanFileCsv([
      { code: 'ZX-2019-0002', quantity: 1, location: '教学楼301', time: at(3), counter: '李老师', note: '' },
      { code: 'JS-2021-0100', quantity: 1, location: '行政楼201', time: at(4), counter: '李老师', note: '' },
      { code: 'NEW-0001', quantity: 1, location: '行政楼201', time: at(5), counter: '李老师', note: '打印机，无标签' },
    ]));
    const r = await run(['reconcile', ledger, phoneA, phoneB, '--json']);
    expect(r.code).toBe(0);
    const json = z.object({
      summary: z.object({ countRows: z.number(), shortage: z.number(), surplus: z.number(), duplicates: z.number() }),
      items: z.array(z.object({ status: z.string(), code: z.string() })),
      count: z.object({ files: z.array(z.string()) }),
      findings: z.array(z.object({ code: z.string(), message: z.object({ 'zh-CN': z.string() }) })),
    }).parse(JSON.parse(r.out));
    expect(json.count.files).toEqual([phoneA, phoneB]);
    expect(json.summary.countRows).toBe(5);
    expect(json.summary.surplus).toBe(1);
    expect(json.items.filter((i) => i.status === 'surplus').map((i) => i.code)).toEqual(['NEW-0001']);
    expect(json.summary.duplicates).toBe(1);
    expect(json.summary.shortage).toBe(LEDGER_ROWS.length - 3);
    const several = json.findings.filter((f) => f.code === 'scan.severalFiles');
    expect(several).toHaveLength(1);
    expect(several[0]?.message['zh-CN']).toContain('ZX-2019-0002');
    expect(several[0]?.message['zh-CN']).toContain('手机A.csv、手机B.csv');

    const xlsx = await run(['reconcile', ledger, phoneA, ledger]);
    expect(xlsx.code).toBe(2);
  });
});
