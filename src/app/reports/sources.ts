/**
 * Reading the sheets a report draws from: the ledger (with the user's remembered column choices),
 * write-off registers beside it, and any column a user names by its header, its letter or a field
 * name. Everything the user can get wrong becomes a message naming the sheet and what is there.
 */
import { UserError } from '../../core/errors';
import type { Finding } from '../../core/findings';
import { localize, type MessageParams } from '../../core/i18n/locale';
import { parseDateText, type IsoDate } from '../../core/dates';
import { analyzeSheet, type SheetAnalysis } from '../../core/sheet/analyze';
import { columnLetter, columnNumber } from '../../core/sheet/address';
import type { FieldDef } from '../../core/sheet/fields';
import type { Grid } from '../../core/sheet/grid';
import { ALL_FIELDS, knownField } from '../../core/sheet/register-fields';
import { normalizeHeader } from '../../core/text';
import { reportMessages, type ReportMessageKey } from '../../core/reports/messages';
import type { WorkbookPort, Progress } from '../../workbook/port';
import { userSheets } from '../inspect';
import { loadMapping } from '../mapping-store';

export interface ReadContext {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: Progress & { readonly sheet: string }) => void;
}

export function reportError(key: ReportMessageKey, params?: MessageParams): UserError {
  return new UserError(key, localize(reportMessages, key, params));
}

export interface ReadSheet {
  readonly grid: Grid;
  readonly analysis: SheetAnalysis;
}

/** Reads a sheet and maps it with `fields` and the user's remembered choices (plus `extra` overrides). */
export async function readSheet(
  port: WorkbookPort,
  sheet: string,
  fields: readonly FieldDef[],
  ctx: ReadContext = {},
  extra: Record<string, string> = {},
): Promise<ReadSheet> {
  const grid = await port.readGrid(sheet, {
    signal: ctx.signal,
    onProgress: ctx.onProgress ? (p) => ctx.onProgress?.({ ...p, sheet }) : undefined,
  });
  const remembered = await loadMapping(port, sheet);
  const analysis = analyzeSheet(grid, fields, { overrides: { ...remembered, ...extra } });
  return { grid, analysis };
}

/** A sheet with a table and data rows, or a message saying what is wrong with it. */
export function requireTable(read: ReadSheet): SheetAnalysis {
  const a = read.analysis;
  if (a.status !== 'ok') throw reportError('error.noTable', { sheet: a.sheet });
  if (a.records.length === 0) throw reportError('error.noRows', { sheet: a.sheet });
  return a;
}

/** The sheet asked for, else the first of the user's visible sheets whose table maps all `needs`. */
export async function chooseSheet(port: WorkbookPort, wanted: string | undefined, fields: readonly FieldDef[], needs: readonly string[][], ctx: ReadContext): Promise<ReadSheet> {
  if (wanted !== undefined) return readSheet(port, wanted, fields, ctx);
  let first: ReadSheet | null = null;
  for (const s of await userSheets(port)) {
    if (s.hidden) continue;
    const read = await readSheet(port, s.name, fields, ctx);
    first ??= read;
    const mapped = read.analysis.mapping?.fields ?? {};
    if (read.analysis.status === 'ok' && needs.every((anyOf) => anyOf.some((f) => mapped[f] !== undefined))) return read;
  }
  if (first) return first;
  throw reportError('error.noTable', { sheet: '' });
}

/** Findings of the sheet reading worth a report's reader: warnings and errors (a bad amount cell). */
export function readingFindings(a: SheetAnalysis): Finding[] {
  return a.findings.filter((f) => f.severity !== 'info');
}

/** "2025-12-31", "2025.12.31", "2025年12月31日" → ISO; a message otherwise. */
export function requireDate(text: string): IsoDate {
  const parsed = parseDateText(text.trim());
  if (!parsed || parsed.precision !== 'day') throw reportError('error.badDate', { text });
  return parsed.date;
}

function headersOf(a: SheetAnalysis): string {
  return (a.header?.columns ?? []).map((c) => `${columnLetter(c.col)}“${c.label}”`).join('、') || '—';
}

/**
 * The column a user named: its letter ("D"), its header as written ("物品类别", "数量 / 期末" or
 * either part), a field key ("amount") or a field's name or synonym ("原值") when that field is
 * mapped on the sheet.
 */
export function resolveColumn(a: SheetAnalysis, text: string): { column: string; header: string } {
  const columns = a.header?.columns ?? [];
  const trimmed = text.trim();
  const byNumber = (col: number) => {
    const c = columns.find((x) => x.col === col);
    return c ? { column: columnLetter(c.col), header: c.label } : null;
  };
  if (/^[A-Za-z]{1,3}$/.test(trimmed)) {
    const found = byNumber(columnNumber(trimmed.toUpperCase()));
    if (found) return found;
  }
  const t = normalizeHeader(trimmed);
  for (const c of columns) {
    if (normalizeHeader(c.label) === t || c.parts.some((p) => normalizeHeader(p) === t)) return { column: columnLetter(c.col), header: c.label };
  }
  const mapped = a.mapping?.fields ?? {};
  for (const f of ALL_FIELDS) {
    const m = mapped[f.key];
    if (!m) continue;
    const names = [f.key, f.zh, f.en, ...f.synonyms.map(([s]) => s)];
    if (names.some((n) => normalizeHeader(n) === t)) return { column: m.column, header: m.header };
  }
  throw reportError('error.columnNotFound', { sheet: a.sheet, column: trimmed, headers: headersOf(a) });
}

/** The sheet has no column for a field the report needs. */
export function missingField(a: SheetAnalysis, field: string): UserError {
  const name = knownField(field)?.zh ?? field;
  return reportError('error.fieldNotMapped', { sheet: a.sheet, field: name, headers: headersOf(a) });
}

/** Sheets that look like a write-off register (报损注销登记) by their name. */
export const WRITE_OFF_SHEET_NAME = /报损|注销|报废|核销|处置/;
