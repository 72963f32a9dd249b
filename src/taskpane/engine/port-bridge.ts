/**
 * In Excel, Office.js lives on the pane's thread while the use cases run in the worker. The bridge
 * carries the port across: `portHost` wraps the real port on the pane's side; `RemotePort` is the
 * port the worker's use cases see. Progress callbacks travel as proxies, cancellation as an abort
 * call keyed by a call id, errors as Results.
 */
import { throwIfAborted } from '../../core/errors';
import type { Grid } from '../../core/sheet/grid';
import type { SheetSpec } from '../../core/sheet/spec';
import type { CellEdit, Progress, ReadOptions, SheetInfo, WorkbookPort, WriteOptions } from '../../workbook/port';
import { settle, unwrap, type Result } from './result';

type ProgressFn = (p: Progress) => void;

/** Methods only: through a worker proxy a plain property would read as a promise. */
export interface PortHostApi {
  listSheets(): Promise<Result<SheetInfo[]>>;
  readGrid(callId: number, sheet: string, range: string | undefined, onProgress: ProgressFn | undefined): Promise<Result<Grid>>;
  writeSheet(callId: number, spec: SheetSpec, onProgress: ProgressFn | undefined): Promise<Result<void>>;
  updateCells(callId: number, sheet: string, edits: ReadonlyArray<CellEdit>, onProgress: ProgressFn | undefined): Promise<Result<void>>;
  abort(callId: number): Promise<void>;
  deleteSheet(name: string): Promise<Result<void>>;
  select(sheet: string, address: string): Promise<Result<void>>;
  readSetting(key: string): Promise<Result<string | null>>;
  writeSetting(key: string, value: string): Promise<Result<void>>;
}

/** The pane's side: serves a real port to the worker. */
export function portHost(port: WorkbookPort): PortHostApi {
  const running = new Map<number, AbortController>();
  async function withSignal<T>(callId: number, work: (signal: AbortSignal) => Promise<T>): Promise<Result<T>> {
    const controller = new AbortController();
    running.set(callId, controller);
    try {
      return await settle(() => work(controller.signal));
    } finally {
      running.delete(callId);
    }
  }
  return {
    listSheets: () => settle(() => port.listSheets()),
    readGrid: (callId, sheet, range, onProgress) =>
      withSignal(callId, (signal) => port.readGrid(sheet, { signal, ...(range === undefined ? {} : { range }), ...(onProgress ? { onProgress } : {}) })),
    writeSheet: (callId, spec, onProgress) => withSignal(callId, (signal) => port.writeSheet(spec, { signal, ...(onProgress ? { onProgress } : {}) })),
    updateCells: (callId, sheet, edits, onProgress) =>
      withSignal(callId, (signal) => port.updateCells(sheet, edits, { signal, ...(onProgress ? { onProgress } : {}) })),
    abort: async (callId) => running.get(callId)?.abort(),
    deleteSheet: (name) => settle(() => port.deleteSheet(name)),
    select: (sheet, address) => settle(() => port.select(sheet, address)),
    readSetting: (key) => settle(() => port.readSetting(key)),
    writeSetting: (key, value) => settle(() => port.writeSetting(key, value)),
  };
}

/** The worker's side: a WorkbookPort whose every call goes to the pane's thread. */
export class RemotePort implements WorkbookPort {
  readonly kind: WorkbookPort['kind'];
  private nextCall = 1;

  /** `sendable` makes a callback callable from the other thread (Comlink.proxy in the worker). */
  constructor(
    private readonly host: PortHostApi,
    kind: WorkbookPort['kind'],
    private readonly sendable: (fn: ProgressFn) => ProgressFn,
  ) {
    this.kind = kind;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return unwrap(await this.host.listSheets());
  }

  readGrid(sheet: string, options: ReadOptions = {}): Promise<Grid> {
    return this.cancellable(options, (callId, onProgress) => this.host.readGrid(callId, sheet, options.range, onProgress));
  }

  writeSheet(spec: SheetSpec, options: WriteOptions = {}): Promise<void> {
    return this.cancellable(options, (callId, onProgress) => this.host.writeSheet(callId, spec, onProgress));
  }

  updateCells(sheet: string, edits: ReadonlyArray<CellEdit>, options: WriteOptions = {}): Promise<void> {
    return this.cancellable(options, (callId, onProgress) => this.host.updateCells(callId, sheet, edits, onProgress));
  }

  async deleteSheet(name: string): Promise<void> {
    unwrap(await this.host.deleteSheet(name));
  }

  async select(sheet: string, address: string): Promise<void> {
    unwrap(await this.host.select(sheet, address));
  }

  async readSetting(key: string): Promise<string | null> {
    return unwrap(await this.host.readSetting(key));
  }

  async writeSetting(key: string, value: string): Promise<void> {
    unwrap(await this.host.writeSetting(key, value));
  }

  private async cancellable<T>(
    options: { onProgress?: ProgressFn; signal?: AbortSignal },
    call: (callId: number, onProgress: ProgressFn | undefined) => Promise<Result<T>>,
  ): Promise<T> {
    throwIfAborted(options.signal);
    const callId = this.nextCall++;
    const onAbort = (): void => void this.host.abort(callId);
    options.signal?.addEventListener('abort', onAbort);
    try {
      return unwrap(await call(callId, options.onProgress ? this.sendable(options.onProgress) : undefined));
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
  }
}
