#!/usr/bin/env node
/**
 * `npm run test:e2e`: the workbench's end-to-end tests in a real Chromium.
 * Builds dist/ once (unless it is up to date), serves it on a free port, runs test/e2e/*.test.mjs
 * with Node's test runner and stops the server. Exits non-zero when a test fails.
 *
 * The browser is the system's Chromium (or Chrome/Edge via CHROMIUM_PATH); playwright-core only
 * drives it and downloads nothing. Without a browser the tests are skipped with instructions, except
 * under CI, where that is a failure.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve-static.mjs';
import { DIST, ensureBuilt } from './start.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const E2E_DIR = path.join(ROOT, 'test', 'e2e');
const OUTPUT = path.join(ROOT, 'test-output');
const TAP = path.join(OUTPUT, 'e2e.tap');
/** Counts for `npm test`'s summary (scripts/test.mjs reads it). */
const SUMMARY = path.join(OUTPUT, 'e2e.json');

function writeSummary(summary) {
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(SUMMARY, `${JSON.stringify(summary, null, 2)}\n`);
}

/** "# pass 9" / "# fail 0" from the TAP report's closing lines. */
function tapCounts() {
  if (!existsSync(TAP)) return { passed: 0, failed: 0 };
  const tap = readFileSync(TAP, 'utf8');
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled') };
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

const INSTALL_HELP = `No Chromium found for the end-to-end tests.
  Debian/Ubuntu:  sudo apt-get install chromium      (or chromium-browser)
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium
  Or point CHROMIUM_PATH at any Chrome, Chromium or Edge executable:
                  CHROMIUM_PATH=/path/to/chrome npm run test:e2e`;

function runTests(files, env) {
  return new Promise((resolve, reject) => {
    const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${TAP}`];
    const child = spawn(process.execPath, ['--test', ...reporters, ...files], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

async function main() {
  rmSync(TAP, { force: true });
  rmSync(SUMMARY, { force: true });
  const browser = findChromium();
  if (!browser) {
    if (process.env.CI) {
      console.error(INSTALL_HELP);
      console.error('CI is set: a missing browser fails the run.');
      writeSummary({ passed: 0, failed: 1, skipped: false, reason: 'no Chromium' });
      return 1;
    }
    console.warn(INSTALL_HELP);
    console.warn('End-to-end tests SKIPPED.');
    writeSummary({ passed: 0, failed: 0, skipped: true, reason: 'no Chromium' });
    return 0;
  }
  const files = readdirSync(E2E_DIR)
    .filter((f) => f.endsWith('.test.mjs'))
    .sort()
    .map((f) => path.join('test', 'e2e', f));
  if (files.length === 0) {
    console.error('No end-to-end tests in test/e2e/.');
    return 1;
  }
  await ensureBuilt();
  const server = await serveStatic({ root: DIST, port: 0 });
  console.log(`Workbench served at ${server.url}; browser ${browser}`);
  try {
    const code = await runTests(files, { TAIZHANG_E2E_URL: server.url, CHROMIUM_PATH: browser });
    const counts = tapCounts();
    // A run that died before reporting is a failure even with nothing counted.
    writeSummary({ ...counts, failed: counts.failed + (code !== 0 && counts.failed === 0 ? 1 : 0), skipped: false });
    return code;
  } finally {
    await server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
