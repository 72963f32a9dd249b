/**
 * LibreOffice (headless) as a second real spreadsheet program: converts workbooks with a fresh
 * profile per call that makes Calc recalculate every .xlsx formula on load, so what comes back is
 * LibreOffice's arithmetic, not the cached results Taizhang wrote.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const SOFFICE = process.env.SOFFICE ?? 'soffice';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export async function requireLibreOffice(): Promise<void> {
  try {
    await run(SOFFICE, ['--version'], { timeout: 60_000 });
  } catch {
    throw new Error(`LibreOffice (${SOFFICE}) is required for this test${process.env.CI ? ' in CI' : ''}: install libreoffice-calc-nogui or set SOFFICE.`);
  }
}

/** Converts files in `dir` with LibreOffice to `filter` ("xlsx:Calc MS Excel 2007 XML", "pdf", csv…) into `outDir`. */
export async function convertWithLibreOffice(files: readonly string[], filter: string, outDir: string): Promise<void> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-lo-profile-'));
  try {
    await fs.mkdir(path.join(profile, 'user'), { recursive: true });
    await fs.writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    await fs.mkdir(outDir, { recursive: true });
    await run(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files], { timeout: 240_000 });
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
}

/** Opens bytes in LibreOffice, recalculates, and returns what LibreOffice saved as .xlsx. */
export async function recalculateXlsx(bytes: Uint8Array): Promise<Uint8Array> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'taizhang-lo-'));
  try {
    const input = path.join(dir, 'in.xlsx');
    await fs.writeFile(input, bytes);
    await convertWithLibreOffice([input], 'xlsx:Calc MS Excel 2007 XML', path.join(dir, 'out'));
    return new Uint8Array(await fs.readFile(path.join(dir, 'out', 'in.xlsx')));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
