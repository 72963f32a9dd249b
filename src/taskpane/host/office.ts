/**
 * Everything that knows about Office.js, in one place: is the pane running inside Excel, which
 * language does Office show, and the workbook port over `Excel.run`. The rest of the pane is the
 * same in Excel and in the browser workbench.
 */
import type { WorkbookPort } from '../../workbook/port';
import { excelHostFromGlobals } from '../../workbook/office/host';
import { OfficeWorkbook } from '../../workbook/office';

export type HostInfo =
  | { readonly mode: 'excel'; readonly displayLanguage: string | null; readonly createPort: () => WorkbookPort }
  | { readonly mode: 'workbench' };

declare global {
  interface Window {
    /** Set by taskpane.html: resolves true once office.js has loaded, false if it failed or took too long. */
    taizhangOfficeScript?: Promise<boolean>;
  }
}

/** How long Office.onReady may take once office.js is there; outside Office it answers at once. */
const READY_TIMEOUT_MS = 10_000;

function timeout<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

export async function detectHost(): Promise<HostInfo> {
  const loaded = (await window.taizhangOfficeScript) ?? false;
  if (!loaded || typeof Office === 'undefined' || typeof Office.onReady !== 'function') return { mode: 'workbench' };
  const info = await Promise.race([Office.onReady(), timeout(READY_TIMEOUT_MS, null)]);
  // Office.onReady reports host === null outside Office (DESIGN.md): that is the workbench.
  if (!info || info.host !== Office.HostType.Excel) return { mode: 'workbench' };
  return {
    mode: 'excel',
    displayLanguage: Office.context?.displayLanguage ?? null,
    createPort: () => new OfficeWorkbook(excelHostFromGlobals()),
  };
}
