/* global document, getComputedStyle */
/**
 * 统计报表 in the workbench, clicked through as the office does at year end: the sample's
 * 固定资产明细账 summarized by 使用部门 at 2025-12-31 — the total 原值 on screen is what the CLI
 * computes — written into the workbook, printed from the print page, and the downloaded workbook
 * holds the report sheet and its native chart. Screenshots of the panel, wide and at 360px.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LEDGER, ROOT, SAMPLE, eventually, launchBrowser, outputPath, textOf, workbenchServer } from './harness.mjs';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');
const JSZip = require('jszip');

const TIMEOUT = { timeout: 240_000 };
const SHOTS = path.join(ROOT, 'docs', 'screenshots');

let server;
before(async () => {
  server = await workbenchServer();
});
after(async () => {
  await server?.close();
});

async function withBrowser(options, work) {
  const browser = await launchBrowser(options);
  try {
    await work(browser);
    assert.deepEqual(browser.errors, [], 'uncaught errors in the page');
  } finally {
    await browser.close();
  }
}

/** "124,569.50" or "124569.50" → fen. */
function fen(text) {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(text.replaceAll(',', '').trim());
  assert.ok(m, `not an amount: ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

/** The year-end summary as the CLI computes it. */
function cli(...args) {
  return JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bin', 'taizhang.cjs'), 'report', ...args, '--json'], { cwd: ROOT, encoding: 'utf8' }));
}

function cliSummary() {
  return cli('summary', SAMPLE, '--by', 'department', '--at', '2025-12-31');
}

async function openReports(page, kindLabel) {
  await page.goto(`${server.url}taskpane.html?sample=1&panel=reports`);
  await eventually(async () => assert.equal(await textOf(page.getByTestId('file-name')), '台账示例.xlsx'));
  await page.getByRole('radio', { name: kindLabel }).check();
  await eventually(async () => assert.equal(await page.getByTestId('report-source').inputValue(), LEDGER));
}

/** Opens the sample straight in 统计报表 and runs the asset summary by 使用部门 at 2025-12-31. */
async function runSummary(page) {
  await openReports(page, '资产汇总');
  await page.getByTestId('param-by-1').selectOption('department');
  assert.equal(await page.getByTestId('param-by-2').inputValue(), '');
  await page.getByTestId('param-at').fill('2025-12-31');
  await page.getByTestId('report-run').click();
  await page.getByTestId('report-table').waitFor({ timeout: 60_000 });
}

describe('统计报表 in the workbench', () => {
  it('summarizes the ledger as the CLI does, writes it with a chart, prints it', TIMEOUT, async () => {
    const cli = cliSummary();
    // The CLI's total is the sum of its groups, to the fen.
    assert.equal(
      cli.groups.reduce((s, g) => s + fen(g.originalValue), 0),
      fen(cli.total.originalValue),
    );

    await withBrowser({}, async ({ page, downloads }) => {
      mkdirSync(SHOTS, { recursive: true });
      await runSummary(page);

      // One row per department, then the total; 原值 is the third number column.
      const table = page.getByTestId('report-table');
      assert.equal(await table.locator('tbody tr:not([data-total])').count(), cli.groups.length);
      const total = table.locator('tbody tr[data-total="true"]');
      assert.equal(await textOf(total.locator('th')), '合计');
      const cells = await total.locator('td').allTextContents();
      assert.equal(fen(cells[2]), fen(cli.total.originalValue));
      assert.equal(fen(cells[4]), fen(cli.total.netValue));
      assert.equal(Number(cells[0]), cli.total.items);
      // Amounts are right-aligned with two decimals.
      assert.match(cells[2], /^\d[\d,]*\.\d{2}$/);
      assert.equal(await total.locator('td').nth(2).evaluate((el) => getComputedStyle(el).textAlign), 'end');
      assert.match(await textOf(page.getByTestId('report-headline')), /2025-12-31/);

      await page.screenshot({ path: outputPath('reports-wide.png'), fullPage: true });
      copyFileSync(outputPath('reports-wide.png'), path.join(SHOTS, 'reports-wide.png'));

      // Write: the report sheets go into the workbook.
      await page.getByTestId('report-write').click();
      const written = page.getByTestId('report-written');
      await written.waitFor({ timeout: 60_000 });
      assert.match(await textOf(written), /^已写入：/);

      // Print: the printable page opens in a new window, in Chinese, with the chart.
      const printButton = page.getByTestId('report-print');
      await printButton.waitFor();
      const [popup] = await Promise.all([page.waitForEvent('popup', { timeout: 60_000 }), printButton.click()]);
      await popup.waitForLoadState();
      await eventually(async () => assert.match(await textOf(popup.locator('h1').first()), /资产汇总/));
      assert.ok((await popup.locator('svg').count()) > 0, 'the print page draws the chart');
      assert.ok((await textOf(popup.locator('body'))).replaceAll(',', '').includes(cli.total.originalValue), 'the print page shows the total 原值');
      await popup.setViewportSize({ width: 900, height: 1200 });
      await popup.screenshot({ path: outputPath('reports-print.png'), fullPage: true });
      copyFileSync(outputPath('reports-print.png'), path.join(SHOTS, 'reports-print.png'));
      await popup.close();

      // The downloaded workbook holds the report sheet and a native chart.
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^下载处理后的工作簿/ }).click()]);
      const target = path.join(downloads, file.suggestedFilename());
      await file.saveAs(target);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(target);
      const names = wb.worksheets.map((w) => w.name);
      const reportSheet = names.find((n) => n.includes('资产汇总'));
      assert.ok(reportSheet, `no report sheet among ${names.join(', ')}`);
      assert.ok(names.includes(LEDGER), 'the ledger is still there');
      const zip = await JSZip.loadAsync(readFileSync(target));
      assert.ok(zip.file('xl/charts/chart1.xml'), 'xl/charts/chart1.xml is in the file');
      const chart = await zip.file('xl/charts/chart1.xml').async('string');
      assert.match(chart, /<c:(barChart|bar3DChart|pieChart|lineChart)/);
    });
  });

  it('fits a 360px task pane: the table scrolls inside its card, the pane does not', TIMEOUT, async () => {
    await withBrowser({ width: 360, height: 800 }, async ({ page }) => {
      mkdirSync(SHOTS, { recursive: true });
      await runSummary(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the pane`);
      await page.screenshot({ path: outputPath('reports-narrow.png'), fullPage: true });
      copyFileSync(outputPath('reports-narrow.png'), path.join(SHOTS, 'reports-narrow.png'));
    });
  });

  it('makes the 四柱清册 with its check, and the 同期对比 with its sentences, from the same form', TIMEOUT, async () => {
    const fourPillar = cli('four-pillar', SAMPLE, '--from', '2025-01-01', '--to', '2025-12-31', '--by', 'category');
    const compare = cli('compare', SAMPLE, '--date-field', '取得日期', '--amount-field', '金额', '--by', '资产分类', '--period', '2021-01..2021-12', '--against', 'last-year');
    await withBrowser({}, async ({ page }) => {
      await openReports(page, '四柱清册');
      await page.getByTestId('param-from').fill('2025-01-01');
      await page.getByTestId('param-to').fill('2025-12-31');
      await page.getByTestId('param-by').selectOption('category');
      await page.getByTestId('report-run').click();
      const table = page.getByTestId('report-table');
      await table.waitFor({ timeout: 60_000 });
      assert.equal(await table.locator('tbody tr:not([data-total])').count(), fourPillar.rows.length);
      // 实在 (closing) amount is the last column of the total row.
      const closing = (await table.locator('tbody tr[data-total="true"] td').allTextContents()).at(-1);
      assert.equal(fen(closing), fen(fourPillar.total.closing.amount));
      const check = page.getByTestId('ledger-check');
      assert.equal(await check.getAttribute('data-matches'), String(fourPillar.check.closingMatchesLedger));
      await page.screenshot({ path: outputPath('reports-four-pillar.png'), fullPage: false });
      copyFileSync(outputPath('reports-four-pillar.png'), path.join(SHOTS, 'reports-four-pillar.png'));

      await page.getByRole('radio', { name: '同期对比' }).check();
      // The date and amount columns come preselected from the sheet's mapping.
      await eventually(async () => assert.equal(await page.getByTestId('param-amountField').inputValue(), 'I'));
      assert.equal(await page.getByTestId('param-dateField').inputValue(), 'J');
      await page.getByTestId('param-by').selectOption('E');
      await page.getByTestId('param-period-from').fill('2021-01');
      await page.getByTestId('param-period-to').fill('2021-12');
      await page.getByTestId('param-against').selectOption('last-year');
      await page.getByTestId('report-run').click();
      const sentences = page.getByTestId('report-sentences');
      await sentences.waitFor({ timeout: 60_000 });
      assert.deepEqual(
        (await sentences.locator('li').allTextContents()).map((s) => s.trim()),
        [...compare.rows.map((r) => r.sentence), compare.total.sentence],
      );
      await page.mouse.move(0, 0);
      assert.equal(await page.getByRole('button', { name: '重新读取工作表列表' }).isDisabled(), false);
      await page.screenshot({ path: outputPath('reports-compare.png'), fullPage: false });
      copyFileSync(outputPath('reports-compare.png'), path.join(SHOTS, 'reports-compare.png'));
    });
  });
});
