/* global window, document, DataTransfer, File -- page.evaluate callbacks run in the browser */
/**
 * The workbench in a real Chromium, clicked through as a user does: the sample understood, a
 * mapping changed and still there after the downloaded file is opened again, a finding located,
 * the language switched, a wrong file refused in the user's language, the home's jobs.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LEDGER, ROOT, SAMPLE, eventually, launchBrowser, openSample, outputPath, textOf, waitForLedger, workbenchServer } from './harness.mjs';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');

const TIMEOUT = { timeout: 180_000 };

let server;
before(async () => {
  server = await workbenchServer();
});
after(async () => {
  await server?.close();
});

/** A fresh browser per test: no state leaks from one scenario into the next. */
async function withBrowser(options, work) {
  const browser = await launchBrowser(options);
  try {
    await work(browser);
    assert.deepEqual(browser.errors, [], 'uncaught errors in the page');
  } finally {
    await browser.close();
  }
}

/** A ledger of `rows` data rows under a title and a header, written with ExcelJS's streaming writer. */
async function bigLedger(rows) {
  const target = outputPath(`big-ledger-${rows}.xlsx`);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: target });
  const sheet = writer.addWorksheet(LEDGER);
  sheet.addRow(['青山县第一中学固定资产明细账']).commit();
  sheet.addRow(['序号', '资产编号', '资产名称', '规格型号', '资产分类', '计量单位', '数量', '单价', '金额', '取得日期', '使用部门', '存放地点', '保管人', '备注']).commit();
  for (let i = 1; i <= rows; i++) {
    const price = 100 + (i % 50) * 10;
    sheet
      .addRow([i, `ZX-2020-${String(i).padStart(6, '0')}`, '学生课桌椅', '1.2m', '家具、用具及装具', '套', 1, price, price, new Date(Date.UTC(2020, i % 12, 1 + (i % 28))), `${1 + (i % 30)}班`, `教学楼${100 + (i % 40)}`, '王老师', ''])
      .commit();
  }
  sheet.commit();
  await writer.commit();
  return target;
}

async function download(page, downloadsDir) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^下载处理后的工作簿/ }).click()]);
  const target = path.join(downloadsDir, file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), path: target };
}

