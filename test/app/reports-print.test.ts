/**
 * The workbench's print path: report sheets as one HTML page (escaped text, exact totals, charts as
 * SVG, A4 in each sheet's orientation), printed to PDF by a real Chromium the way a user's browser
 * "Save as PDF" does — the Chinese text is in the PDF as text and its fonts are embedded.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { reportSheets, runReport } from '../../src/app/reports';
import { chartSvg, formatNumber, printHtml } from '../../src/app/reports/print-html';
import type { RunContext } from '../../src/app/reports/types';
import { chartPlacements, sheetSpecSchema } from '../../src/core/sheet/spec';
import { openXlsxFile } from '../../src/workbook/file/node-files';

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const DIR = path.join(__dirname, '..', 'fixtures', 'reports');
const ctx: RunContext = { locale: 'zh-CN', today: '2026-01-31' };

test('numbers print as their Excel formats show them', () => {
  expect(formatNumber(1234567.5, '#,##0.00')).toBe('1,234,567.50');
  expect(formatNumber(-0.07, '#,##0.00')).toBe('-0.07');
  expect(formatNumber(-0.6103, '0.00%')).toBe('-61.03%');
  expect(formatNumber(12.5, '#,##0.###;-#,##0.###;0')).toBe('12.5');
  expect(formatNumber(12560, '#,##0')).toBe('12,560');
});

test('text is escaped, totals are exact sums of the printed amounts, charts become SVG at their place', () => {
  const spec = sheetSpecSchema.parse({
    name: '测试',
    kind: 't',
    blocks: [
      { type: 'title', text: '<script>alert(1)</script>' },
      { type: 'table', columns: [{ header: 'A&B' }, { header: '金额', numFmt: '#,##0.00' }], rows: [['x', 0.1], ['y', 0.2], ['z', 1234.56]], total: { label: '合计', labelColumn: 0, sumColumns: [1] } },
      { type: 'spacer', rows: 10 },
      { type: 'signatures', labels: ['制表人', '审核'] },
    ],
    print: { orientation: 'landscape' },
    charts: [{ type: 'column', title: '图 <1>', table: 0, categoryColumn: 0, valueColumns: [1], anchor: { block: 2 } }],
  });
  const html = printHtml([spec], { locale: 'zh-CN' });
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('<th>A&amp;B</th>');
  expect(html).toContain('<tr class="total"><td>合计</td><td class="right">1,234.86</td></tr>');
  expect(html).toContain('<section class="sheet landscape"');
  expect(html).toContain('aria-label="图 &lt;1&gt;"');
  expect(html).toContain('制表人：<span class="blank">');
  const svg = chartSvg(chartPlacements(spec)[0]!);
  expect(svg.match(/<rect [^>]*fill="#4472C4"/g)).toHaveLength(3 + 1);
});

describe('printed by a real Chromium', () => {
  let tmp: string;
  beforeAll(async () => {
    try {
      await run(CHROMIUM, ['--version'], { timeout: 60_000 });
    } catch {
      throw new Error(`Chromium (${CHROMIUM}) is required for this test: install it or set CHROMIUM.`);
    }
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-print-'));
  });
  afterAll(async () => {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  test('the reports print to PDF with their Chinese text, page numbers and embedded fonts', async () => {
    const ledger = await openXlsxFile(path.join(DIR, 'ledger.xlsx'));
    const spending = await openXlsxFile(path.join(DIR, 'spending.xlsx'));
    const outputs = [
      await runReport(ledger, 'four-pillar', { sheet: '固定资产明细账', from: '2025-09-01', to: '2026-01-31', school: 'XX县第一中学' }, ctx),
      await runReport(spending, 'compare', { dateField: '日期', amountField: '金额', by: '物品类别', period: '2025-09..2026-01', against: 'last-term' }, ctx),
    ];
    const html = path.join(tmp, 'report.html');
    await fs.writeFile(html, printHtml(outputs.flatMap((o) => reportSheets(o, { locale: 'zh-CN', linkFindings: false })), { locale: 'zh-CN' }));
    const pdf = path.join(tmp, 'report.pdf');
    await run(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${path.join(tmp, 'profile')}`, `--print-to-pdf=${pdf}`, pathToFileURL(html).href], { timeout: 120_000 });
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 20_000_000 });
    const flat = text.replace(/\s+/g, '');
    for (const needle of ['XX县第一中学固定资产四柱清册', '旧管（期初）', '123,970.50', '112,467.00', '支出同期对比表', '易耗品支出本期17944.00元，上学期46046.00元，与上学期相比节约28102.00元。', '第1页，共', '制表人']) {
      expect(flat).toContain(needle);
    }
    const { stdout: fonts } = await run('pdffonts', [pdf]);
    const rows = fonts.split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const line of rows) expect(line).toMatch(/\byes\b/);
    await run('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', '-png', pdf, path.join(tmp, 'page')]);
    const png = (await fs.readdir(tmp)).find((f) => /^page-\d+\.png$/.test(f));
    expect(png).toBeDefined();
  });
});
