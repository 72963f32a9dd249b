/**
 * The pane's handle on the engine worker: typed calls over comlink, errors turned back into
 * UserError/CancelledError, and an AbortSignal on the pane's side carried across as a cancel call.
 */
import * as Comlink from 'comlink';
import { throwIfAborted } from '../../core/errors';
import type { MappingOverrides } from '../../core/sheet/mapping';
import type { WorkbookPort } from '../../workbook/port';
import type { EngineApi, InspectView, OpenedFile, SavedFile, SheetChoice, SheetProgress } from './api';
import { portHost } from './port-bridge';
import { unwrap, type Result } from './result';

export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: SheetProgress) => void;
}

export class EngineClient {
  private nextOp = 1;

  /** `failed` rejects if the worker itself breaks (its script cannot load): calls then fail instead of hanging. */
  constructor(
    private readonly api: Comlink.Remote<EngineApi>,
    private readonly failed: Promise<never>,
  ) {}

  static start(): EngineClient {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'taizhang-engine' });
    const failed = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        reject(new Error(`the engine stopped working (${event.message || 'worker error'})`));
      });
    });
    // Reported through the calls that meet it, not as an unhandled rejection.
    failed.catch(() => {});
    return new EngineClient(Comlink.wrap<EngineApi>(worker), failed);
  }

  /** One call of the engine's API, its Result turned back into a value or the error it was. Job clients build on this. */
  async call<T>(invoke: (api: Comlink.Remote<EngineApi>) => Promise<Result<T>>): Promise<T> {
    return unwrap(await Promise.race([invoke(this.api), this.failed]));
  }

  /**
   * A long, cancellable call: an operation id for the engine, the pane's AbortSignal carried across
   * as a cancel call, and progress reported through a proxied callback.
   */
  async operation<T, P>(
    invoke: (api: Comlink.Remote<EngineApi>, opId: number, onProgress: ((p: P) => void) | undefined) => Promise<Result<T>>,
    options: { readonly signal?: AbortSignal; readonly onProgress?: (p: P) => void } = {},
  ): Promise<T> {
    throwIfAborted(options.signal);
    const opId = this.nextOp++;
    const onAbort = (): void => void this.api.cancel(opId);
    options.signal?.addEventListener('abort', onAbort);
    // Progress comes over its own channel and can arrive after the result; once the call has settled
    // it is dropped, so no panel is left showing a run that has ended.
    let settled = false;
    const report = options.onProgress;
    try {
      const progress = report ? Comlink.proxy((p: P) => { if (!settled) report(p); }) : undefined;
      return await this.call((api) => invoke(api, opId, progress));
    } finally {
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  async openFile(bytes: Uint8Array, fileName: string): Promise<OpenedFile> {
    return this.call((api) => api.openFile(Comlink.transfer(bytes, [bytes.buffer]), fileName));
  }

  async attachPort(port: WorkbookPort): Promise<void> {
    await this.call((api) => api.attachPort(Comlink.proxy(portHost(port)), port.kind));
  }

  async sheets(): Promise<SheetChoice[]> {
    return this.call((api) => api.sheets());
  }

  async inspect(sheet: string, options: CallOptions = {}): Promise<InspectView> {
    return this.operation((api, opId, progress) => api.inspect(opId, sheet, progress), options);
  }

  async remember(sheet: string, choices: MappingOverrides): Promise<MappingOverrides> {
    return this.call((api) => api.remember(sheet, choices));
  }

  async forget(sheet: string, fields: readonly string[] | 'all'): Promise<MappingOverrides> {
    return this.call((api) => api.forget(sheet, fields));
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.call((api) => api.select(sheet, cell));
  }

  async save(): Promise<SavedFile> {
    return this.call((api) => api.save());
  }
}
