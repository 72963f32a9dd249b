/* global document -- page.evaluate callbacks run in the browser */
/**
 * 台账模板 in the workbench, clicked through as a clerk does: create a 固定资产明细账 with example
 * rows next to the sample's own (so it gets a new name), download it, type rows into it the way
 * Excel or WPS would (this test plays the clerk with ExcelJS: the workbench has no cell editor),
 * open it again and check it — exactly the planted problems, each locating its cell. Then adopt the
 * sample's messy ledger (a required column taken away and given back on the way), normalize it and
 * work through the list of changed values; make custody cards from it. Screenshots of every tab,
 * wide and at 360px.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LEDGER, ROOT, eventually, launchBrowser, outputPath, textOf, workbenchServer } from './harness.mjs';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');

const TIMEOUT = { timeout: 240_000 };
const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');
const REGISTER = '固定资产明细账 (2)';

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

async function openTemplates(page) {
  await page.goto(`${server.url}taskpane.html?sample=1&panel=templates`);
  await eventually(async () => assert.equal(await textOf(page.getByTestId('file-name')), '台账示例.xlsx'));
  await page.getByTestId('templates-panel').waitFor();
}

async function download(page, downloadsDir) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^下载处理后的工作簿/ }).click()]);
  const target = path.join(downloadsDir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

async function readWorkbook(file) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file));
  return workbook;
}

/** The local date `days` from today, as the pane's "today" is the browser's local date. */
function localDate(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return { iso: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`, utc: new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())) };
}

async function noSidewaysScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the pane`);
}

/**
 * The clerk fills the blank lines of the register in Excel: four rows, each with one problem —
 * 原值 typed over its formula and wrong, a code already used by an example row, no 资产名称, and a
 * 取得日期 in the future. Everything else on those rows is right, and the formulas left in place
 * carry the results Excel would have saved (ExcelJS does not calculate).
 */
async function typeRows(file, target, future) {
  const workbook = await readWorkbook(file);
  const sheet = workbook.getWorksheet(REGISTER);
  assert.ok(sheet, `${REGISTER} is in the downloaded workbook`);
  const header = sheet.getRow(3);
  const col = {};
  header.eachCell((cell, n) => {
    col[String(cell.value)] = n;
  });
  for (const h of ['资产编号', '资产名称', '资产分类', '规格型号', '计量单位', '数量', '单价', '原值', '取得日期', '使用年限', '使用部门', '存放地点', '保管人', '使用状况']) {
    assert.ok(col[h], `the register has a ${h} column`);
  }
  const exampleCode = String(sheet.getCell(4, col['资产编号']).value);
  assert.match(exampleCode, /^ZC-\d{4}-\d{4}$/);
  // The three example rows are followed by the blank lines the clerk types into.
  for (let r = 7; r <= 10; r++) assert.equal(sheet.getCell(r, col['资产编号']).value, null, `row ${r} is blank`);

  const rows = [
    { code: 'ZC-2025-0101', name: '台式计算机', category: '计算机设备', spec: '联想启天 M437', unit: '台', quantity: 2, price: 4680, amount: 9000, acquired: new Date(Date.UTC(2025, 8, 1)), life: 6, department: '教务处', location: '行政楼203', custodian: '李红梅' },
    { code: exampleCode, name: '文件柜', category: '家具', spec: '钢制 五节柜', unit: '个', quantity: 1, price: 720, acquired: new Date(Date.UTC(2024, 2, 1)), life: 15, department: '总务处', location: '行政楼105', custodian: '王建国' },
    { code: 'ZC-2025-0103', name: '', category: '办公设备', spec: '惠普 M1005', unit: '台', quantity: 1, price: 1650, acquired: new Date(Date.UTC(2024, 4, 6)), life: 6, department: '办公室', location: '行政楼101', custodian: '杨丽' },
    { code: 'ZC-2025-0104', name: '投影仪', category: '办公设备', spec: '爱普生 CB-X06', unit: '台', quantity: 1, price: 3280, acquired: future.utc, life: 5, department: '教务处', location: '阶梯教室', custodian: '李红梅' },
  ];
  rows.forEach((v, i) => {
    const r = 7 + i;
    const set = (h, value) => {
      sheet.getCell(r, col[h]).value = value;
    };
    set('资产编号', v.code);
    if (v.name) set('资产名称', v.name);
    set('资产分类', v.category);
    set('规格型号', v.spec);
    set('计量单位', v.unit);
    set('数量', v.quantity);
    set('单价', v.price);
    set('取得日期', v.acquired);
    set('使用年限', v.life);
    set('使用部门', v.department);
    set('存放地点', v.location);
    set('保管人', v.custodian);
    set('使用状况', '在用');
    const amount = sheet.getCell(r, col['原值']);
    if (v.amount !== undefined) amount.value = v.amount;
    else {
      assert.ok(amount.formula, `row ${r} keeps the 原值 formula`);
      amount.value = { formula: amount.formula, result: v.quantity * v.price };
    }
  });
  await workbook.xlsx.writeFile(target);
  return { exampleCode, col };
}

