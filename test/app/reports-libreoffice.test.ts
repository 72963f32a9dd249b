/**
 * The reports in a second real spreadsheet program. The workbook the file adapter writes (report
 * sheets, notes, native charts) goes through LibreOffice headless:
 * - saved back as .xlsx, it still has every chart, with the same series ranges, and LibreOffice's
 *   recalculated totals are the ones Taizhang computed;
 * - printed to PDF (the CLI's --pdf path), the Chinese text is there as text, the CJK font is
 *   embedded, and the pages render to PNG.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { runReport, writeReport } from '../../src/app/reports';
import type { RunContext } from '../../src/app/reports/types';
import { exportPdf } from '../../src/cli/commands/reports-pdf';
import { newXlsx, openXlsx } from '../../src/workbook/file';
import { openXlsxFile } from '../../src/workbook/file/node-files';
import { recalculateXlsx, requireLibreOffice } from '../helpers/libreoffice';
import { unzip } from '../workbook/file/helpers';

const run = promisify(execFile);
const DIR = path.join(__dirname, '..', 'fixtures', 'reports');
const ctx: RunContext = { locale: 'zh-CN', today: '2026-01-31' };

/** Series value ranges of every chart part, as "sheet!A1:A9" without quotes or $, per chart. */
function seriesRanges(bytes: Uint8Array): string[][] {
  const parts = [...unzip(bytes).entries()].filter(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  return parts
    .map(([, xml]) => [...xml.toString('utf8').matchAll(/<c:val><c:numRef><c:f>([^<]*)<\/c:f>/g)].map((m) => (m[1] ?? '').replace(/[$']/g, '').replace(/&apos;/g, '')).sort())
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

let bytes: Uint8Array;
let tmp: string;

beforeAll(async () => {
  await requireLibreOffice();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-reports-lo-'));
  const ledger = await openXlsxFile(path.join(DIR, 'ledger.xlsx'));
  const spending = await openXlsxFile(path.join(DIR, 'spending.xlsx'));
  const target = newXlsx();
  const outputs = [
    await runReport(ledger, 'summary', { sheet: '固定资产明细账', at: '2025-12-31', school: 'XX县第一中学' }, ctx),
    await runReport(ledger, 'four-pillar', { sheet: '固定资产明细账', from: '2025-09-01', to: '2026-01-31', school: 'XX县第一中学' }, ctx),
    await runReport(spending, 'compare', { dateField: '日期', amountField: '金额', by: '物品类别', period: '2025-09..2026-01', against: 'last-term' }, ctx),
  ];
  for (const o of outputs) await writeReport(target, o, { locale: 'zh-CN', linkFindings: false });
  bytes = await target.save();
});

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

test('the saved workbook has a native chart per report, drawing the report’s cells', () => {
  expect(seriesRanges(bytes)).toEqual([
    ['同期对比!B5:B9', '同期对比!C5:C9'],
    ['四柱清册!C5:C15', '四柱清册!E5:E15', '四柱清册!G5:G15', '四柱清册!I5:I15'],
    ['资产汇总!D4:D9', '资产汇总!F4:F9'],
  ].sort((a, b) => (a.join() < b.join() ? -1 : 1)));
});

test('LibreOffice keeps every chart with the same series, and recalculates the same totals', async () => {
  const back = await recalculateXlsx(bytes);
  expect(seriesRanges(back)).toEqual(seriesRanges(bytes));
  const wb = await openXlsx(back);
  // Summary total row (after 6 department rows, header row 3): SUM formulas recalculated by LibreOffice.
  const summary = await wb.readGrid('资产汇总');
  const totalRow = summary.rows.find((r) => r[0] === '合计');
  expect(totalRow?.slice(1, 6)).toEqual([10, 562, 124569.5, 89342.45, 35227.05]);
  const pillars = await wb.readGrid('四柱清册');
  expect(pillars.rows.find((r) => r[0] === '合计')?.slice(1, 9)).toEqual([563, 123970.5, 2, 8499, 11, 20002.5, 554, 112467]);
});

test('--pdf: LibreOffice prints every report with its Chinese text, charts and embedded CJK font; pages render to PNG', async () => {
  const pdf = path.join(tmp, '报表.pdf');
  await exportPdf(bytes, pdf);
  const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 20_000_000 });
  for (const needle of ['XX县第一中学资产汇总表', 'XX县第一中学固定资产四柱清册', '支出同期对比表', '易耗品支出本期 17944.00 元，上学期 46046.00 元，与上学期相比节约 28102.00 元。',
    '按使用部门：原值与净值', '按资产分类：旧管、新收、开除、实在（金额）', '制表人', '第 1 页']) {
    expect(text.replace(/[ \t]+/g, ' ')).toContain(needle);
  }
  const { stdout: fonts } = await run('pdffonts', [pdf]);
  const cjk = fonts.split('\n').filter((l) => /CJK|Song|Hei|Ming|Noto Sans SC|Noto Serif SC|WenQuanYi|Droid/i.test(l));
  expect(cjk.length).toBeGreaterThan(0);
  // Columns: name type encoding emb sub uni object ID — every CJK font embedded.
  for (const line of cjk) expect(line).toMatch(/\byes\b/);
  const { stdout: info } = await run('pdfinfo', [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(6);
  await run('pdftoppm', ['-r', '50', '-png', pdf, path.join(tmp, 'page')]);
  const pngs = (await fs.readdir(tmp)).filter((f) => /^page-\d+\.png$/.test(f));
  expect(pngs).toHaveLength(pages);
  for (const p of pngs) {
    const head = (await fs.readFile(path.join(tmp, p))).subarray(0, 8);
    expect(head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  }
});
