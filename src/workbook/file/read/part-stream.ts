/**
 * The text of one part of a zip, inflated and decoded piece by piece with fflate's streaming
 * inflater: the caller pulls pieces of at most a few hundred kB, so a part of any size is never one
 * buffer or one string, and stopping early inflates no more. Free of Node and DOM APIs, so the same
 * code runs in the CLI and in the workbench's worker.
 */
import { Inflate } from 'fflate';
import { LOCAL_SIGNATURE, type ZipEntry } from '../zip-directory';

const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time. */
export const DEFAULT_INPUT_CHUNK = 64 * 1024;

/** A part that cannot be read: the file is damaged or uses something no spreadsheet program writes. */
export class PartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PartError';
  }
}

/** The compressed bytes of an entry (a view into `bytes`, nothing copied). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.localOffset + 30 > bytes.length || view.getUint32(entry.localOffset, true) !== LOCAL_SIGNATURE) throw new PartError(`no local header for ${entry.name}`);
  const nameLength = view.getUint16(entry.localOffset + 26, true);
  const extraLength = view.getUint16(entry.localOffset + 28, true);
  const start = entry.localOffset + 30 + nameLength + extraLength;
  if (start + entry.compressedSize > bytes.length) throw new PartError(`${entry.name} runs past the end of the file`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Raw inflated bytes of the part, in order. `inputChunk` sets how many compressed bytes go in at a time (tests use tiny ones). */
export function* partBytes(bytes: Uint8Array, entry: ZipEntry, inputChunk = DEFAULT_INPUT_CHUNK): Generator<Uint8Array, void, undefined> {
  const data = entryData(bytes, entry);
  if (entry.method === METHOD_STORED) {
    for (let p = 0; p < data.length; p += inputChunk) yield data.subarray(p, Math.min(data.length, p + inputChunk));
    return;
  }
  if (entry.method !== METHOD_DEFLATED) throw new PartError(`unsupported zip method ${entry.method} in ${entry.name}`);
  if (data.length === 0) throw new PartError(`${entry.name} is empty`);
  const out: Uint8Array[] = [];
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    out.push(chunk);
    if (final) ended = true;
  });
  for (let p = 0; p < data.length; p += inputChunk) {
    const end = Math.min(data.length, p + inputChunk);
    inflate.push(data.subarray(p, end), end === data.length);
    for (const chunk of out) yield chunk;
    out.length = 0;
  }
  if (!ended) throw new PartError(`${entry.name} is cut short`);
}

/** The part's text, decoded as UTF-8 piece by piece (a character split between pieces is kept whole). */
export function* partText(bytes: Uint8Array, entry: ZipEntry, inputChunk = DEFAULT_INPUT_CHUNK): Generator<string, void, undefined> {
  const decoder = new TextDecoder('utf-8');
  for (const chunk of partBytes(bytes, entry, inputChunk)) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** The whole text of a small part (workbook, relationships, styles). */
export function wholePartText(bytes: Uint8Array, entry: ZipEntry): string {
  const pieces: string[] = [];
  for (const piece of partText(bytes, entry)) pieces.push(piece);
  return pieces.join('');
}
