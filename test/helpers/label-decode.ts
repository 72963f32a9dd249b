/**
 * Reading printed labels back as a scanner would: each page rasterized at 300 dpi by poppler's
 * pdftoppm, each label's box cut out, and every cut decoded by zbar's zbarimg in one run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export interface MmBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const DPI = 300;

interface Gray {
  readonly width: number;
  readonly height: number;
  readonly data: Buffer;
}

function readPgm(file: string): Gray {
  const bytes = readFileSync(file);
  // "P5" width height maxval, separated by whitespace, then one byte per pixel.
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[i] ?? 32))) i++;
    let f = '';
    while (!/\s/.test(String.fromCharCode(bytes[i] ?? 32))) f += String.fromCharCode(bytes[i++] ?? 32);
    fields.push(f);
  }
  if (fields[0] !== 'P5') throw new Error(`not a PGM: ${file}`);
  return { width: Number(fields[1]), height: Number(fields[2]), data: bytes.subarray(i + 1) };
}

function crop(page: Gray, box: MmBox): Buffer {
  const px = (mm: number): number => Math.round((mm * DPI) / 25.4);
  const x0 = Math.max(0, px(box.x));
  const y0 = Math.max(0, px(box.y));
  const w = Math.min(page.width - x0, px(box.width));
  const h = Math.min(page.height - y0, px(box.height));
  const out = Buffer.alloc(w * h);
  for (let y = 0; y < h; y++) page.data.copy(out, y * w, (y0 + y) * page.width + x0, (y0 + y) * page.width + x0 + w);
  return Buffer.concat([Buffer.from(`P5\n${w} ${h}\n255\n`), out]);
}

/** The symbols zbarimg reads in each box, per page (1-based) and box, in the order given. */
export function decodeLabels(pdf: string, labels: ReadonlyArray<{ page: number; box: MmBox }>): Array<Array<{ type: string; data: string }>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'taizhang-labels-'));
  try {
    execFileSync('pdftoppm', ['-r', String(DPI), '-gray', pdf, path.join(dir, 'page')], { stdio: ['ignore', 'ignore', 'ignore'] });
    const pages = readdirSync(dir).filter((f) => f.startsWith('page')).sort();
    const grays = pages.map((f) => readPgm(path.join(dir, f)));
    const cuts = labels.map((l, i) => {
      const page = grays[l.page - 1];
      if (!page) throw new Error(`page ${l.page} was not rendered`);
      const file = path.join(dir, `cut-${i}.pgm`);
      writeFileSync(file, crop(page, l.box));
      return file;
    });
    const run = spawnSync('zbarimg', ['--xml', '-q', ...cuts], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const found = cuts.map(() => [] as Array<{ type: string; data: string }>);
    for (const source of run.stdout.split('<source ').slice(1)) {
      const href = /href='([^']+)'/.exec(source)?.[1] ?? '';
      const at = cuts.indexOf(href);
      for (const sym of source.matchAll(/<symbol type='([^']+)'[^>]*>[\s\S]*?<data(?: format='base64')?[^>]*><!\[CDATA\[([\s\S]*?)\]\]><\/data>/g)) found[at]?.push({ type: sym[1] ?? '', data: sym[2] ?? '' });
    }
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The filled rectangles of one page's content stream, in mm from the page's top-left corner. */
export function pdfRects(pdf: Buffer, page: number, pageHeightMm: number): MmBox[] {
  const streams = [...pdf.toString('latin1').matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => m[1] ?? '');
  const content = streams[page - 1] ?? '';
  const mm = (pt: number): number => (pt * 25.4) / 72;
  return [...content.matchAll(/([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+) re/g)].map((m) => {
    const [x, y, w, h] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    return { x: mm(x), y: pageHeightMm - mm(y) - mm(h), width: mm(w), height: mm(h) };
  });
}