/** A plain ledger of `rows` data rows under a title and a header, written with ExcelJS's streaming writer. */
async function bigLedger(rows) {
  const target = outputPath(`templates-big-${rows}.xlsx`);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: target });
  const sheet = writer.addWorksheet(LEDGER);
  sheet.addRow(['青山县第一中学固定资产明细账']).commit();
  sheet.addRow(['序号', '资产编号', '资产名称', '资产分类', '数量', '单价', '金额', '取得日期', '使用部门']).commit();
  for (let i = 1; i <= rows; i++) {
    const price = 100 + (i % 50) * 10;
    sheet.addRow([i, `ZX-2020-${String(i).padStart(6, '0')}`, '学生课桌椅', '家具', 1, price, price, new Date(Date.UTC(2020, i % 12, 1 + (i % 28))), `${1 + (i % 30)}班`]).commit();
  }
  sheet.commit();
  await writer.commit();
  return target;
}

/** The findings listed, as "cell severity". */
async function listedFindings(page) {
  const items = page.getByTestId('findings').locator('li');
  const out = [];
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i).locator('[data-severity]');
    out.push(`${await item.getAttribute('data-cell')} ${await item.getAttribute('data-severity')}`);
  }
  return out.sort();
}

describe('templates panel', () => {
  it('creates a register, the clerk types rows into it, and the check lists exactly the planted problems', TIMEOUT, async () => {
    await withBrowser({}, async ({ page, downloads }) => {
      await openTemplates(page);
      // The catalogue, with the asset register chosen and its columns shown.
      assert.equal(await page.getByTestId('template-picker').getByRole('radio').count(), 12);
      await page.getByTestId('template-assetRegister').check();
      assert.match(await textOf(page.getByTestId('template-columns')), /“固定资产明细账”的列（16）/);
      assert.match(await textOf(page.getByTestId('column-amount')), /原值.*自动计算.*数量 × 单价/);
      assert.match(await textOf(page.getByTestId('column-code')), /必填/);
      assert.match(await textOf(page.getByTestId('column-status')), /在用.*闲置.*损坏/);

      await page.getByTestId('create-school').fill('青山县第一中学');
      await page.getByTestId('create-sample').fill('3');
      await page.getByTestId('create-blank').fill('4');
      await page.getByTestId('create-blank').press('Tab');
      await page.getByTestId('create-button').click();

      // The sample already has a 固定资产明细账: the new register is named beside it, and says so.
      const result = page.getByTestId('create-result');
      await result.waitFor();
      assert.match(await textOf(result), new RegExp(`已新建工作表“${REGISTER.replace(/[()]/g, '\\$&')}”`));
      assert.equal(await textOf(page.getByTestId('create-renamed')), `工作簿里已有“${LEDGER}”，新表命名为“${REGISTER}”。`);
      assert.match(await textOf(page.getByRole('region', { name: '工作簿文件' })), /有未下载的更改/);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'templates-create.png'), fullPage: true });

      // Creating it again would replace that register, typed-in lines and all: the panel asks first.
      await page.getByTestId('create-button').click();
      const replace = page.getByTestId('create-replace');
      await replace.waitFor();
      assert.match(await textOf(replace), new RegExp(`“${REGISTER.replace(/[()]/g, '\\$&')}”是台账助手先前新建的同一种台账。再次新建会替换它`));
      await replace.getByRole('button', { name: '不替换' }).click();
      assert.equal(await replace.count(), 0);

      const created = await download(page, downloads);
      const future = localDate(30);
      const typed = outputPath('templates-typed.xlsx');
      const { exampleCode } = await typeRows(created, typed, future);

      // The clerk opens the typed workbook and checks the register against its template.
      await page.getByTestId('file-input').setInputFiles(typed);
      await eventually(async () => assert.equal(await textOf(page.getByTestId('file-name')), 'templates-typed.xlsx'));
      await page.getByTestId('templates-tab-validate').click();
      await eventually(async () => assert.ok((await page.getByTestId('validate-sheet').locator('option').allTextContents()).some((o) => o.startsWith(REGISTER))));
      await page.getByTestId('validate-sheet').selectOption(REGISTER);
      // A register Taizhang created knows its template.
      assert.equal(await page.getByTestId('validate-template').inputValue(), 'assetRegister');
      await page.getByTestId('validate-button').click();
      await eventually(async () => assert.equal(await textOf(page.getByTestId('validate-summary')), `“${REGISTER}”按“固定资产明细账”检查了 7 行。`));

      // Exactly the four planted problems, at their cells.
      assert.deepEqual(await listedFindings(page), ['B8 error', 'C9 error', 'I7 error', 'J10 warning']);
      const findings = page.getByTestId('findings');
      assert.match(await textOf(findings.locator('[data-cell="I7"]')), /金额 9000\.00 不等于 数量 2 × 单价 4680\.00 = 9360\.00/);
      assert.match(await textOf(findings.locator('[data-cell="B8"]')), new RegExp(`资产编号“${exampleCode}”重复，第 4 行已有相同编号`));
      assert.match(await textOf(findings.locator('[data-cell="C9"]')), /“资产名称”必须填写/);
      assert.match(await textOf(findings.locator('[data-cell="J10"]')), new RegExp(`${future.iso} 晚于今天`));

      // Only the warnings, then all again.
      await page.getByTestId('validate-filter').getByRole('radio', { name: '警告（1）' }).check();
      assert.deepEqual(await listedFindings(page), ['J10 warning']);
      await page.getByTestId('validate-filter').getByRole('radio', { name: '全部（4）' }).check();
      assert.equal((await listedFindings(page)).length, 4);

      // A finding, clicked, locates its cell: the downloaded file opens there.
      const mismatch = findings.locator('button[data-cell="I7"]');
      await mismatch.click();
      await eventually(async () => assert.equal(await mismatch.getAttribute('aria-current'), 'true'));
      await page.getByText(`已定位到 '${REGISTER}'!I7`, { exact: true }).waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'templates-validate.png'), fullPage: true });

      // On request, a findings sheet.
      await page.getByTestId('validate-write').click();
      await eventually(async () => assert.equal(await textOf(page.getByTestId('validate-written')), `已写入“${REGISTER}（检查）”。`));

      const checked = await readWorkbook(await download(page, downloads));
      const register = checked.getWorksheet(REGISTER);
      assert.equal(register?.views[0]?.activeCell, 'I7');
      assert.equal(checked.worksheets[checked.views[0]?.activeTab ?? 0]?.name, REGISTER);
      const findingsSheet = checked.getWorksheet(`${REGISTER}（检查）`);
      assert.ok(findingsSheet, 'the findings sheet is in the workbook');
      const cells = [];
      findingsSheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.text ?? ''))));
      for (const cell of ['I7', 'B8', 'C9', 'J10']) assert.ok(cells.includes(cell), `the findings sheet lists ${cell}`);
    });
  });

  it('adopts the sample’s messy ledger, normalizes it with every change listed, and makes custody cards from it', TIMEOUT, async () => {
    await withBrowser({}, async ({ page, downloads }) => {
      await openTemplates(page);
      await page.getByTestId('templates-tab-adopt').click();
      await eventually(async () => assert.equal(await page.getByTestId('adopt-sheet').inputValue(), LEDGER));
      assert.equal(await page.getByTestId('adopt-template').inputValue(), 'assetRegister');
      await eventually(async () => assert.equal(await page.getByTestId('mapping-code').inputValue(), 'B'));
      await page.getByTestId('adopt-ready').waitFor();

      // Take 资产编号 away: too different to adopt, and the message names it.
      await page.getByTestId('mapping-code').selectOption('');
      const tooDifferent = page.getByTestId('adopt-too-different');
      await tooDifferent.waitFor();
      assert.match(await textOf(tooDifferent), /与模板“固定资产明细账”差别太大，无法套用：缺少必填列 “资产编号”/);
      assert.ok(await page.getByTestId('adopt-button').isDisabled());
      assert.match(await textOf(page.getByTestId('mapping-notice')), /尚未保存/);
      // …and give it back by hand.
      await page.getByTestId('mapping-code').selectOption('B');
      await page.getByTestId('adopt-ready').waitFor();
      assert.equal(await page.getByTestId('mapping-row-code').getAttribute('data-state'), 'user');

      await page.getByTestId('adopt-button').click();
      await page.getByTestId('adopt-done').waitFor();
      assert.match(await textOf(page.getByTestId('adopt-done')), /已把“固定资产明细账”按“固定资产明细账”采用/);
      await page.getByTestId('adopt-badge').waitFor();

      await page.getByTestId('normalize-button').click();
      const normalized = page.getByTestId('normalize-result');
      await normalized.waitFor();
      const summary = await textOf(normalized);
      assert.match(summary, /已生成“固定资产明细账（规范）”，原表未改动/);
      const count = Number(/共改动 (\d+) 个值，也记在“固定资产明细账（变更记录）”中/.exec(summary)?.[1]);
      assert.ok(count > 10, summary);
      const changes = page.getByTestId('normalize-changes');
      assert.match(await textOf(changes), new RegExp(`改动的值（${count}）`));
      assert.equal(await changes.locator('li').count(), Math.min(count, 100));

      // Trailing spaces in a code, a date typed as text: before → after.
      const code = changes.locator('button[data-cell="B5"]');
      assert.equal(await textOf(code.locator('[data-part="before"]')), '“ZX-2016-0002 ”');
      assert.equal(await textOf(code.locator('[data-part="after"]')), '“ZX-2016-0002”');
      assert.match(await textOf(changes.locator('button[data-cell="J9"]')), /“2021\.03\.18”.*“2021-03-18”/);
      await code.click();
      await eventually(async () => assert.equal(await code.getAttribute('aria-current'), 'true'));
      await page.getByText(`已定位到 ${LEDGER}!B5`, { exact: true }).waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'templates-adopt.png'), fullPage: true });

      // Custody cards from the adopted register.
      await page.getByTestId('templates-tab-create').click();
      await page.getByTestId('template-custodyCard').check();
      await eventually(async () => assert.equal(await page.getByTestId('create-from').inputValue(), LEDGER));
      await page.getByTestId('create-button').click();
      await eventually(async () => assert.match(await textOf(page.getByTestId('create-result')), /已新建工作表“公物保管卡”/));

      const saved = await readWorkbook(await download(page, downloads));
      // The original is as it was; the normalized copy and the change record are new sheets.
      const original = saved.getWorksheet(LEDGER);
      assert.equal(original.getCell('B5').value, 'ZX-2016-0002  ');
      assert.equal(original.getCell('J9').value, '2021.03.18');
      assert.equal(original.views[0]?.activeCell, 'B5');
      const copy = saved.getWorksheet('固定资产明细账（规范）');
      const codes = [];
      copy.getColumn(2).eachCell((c) => codes.push(c.value));
      assert.ok(codes.includes('ZX-2016-0002'));
      assert.ok(!codes.includes('ZX-2016-0002  '));
      assert.ok(saved.getWorksheet('固定资产明细账（变更记录）'));
      const cards = saved.getWorksheet('公物保管卡');
      const titles = [];
      cards.eachRow((row) => row.eachCell((c) => String(c.value).endsWith('公物使用保管卡') && titles.push(c.value)));
      assert.ok(titles.length > 50, `one card per asset (${titles.length})`);
    });
  });

  it('checks a big sheet off the pane thread, with progress, and can cancel it', TIMEOUT, async () => {
    const file = await bigLedger(40_000);
    await withBrowser({}, async ({ page }) => {
      await page.goto(`${server.url}taskpane.html?panel=templates`);
      await page.getByTestId('file-input').setInputFiles(file);
      await page.getByTestId('templates-tab-validate').click();
      await eventually(async () => assert.equal(await page.getByTestId('validate-sheet').inputValue(), LEDGER), { timeout: 120_000 });
      assert.equal(await page.getByTestId('validate-template').inputValue(), 'assetRegister');
      await page.getByTestId('validate-button').click();
      // While the worker reads, the pane answers: the progress shows and cancel can be pressed.
      const progress = page.getByTestId('templates-progress');
      await progress.waitFor({ timeout: 120_000 });
      await progress.getByRole('button', { name: '取消' }).click();
      await page.getByTestId('templates-cancelled').waitFor({ timeout: 120_000 });
      assert.equal(await page.getByTestId('findings').count(), 0);
      assert.ok(await page.getByTestId('validate-button').isEnabled());
    });
  });

  it('fits a 360px task pane on every tab', TIMEOUT, async () => {
    await withBrowser({ width: 360, height: 800 }, async ({ page }) => {
      await openTemplates(page);
      await page.getByTestId('template-columns').waitFor();
      await noSidewaysScroll(page);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'templates-create-narrow.png'), fullPage: true });

      await page.getByTestId('templates-tab-adopt').click();
      await eventually(async () => assert.equal(await page.getByTestId('mapping-code').inputValue(), 'B'));
      await noSidewaysScroll(page);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'templates-adopt-narrow.png'), fullPage: true });

      await page.getByTestId('templates-tab-validate').click();
      await page.getByTestId('validate-sheet').selectOption(LEDGER);
      await page.getByTestId('validate-button').click();
      await page.getByTestId('validate-summary').waitFor();
      await page.getByTestId('findings').waitFor();
      await eventually(async () => assert.ok(await page.getByTestId('validate-button').isEnabled()));
      await noSidewaysScroll(page);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'templates-validate-narrow.png'), fullPage: true });
    });
  });
});
