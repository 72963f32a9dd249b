/**
 * Sheets Taizhang writes are its own and marked as such in the workbook. A re-run replaces only its
 * own sheet of the same kind; a user's sheet with the same name is never touched — the new sheet
 * gets a free name instead.
 */
import { z } from 'zod';
import type { SheetSpec } from '../core/sheet/spec';
import { SETTINGS_SHEET, type SheetInfo, type WorkbookPort, type WriteOptions } from '../workbook/port';
import { readJsonSetting, writeJsonSetting } from './settings';

const OWNED_KEY = 'ownedSheets';
const ownedSchema = z.array(
  z.object({
    name: z.string(),
    /** The name asked for; differs from `name` when a user's sheet already had it. */
    requested: z.string().optional(),
    kind: z.string(),
    writtenAt: z.string(),
  }),
);
export type OwnedSheet = z.infer<typeof ownedSchema>[number];

/** Taizhang's sheets that still exist; pass the sheet list when you have it, to save a scan of the workbook. */
export async function listOwnedSheets(port: WorkbookPort, sheets?: readonly SheetInfo[]): Promise<OwnedSheet[]> {
  const owned = (await readJsonSetting(port, OWNED_KEY, ownedSchema)) ?? [];
  const existing = new Set((sheets ?? (await port.listSheets())).map((s) => s.name));
  return owned.filter((o) => existing.has(o.name));
}

const MAX_NAME = 31;

/** "盘点结果" → "盘点结果 (2)", kept within Excel's 31 characters. */
export function freeName(wanted: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

export interface WrittenSheet {
  readonly name: string;
  /** True when an earlier sheet of the same kind was replaced. */
  readonly replaced: boolean;
}

/**
 * Writes a sheet Taizhang owns. A re-run replaces its earlier sheet of the same kind — unless
 * `replace` is false (registers people type into), when the new sheet always gets a free name.
 */
export async function writeOwnedSheet(port: WorkbookPort, spec: SheetSpec, options?: WriteOptions & { now?: Date; replace?: boolean }): Promise<WrittenSheet> {
  const sheets = await port.listSheets();
  const names = new Set(sheets.map((s) => s.name));
  const owned = (await readJsonSetting(port, OWNED_KEY, ownedSchema)) ?? [];
  const live = owned.filter((o) => names.has(o.name));
  const wanted = spec.name.toLowerCase();
  const mine = options?.replace === false ? undefined : live.find((o) => o.kind === spec.kind && (o.requested ?? o.name).toLowerCase() === wanted);
  let name = spec.name;
  let replaced = false;
  if (mine) {
    await port.deleteSheet(mine.name);
    names.delete(mine.name);
    name = mine.name;
    replaced = true;
  } else {
    name = freeName(spec.name, new Set([...names, SETTINGS_SHEET]));
  }
  await port.writeSheet({ ...spec, name }, options);
  const entry: OwnedSheet = { name, requested: spec.name, kind: spec.kind, writtenAt: (options?.now ?? new Date()).toISOString() };
  await writeJsonSetting(port, OWNED_KEY, ownedSchema, [...live.filter((o) => o.name !== name), entry]);
  return { name, replaced };
}
