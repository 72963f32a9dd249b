/**
 * The engine's Web Worker: opening, reading and saving .xlsx files and every use case run here, off
 * the pane's thread, so a 100,000-row ledger never freezes the pane.
 */
import * as Comlink from 'comlink';
import { openXlsx } from '../../workbook/file';
import { createEngine } from './engine';

function heapLimit(): number | undefined {
  const memory: unknown = (performance as unknown as { memory?: unknown }).memory;
  if (typeof memory === 'object' && memory !== null && 'jsHeapSizeLimit' in memory) {
    const limit = (memory as { jsHeapSizeLimit: unknown }).jsHeapSizeLimit;
    return typeof limit === 'number' && limit > 0 ? limit : undefined;
  }
  return undefined;
}

Comlink.expose(
  createEngine({
    // Chrome tells a page its JS heap limit; elsewhere the load is not checked in advance.
    openWorkbook: (bytes, fileName) => openXlsx(bytes, fileName, { memoryLimitBytes: heapLimit() }),
    sendable: (fn) => Comlink.proxy(fn),
    movable: (bytes) => Comlink.transfer(bytes, [bytes.buffer]),
  }),
);
