/**
 * The engine's Web Worker: opening, reading and saving .xlsx files and every use case run here, off
 * the pane's thread, so a 100,000-row ledger never freezes the pane.
 */
import * as Comlink from 'comlink';
import { openXlsx } from '../../workbook/file';
import { createEngine } from './engine';

Comlink.expose(
  createEngine({
    openWorkbook: (bytes, fileName) => openXlsx(bytes, fileName),
    sendable: (fn) => Comlink.proxy(fn),
    movable: (bytes) => Comlink.transfer(bytes, [bytes.buffer]),
  }),
);
