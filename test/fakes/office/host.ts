/**
 * A strict fake of the Office.js Excel object model (the subset in src/workbook/office/excel-api.ts).
 *
 * It behaves like the real proxies where adapters usually go wrong:
 * - every method call, property write and load is queued and runs only at `context.sync()`;
 * - reading a property that was not loaded, or was loaded but not yet synced, throws
 *   PropertyNotLoaded (so does `isNullObject` before the sync that resolves the object);
 * - `getItem` of a missing sheet fails at sync with ItemNotFound; `*OrNullObject` resolves to a null
 *   object whose loaded properties are null;
 * - each sync is one round trip: its request size (a fixed envelope per action plus the JSON of
 *   every argument and written value) and response size (JSON of the loaded values) are measured,
 *   and a request or response over 5 MB, or a read of more than 5 million cells, fails the way Excel
 *   on the web fails;
 * - methods of requirement sets newer than the configured one are missing, as on an older Excel;
 * - objects are dead once their `Excel.run` batch has ended, and a batch may not end with queued work.
 */

import type { ExcelContext, ExcelHost } from '../../../src/workbook/office/excel-api';
import { EXCEL_WEB_LIMITS, type Limits, type LoadResult, type Op, RichApiError, type RequestRecord, SyncStats } from './base';
import { InvalidArgument } from './coerce';
import { WorkbookModel } from './model';
import { FakeWorkbook } from './sheets';

export interface FakeExcelOptions {
  /** Highest ExcelApi minor version the fake host supports; 9 (ExcelApi 1.9) at least. */
  readonly apiMinor?: number;
  readonly limits?: Partial<Limits>;
}

/** The fake host: `run` and `isSetSupported` for the adapter, the model and the counters for tests. */
export class FakeExcel implements ExcelHost {
  readonly model = new WorkbookModel();
  readonly stats = new SyncStats();
  readonly limits: Limits;
  apiMinor: number;

  constructor(options: FakeExcelOptions = {}) {
    this.apiMinor = options.apiMinor ?? 17;
    if (this.apiMinor < 9) throw new Error('Taizhang requires ExcelApi 1.9');
    this.limits = { ...EXCEL_WEB_LIMITS, ...options.limits };
  }

  isSetSupported = (version: string): boolean => {
    const m = /^1\.(\d+)$/.exec(version);
    return m !== null && Number(m[1]) <= this.apiMinor;
  };

  run = async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    this.stats.runs++;
    try {
      const result = await batch(ctx);
      if (ctx.pending > 0) throw new Error(`Excel.run batch ended with ${ctx.pending} queued action(s) that were never synced`);
      return result;
    } finally {
      ctx.close();
    }
  };

  requires(minor: number, member: string): void {
    // On an older Excel the member simply does not exist.
    if (this.apiMinor < minor) throw new TypeError(`${member} is not a function (needs ExcelApi 1.${minor})`);
  }
}

export class FakeContext implements ExcelContext {
  private queue: Op[] = [];
  private open = true;
  readonly workbook: FakeWorkbook;

  constructor(readonly host: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  get model(): WorkbookModel {
    return this.host.model;
  }

  get pending(): number {
    return this.queue.length;
  }

  close(): void {
    this.open = false;
  }

  assertOpen(): void {
    if (!this.open) throw new RichApiError('InvalidObjectPath', 'The object was used outside the Excel.run batch that created it.');
  }

  enqueue(op: Op): void {
    this.assertOpen();
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.assertOpen();
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    const record: RequestRecord = { actions: ops.length, requestBytes: 0, responseBytes: 0, cellsRead: 0 };
    for (const op of ops) record.requestBytes += op.requestBytes;
    this.host.stats.requests.push(record);
    const limits = this.host.limits;
    if (record.requestBytes > limits.requestBytes) {
      throw new RichApiError('RequestPayloadSizeLimitExceeded', `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`);
    }
    const publish: Array<() => void> = [];
    for (const op of ops) {
      let r: LoadResult | void;
      try {
        r = op.apply();
      } catch (e) {
        if (e instanceof InvalidArgument) throw new RichApiError('InvalidArgument', e.message);
        throw e;
      }
      if (r) {
        record.responseBytes += r.bytes;
        record.cellsRead += r.cells;
        publish.push(r.publish);
      }
    }
    if (record.cellsRead > limits.cellsRead) {
      throw new RichApiError('RangeExceedsLimit', `The cell count in the request (${record.cellsRead}) has exceeded the maximum supported number.`);
    }
    if (record.responseBytes > limits.responseBytes) {
      throw new RichApiError('ResponsePayloadSizeLimitExceeded', `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`);
    }
    for (const p of publish) p();
  }
}
