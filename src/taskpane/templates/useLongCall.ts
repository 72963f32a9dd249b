/**
 * One long engine call at a time for a part of the panel: its progress, a cancel that the engine
 * hears, and "cancelled" said once. A call that writes is never taken back: if it finished although
 * cancel was pressed (writes are not cut short), its result still counts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { CancelledError } from '../../core/errors';
import type { LongCall } from './client';
import type { TemplateProgress } from './watched-port';

/** Before the first progress report. */
export const STARTING = 'starting';
export type CallState = TemplateProgress | typeof STARTING | null;

export interface LongCallHandle {
  readonly state: CallState;
  readonly busy: boolean;
  readonly cancelled: boolean;
  /** Runs `work`; undefined when it was cancelled or replaced by a newer call. Other errors are thrown. */
  run<T>(work: (call: LongCall) => Promise<T>, options?: { writes?: boolean }): Promise<T | undefined>;
  cancel(): void;
  clearCancelled(): void;
}

export function useLongCall(): LongCallHandle {
  const [state, setState] = useState<CallState>(null);
  const [cancelled, setCancelled] = useState(false);
  const running = useRef<AbortController | null>(null);

  // Stop when the panel goes away.
  useEffect(() => () => running.current?.abort(), []);

  const run = useCallback(async <T>(work: (call: LongCall) => Promise<T>, options: { writes?: boolean } = {}): Promise<T | undefined> => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState(STARTING);
    setCancelled(false);
    try {
      const result = await work({
        signal: controller.signal,
        onProgress: (p) => {
          if (running.current === controller) setState(p);
        },
      });
      if (running.current !== controller) return undefined;
      if (controller.signal.aborted && !options.writes) {
        setCancelled(true);
        return undefined;
      }
      return result;
    } catch (e) {
      if (running.current !== controller) return undefined;
      if (e instanceof CancelledError) {
        setCancelled(true);
        return undefined;
      }
      throw e;
    } finally {
      if (running.current === controller) {
        running.current = null;
        setState(null);
      }
    }
  }, []);

  const cancel = useCallback(() => running.current?.abort(), []);
  const clearCancelled = useCallback(() => setCancelled(false), []);

  return { state, busy: state !== null, cancelled, run, cancel, clearCancelled };
}
