/**
 * The policy the custom functions use: this workbook's 赔偿办法 sheet, read through the Office
 * adapter (the same reading and validation as the task pane and the CLI), cached (policy-cache.ts).
 */
import { loadPolicy } from '../app/compensation/policy';
import type { Policy } from '../core/compensation';
import { OfficeWorkbook, type ExcelHost } from '../workbook/office';
import { excelHostFromGlobals } from '../workbook/office/host';
import { createPolicyCache, type PolicyCache } from './policy-cache';

export function createWorkbookPolicy(host: ExcelHost, options: { readonly ttlMs?: number; readonly now?: () => number } = {}): PolicyCache {
  const port = new OfficeWorkbook(host);
  return createPolicyCache(async (): Promise<Policy> => (await loadPolicy(port)).policy, options);
}

// Built on first use: the globals exist only once Office has loaded.
let shared: PolicyCache | null = null;

export function workbookPolicy(): Promise<Policy> {
  shared ??= createWorkbookPolicy(excelHostFromGlobals());
  return shared.get();
}

/** Call after writing the policy sheet, so the next recalculation uses the new policy at once. */
export function invalidateWorkbookPolicy(): void {
  shared?.invalidate();
}
