/**
 * Binds the adapter to the real Office.js globals inside Excel. Kept apart from the adapter so the
 * adapter itself never touches a global and tests inject a fake host instead.
 */
import type { ExcelContext, ExcelHost } from './excel-api';

// Compile-time proof that the real object model satisfies the narrow interfaces the adapter uses.
const realContextFits: (context: Excel.RequestContext) => ExcelContext = (context) => context;
void realContextFits;

/** The host inside Excel: the global `Excel.run` and Office's requirement-set check. */
export function excelHostFromGlobals(): ExcelHost {
  return {
    run: <T>(batch: (context: ExcelContext) => Promise<T>) => Excel.run((context) => batch(context)),
    isSetSupported: (version: string) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}
