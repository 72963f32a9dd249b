/* global document -- page.evaluate callbacks run in the browser */
/**
 * 损坏赔偿 in the workbench, clicked through as a clerk does: open the term's register, compute as of
 * a date and check incidents against the amounts worked out by hand, make deliberate damage ×3 in
 * the policy and see it change, write the results, print the notices, fill the register's 应赔金额
 * with a preview, confirm and undo, and download — then read the downloaded workbooks back.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, eventually, launchBrowser, outputPath, textOf, workbenchServer } from './harness.mjs';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');

const TIMEOUT = { timeout: 240_000 };
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'compensation-register.xlsx');
const EXPECTED = JSON.parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'compensation-register.compensation.json'), 'utf8'));
const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

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

/** "7360.00" → "7,360.00 元", as the panel shows amounts. */
function shown(amount) {
  const [whole, cents] = amount.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents} 元`;
}

const fen = (amount) => Math.round(Number(amount) * 100);

async function openRegister(page) {
  await page.goto(`${server.url}taskpane.html?panel=compensation`);
  await page.getByTestId('file-input').setInputFiles(FIXTURE);
  await eventually(async () => assert.equal(await textOf(page.getByTestId('file-name')), 'compensation-register.xlsx'));
  await eventually(async () => assert.equal(await page.getByTestId('register-select').inputValue(), EXPECTED.sheet));
  await page.getByTestId('register-summary').waitFor();
  await page.getByTestId('policy-editor').waitFor();
}

async function compute(page, asOf) {
  await page.getByTestId('as-of').fill(asOf);
  await page.getByTestId('compute').click();
  await page.getByTestId('incidents').waitFor();
}

async function download(page, downloadsDir, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^下载处理后的工作簿/ }).click()]);
  const target = path.join(downloadsDir, name);
  await file.saveAs(target);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(target));
  return workbook;
}

/** The register's 应赔金额 column, row by row, as the file holds it. */
function amountDueColumn(workbook) {
  const sheet = workbook.getWorksheet(EXPECTED.sheet);
  const column = EXPECTED.original.amountDue.column;
  const values = {};
  for (let row = 4; row <= 17; row++) values[row] = sheet.getCell(`${column}${row}`).value ?? null;
  return values;
}

describe('damage compensation in the workbench', () => {
  it('computes the register, follows an edited policy, writes and prints notices, fills 应赔金额 with preview and undo', TIMEOUT, async () => {
    await withBrowser({}, async ({ page, downloads }) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await openRegister(page);
      assert.match(await textOf(page.getByTestId('policy-source')), /默认办法/);
      await compute(page, EXPECTED.asOf);

      // Incidents against the hand-worked amounts, rule by rule.
      const byRow = new Map(EXPECTED.original.incidents.map((i) => [i.row, i]));
      for (const row of [4, 5, 7, 8, 9, 10, 15]) {
        const expected = byRow.get(row);
        const card = page.getByTestId(`incident-${row}`);
        assert.equal(await card.getAttribute('data-rule'), expected.rule, `row ${row} rule`);
        assert.equal(await card.getAttribute('data-amount'), String(fen(expected.amount)), `row ${row} amount`);
        assert.equal(await textOf(card.getByTestId('incident-amount')), shown(expected.amount));
        assert.equal(await textOf(card.getByTestId('incident-words')), expected.amountInWords);
        for (const p of expected.payers) assert.match(await textOf(card.getByTestId('incident-payers')), new RegExp(p.name.replace(/[()]/g, '\\$&')));
      }
      assert.equal(await textOf(page.getByTestId('incident-4').getByTestId('incident-rule')), '赔偿标准「玻璃（块）」');
      assert.equal(await textOf(page.getByTestId('incident-4').getByTestId('incident-calc')), '60.00 ×2 = 120.00');
      assert.match(await textOf(page.getByTestId('incident-10').getByTestId('incident-payers')), /高一\(3\)班（责任单位）/);
      assert.match(await textOf(page.getByTestId('incident-8').getByTestId('incident-explanation')), /由3人平均分摊：陈晨85\.34元/);
      assert.equal(await textOf(page.getByTestId('incident-15').getByTestId('incident-disposition')), '学校维修');
      assert.equal(await textOf(page.getByTestId('summary-total')), shown(EXPECTED.original.summary.total));
      assert.equal(await textOf(page.getByTestId('summary-words')), EXPECTED.original.totalInWords);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'compensation-wide.png'), fullPage: true });


      // The school decides deliberate damage is paid three times over, and saves it to the workbook.
      const deliberate = EXPECTED.original.incidents.filter((i) => i.nature === 'deliberate');
      await page.getByTestId('multiplier-deliberate').fill('3');
      await page.getByTestId('policy-unsaved').waitFor();
      await page.getByTestId('policy-save').click();
      for (const i of deliberate) {
        await eventually(async () => assert.equal(await page.getByTestId(`incident-${i.row}`).getAttribute('data-amount'), String(fen(i.base) * 3), `row ${i.row} ×3`));
      }
      assert.match(await textOf(page.getByTestId('policy-source')), /“赔偿办法”/);
      assert.match(await textOf(page.getByTestId('incident-9').getByTestId('incident-explanation')), /故意损坏.*×3.*应赔11040\.00元/);
      // A price-list line is edited in the panel too: the glass pane now costs 35 元.
      await page.getByTestId('price-list-toggle').click();
      await page.getByRole('button', { name: '修改“玻璃”' }).first().click();
      await page.getByTestId('price-price').fill('35');
      await page.getByTestId('price-ok').click();
      await page.getByTestId('policy-save').click();
      await eventually(async () => assert.equal(await page.getByTestId('incident-4').getAttribute('data-amount'), String(35_00 * 2 * 3)));

      // Write the results: results, notices, the month's settlement, the write-offs.
      assert.equal(await page.getByTestId('settlement-month').inputValue(), EXPECTED.month);
      await page.getByTestId('write-results').click();
      const written = page.getByTestId('written');
      await written.waitFor();
      assert.match(await textOf(written), /赔偿计算结果.*赔偿通知单”（\d+ 份）.*赔偿兑现2025-11.*待报损注销/);
      const noticeCount = Number(/（(\d+) 份）/.exec(await textOf(written))?.[1]);
      // Writing is over: no progress left behind (progress arrives on its own channel, sometimes late).
      await page.getByTestId('write-results').waitFor();

      // Print the notices: a print view in a new window, one notice per page.
      const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('print-notices').click()]);
      await popup.waitForLoadState();
      await popup.locator('section.notice').first().waitFor();
      const count = await popup.locator('section.notice').count();
      assert.equal(count, noticeCount);
      const sun = popup.locator('section.notice[data-payer="孙浩"]');
      const sunText = await textOf(sun);
      assert.match(sunText, /赔偿人\s*孙浩/);
      assert.match(sunText, /金额大写\s*人民币壹万壹仟零肆拾元整/);
      assert.match(sunText, /11040\.00/);
      for (const sign of ['经办人', '班主任', '家长']) assert.match(sunText, new RegExp(sign));
      await popup.setViewportSize({ width: 900, height: 900 });
      await popup.screenshot({ path: path.join(SCREENSHOTS, 'compensation-print.png') });
      // Saved as a PDF through the browser's print: A5 pages, one per notice.
      const pdf = await popup.pdf({ preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.equal(pages, count);
      await popup.close();

      // Fill the register's own 应赔金额 column: every cell previewed, applied on confirm, undone.
      const fill = page.getByTestId('fill-amount-due');
      const status = await textOf(fill.getByTestId('fill-status'));
      const changing = Number(/(\d+) 个单元格将改为计算结果/.exec(status)?.[1]);
      assert.ok(changing > 0, status);
      await fill.getByTestId('fill-preview').click();
      const preview = fill.getByTestId('fill-preview-table');
      assert.equal(await preview.locator('tbody tr').count(), changing);
      const p9 = await preview.getByTestId('fill-P9').locator('td').allTextContents();
      assert.deepEqual(p9, ['P9', '投影仪', '3680', '11040.00']);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'compensation-written.png'), fullPage: true });
      await fill.getByTestId('fill-confirm').click();
      await fill.getByTestId('fill-done').waitFor();
      await eventually(async () => assert.match(await textOf(fill.getByTestId('fill-status')), /都已与计算结果一致/));

      const filled = await download(page, downloads, 'filled.xlsx');
      assert.equal(Number(filled.getWorksheet(EXPECTED.sheet).getCell('P9').value), 11040);
      assert.ok(filled.getWorksheet('台账助手修改记录'), 'the edit is logged on its sheet');

      await fill.getByTestId('fill-undo').click();
      await eventually(async () => assert.match(await textOf(fill.getByTestId('fill-undone')), new RegExp(`恢复了 ${changing} 个单元格`)));

      // The unclear nature and the negative value are cells to check; a click selects the cell.
      const findings = page.getByTestId('findings');
      const bad = findings.locator('button[data-cell="K11"]');
      await bad.click();
      await eventually(async () => assert.equal(await bad.getAttribute('aria-current'), 'true'));
      await page.getByText(`已定位到 ${EXPECTED.sheet}!K11`, { exact: true }).waitFor();

      // The downloaded workbook: Taizhang's sheets are there, and the register is as it was.
      const original = new ExcelJS.Workbook();
      await original.xlsx.load(readFileSync(FIXTURE));
      const result = await download(page, downloads, 'result.xlsx');
      for (const name of ['赔偿计算结果', '赔偿通知单', '赔偿兑现2025-11', '待报损注销', '赔偿办法']) assert.ok(result.getWorksheet(name), `sheet ${name}`);
      assert.deepEqual(amountDueColumn(result), amountDueColumn(original));
      // The located cell is where the downloaded workbook opens.
      assert.equal(result.getWorksheet(EXPECTED.sheet).views[0]?.activeCell, 'K11');
      const results = result.getWorksheet('赔偿计算结果');
      const texts = [];
      results.eachRow((row) => texts.push(row.values.join('|')));
      assert.match(texts.join('\n'), /投影仪.*11040/);
      assert.ok(await page.getByTestId('write-results').isVisible());
      assert.equal(await page.getByTestId('compensation-output').getByRole('status').count(), 0);
    });
  });

  it('fits a 360px task pane', TIMEOUT, async () => {
    await withBrowser({ width: 360, height: 800 }, async ({ page }) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await openRegister(page);
      await compute(page, EXPECTED.asOf);
      await page.getByTestId('incident-4').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the pane`);
      await page.screenshot({ path: outputPath('compensation-narrow-full.png'), fullPage: true });
      // The pane as a clerk sees it after computing: the totals at the top, the cells to check, the incidents.
      await page.getByTestId('compensation-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(SCREENSHOTS, 'compensation-narrow.png') });
    });
  });
});
