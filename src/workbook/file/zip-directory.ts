/**
 * Reads the central directory of a zip file (an .xlsx is one) without unpacking anything, so a file
 * can be recognised — or found truncated — before ExcelJS spends time and memory on it.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
export const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function startsWithZipSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** The entries of a zip, or null when the bytes are not a complete, readable zip. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  try {
    return readDirectory(bytes);
  } catch {
    // A DataView read past the end: the directory points outside the file.
    return null;
  }
}

function readDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const zip64 = readZip64(view, eocd);
    if (!zip64) return null;
    ({ count, cdSize, cdOffset } = zip64);
  }
  if (cdOffset + cdSize > eocd) return null;

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL_SIGNATURE) return null;
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const nameStart = p + 46;
    if (nameStart + nameLength + extraLength > view.byteLength) return null;
    const name = decoder.decode(bytes.subarray(nameStart, nameStart + nameLength));
    ({ compressedSize, size, localOffset } = applyZip64Extra(view, nameStart + nameLength, extraLength, { compressedSize, size, localOffset }));
    if (localOffset + 30 > view.byteLength || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) return null;
    entries.push({ name: name.replace(/^\/+/, ''), method, compressedSize, size, localOffset });
    p = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let p = last; p >= first; p--) {
    if (view.getUint32(p, true) === EOCD_SIGNATURE) return p;
  }
  return -1;
}

function readZip64(view: DataView, eocd: number): { count: number; cdSize: number; cdOffset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) return null;
  return {
    count: Number(view.getBigUint64(record + 32, true)),
    cdSize: Number(view.getBigUint64(record + 40, true)),
    cdOffset: Number(view.getBigUint64(record + 48, true)),
  };
}

interface Sizes {
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Zip64 keeps large sizes in an extra field (id 1), in this order, only for fields that overflowed. */
function applyZip64Extra(view: DataView, start: number, length: number, sizes: Sizes): Sizes {
  const out = { ...sizes };
  let p = start;
  while (p + 4 <= start + length) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (out.size === 0xffffffff) out.size = next();
      if (out.compressedSize === 0xffffffff) out.compressedSize = next();
      if (out.localOffset === 0xffffffff) out.localOffset = next();
      break;
    }
    p += 4 + size;
  }
  return out;
}
