/** The fake's foundations: errors, request accounting, and the proxy base classes with load/sync discipline. */

import type { FakeContext, FakeExcel } from './host';

/** Bytes of one action's envelope in a request (object path, action type, ids). */
export const ACTION_BYTES = 64;

export interface Limits {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly cellsRead: number;
}
export const EXCEL_WEB_LIMITS: Limits = { requestBytes: 5_000_000, responseBytes: 5_000_000, cellsRead: 5_000_000 };

export class RichApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function propertyNotLoaded(kind: string, prop: string): RichApiError {
  return new RichApiError(
    'PropertyNotLoaded',
    `The property '${prop}' of ${kind} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export interface RequestRecord {
  actions: number;
  requestBytes: number;
  responseBytes: number;
  cellsRead: number;
}

export class SyncStats {
  runs = 0;
  readonly requests: RequestRecord[] = [];
  get syncs(): number {
    return this.requests.length;
  }
  get maxRequestBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.requestBytes), 0);
  }
  get maxResponseBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.responseBytes), 0);
  }
  get maxCellsRead(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.cellsRead), 0);
  }
  get maxActions(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.actions), 0);
  }
  reset(): void {
    this.runs = 0;
    this.requests.length = 0;
  }
}

/** Bytes of a value's JSON in UTF-8, as it travels between the add-in and Excel. */
export function jsonLength(v: unknown): number {
  const json = JSON.stringify(v);
  return json === undefined ? 0 : Buffer.byteLength(json, 'utf8');
}

export interface LoadResult {
  readonly bytes: number;
  readonly cells: number;
  readonly publish: () => void;
}

export interface Op {
  readonly requestBytes: number;
  apply(): LoadResult | void;
}

// ---------------------------------------------------------------------------------------------
// Base classes

export type Scalar = { value: unknown; cells?: number };

export abstract class FakeObject {
  protected readonly loaded = new Map<string, unknown>();
  protected abstract readonly kind: string;

  constructor(readonly ctx: FakeContext) {}

  protected get host(): FakeExcel {
    return this.ctx.host;
  }

  /** A loadable scalar's current value (called at sync). */
  protected scalar(name: string): Scalar {
    throw new RichApiError('InvalidArgument', `${this.kind} has no property '${name}'.`);
  }

  /** A navigation property, for load paths like "protection/protected". */
  protected child(name: string): FakeObject | undefined {
    void name;
    return undefined;
  }

  protected loadedValue<T>(prop: string): T {
    this.ctx.assertOpen();
    if (!this.loaded.has(prop)) throw propertyNotLoaded(this.kind, prop);
    return this.loaded.get(prop) as T;
  }

  load(propertyNames: string): this {
    const paths = propertyNames
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
      .map((s) => s.split('/'));
    this.ctx.enqueue({ requestBytes: ACTION_BYTES + propertyNames.length, apply: () => this.applyLoad(paths) });
    return this;
  }

  applyLoad(paths: string[][]): LoadResult {
    this.beforeLoad();
    let bytes = 0;
    let cells = 0;
    const sets: Array<[string, unknown]> = [];
    const nested = new Map<string, string[][]>();
    const publishes: Array<() => void> = [];
    for (const p of paths) {
      const [head, ...rest] = p;
      if (head === undefined) continue;
      if (rest.length === 0 && !this.isNavigation(head)) {
        const s = this.scalar(head);
        sets.push([head, s.value]);
        bytes += jsonLength(s.value);
        cells += s.cells ?? 0;
      } else {
        const list = nested.get(head) ?? [];
        if (rest.length > 0) list.push(rest);
        nested.set(head, list);
      }
    }
    for (const [head, rest] of nested) {
      const r = this.loadNested(head, rest);
      bytes += r.bytes;
      cells += r.cells;
      publishes.push(r.publish);
    }
    return {
      bytes,
      cells,
      publish: () => {
        for (const [k, v] of sets) this.loaded.set(k, v);
        for (const p of publishes) p();
      },
    };
  }

  /** Resolves the object before a load (null objects load as nulls). */
  protected beforeLoad(): void {}

  protected isNavigation(name: string): boolean {
    return this.child(name) !== undefined;
  }

  protected loadNested(head: string, rest: string[][]): LoadResult {
    const c = this.child(head);
    if (!c) throw new RichApiError('InvalidArgument', `${this.kind} has no navigation property '${head}'.`);
    return c.applyLoad(rest);
  }

  /** Queues a property write; the proxy forgets any loaded value of it, as the real one does. */
  protected write(prop: string, value: unknown, apply: () => void): void {
    this.ctx.enqueue({
      requestBytes: ACTION_BYTES + jsonLength(value),
      apply: () => {
        apply();
      },
    });
    this.loaded.delete(prop);
  }

  protected call(args: unknown[], apply: () => void): void {
    this.ctx.enqueue({
      requestBytes: ACTION_BYTES + jsonLength(args),
      apply: () => {
        apply();
      },
    });
  }
}

/** An object found by a path (getItem, getRange…): resolved at the sync that first carries it. */
export abstract class FakeResolvable<T> extends FakeObject {
  private target: T | null | undefined;
  private nullKnown: boolean | undefined;

  constructor(
    ctx: FakeContext,
    private readonly locate: () => T | null,
    private readonly nullable: boolean,
    preset?: T,
  ) {
    super(ctx);
    if (preset !== undefined) {
      this.target = preset;
      this.nullKnown = false;
    } else {
      ctx.enqueue({
        requestBytes: ACTION_BYTES,
        apply: () => {
          const t = this.resolve();
          return { bytes: 0, cells: 0, publish: () => (this.nullKnown = t === null) };
        },
      });
    }
  }

  protected abstract notFound(): RichApiError;

  resolve(): T | null {
    if (this.target === undefined) {
      const t = this.locate();
      if (t === null && !this.nullable) throw this.notFound();
      this.target = t;
    }
    return this.target;
  }

  must(): T {
    const t = this.resolve();
    if (t === null) throw this.notFound();
    return t;
  }

  protected override beforeLoad(): void {
    this.resolve();
  }

  get isNullObject(): boolean {
    this.ctx.assertOpen();
    if (this.nullKnown === undefined) throw propertyNotLoaded(this.kind, 'isNullObject');
    return this.nullKnown;
  }

  protected isNull(): boolean {
    return this.resolve() === null;
  }
}


export class FakeSetter<M> {
  constructor(
    protected readonly ctx: FakeContext,
    protected readonly target: () => M,
  ) {}
  protected put(value: unknown, apply: (m: M) => void): void {
    this.ctx.enqueue({
      requestBytes: ACTION_BYTES + jsonLength(value),
      apply: () => {
        apply(this.target());
      },
    });
  }
}
