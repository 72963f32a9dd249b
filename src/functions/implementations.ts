/**
 * The code behind each custom function declared in definitions.ts, keyed by function id. The
 * record type makes a declared function without an implementation a compile error.
 */
import type { FunctionId } from './definitions';

/** Any function: Excel passes the arguments the metadata declares. */
export type CustomFunctionImplementation = (...args: never[]) => unknown;

export const FUNCTION_IMPLEMENTATIONS: Readonly<Record<FunctionId, CustomFunctionImplementation>> = {};
