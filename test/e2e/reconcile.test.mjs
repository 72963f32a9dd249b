/**
 * 账物核对 in the workbench, clicked through as a user does: the sample workbook's count against its
 * ledger, the summary equal to the planted outcomes, a possible match confirmed and the totals
 * re-run, the result sheets written, downloaded and read back with ExcelJS.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, SAMPLE, eventually, launchBrowser, textOf, workbenchServer } from './harness.mjs';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');

const TIMEOUT = { timeout: 180_000 };
const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');
const EXPECTED = JSON.parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'sample-ledger.expected.json'), 'utf8')).plantedOutcomes;

let server;
before(async () => {
  server = await workbenchServer();
});
after(async () => {
  await server?.close();
});

async function sum(page, key) {
  return textOf(page.getByTestId(`reconcile-sum-${key}`));
}

describe('reconcile in the workbench', () => {
  it('runs the sample, confirms a possible match, writes and downloads the result sheets', TIMEOUT, async () => {
    const browser = await launchBrowser({});
    const { page, downloads } = browser;
    try {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.goto(`${server.url}taskpane.html?panel=reconcile`);
      await page.getByTestId('file-input').setInputFiles(SAMPLE);
      await eventually(async () => assert.equal(await textOf(page.getByTestId('file-name')), '台账示例.xlsx'));
      await eventually(async () => assert.equal(await page.getByTestId('reconcile-ledger').inputValue(), '固定资产明细账'));
      assert.equal(await page.getByTestId('reconcile-count').inputValue(), '资产盘点表');

      await page.getByTestId('reconcile-run').click();
      await page.getByTestId('reconcile-result').waitFor();
      // The planted outcomes: the new laptop waits as a possible match for the missing one.
      assert.equal(await sum(page, 'ledgerRows'), String(EXPECTED.summary.ledgerItems));
      assert.equal(await sum(page, 'countRows'), String(EXPECTED.summary.countRows));
      assert.equal(await sum(page, 'shortage'), String(EXPECTED.summary.shortageLines - 1));
      assert.equal(await sum(page, 'surplus'), String(EXPECTED.summary.surplusRows - 1));
      assert.equal(await sum(page, 'possibleMatches'), '1');
      assert.equal(await sum(page, 'duplicates'), String(EXPECTED.duplicates.length));
      assert.equal(await sum(page, 'mismatched'), String(new Set(EXPECTED.mismatches.map((m) => m.ledgerRow)).size + 1));
      assert.equal(await sum(page, 'shortageAmount'), EXPECTED.summary.shortageAmount);
      const items = page.getByTestId('reconcile-items');
      assert.equal(await items.locator('tr[data-status="shortage"]').count(), EXPECTED.summary.shortageLines - 1);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'reconcile-wide.png'), fullPage: true });

      // Confirming re-runs the totals: one shortage fewer, its 5,200.00 gone from the amount.
      await page.getByTestId('reconcile-confirm-101').click();
      await eventually(async () => assert.equal(await sum(page, 'possibleMatches'), '0'));
      assert.equal(await sum(page, 'shortage'), String(EXPECTED.summary.shortageLines - 2));
      assert.equal(await sum(page, 'shortageAmount'), '15499.00');

      await page.setViewportSize({ width: 360, height: 900 });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'reconcile-narrow.png'), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });

      await page.getByTestId('reconcile-write').click();
      // The toast and its live-region announcement both say it; either will do.
      await page.getByText(/^已写入：/).first().waitFor();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^下载处理后的工作簿/ }).click()]);
      const target = path.join(downloads, file.suggestedFilename());
      await file.saveAs(target);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(target));
      const names = workbook.worksheets.map((w) => w.name);
      for (const name of ['盘点核对结果', '盘点报告', '盘盈盘亏分部门', '固定资产明细账', '资产盘点表']) assert.ok(names.includes(name), `${name} in ${names.join(',')}`);
      const texts = [];
      workbook.getWorksheet('盘点核对结果').eachRow((row) => row.eachCell((c) => texts.push(String(c.text))));
      for (const s of EXPECTED.shortage.filter((x) => x.codeKey !== 'ZX-2022-0001' && x.countedQuantity === 0)) assert.ok(texts.includes(s.codeKey), s.codeKey);
      assert.ok(texts.includes('盘亏'));
      assert.ok(texts.includes('疑似') === false, 'no possible match left once confirmed');
      const report = [];
      workbook.getWorksheet('盘点报告').eachRow((row) => row.eachCell((c) => report.push(String(c.text))));
      assert.ok(report.some((t) => t.includes('盘点报告')));
      assert.deepEqual(browser.errors, [], 'uncaught errors in the page');
    } finally {
      await browser.close();
    }
  });
});
