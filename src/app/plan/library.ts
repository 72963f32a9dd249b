/**
 * The task library as the school keeps it: the workbook's 计划任务库 sheet when there is one (staff
 * add, reword, reschedule or switch off lines there), the built-in library otherwise.
 */
import type { Finding } from '../../core/findings';
import type { Localized } from '../../core/i18n/locale';
import { builtInLibrary, LIBRARY_SHEET_KIND, LIBRARY_SHEET_NAME, readLibraryFromGrid, renderLibrarySheet, type Task } from '../../core/plan';
import type { WorkbookPort } from '../../workbook/port';
import { listOwnedSheets, writeOwnedSheet } from '../owned-sheets';
import { planAppMessage } from './messages';

export interface LoadedLibrary {
  readonly tasks: readonly Task[];
  readonly source: 'sheet' | 'builtIn';
  /** The library sheet read, when there is one. */
  readonly sheet: string | null;
  /** Cells of the library sheet that could not be read (bad schedule: that task skipped). */
  readonly findings: readonly Finding[];
  /** Set when the sheet was there but gave no tasks and the built-in library stood in. */
  readonly fallback: Localized | null;
}

/** The library sheet: Taizhang's own of its kind, else a sheet with the library's name (copied in from another file). */
export async function findLibrarySheet(port: WorkbookPort): Promise<string | null> {
  const owned = (await listOwnedSheets(port)).find((o) => o.kind === LIBRARY_SHEET_KIND);
  if (owned) return owned.name;
  const sheets = await port.listSheets();
  return sheets.find((s) => s.name === LIBRARY_SHEET_NAME)?.name ?? null;
}

export async function loadLibrary(port: WorkbookPort | null): Promise<LoadedLibrary> {
  const builtIn = builtInLibrary();
  const sheet = port ? await findLibrarySheet(port) : null;
  if (!port || sheet === null) return { tasks: builtIn, source: 'builtIn', sheet: null, findings: [], fallback: null };
  const read = readLibraryFromGrid(await port.readGrid(sheet), builtIn);
  if (read.tasks.length === 0) {
    // A sheet whose header was broken would otherwise leave the plan empty without a word.
    return { tasks: builtIn, source: 'builtIn', sheet, findings: read.findings, fallback: planAppMessage('library.unreadable', { sheet }) };
  }
  return { tasks: read.tasks, source: 'sheet', sheet, findings: read.findings, fallback: null };
}

export interface LibrarySheetResult {
  readonly name: string;
  /** False when the workbook already had a library sheet and it was left as the staff edited it. */
  readonly created: boolean;
  readonly replaced: boolean;
}

/**
 * Writes the library onto a sheet staff can edit. An existing library sheet holds the school's
 * edits, so it is kept unless `reset` asks for the built-in library again.
 */
export async function createLibrarySheet(
  port: WorkbookPort,
  options: { readonly tasks?: readonly Task[]; readonly reset?: boolean; readonly now?: Date } = {},
): Promise<LibrarySheetResult> {
  const existing = await findLibrarySheet(port);
  if (existing !== null && !options.reset) return { name: existing, created: false, replaced: false };
  const written = await writeOwnedSheet(port, renderLibrarySheet(options.tasks ?? builtInLibrary()), options.now ? { now: options.now } : undefined);
  return { name: written.name, created: true, replaced: written.replaced };
}
