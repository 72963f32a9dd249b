/**
 * Reads text parts of an .xlsx straight from the zip, with the platform's own inflater
 * (DecompressionStream, in Node and in browsers), for the few things ExcelJS reads badly.
 */
import type { ZipEntry } from './zip-directory';

const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;

export function canInflate(): boolean {
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** The whole text of a (small) part. */
export async function entryText(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  let text = '';
  for await (const chunk of entryChunks(bytes, entry)) text += chunk;
  return text;
}

/**
 * The text between the first `open` and the following `close` (both included), read as a stream
 * so a 50 MB worksheet is never held whole; '' when `open` does not occur.
 */
export async function entrySection(bytes: Uint8Array, entry: ZipEntry, open: string, close: string): Promise<string> {
  let buffer = '';
  let start = -1;
  for await (const chunk of entryChunks(bytes, entry)) {
    buffer += chunk;
    if (start < 0) {
      start = buffer.indexOf(open);
      if (start < 0) {
        // Keep just enough of the tail for `open` split across chunks.
        buffer = buffer.slice(-open.length);
        continue;
      }
      buffer = buffer.slice(start);
      start = 0;
    }
    const end = buffer.indexOf(close);
    if (end >= 0) return buffer.slice(0, end + close.length);
  }
  return '';
}

async function* entryChunks(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nameLength = view.getUint16(entry.localOffset + 26, true);
  const extraLength = view.getUint16(entry.localOffset + 28, true);
  const start = entry.localOffset + 30 + nameLength + extraLength;
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === METHOD_STORED) {
    yield new TextDecoder('utf-8').decode(data);
    return;
  }
  if (entry.method !== METHOD_DEFLATED) throw new Error(`unsupported zip method ${entry.method}`);
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      // A subarray of the caller's bytes; never a SharedArrayBuffer here.
      controller.enqueue(data as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const decoder = new TextDecoder('utf-8');
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield decoder.decode(value, { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
