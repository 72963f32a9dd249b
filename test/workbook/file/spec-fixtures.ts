import { sheetSpecSchema, type SheetSpec } from '../../../src/core/sheet/spec';

/** Checks a hand-written fixture against the schema, so tests never feed the adapter a spec core could not produce. */
export function sheetSchemaSafe(spec: SheetSpec): SheetSpec {
  return sheetSpecSchema.parse(spec);
}
