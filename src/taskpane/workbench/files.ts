/**
 * The workbench's file handling in the browser: the download's name, saving bytes through a link,
 * and where the bundled sample lives. The user's original file is never written: a download is
 * always a new file.
 */

export const SAMPLE_FILE = '台账示例.xlsx';
/** Relative to taskpane.html; webpack copies assets/sample/ beside it. */
export const SAMPLE_PATH = `assets/sample/${SAMPLE_FILE}`;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every suffix any language adds, so a re-download never stacks them ("账（台账助手）（台账助手）"). */
const KNOWN_SUFFIXES = ['（台账助手）', ' (Taizhang)'];

/** "固定资产.xlsx" → "固定资产（台账助手）.xlsx". */
export function downloadName(fileName: string, suffix: string): string {
  let base = fileName.replace(/\.(xlsx|xlsm|xls)$/i, '').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of KNOWN_SUFFIXES) {
      if (base.endsWith(s)) {
        base = base.slice(0, -s.length).trimEnd();
        changed = true;
      }
    }
  }
  return `${base || 'workbook'}${suffix}.xlsx`;
}

/** Lets the browser save the bytes as a file (the download bar or the save dialog). */
export function saveBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes.slice()], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function fetchSample(): Promise<Uint8Array> {
  const response = await fetch(new URL(SAMPLE_PATH, window.location.href));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The first file of a drop or a file input. */
export function firstFile(list: FileList | null | undefined): File | null {
  return list && list.length > 0 ? (list.item(0) ?? null) : null;
}
