/**
 * Keeps each Excel request well under Excel on the web's 5 MB payload limit while sending as few
 * requests as possible. Writers `reserve` the estimated size of every action before queuing it; the
 * budget syncs only when the next action would overflow the current request, so a loop over many
 * ranges costs a bounded number of round trips, never one per item.
 */
import { throwIfAborted } from '../../core/errors';
import type { ExcelContext } from './excel-api';

/** Bytes per request we aim for: half of Excel on the web's 5 MB, leaving room for our estimates' error. */
export const REQUEST_BUDGET_BYTES = 2_500_000;
/** A generous estimate of one action's envelope in a request (object path, ids, property name). */
export const ACTION_BYTES = 120;

export class RequestBudget {
  private bytes = 0;
  private actions = 0;
  /** Syncs sent through this budget, for tests and benchmarks. */
  syncs = 0;

  constructor(
    private readonly context: ExcelContext,
    private readonly signal: AbortSignal | undefined,
    private readonly onSynced: () => void = () => undefined,
    private readonly limit: number = REQUEST_BUDGET_BYTES,
  ) {}

  /** Call before queuing `actions` actions carrying `payload` bytes of values or arguments. */
  async reserve(payload: number, actions = 1): Promise<void> {
    const cost = payload + actions * ACTION_BYTES;
    if (this.actions > 0 && this.bytes + cost > this.limit) await this.flush();
    this.bytes += cost;
    this.actions += actions;
  }

  /** Sends what is queued (if anything); checks for a cancel first. */
  async flush(): Promise<void> {
    throwIfAborted(this.signal);
    if (this.actions === 0) return;
    await this.context.sync();
    this.syncs++;
    this.bytes = 0;
    this.actions = 0;
    this.onSynced();
  }
}

/** UTF-8 length of a string: the limits are in bytes, and a Chinese character takes three. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Size of a value as JSON in UTF-8, the way Office.js sends it. */
export function jsonBytes(v: unknown): number {
  const json = JSON.stringify(v);
  return json === undefined ? 0 : utf8Length(json);
}
