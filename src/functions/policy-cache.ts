/**
 * The workbook's policy, read once and shared by every custom function call for a short while.
 * A recalculation of a whole column asks for it hundreds of times at once: they all share one read
 * (one in-flight promise). After the time to live, the next call reads the sheet again, so an edit
 * of the 赔偿办法 sheet is seen at the next recalculation (Ctrl+Alt+F9 recalculates everything);
 * Taizhang itself invalidates the cache when it writes the policy. A failed read is not kept.
 */
import type { Policy } from '../core/compensation';

export interface PolicyCache {
  get(): Promise<Policy>;
  invalidate(): void;
}

/** Ten seconds: longer than one recalculation, shorter than a clerk's edit-and-check. */
export const POLICY_TTL_MS = 10_000;

export function createPolicyCache(load: () => Promise<Policy>, options: { readonly ttlMs?: number; readonly now?: () => number } = {}): PolicyCache {
  const ttl = options.ttlMs ?? POLICY_TTL_MS;
  const now = options.now ?? (() => Date.now());
  let entry: { readonly at: number; readonly value: Promise<Policy> } | null = null;
  return {
    get(): Promise<Policy> {
      const t = now();
      if (entry === null || t - entry.at >= ttl) {
        const value = load();
        const current = { at: t, value };
        entry = current;
        value.catch(() => {
          if (entry === current) entry = null;
        });
      }
      return entry.value;
    },
    invalidate(): void {
      entry = null;
    },
  };
}
