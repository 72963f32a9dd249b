/**
 * The school's asset category list (GB/T 14885 classes with useful lives), editable and kept in the
 * workbook; the default table until the school changes it.
 */
import { DEFAULT_DEPRECIATION_TABLE, depreciationTableSchema, type DepreciationTable } from '../core/depreciation';
import type { WorkbookPort } from '../workbook/port';
import { readJsonSetting, writeJsonSetting } from './settings';

const KEY = 'categories';

export async function loadCategories(port: WorkbookPort): Promise<DepreciationTable> {
  return (await readJsonSetting(port, KEY, depreciationTableSchema)) ?? DEFAULT_DEPRECIATION_TABLE;
}

export async function saveCategories(port: WorkbookPort, table: DepreciationTable): Promise<void> {
  await writeJsonSetting(port, KEY, depreciationTableSchema, table);
}

export function categoryNames(table: DepreciationTable): string[] {
  return table.map((c) => c.name);
}
