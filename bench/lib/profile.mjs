/**
 * Reads a V8 CPU profile (node --cpu-prof) and says where the time went: by part of the program
 * (ExcelJS, unzip, XML, our core/app/adapter, GC…) and by function of ours, with positions mapped
 * back to the TypeScript source through the build's source maps.
 *
 * Time in native built-ins (a RegExp, JSON, Array.prototype.map) is charged to the nearest
 * JavaScript caller, since that caller is what would have to change.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BUILD, REPO } from './measure.mjs';

const OURS = `${path.join(CLI_BUILD, 'src')}${path.sep}`;

/** Which part of the program a script URL belongs to. */
export function categoryOf(url, functionName) {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)') return 'idle (waiting)';
  if (functionName === '(program)' || functionName === '(root)') return 'V8 / native (program)';
  if (url.startsWith('node:') || url === '') return 'Node internals';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (file.includes(`${path.sep}node_modules${path.sep}`)) {
    if (/node_modules[\\/](jszip|pako|readable-stream|setimmediate|lie)[\\/]/.test(file)) return 'unzip (JSZip, pako)';
    if (/node_modules[\\/](saxes|sax|xmlchars)[\\/]/.test(file)) return 'XML parsing (saxes)';
    if (/node_modules[\\/]exceljs[\\/]/.test(file)) return 'ExcelJS model building';
    return 'other libraries';
  }
  if (file.startsWith(OURS)) {
    const rel = file.slice(OURS.length);
    if (rel.startsWith(`core${path.sep}`)) return 'ours: src/core';
    if (rel.startsWith(`app${path.sep}`)) return 'ours: src/app';
    if (rel.startsWith(`workbook${path.sep}file${path.sep}`)) return 'ours: src/workbook/file';
    return 'ours: other';
  }
  return 'other scripts';
}

export function analyzeProfile(profileFile, top = 15) {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // The frame that pays: the node itself if it is JavaScript with a URL, else its nearest such caller.
  const payer = new Map();
  const payerOf = (id) => {
    if (payer.has(id)) return payer.get(id);
    const f = byId.get(id).callFrame;
    const builtin = f.url === '' && !f.functionName.startsWith('(');
    const up = parent.get(id);
    const result = builtin && up !== undefined && byId.get(up).callFrame.functionName !== '(root)' ? payerOf(up) : id;
    payer.set(id, result);
    return result;
  };

  const deltas = profile.timeDeltas;
  const categories = new Map();
  const selfByFn = new Map();
  const totalByFn = new Map();
  let totalUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const us = deltas[i + 1] ?? 0;
    totalUs += us;
    const id = profile.samples[i];
    const pay = byId.get(payerOf(id));
    const cat = categoryOf(pay.callFrame.url, pay.callFrame.functionName);
    categories.set(cat, (categories.get(cat) ?? 0) + us);
    if (cat.startsWith('ours')) {
      const key = frameKey(pay.callFrame);
      selfByFn.set(key, (selfByFn.get(key) ?? 0) + us);
    }
    // Inclusive: every function of ours on the stack, once per sample however deep it recurses.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame;
      if (!categoryOf(f.url, f.functionName).startsWith('ours')) continue;
      const key = frameKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      totalByFn.set(key, (totalByFn.get(key) ?? 0) + us);
    }
  }
  const ms = (us) => us / 1000;
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, us]) => ({ fn, ms: ms(us), pct: (100 * us) / totalUs }));
  return {
    totalMs: ms(totalUs),
    categories: [...categories].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, ms: ms(us), pct: (100 * us) / totalUs })),
    self: sorted(selfByFn),
    inclusive: sorted(totalByFn),
  };
}

function frameKey(f) {
  const file = f.url.startsWith('file://') ? fileURLToPath(f.url) : f.url;
  const src = sourcePosition(file, f.lineNumber, f.columnNumber);
  return `${f.functionName || '(anonymous)'} ${src}`;
}

// ---- source maps: build/cli/**/*.js.map → the .ts line a profiled function starts on ----

const maps = new Map();

function sourcePosition(file, line, column) {
  const fallback = `${path.relative(REPO, file)}:${line + 1}`;
  let map = maps.get(file);
  if (map === undefined) {
    map = existsSync(`${file}.map`) ? decodeMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')), file) : null;
    maps.set(file, map);
  }
  if (!map) return fallback;
  const segments = map.lines[line];
  if (!segments || segments.length === 0) return fallback;
  let best = segments[0];
  for (const s of segments) if (s.col <= column) best = s;
  return `${map.sources[best.source]}:${best.srcLine + 1}`;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(text) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

function decodeMap(raw, file) {
  const dir = path.dirname(file);
  const sources = raw.sources.map((s) => path.relative(REPO, path.resolve(dir, raw.sourceRoot ?? '', s)));
  const lines = [];
  let source = 0;
  let srcLine = 0;
  let srcCol = 0;
  for (const group of raw.mappings.split(';')) {
    let col = 0;
    const segs = [];
    for (const seg of group.split(',')) {
      if (seg === '') continue;
      const v = decodeVlq(seg);
      col += v[0];
      if (v.length >= 4) {
        source += v[1];
        srcLine += v[2];
        srcCol += v[3];
        segs.push({ col, source, srcLine, srcCol });
      }
    }
    lines.push(segs);
  }
  return { sources, lines };
}
