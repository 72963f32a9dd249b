/**
 * CSV as Taizhang writes it for phones and scanners: UTF-8 with a BOM (so Excel and WPS open the
 * Chinese right), CRLF, fields quoted only when they must be. The scan import reads it back.
 */
function field(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\ufeff${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
