/**
 * Turning a FunctionFailure into the error Excel shows: #VALUE! or #N/A with the message in Excel's
 * display language (both codes carry a custom message in the error indicator menu). Outside Excel
 * (tests, the workbench) there is no CustomFunctions global and the failure itself is thrown.
 */
import { pickLocale, type Locale } from '../core/i18n/locale';
import { FunctionFailure, type FailureCode } from './compensation-functions';

/** The part of the CustomFunctions global used here (CustomFunctionsRuntime 1.2). */
export interface CustomFunctionsErrors {
  readonly Error: new (code: string, message?: string) => unknown;
  readonly ErrorCode: Readonly<Record<FailureCode, string>>;
}

function excelLocale(): Locale {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return pickLocale(office?.context?.displayLanguage ?? null);
}

function customFunctions(): CustomFunctionsErrors | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsErrors }).CustomFunctions;
}

/** The value to throw for a failure: Excel's error object when running in Excel. */
export function excelError(failure: FunctionFailure, runtime: CustomFunctionsErrors | undefined = customFunctions(), locale: Locale = excelLocale()): unknown {
  if (!runtime) return failure;
  return new runtime.Error(runtime.ErrorCode[failure.code], failure.localized[locale]);
}

/** Wraps a function so its failures reach Excel as Excel errors (sync and async alike). */
export function asExcelFunction<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>): (...args: A) => R | Promise<R> {
  const rethrow = (e: unknown): never => {
    throw e instanceof FunctionFailure ? excelError(e) : e;
  };
  return (...args: A) => {
    try {
      const r = fn(...args);
      return r instanceof Promise ? r.catch(rethrow) : r;
    } catch (e) {
      return rethrow(e);
    }
  };
}
