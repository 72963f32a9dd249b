/* global document, navigator -- page.evaluate callbacks run in the browser */
/**
 * 月度计划 in the workbench, clicked through as the office does at the end of a month: the sample
 * opened, the plan panel chosen from the home, September 2026 planned (中秋 and 国庆 with the 调休
 * Sunday 9-20: the National Day duty falls on the last working day before the holiday), the holiday
 * duty and the safety routines checked, one item dropped and another re-dated (past a holiday
 * warning and a 调休 day), the plan sheet written, the .ics exported and read back by ical.js, the
 * text copied, the workbook downloaded and its plan sheet read with ExcelJS; October then carries
 * September's undone lines over. Then a workbook with
 * a repair register: its open repairs appear naming their rows, and a row can be selected. The task
 * library sheet and the term dates are kept from the panel too. Screenshots wide and at 360px.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, eventually, launchBrowser, openSample, textOf, workbenchServer } from './harness.mjs';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');
const ICAL = require('ical.js');

const TIMEOUT = { timeout: 240_000 };
const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');
const REGISTERS = path.join(ROOT, 'test', 'fixtures', 'plan-registers.xlsx');
const SHEET = '2026年9月工作计划';

let server;
before(async () => {
  server = await workbenchServer();
  mkdirSync(SCREENSHOTS, { recursive: true });
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

/** The month after today's, as the pane proposes it (the browser's local date). */
function nextMonth() {
  const d = new Date();
  const next = new Date(d.getFullYear(), d.getMonth() + 1, 1);
  return `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}`;
}

async function openPlan(page, query = 'sample=1') {
  await page.goto(`${server.url}taskpane.html?${query}&panel=plan`);
  await page.getByRole('region', { name: '月度计划' }).waitFor();
}

async function generate(page, month) {
  await page.getByTestId('plan-month').fill(month);
  await page.getByRole('button', { name: /^(生成计划|重新生成)$/ }).click();
  await page.getByTestId('plan-items').waitFor({ timeout: 60_000 });
  await eventually(async () => assert.equal(await page.getByTestId('plan-items').locator('section').first().getAttribute('data-month'), month));
}

function row(page, title) {
  return page.getByTestId('plan-item').filter({ has: page.getByText(title, { exact: true }) });
}

async function downloadWorkbook(page, dir) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^下载处理后的工作簿/ }).click()]);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

