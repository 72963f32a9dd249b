#!/usr/bin/env node
/**
 * `npm start`: the workbench in a browser, with the bundled sample workbook open.
 * Builds dist/ when it is missing or older than the sources (a production build, the same one the
 * end-to-end tests use), serves it on http://localhost:3000 (the next free port if that is taken)
 * and opens the browser.
 *
 *   npm start                 build if needed, serve, open the browser
 *   npm start -- --no-open    … without opening a browser
 *   npm start -- --port 8080
 *
 * For development with rebuild-on-save use `npm run dev-server` instead.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve-static.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
/** What the workbench opens: the inspect panel on the bundled sample. */
export const START_PATH = 'taskpane.html?sample=1&panel=inspect';

/** Everything a build reads; dist/ is stale when any of it is newer than dist/taskpane.html. */
const BUILD_INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts'];
/** Of scripts/, the build reads only the CommonJS helpers webpack.config.js requires. */
const isBuildInput = (file) => !file.startsWith(path.join(ROOT, 'scripts') + path.sep) || file.endsWith('.cjs');

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const info = statSync(p);
  if (!info.isDirectory()) return isBuildInput(p) ? info.mtimeMs : 0;
  let newest = 0;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/**
 * Written after a build that finished; webpack's output.clean removes it when the next build starts,
 * so an interrupted build never passes for a fresh one.
 */
const STAMP = path.join(DIST, '.workbench-built');

export function isBuildFresh() {
  if (!existsSync(STAMP) || !existsSync(path.join(DIST, 'taskpane.html'))) return false;
  const builtAt = statSync(STAMP).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(path.join(ROOT, input)) <= builtAt);
}

function runNode(args) {
  return new Promise((resolve, reject) => {
    // Node itself runs webpack's CLI: no shell, no npx, the same on Windows.
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    // Stopping us stops the build too, rather than leaving it writing into dist/.
    const stop = () => {
      child.kill('SIGTERM');
      process.exit(130);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const done = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    };
    child.on('error', (error) => {
      done();
      reject(error);
    });
    child.on('exit', (code, signal) => {
      done();
      if (code === 0) resolve();
      else reject(new Error(`the build (webpack ${args.slice(1).join(' ')}) failed: exit ${signal ?? code}`));
    });
  });
}

/** Builds dist/ unless it is up to date. */
export async function ensureBuilt({ force = false, log = console.log } = {}) {
  if (!force && isBuildFresh()) {
    log('dist/ is up to date.');
    return;
  }
  log('Building the workbench into dist/ (a production build; the first one takes a minute or two)…');
  // The stamp's time is when the build started: a source edited during the build makes it stale.
  const startedAt = new Date();
  await runNode([path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production']);
  writeFileSync(STAMP, `${startedAt.toISOString()}\n`);
  utimesSync(STAMP, startedAt, startedAt);
}

function openBrowser(url) {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    // No browser to open (a server, a container): the printed URL is enough.
    child.on('error', () => {});
    child.unref();
  } catch {
    // Same: opening a browser is a convenience.
  }
}

/** This machine's addresses on the school network (IPv4, not loopback), where phones reach the counting page. */
export function lanAddresses() {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

/** Phones on the school network open the counting page, so the site listens on every interface. */
async function listen(port) {
  for (let p = port; p < port + 20; p++) {
    try {
      return await serveStatic({ root: DIST, port: p, host: '0.0.0.0' });
    } catch (error) {
      if (error?.code !== 'EADDRINUSE') throw error;
      console.log(`Port ${p} is in use; trying ${p + 1}.`);
    }
  }
  return serveStatic({ root: DIST, port: 0 });
}

function parseArgs(argv) {
  const args = { open: true, port: 3000, rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-open') args.open = false;
    else if (a === '--rebuild') args.rebuild = true;
    else if (a === '--port') args.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) args.port = Number(a.slice('--port='.length));
    else throw new Error(`unknown option ${a} (use --no-open, --port N, --rebuild)`);
  }
  if (!Number.isInteger(args.port) || args.port < 1 || args.port > 65535) throw new Error(`bad --port: ${args.port}`);
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  await ensureBuilt({ force: args.rebuild });
  const server = await listen(args.port);
  const url = `http://localhost:${server.port}/${START_PATH}`;
  console.log('');
  console.log(`  台账助手 workbench: ${url}`);
  const [lan] = lanAddresses();
  if (lan) {
    const countUrl = `http://${lan}:${server.port}/count.html`;
    console.log(`  手机盘点 phone counting page (same network): ${countUrl}`);
    console.log(await QRCode.toString(countUrl, { type: 'terminal', small: true, errorCorrectionLevel: 'M' }));
  }
  console.log('  (Ctrl+C to stop)');
  console.log('');
  if (args.open && !process.env.CI) openBrowser(url);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
