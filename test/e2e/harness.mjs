/**
 * What the end-to-end tests share: a real Chromium (the system browser, driven by playwright-core)
 * with a fresh profile, the workbench's URL, and small waiting helpers.
 * `scripts/run-e2e.mjs` builds and serves dist/ and passes TAIZHANG_E2E_URL and CHROMIUM_PATH;
 * without TAIZHANG_E2E_URL the tests serve an existing dist/ themselves.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/serve-static.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUTPUT = path.join(ROOT, 'test-output');
export const SAMPLE = path.join(ROOT, 'assets', 'sample', '台账示例.xlsx');
export const LEDGER = '固定资产明细账';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The workbench's base URL ("http://localhost:port/"), serving dist/ here when the runner did not. */
export async function workbenchServer() {
  if (process.env.TAIZHANG_E2E_URL) return { url: process.env.TAIZHANG_E2E_URL, close: async () => {} };
  return serveStatic({ root: path.join(ROOT, 'dist') });
}

/**
 * A browser with a fresh profile. Office.js is blocked, as it is offline: the page must start as
 * the workbench without it, and without waiting for Microsoft's CDN.
 */
export async function launchBrowser({ width = 1280, height = 900, locale = 'zh-CN' } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'taizhang-e2e-'));
  const downloads = mkdtempSync(path.join(tmpdir(), 'taizhang-dl-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    locale,
    acceptDownloads: true,
    downloadsPath: downloads,
  });
  await context.route('**/appsforoffice.microsoft.com/**', (route) => route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    context,
    page,
    downloads,
    /** Uncaught exceptions in the page so far. */
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** Retries an assertion until it holds or the time is up (the UI updates asynchronously). */
export async function eventually(check, { timeout = 20_000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

export async function textOf(locator) {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Opens the workbench with the sample and waits until the ledger's mapping is on screen. */
export async function openSample(page, baseUrl) {
  await page.goto(`${baseUrl}taskpane.html?sample=1`);
  await waitForLedger(page, '台账示例.xlsx');
}

export async function waitForLedger(page, fileName) {
  await eventually(async () => assert.equal(await textOf(page.getByTestId('file-name')), fileName));
  await eventually(async () => assert.equal(await page.getByTestId('sheet-select').inputValue(), LEDGER));
  await page.getByTestId('mapping-table').waitFor();
  await eventually(async () => assert.equal(await page.getByTestId('mapping-code').inputValue(), 'B'));
}

export function outputPath(name) {
  mkdirSync(OUTPUT, { recursive: true });
  return path.join(OUTPUT, name);
}
