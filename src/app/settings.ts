/**
 * Typed settings kept in the workbook through the port. Every value is JSON validated by a zod
 * schema when read; a value that no longer validates (edited by hand, older version) is ignored
 * rather than trusted.
 */
import type { z } from 'zod';
import type { WorkbookPort } from '../workbook/port';

export async function readJsonSetting<T>(port: WorkbookPort, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const raw = await port.readSetting(key);
  if (raw === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeJsonSetting<T>(port: WorkbookPort, key: string, schema: z.ZodType<T>, value: T): Promise<void> {
  await port.writeSetting(key, JSON.stringify(schema.parse(value)));
}
