#!/usr/bin/env node
/**
 * A small static file server for the built workbench (dist/): no dependencies, localhost by default
 * (npm start listens on the school network too, for the phone counting page),
 * used by `npm start` and by the end-to-end tests.
 *
 *   node scripts/serve-static.mjs [dir=dist] [--port 3000]     (--port 0 picks a free port)
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Serves `root` on 127.0.0.1. Resolves once listening, with the base URL and a close function.
 * @param {{ root: string, port?: number, host?: string, log?: (line: string) => void }} options
 */
export function serveStatic({ root, port = 0, host = '127.0.0.1', log = () => {} }) {
  const base = path.resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/') {
        res.writeHead(302, { Location: `/taskpane.html${url.search}` });
        res.end();
        return;
      }
      const file = path.resolve(base, `.${decodeURIComponent(url.pathname)}`);
      // Nothing outside the served folder, whatever the path says.
      if (file !== base && !file.startsWith(base + path.sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        log(`404 ${url.pathname}`);
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        // The workbench is rebuilt in place; a stale cached bundle would run old code.
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file).pipe(res);
    } catch (error) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      log(`400 ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}/`,
        port: actualPort,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

function parseArgs(argv) {
  const args = { root: 'dist', port: 3000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') args.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) args.port = Number(a.slice('--port='.length));
    else args.root = a;
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`bad --port: ${args.port}`);
  return args;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { root, port } = parseArgs(process.argv.slice(2));
  const { url } = await serveStatic({ root, port, log: (line) => console.log(line) });
  console.log(`Serving ${path.resolve(root)} at ${url}`);
}
