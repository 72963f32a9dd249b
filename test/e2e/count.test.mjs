/**
 * The phone counting page in a real Chromium: a count list opened, labels read from printed-label
 * images by the page's decoder (zxing-wasm from our own site), manual entry with the keyboard alone,
 * a duplicate refused, a not-on-list scan recorded, a reload in the middle of the count and an
 * offline reload (service worker) that lose nothing, and the exported scan file reconciled by the
 * CLI to the expected 盘盈/盘亏. No request leaves the machine.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, eventually, launchBrowser, textOf, workbenchServer } from './harness.mjs';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');
const CLI = path.join(ROOT, 'bin', 'taizhang.cjs');
const TIMEOUT = { timeout: 240_000 };

const ITEMS = [
  // code, name, department, location, quantity
  ['ZX-2019-0001', '讲台', '初一(3)班', '教学楼301', 1],
  ['ZX-2019-0002', '投影仪', '初一(3)班', '教学楼301', 1],
  ['KZ-2019-0001', '学生课桌椅', '初一(3)班', '教学楼301', 50],
  ['ZX-2019-0003', '台式计算机', '教务处', '行政楼201', 1],
];

let server;
let dir;
let ledger;
let countList;
let labelsPdf;
before(async () => {
  server = await workbenchServer();
  dir = mkdtempSync(path.join(tmpdir(), 'taizhang-count-e2e-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('固定资产明细账');
  ws.addRow(['资产编号', '资产名称', '使用部门', '存放地点', '数量', '单价']);
  for (const [code, name, department, location, quantity] of ITEMS) ws.addRow([code, name, department, location, quantity, 1000]);
  ledger = path.join(dir, '台账.xlsx');
  await wb.xlsx.writeFile(ledger);
  countList = path.join(dir, '盘点清单.csv');
  labelsPdf = path.join(dir, '标签.pdf');
  execFileSync(process.execPath, [CLI, 'labels', ledger, '--out', labelsPdf, '--layout', 'thermal-50x30', '--count-list', countList]);
});
after(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A printed label as a phone photo: page N of the label PDF rasterized at 300 dpi. */
function labelPhoto(pageNumber) {
  const base = path.join(dir, `label-${pageNumber}`);
  execFileSync('pdftoppm', ['-r', '300', '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', '-png', labelsPdf, base], { stdio: 'ignore' });
  return `${base}.png`;
}

describe('phone counting page', () => {
  it('counts, survives reloads and going offline, and exports a scan file that reconciles', TIMEOUT, async () => {
    const browser = await launchBrowser({ width: 412, height: 900 });
    const { page } = browser;
    const foreign = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    try {
      await page.goto(`${server.url}count.html`);
      await page.waitForSelector('body[data-ready="1"]');
      await page.locator('#counter').fill('张老师');
      await page.locator('#counter').press('Tab');
      await page.locator('#list').setInputFiles(countList);
      await eventually(async () => assert.match(await textOf(page.locator('#list-info')), /4 件资产/));
      assert.equal(await page.locator('#room').inputValue(), '教学楼301');
      await eventually(async () => assert.equal(await textOf(page.locator('#progress')), '已盘 0 / 应盘 3'));

      // A label read from its picture by the page's own decoder.
      await page.locator('#photo').setInputFiles(labelPhoto(1));
      await eventually(async () => assert.equal(await page.locator('#feedback').getAttribute('data-verdict'), 'counted'));
      assert.match(await textOf(page.locator('#feedback')), /已盘：讲台（ZX-2019-0001）/);
      assert.equal(await page.locator('#status').getAttribute('data-decoder'), 'zxing-wasm');

      // Manual entry with the keyboard alone: focus the code field, type, Enter.
      await page.locator('#code').focus();
      await page.keyboard.type('zx－2019－0002');
      await page.keyboard.press('Enter');
      await eventually(async () => assert.equal(await page.locator('#feedback').getAttribute('data-verdict'), 'counted'));
      await eventually(async () => assert.equal(await textOf(page.locator('#progress')), '已盘 2 / 应盘 3'));

      // The same single item again is refused.
      await page.keyboard.type('ZX-2019-0002');
      await page.keyboard.press('Enter');
      await eventually(async () => assert.equal(await page.locator('#feedback').getAttribute('data-verdict'), 'duplicate'));
      assert.match(await textOf(page.locator('#feedback')), /重复扫描/);

      // A class set takes a quantity.
      await page.keyboard.type('KZ-2019-0001');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('48');
      await page.keyboard.press('Enter');
      await eventually(async () => assert.match(await textOf(page.locator('#feedback')), /本次 48，累计 48\/50/));

      // Not on the list: recorded as a surplus with a note.
      await page.locator('#code').fill('NEW-0001');
      await page.locator('#note').fill('打印机，无标签');
      await page.locator('#code').press('Enter');
      await eventually(async () => assert.equal(await page.locator('#feedback').getAttribute('data-verdict'), 'notOnList'));
      await eventually(async () => assert.match(await textOf(page.locator('#recent')), /4 条/));

      // A reload in the middle of the count loses nothing.
      await page.reload();
      await page.waitForSelector('body[data-ready="1"]');
      await eventually(async () => assert.equal(await textOf(page.locator('#progress')), '已盘 3 / 应盘 3'));
      assert.match(await textOf(page.locator('#recent')), /4 条/);

      // Offline: the service worker serves the page, its script and the decoder.
      await eventually(async () => assert.equal(await page.locator('#status').getAttribute('data-offline'), 'ready'), { timeout: 30_000 });
      await browser.context.setOffline(true);
      await page.reload();
      await page.waitForSelector('body[data-ready="1"]');
      await eventually(async () => assert.match(await textOf(page.locator('#recent')), /4 条/));
      await page.locator('#photo').setInputFiles(labelPhoto(1));
      await eventually(async () => assert.equal(await page.locator('#feedback').getAttribute('data-verdict'), 'duplicate'));
      await browser.context.setOffline(false);

      // Export, then reconcile through the CLI: ZX-2019-0003 盘亏, NEW-0001 盘盈, the set 2 short.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
      const scanFile = path.join(dir, download.suggestedFilename());
      await download.saveAs(scanFile);
      assert.match(readFileSync(scanFile, 'utf8'), /^\ufeff资产编号,数量,存放地点,扫码时间,盘点人,备注\r\n/);
      const run = spawnSync(process.execPath, [CLI, 'reconcile', ledger, scanFile, '--json'], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const json = JSON.parse(run.stdout);
      assert.deepEqual(json.items.filter((i) => i.status === 'shortage').map((i) => i.code), ['ZX-2019-0003']);
      assert.deepEqual(json.items.filter((i) => i.status === 'surplus').map((i) => i.code), ['NEW-0001']);
      assert.equal(json.summary.quantityMismatch, 1);
      assert.deepEqual(foreign, []);
      assert.deepEqual(browser.errors, []);
    } finally {
      await browser.close();
    }
  });
});