describe('workbench', () => {
  it('opens with the sample and shows the ledger understood', TIMEOUT, async () => {
    await withBrowser({}, async ({ page }) => {
      await openSample(page, server.url);
      assert.equal(await textOf(page.getByTestId('sheet-status')), '已识别');
      assert.match(await textOf(page.getByTestId('header-rows')), /^第 \d+ 行/);
      assert.match(await textOf(page.getByTestId('data-range')), /^第 \d+–\d+ 行，共 \d+ 行$/);
      assert.match(await textOf(page.getByTestId('excluded-rows')), /合计 1 行/);

      const codeRow = page.getByTestId('mapping-row-code');
      assert.equal(await codeRow.getAttribute('data-state'), 'auto');
      assert.match(await textOf(codeRow), /资产编号/);
      assert.match(await textOf(codeRow.locator('[data-level]')), /^高 \d+%$/);
      // The selected option names the column and its header text.
      assert.equal(await page.getByTestId('mapping-code').locator('option:checked').textContent(), 'B 列 · 资产编号');

      const preview = page.getByTestId('preview-table');
      assert.match(await textOf(preview.locator('thead')), /资产编号\s*B/);
      assert.ok((await preview.locator('tbody tr').count()) > 0);
      assert.ok((await page.getByTestId('findings').locator('li').count()) > 0);

      await page.screenshot({ path: outputPath('workbench.png'), fullPage: true });
      mkdirSync(path.join(ROOT, 'docs', 'screenshots'), { recursive: true });
      copyFileSync(outputPath('workbench.png'), path.join(ROOT, 'docs', 'screenshots', 'workbench-inspect.png'));
    });
  });

  it('fits a 360px task pane without sideways scrolling', TIMEOUT, async () => {
    await withBrowser({ width: 360, height: 800 }, async ({ page }) => {
      mkdirSync(path.join(ROOT, 'docs', 'screenshots'), { recursive: true });
      await openSample(page, server.url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the pane`);
      await page.screenshot({ path: outputPath('workbench-narrow.png'), fullPage: true });
      // The README shows the pane as it looks beside a sheet in Excel: the top of it.
      await page.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'taskpane-narrow.png') });
    });
  });

  it('remembers a changed mapping in the workbook: it is there when the downloaded file is opened again', TIMEOUT, async () => {
    await withBrowser({}, async ({ page, downloads }) => {
      await openSample(page, server.url);
      const status = page.getByTestId('mapping-status');
      assert.equal(await page.getByTestId('mapping-row-status').getAttribute('data-state'), 'notFound');
      const noteColumn = await page.getByTestId('mapping-note').inputValue();
      assert.notEqual(noteColumn, '');

      // The user says the 备注 column is where this office records each item's status.
      await status.selectOption(noteColumn);
      await eventually(async () => assert.equal(await page.getByTestId('mapping-row-status').getAttribute('data-state'), 'user'));
      assert.equal(await status.inputValue(), noteColumn);
      assert.match(await textOf(page.getByTestId('mapping-notice')), /已把“使用状况”的列对应记在工作簿中/);
      // One column per field: 备注 gave its column up.
      assert.equal(await page.getByTestId('mapping-row-note').getAttribute('data-state'), 'notFound');
      assert.match(await textOf(page.getByRole('region', { name: '工作簿文件' })), /有未下载的更改/);

      const saved = await download(page, downloads);
      assert.equal(saved.name, '台账示例（台账助手）.xlsx');

      // Open the sample again: a fresh copy knows nothing of the choice…
      await page.getByRole('button', { name: '打开示例工作簿' }).click();
      await waitForLedger(page, '台账示例.xlsx');
      assert.equal(await page.getByTestId('mapping-row-status').getAttribute('data-state'), 'notFound');

      // …the downloaded workbook does.
      await page.getByTestId('file-input').setInputFiles(saved.path);
      await eventually(async () => assert.equal(await textOf(page.getByTestId('file-name')), saved.name));
      await eventually(async () => assert.equal(await page.getByTestId('mapping-row-status').getAttribute('data-state'), 'user'));
      assert.equal(await page.getByTestId('mapping-status').inputValue(), noteColumn);

      // And it can be undone: back to automatic.
      await page.getByTestId('mapping-status').selectOption('__auto');
      await eventually(async () => assert.equal(await page.getByTestId('mapping-row-status').getAttribute('data-state'), 'notFound'));
      assert.equal(await page.getByTestId('mapping-note').inputValue(), noteColumn);
    });
  });

  it('locates a finding: the cell is selected, and the downloaded file opens there', TIMEOUT, async () => {
    await withBrowser({}, async ({ page, downloads }) => {
      await openSample(page, server.url);
      const first = page.getByTestId('findings').locator('button[data-cell]').first();
      const cell = await first.getAttribute('data-cell');
      assert.match(cell ?? '', /^[A-Z]+\d+$/);
      await first.click();
      await eventually(async () => assert.equal(await first.getAttribute('aria-current'), 'true'));
      await page.getByText(`已定位到 ${LEDGER}!${cell}`, { exact: true }).waitFor();

      const saved = await download(page, downloads);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(saved.path));
      const sheet = workbook.getWorksheet(LEDGER);
      assert.equal(sheet?.views[0]?.activeCell, cell);
      assert.equal(workbook.worksheets[workbook.views[0]?.activeTab ?? 0]?.name, LEDGER);
    });
  });

  it('switches to English and back', TIMEOUT, async () => {
    await withBrowser({}, async ({ page }) => {
      await openSample(page, server.url);
      assert.equal(await page.getByRole('heading', { name: '列对应' }).count(), 1);
      await page.getByRole('button', { name: /Switch to English/ }).click();
      await page.getByRole('heading', { name: 'Column mapping' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-US');
      assert.match(await textOf(page.getByTestId('mapping-row-code')), /Asset code/);
      assert.equal(await page.getByTestId('mapping-code').locator('option:checked').textContent(), 'B · 资产编号');
      assert.equal(await textOf(page.getByTestId('sheet-status')), 'Understood');
      assert.ok(await page.getByRole('button', { name: 'Open sample workbook' }).isVisible());
      // Findings come from the engine in both languages; they follow the switch too (Chinese
      // punctuation would mean a zh-CN message; quoted header texts stay as the sheet has them).
      assert.doesNotMatch(await textOf(page.getByTestId('findings').locator('ul')), /[，。；]/);

      await page.getByRole('button', { name: /Switch to Chinese/ }).click();
      await page.getByRole('heading', { name: '列对应' }).waitFor();
      // The choice is remembered for the next visit.
      await page.reload();
      await waitForLedger(page, '台账示例.xlsx');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    });
  });

  it('refuses a file that is not an .xlsx with a message in the user’s language, keeping the open workbook', TIMEOUT, async () => {
    await withBrowser({}, async ({ page }) => {
      await openSample(page, server.url);
      await page.getByTestId('file-input').setInputFiles({ name: '资产清单.csv', mimeType: 'text/csv', buffer: Buffer.from('资产编号,名称\nZX-1,桌子\n') });
      const bar = page.getByTestId('error-bar');
      await bar.waitFor();
      const zh = await textOf(bar);
      assert.match(zh, /资产清单\.csv/);
      assert.match(zh, /xlsx/);
      assert.match(zh, /[\u4e00-\u9fff]{4,}/);
      assert.doesNotMatch(zh, /\bat\s+\S+\s*\(|Error:|\.ts:\d+|\.js:\d+/);
      // The sample stays open.
      assert.equal(await textOf(page.getByTestId('file-name')), '台账示例.xlsx');
      assert.equal(await page.getByTestId('mapping-code').inputValue(), 'B');

      await page.getByRole('button', { name: /Switch to English/ }).click();
      await eventually(async () => assert.match(await textOf(bar), /^Something went wrong/));
      const en = await textOf(bar);
      assert.match(en, /资产清单\.csv/);
      // Apart from the file's own name, nothing Chinese is left.
      assert.doesNotMatch(en.replaceAll('资产清单.csv', ''), /[\u4e00-\u9fff]/);
    });
  });

  it('reads a big ledger off the pane thread, with progress, and can cancel it', TIMEOUT, async () => {
    const file = await bigLedger(60_000);
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${server.url}taskpane.html?panel=inspect`);
      await page.getByTestId('file-input').setInputFiles(file);
      // While the worker reads, the pane answers: the cancel button can be pressed.
      const cancel = page.getByRole('button', { name: '取消' });
      await cancel.waitFor({ timeout: 120_000 });
      await cancel.click();
      await page.getByText('已取消读取。').waitFor();
      assert.equal(await page.getByTestId('mapping-table').count(), 0);
      // Reading again finishes and understands the sheet.
      await page.getByRole('button', { name: /^重新读取工作表/ }).click();
      await eventually(async () => assert.equal(await page.getByTestId('mapping-code').inputValue(), 'B'), { timeout: 120_000 });
      assert.match(await textOf(page.getByTestId('data-range')), /共 60000 行/);
    });
  });

  it('opens a file dropped on the page', TIMEOUT, async () => {
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${server.url}taskpane.html`);
      await page.getByRole('navigation', { name: '台账助手功能' }).waitFor();
      const bytes = [...readFileSync(SAMPLE)];
      const dataTransfer = await page.evaluateHandle((data) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], '拖进来的台账.xlsx'));
        return transfer;
      }, bytes);
      await page.dispatchEvent('main', 'dragenter', { dataTransfer });
      await page.getByText('松开鼠标，打开这个 .xlsx 文件').waitFor();
      await page.dispatchEvent('main', 'drop', { dataTransfer });
      // From the home, an opened file goes straight to 读表检查.
      await waitForLedger(page, '拖进来的台账.xlsx');
      assert.equal(await page.getByText('松开鼠标，打开这个 .xlsx 文件').count(), 0);
    });
  });

  it('inside an Office host, loads office.js before the bundles; without an Excel host it is the workbench', TIMEOUT, async () => {
    await withBrowser({}, async ({ page }) => {
      // A stand-in office.js that reports no host (as Office.onReady does outside Office) and
      // counts who asked: the ribbon commands' entry asks only if office.js ran before it.
      await page.route('**/appsforoffice.microsoft.com/**', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: `window.officeReadyCalls = 0;
            window.Office = { HostType: { Excel: 'Excel' }, onReady: function (cb) {
              window.officeReadyCalls++;
              var info = { host: null, platform: null };
              if (cb) cb(info);
              return Promise.resolve(info);
            } };`,
        }),
      );
      await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0&sample=1`);
      await waitForLedger(page, '台账示例.xlsx');
      // commands.js and the task pane both asked: office.js was there before either ran.
      assert.equal(await page.evaluate(() => window.officeReadyCalls), 2);
    });
  });

  it('starts as the workbench quickly when office.js cannot load inside a would-be host', TIMEOUT, async () => {
    await withBrowser({}, async ({ page }) => {
      const started = Date.now();
      await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Web$16.01$zh-CN$$$$0`);
      await page.getByRole('button', { name: '打开示例工作簿' }).waitFor();
      assert.ok(Date.now() - started < 15_000, 'the blocked CDN must not hold the page for the long hosted timeout');
    });
  });

  it('offers the six jobs on the home, each available and keyboard-usable', TIMEOUT, async () => {
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${server.url}taskpane.html`);
      const jobs = page.getByRole('navigation', { name: '台账助手功能' }).getByRole('button');
      await jobs.first().waitFor();
      assert.equal(await jobs.count(), 6);
      for (const name of ['读表检查', '台账模板', '账物核对', '损坏赔偿', '月度计划', '统计报表']) {
        assert.equal(await jobs.filter({ hasText: name }).count(), 1, name);
      }
      assert.match(await textOf(page.locator('main')), /先打开一个 \.xlsx 工作簿/);

      // Every job has landed: none says it is coming, and each opens its panel from the keyboard.
      assert.equal(await jobs.filter({ hasText: '即将推出' }).count(), 0);
      const reconcile = jobs.filter({ hasText: '账物核对' });
      await reconcile.focus();
      await page.keyboard.press('Enter');
      await page.getByText('请先打开一个工作簿（账簿所在的文件）。').waitFor();

      await page.getByRole('button', { name: '返回首页' }).click();
      await jobs.first().waitFor();
      const inspect = jobs.filter({ hasText: '读表检查' });
      await inspect.focus();
      await page.keyboard.press('Space');
      await page.getByText('请先打开一个工作簿。').waitFor();

      // Opening a file from the home goes straight to where it is understood.
      await page.getByRole('button', { name: '返回首页' }).click();
      await page.getByRole('button', { name: '打开示例工作簿' }).click();
      await waitForLedger(page, '台账示例.xlsx');
    });
  });
});
