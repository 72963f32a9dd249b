/**
 * Remembered column mappings: what the user chose for a sheet is kept in the workbook, so the next
 * run (in Excel, the workbench or the CLI) asks nothing.
 */
import { z } from 'zod';
import { mappingOverridesSchema, type MappingOverrides } from '../core/sheet/mapping';
import type { WorkbookPort } from '../workbook/port';
import { readJsonSetting, writeJsonSetting } from './settings';

const storedMappingSchema = z.object({
  version: z.literal(1),
  overrides: mappingOverridesSchema,
});

function key(sheet: string): string {
  return `mapping:${sheet}`;
}

export async function loadMapping(port: WorkbookPort, sheet: string): Promise<MappingOverrides> {
  const stored = await readJsonSetting(port, key(sheet), storedMappingSchema);
  return stored?.overrides ?? {};
}

export async function saveMapping(port: WorkbookPort, sheet: string, overrides: MappingOverrides): Promise<void> {
  await writeJsonSetting(port, key(sheet), storedMappingSchema, { version: 1, overrides });
}
