/**
 * PDF export of a report workbook through LibreOffice (headless), the well-kept free office suite:
 * it prints every visible sheet with its own print setup (A4, repeated header rows, page numbers),
 * draws the native charts, and embeds the CJK fonts it finds on the machine. Each run uses a fresh
 * profile, so it works while the user has LibreOffice open and leaves nothing behind.
 */
import { execFile } from 'node:child_process';
import { constants, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { UserError } from '../../core/errors';
import { localize } from '../../core/i18n/locale';
import { fileError } from '../../workbook/file/messages';
import { reportsCliMessages as m } from './reports-messages';

const run = promisify(execFile);
const TIMEOUT_MS = 180_000;

/** Where LibreOffice usually is when it is not on the PATH. */
const KNOWN_PLACES: Readonly<Record<string, readonly string[]>> = {
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
  linux: ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice'],
};

async function executable(file: string): Promise<boolean> {
  try {
    await fs.access(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The soffice program: $SOFFICE, else soffice/libreoffice on the PATH, else the usual install places; null when none. */
export async function findSoffice(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if (env.SOFFICE) return (await executable(env.SOFFICE)) ? env.SOFFICE : null;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter((d) => d !== '')) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (await executable(candidate)) return candidate;
    }
  }
  for (const candidate of KNOWN_PLACES[process.platform] ?? []) if (await executable(candidate)) return candidate;
  return null;
}

/** Converts .xlsx bytes to a PDF file at `target`. */
export async function exportPdf(xlsx: Uint8Array, target: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const soffice = await findSoffice(env);
  if (!soffice) throw new UserError('pdf.noLibreOffice', localize(m, 'noOffice'));
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-pdf-'));
  try {
    const input = path.join(dir, 'report.xlsx');
    await fs.writeFile(input, xlsx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    try {
      await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: TIMEOUT_MS });
    } catch (e) {
      throw new UserError('pdf.failed', localize(m, 'pdfFailed', { reason: e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e) }));
    }
    const produced = path.join(dir, 'report.pdf');
    try {
      await fs.access(produced);
    } catch {
      throw new UserError('pdf.failed', localize(m, 'pdfFailed', { reason: 'no PDF was written' }));
    }
    const temp = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.tmp`);
    try {
      await fs.copyFile(produced, temp);
      await fs.rename(temp, target);
    } catch (e) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw fileError('file.cannotWrite', target, { reason: (e as { code?: string } | null)?.code ?? String(e) });
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
