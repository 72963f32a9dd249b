/**
 * Node-only companion of the file adapter, for the CLI: opening an .xlsx by path and saving one
 * atomically (a temporary file renamed into place, so a crash never leaves half a workbook), and
 * never over the file it was opened from unless the caller says so.
 */
import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { fileError } from './messages';
import { openXlsx, type FileWorkbook } from './file-workbook';

interface Origin {
  readonly resolved: string;
  readonly dev: number;
  readonly ino: number;
}

const origins = new WeakMap<FileWorkbook, Origin>();

export async function openXlsxFile(filePath: string): Promise<FileWorkbook> {
  let stats: Stats;
  let bytes: Uint8Array;
  try {
    stats = await fs.stat(filePath);
    if (stats.isDirectory()) throw fileError('file.isDirectory', filePath);
    bytes = await fs.readFile(filePath);
  } catch (e) {
    throw openError(e, filePath);
  }
  const workbook = await openXlsx(bytes, filePath, { memoryLimitBytes: getHeapStatistics().heap_size_limit });
  origins.set(workbook, { resolved: path.resolve(filePath), dev: stats.dev, ino: stats.ino });
  return workbook;
}

export interface SaveOptions {
  /** Allow writing over the file the workbook was opened from. */
  readonly overwriteInput?: boolean;
}

export async function saveXlsxFile(workbook: FileWorkbook, filePath: string, options: SaveOptions = {}): Promise<void> {
  const target = path.resolve(filePath);
  if (!options.overwriteInput && (await isOrigin(workbook, target))) throw fileError('file.overwriteInput', filePath);
  const bytes = await workbook.save();
  await writeAtomically(target, filePath, bytes);
}

/** A temporary file in the target folder renamed into place, so a crash never leaves half a file. */
async function writeAtomically(target: string, filePath: string, bytes: Uint8Array | string): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw fileError('file.cannotWrite', filePath, { reason: errorCode(e) ?? String(e) });
  }
}

async function isOrigin(workbook: FileWorkbook, target: string): Promise<boolean> {
  const origin = origins.get(workbook);
  if (!origin) return false;
  if (origin.resolved === target) return true;
  // Another spelling of the same file: a link, a different case on a case-insensitive disk.
  try {
    const stats = await fs.stat(target);
    return stats.dev === origin.dev && stats.ino === origin.ino;
  } catch {
    return false;
  }
}

function openError(e: unknown, filePath: string): unknown {
  if (e instanceof Error && e.name === 'UserError') return e;
  switch (errorCode(e)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return fileError('file.missing', filePath);
    case 'EISDIR':
      return fileError('file.isDirectory', filePath);
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return fileError('file.unreadable', filePath);
    default:
      return e;
  }
}

function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Any other output (a PDF, a CSV): written to a temporary name in the target folder and renamed into
 * place, and refused when the target is one of `inputs` by real file identity (a link or another
 * spelling of the same path counts).
 */
export async function writeOutputFile(filePath: string, bytes: Uint8Array | string, inputs: readonly string[] = []): Promise<void> {
  const target = path.resolve(filePath);
  for (const input of inputs) if (await sameFile(input, target)) throw fileError('file.overwriteInput', filePath);
  await writeAtomically(target, filePath, bytes);
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
