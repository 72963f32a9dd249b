/** Fixtures for the file adapter's tests: workbooks built with ExcelJS directly, and raw zip surgery. */
import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { readZipDirectory } from '../../../src/workbook/file/zip-directory';

export async function buildXlsx(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as unknown as ArrayBuffer);
}

/** Loads bytes with plain ExcelJS, to check what a file really holds. */
export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** Every entry of a zip, unpacked. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const entries = readZipDirectory(bytes);
  if (!entries) throw new Error('not a zip');
  const out = new Map<string, Buffer>();
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    const nameLength = view.readUInt16LE(e.localOffset + 26);
    const extraLength = view.readUInt16LE(e.localOffset + 28);
    const start = e.localOffset + 30 + nameLength + extraLength;
    const raw = view.subarray(start, start + e.compressedSize);
    out.set(e.name, e.method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw));
  }
  return out;
}

export function entryText(bytes: Uint8Array, name: string): string {
  const data = unzip(bytes).get(name);
  if (!data) throw new Error(`no ${name} in the zip`);
  return data.toString('utf8');
}

/** A stored (uncompressed) zip of the given entries. */
export function zip(entries: ReadonlyMap<string, Buffer | string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.size, 8);
  eocd.writeUInt16LE(entries.size, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

/** Rewrites one part of an .xlsx (or adds it). */
export function patchXlsx(bytes: Uint8Array, name: string, edit: (text: string) => string): Uint8Array {
  const entries = unzip(bytes);
  const old = entries.get(name)?.toString('utf8') ?? '';
  entries.set(name, Buffer.from(edit(old), 'utf8'));
  return zip(entries);
}

/** Cell elements (`<c r="A1" ...>...</c>`) of a sheet's XML, by address. */
export function sheetCells(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) cells.set(m[1] ?? '', m[0]);
  return cells;
}

/** The XML of the worksheet named `sheet`, found through workbook.xml and its relationships. */
export function sheetXml(bytes: Uint8Array, sheet: string): string {
  const entries = unzip(bytes);
  const workbook = entries.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const rels = entries.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  const escaped = sheet.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
  const sheetTag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${escaped}"`));
  const rid = sheetTag ? /r:id="([^"]+)"/.exec(sheetTag)?.[1] : undefined;
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`Id="${rid}"`));
  const target = rel ? /Target="([^"]+)"/.exec(rel)?.[1] : undefined;
  if (!target) throw new Error(`no sheet ${sheet}`);
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  return entries.get(path)?.toString('utf8') ?? '';
}
