/**
 * Files the plan panel hands the user besides the workbook (the .ics calendar), as Blob downloads,
 * and copying the plan's text. Both work in the workbench and in Excel's pane.
 */

export const ICS_MIME = 'text/calendar;charset=utf-8';

/** Lets the browser save the text as a file (the download bar or the save dialog). */
export function saveTextFile(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
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

/**
 * Copies text to the clipboard. Office's pane may refuse the Clipboard API (no permission in its
 * frame); the older copy command on the selected text field still works there.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the copy command.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
