/**
 * The custom functions Taizhang adds to Excel, under the TAIZHANG namespace, declared as data. The
 * build turns this table into functions.json (zh-CN) and functions.en-US.json (see metadata.ts);
 * the functions entry associates each id with its implementation in implementations.ts, and
 * TypeScript refuses an id that has no implementation.
 *
 * This module holds declarations only (no implementation imports): the build loads it in Node to
 * write the metadata, where Office, Excel and the DOM do not exist.
 */
import type { FunctionDefinition } from './metadata';

export const FUNCTION_DEFINITIONS = [] as const satisfies readonly FunctionDefinition[];

export type FunctionId = (typeof FUNCTION_DEFINITIONS)[number]['id'];