async function noSidewaysScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the pane`);
}

describe('月度计划', () => {
  it('plans September 2026 from the sample: review, drop, re-date, write the sheet, export the .ics, copy the text, download', TIMEOUT, async () => {
    await withBrowser({}, async ({ page, context, downloads }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
      // As a user: the sample, then the plan from the home.
      await openSample(page, server.url);
      await page.getByRole('button', { name: '返回首页' }).click();
      const card = page.getByRole('navigation', { name: '台账助手功能' }).getByRole('button').filter({ hasText: '月度计划' });
      assert.doesNotMatch(await textOf(card), /即将推出/);
      await card.click();
      // Next month is proposed: one click at the end of a month.
      assert.equal(await page.getByTestId('plan-month').inputValue(), nextMonth());

      await generate(page, '2026-09');
      // The sample has a ledger but no repair, compensation, write-off or loan register: said so.
      const warnings = await textOf(page.getByTestId('plan-warnings'));
      assert.match(warnings, /工作簿中没有维修登记/);
      const sources = page.getByTestId('plan-sources');
      assert.match(await textOf(sources), /任务库：内置（104项）/);
      assert.match(await textOf(sources), /固定资产明细账：工作表“固定资产明细账”/);
      assert.match(await textOf(sources), /上月计划：工作簿中没有2026-08的计划表，不结转/);
      assert.equal(await sources.locator('[data-source="carryOver"]').getAttribute('data-count'), '0');
      assert.notEqual(await sources.locator('[data-source="holiday"]').getAttribute('data-count'), '0');

      // The holiday duty: on the last working day before 国庆, not flagged.
      const duty = row(page, '国庆安全保卫工作');
      assert.equal(await duty.getAttribute('data-due'), '2026-09-30');
      assert.equal(await duty.getAttribute('data-source'), 'holiday');
      assert.match(await textOf(duty), /假期：10月1日至10月7日/);
      assert.equal(await duty.getByLabel('非工作日').count(), 0);
      // The safety routines are there; items sit on the 调休 Sunday 9-20, marked as such.
      assert.ok((await page.locator('[data-testid="plan-item"][data-title="消防设施及电器检查，检查灭火器压力"]').count()) >= 1);
      assert.ok((await page.locator('[data-testid="plan-item"][data-title="水电煤气线路安全检查"]').count()) >= 4);
      const sunday = page.locator('[data-testid="plan-item"][data-due="2026-09-20"]').first();
      assert.match(await textOf(sunday.getByTestId('plan-item-date')), /9月20日 周日\s*调休/);
      const total = await page.getByTestId('plan-item').count();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'plan-wide.png'), animations: 'disabled' });

      // Drop one item.
      const droppedTitle = '对绿化带进行一次修剪';
      assert.equal(await row(page, droppedTitle).count(), 1);
      await row(page, droppedTitle).getByRole('button', { name: /^删除第 \d+ 项/ }).click();
      await eventually(async () => assert.equal(await row(page, droppedTitle).count(), 0));
      assert.equal(await textOf(page.getByTestId('plan-dropped')), '已删除 1 项');

      // Re-date the duty: onto 中秋 (warned), onto the 调休 Sunday (a working day), then 9-29.
      await duty.getByRole('button', { name: /^修改第 \d+ 项：国庆安全保卫工作/ }).click();
      const editor = duty.getByTestId('plan-item-editor');
      await editor.getByTestId('plan-edit-due').fill('2026-09-26');
      await editor.getByText('9月26日（星期六）在中秋节假期中，不是工作日。').waitFor();
      assert.equal(await duty.getAttribute('data-due'), '2026-09-26');
      assert.match(await textOf(page.getByTestId('plan-items')), /有 1 项的计划日期不是工作日/);
      await editor.getByTestId('plan-edit-due').fill('2026-09-20');
      await editor.getByText('9月20日是星期日，按调休安排上班，是工作日。').waitFor();
      await editor.getByTestId('plan-edit-due').fill('2026-10-08');
      await editor.getByText('日期须在计划期内（2026-09-01 至 2026-09-30）。').waitFor();
      await editor.getByTestId('plan-edit-due').fill('2026-09-29');
      await editor.getByText('9月29日（星期二）是工作日。').waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'plan-edit-wide.png'), animations: 'disabled' });
      await editor.getByRole('button', { name: '完成' }).click();
      await eventually(async () => assert.equal(await row(page, '国庆安全保卫工作').getAttribute('data-due'), '2026-09-29'));
      assert.equal(await page.getByTestId('plan-item-editor').count(), 0);

      // Reword another.
      const lessonId = await row(page, '开学安全第一课').getAttribute('data-id');
      const lesson = page.locator(`[data-testid="plan-item"][data-id="${lessonId}"]`);
      await lesson.getByRole('button', { name: /^修改第/ }).click();
      await lesson.getByTestId('plan-edit-title').fill('开学安全第一课（全校集中）');
      await lesson.getByRole('button', { name: '完成' }).click();
      await row(page, '开学安全第一课（全校集中）').waitFor();
      assert.match(await textOf(lesson), /已修改/);
      assert.equal(await page.getByTestId('plan-item').count(), total - 1);

      // The plan sheet.
      await page.getByRole('button', { name: `写入计划表“${SHEET}”` }).click();
      await eventually(async () => assert.match(await textOf(page.getByTestId('plan-written')), new RegExp(`已写入工作表“${SHEET}”`)));
      assert.match(await textOf(page.getByRole('region', { name: '工作簿文件' })), /有未下载的更改/);

      // The .ics, read back by an independent parser.
      const [icsFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出日历（.ics）' }).click()]);
      assert.equal(icsFile.suggestedFilename(), `${SHEET}.ics`);
      const icsPath = path.join(downloads, icsFile.suggestedFilename());
      await icsFile.saveAs(icsPath);
      const events = new ICAL.Component(ICAL.parse(readFileSync(icsPath, 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      assert.equal(events.length, total - 1);
      assert.equal(events.filter((e) => e.summary === droppedTitle).length, 0);
      assert.deepEqual(events.filter((e) => e.summary === '国庆安全保卫工作').map((e) => e.startDate.toString()), ['2026-09-29']);
      assert.equal(events.filter((e) => e.summary === '开学安全第一课（全校集中）').length, 1);

      // The seed-style text, and the copy button.
      const text = await page.getByTestId('plan-text').inputValue();
      const lines = text.split('\n');
      assert.equal(lines[0], '总务处2026年9月工作计划');
      assert.equal(lines[2], '九月：');
      assert.match(lines[3] ?? '', /^1、.+。$/);
      assert.ok(!text.includes(droppedTitle));
      await page.getByRole('switch', { name: '附计划日期' }).click();
      await eventually(async () => assert.match(await page.getByTestId('plan-text').inputValue(), /国庆安全保卫工作（9月29日）。/));
      await page.getByRole('button', { name: '复制文字' }).click();
      await page.getByText('已复制计划文字').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.getByTestId('plan-text').inputValue());

      // The downloaded workbook holds the plan sheet as written.
      const saved = await downloadWorkbook(page, downloads);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(saved));
      const sheet = workbook.getWorksheet(SHEET);
      assert.ok(sheet, `no sheet ${SHEET}`);
      let header = 0;
      sheet.eachRow((r, n) => {
        if (r.getCell(1).value === '序号' && header === 0) header = n;
      });
      assert.deepEqual(sheet.getRow(header).values.slice(1, 8), ['序号', '工作内容', '类别', '负责人', '计划日期', '完成情况', '备注']);
      const rows = [];
      for (let n = header + 1; n <= sheet.rowCount; n++) {
        const title = sheet.getCell(n, 2).value;
        if (typeof title === 'string' && typeof sheet.getCell(n, 1).value === 'number') rows.push({ n, title, due: sheet.getCell(n, 5).value, status: sheet.getCell(n, 6) });
      }
      assert.equal(rows.length, total - 1);
      assert.equal(rows.filter((r) => r.title === droppedTitle).length, 0);
      const dutyRow = rows.find((r) => r.title === '国庆安全保卫工作');
      assert.ok(dutyRow.due instanceof Date);
      assert.equal(dutyRow.due.toISOString().slice(0, 10), '2026-09-29');
      assert.ok(rows.some((r) => r.title === '开学安全第一课（全校集中）'));
      // 完成情况: a drop-down to tick off, starting at 未开始.
      const validation = dutyRow.status.dataValidation;
      assert.equal(validation?.type, 'list');
      assert.match(String(validation?.formulae?.[0]), /已完成/);
      assert.equal(dutyRow.status.value, '未开始');

      // A month later nothing of September is ticked off: October carries it over, and says how much.
      await generate(page, '2026-10');
      const carried = await page.locator('[data-testid="plan-item"][data-source="carryOver"]').count();
      assert.ok(carried > 0);
      assert.equal(await page.getByTestId('plan-sources').locator('[data-source="carryOver"]').getAttribute('data-count'), String(carried));
      assert.equal(await textOf(page.getByTestId('plan-rollforward')), `从上月计划“${SHEET}”结转未完成事项 ${carried} 项`);
      assert.match(await textOf(row(page, '国庆安全保卫工作')), /上月未完成/);
    });
  });

  it('fits a 360px task pane: the plan, an item’s editor and the settings, without sideways scrolling', TIMEOUT, async () => {
    await withBrowser({ width: 360, height: 800 }, async ({ page }) => {
      await openPlan(page);
      await eventually(async () => assert.equal(await textOf(page.getByTestId('file-name')), '台账示例.xlsx'));
      await generate(page, '2026-09');
      await noSidewaysScroll(page);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'plan-narrow.png'), animations: 'disabled' });
      const duty = row(page, '国庆安全保卫工作');
      await duty.getByRole('button', { name: /^修改第/ }).click();
      await duty.getByTestId('plan-edit-due').fill('2026-09-26');
      await duty.getByText(/不是工作日/).first().waitFor();
      await duty.scrollIntoViewIfNeeded();
      await noSidewaysScroll(page);
      await duty.screenshot({ path: path.join(SCREENSHOTS, 'plan-edit-narrow.png'), animations: 'disabled' });
      await page.getByTestId('plan-outputs').scrollIntoViewIfNeeded();
      await noSidewaysScroll(page);
    });
  });

  it('lists the open repairs of a workbook’s register, each naming its row, and selects the row', TIMEOUT, async () => {
    await withBrowser({}, async ({ page }) => {
      await openPlan(page, 'x=1');
      await page.getByTestId('file-input').setInputFiles(REGISTERS);
      await eventually(async () => assert.equal(await textOf(page.getByTestId('file-name')), 'plan-registers.xlsx'));
      await generate(page, '2026-03');
      assert.match(await textOf(page.getByTestId('plan-sources')), /维修登记：工作表“维修登记”（按列名识别，7行）/);
      assert.match(await textOf(page.getByTestId('plan-registers')), /读取了 6 张台账/);
      const repairs = page.locator('[data-testid="plan-item"][data-source="workbook"][data-id^="wb:repairs"]');
      const refs = await repairs.locator('button[data-ref]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-ref')));
      assert.deepEqual(refs.sort(), ['维修登记!A10', '维修登记!A5', '维修登记!A6', '维修登记!A9']);
      // Closed repairs (accepted, repaired) are not planned.
      for (const closed of ['维修登记!A4', '维修登记!A7', '维修登记!A8']) assert.equal(await page.locator(`button[data-ref="${closed}"]`).count(), 0);
      const leak = row(page, '完成报修：水龙头漏水（二楼卫生间）');
      assert.match(await textOf(leak), /维修登记!A5/);
      // Several rows in one item name the first and how many.
      assert.match(await textOf(page.locator('[data-testid="plan-item"][data-id^="wb:shortages"]')), /报损注销登记!A3 等 2 行/);
      // The compensation row without an amount is a cell to check, selectable.
      await page.getByTestId('plan-findings').getByRole('button', { name: /损坏赔偿登记!H10/ }).waitFor();

      await page.screenshot({ path: path.join(SCREENSHOTS, 'plan-registers.png'), animations: 'disabled' });
      await leak.getByRole('button', { name: '选中来源行 维修登记!A5' }).click();
      await page.getByText('已定位到 维修登记!A5', { exact: true }).waitFor();
    });
  });

  it('keeps the task library sheet and the term dates in the workbook, refusing dates that do not fit', TIMEOUT, async () => {
    await withBrowser({}, async ({ page, downloads }) => {
      await openPlan(page);
      await eventually(async () => assert.equal(await textOf(page.getByTestId('file-name')), '台账示例.xlsx'));
      const library = page.getByTestId('plan-library');
      await eventually(async () => assert.equal(await textOf(library.getByTestId('plan-library-status')), '现用内置任务库（104 项）。'));
      await library.getByRole('button', { name: '建立任务库工作表' }).click();
      await eventually(async () => assert.equal(await textOf(library.getByTestId('plan-library-status')), '现用工作表“计划任务库”中的任务库：104 项，其中停用 8 项。'));

      const calendar = page.getByTestId('plan-calendar');
      await calendar.getByTestId('plan-calendar-term').selectOption('2026-autumn');
      await eventually(async () => assert.match(await textOf(calendar.getByTestId('plan-calendar-current')), /9月1日开学/));
      // A half-filled exam week is caught in the form; a term ending before it starts by the calendar check.
      await calendar.getByTestId('plan-calendar-midtermEnd').fill('2026-11-13');
      await calendar.getByRole('button', { name: '保存到工作簿' }).click();
      await calendar.getByText('请先填写考试周的开始日期。').waitFor();
      await calendar.getByTestId('plan-calendar-midtermEnd').fill('');
      await calendar.getByTestId('plan-calendar-start').fill('2026-09-07');
      await calendar.getByTestId('plan-calendar-end').fill('2026-09-01');
      await calendar.getByRole('button', { name: '保存到工作簿' }).click();
      await eventually(async () => assert.match(await textOf(calendar.getByTestId('plan-calendar-refused')), /未保存.*2026-09-07/));
      // The school starts a week later this year.
      await calendar.getByTestId('plan-calendar-end').fill('');
      await calendar.getByRole('button', { name: '保存到工作簿' }).click();
      await calendar.getByTestId('plan-calendar-saved').waitFor();
      assert.match(await textOf(calendar.getByTestId('plan-calendar-current')), /9月7日开学/);

      // The next plan follows both: the library sheet and the saved term start.
      await generate(page, '2026-09');
      assert.match(await textOf(page.getByTestId('plan-sources')), /任务库：工作表“计划任务库”/);
      assert.match(await textOf(page.getByTestId('plan-sources')), /校历：工作簿中保存的设置/);
      assert.equal(await row(page, '开学安全第一课').getAttribute('data-due'), '2026-09-07');

      const saved = await downloadWorkbook(page, downloads);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(saved));
      assert.ok(workbook.getWorksheet('计划任务库'));
    });
  });
});
