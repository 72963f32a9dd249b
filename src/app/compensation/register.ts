/**
 * Reading a damage register (损坏赔偿登记): the template's own sheet, a sheet adopted as it, or any
 * sheet the user names. Columns are mapped with the template's field vocabulary plus what the user
 * chose before; each row's raw cells (a merged cell's value filling the rows it covers, as the record
 * parser does) go through `incidentFromCells`, the one path from cells to incidents.
 */
import { incidentFromCells, type CellRef, type Incident, type IncidentField } from '../../core/compensation';
import { throwIfAborted, UserError } from '../../core/errors';
import { finding, type Finding } from '../../core/findings';
import { localize } from '../../core/i18n/locale';
import { cellAddress, columnNumber } from '../../core/sheet/address';
import { analyzeSheet, type SheetAnalysis } from '../../core/sheet/analyze';
import type { FieldDef } from '../../core/sheet/fields';
import { cellAt, cellText, isEmptyCell, type Cell, type Grid } from '../../core/sheet/grid';
import { headerCandidatesText } from '../../core/sheet/header';
import type { FieldMapping, MappingOverrides } from '../../core/sheet/mapping';
import { knownField } from '../../core/sheet/register-fields';
import { findTemplate } from '../../core/templates/catalogue';
import { templateFieldDefs } from '../../core/templates/fields';
import { cleanText } from '../../core/text';
import { SETTINGS_SHEET, type Progress, type WorkbookPort } from '../../workbook/port';
import { loadMapping } from '../mapping-store';
import { listOwnedSheets } from '../owned-sheets';
import { adoptedTemplate } from '../templates';
import { compensationAppMessages as msg } from './messages';

export const REGISTER_TEMPLATE = 'compensationRegister';

/** Register column (template field key) → the incident field it feeds. */
const INCIDENT_COLUMNS: ReadonlyArray<readonly [string, IncidentField]> = [
  ['name', 'item'],
  ['quantity', 'quantity'],
  ['unit', 'unit'],
  ['nature', 'nature'],
  ['repairable', 'repairable'],
  ['repairCost', 'repairCost'],
  ['unitPrice', 'originalUnit'],
  ['acquiredOn', 'acquiredOn'],
  ['category', 'category'],
  ['usefulLife', 'lifeYears'],
  ['damageDate', 'damageDate'],
  ['persons', 'persons'],
  ['responsibleUnit', 'responsibleUnit'],
  ['paidAmount', 'paid'],
  ['paidOn', 'paidOn'],
  ['dueOn', 'dueDate'],
];

/** Without these two a sheet is not a damage register: nothing says what was damaged or how. */
const REQUIRED_COLUMNS = ['nature', 'name'] as const;

/**
 * A row is an incident when one of these holds something. A line numbered in 序号 and otherwise
 * empty (registers come with such lines to type into) is not one.
 */
const INCIDENT_SIGNS: readonly IncidentField[] = ['item', 'nature', 'persons', 'damageDate', 'repairCost', 'originalUnit'];

/** The register's vocabulary: the template's fields, plus 使用年限 some registers keep for the net basis. */
export function registerFieldDefs(): FieldDef[] {
  const template = findTemplate(REGISTER_TEMPLATE);
  if (!template) throw new Error(`template ${REGISTER_TEMPLATE} is missing from the catalogue`);
  const defs = templateFieldDefs(template);
  const life = knownField('usefulLife');
  return life && !defs.some((d) => d.key === life.key) ? [...defs, life] : defs;
}

/** What a register row holds besides the incident: what the write-off register and the 应赔金额 preview need. */
export interface RowDetails {
  readonly code: string | null;
  readonly spec: string | null;
  /** The register's own 应赔金额 cell, when the sheet has that column. */
  readonly amountDue: { readonly address: string; readonly value: Cell } | null;
}

export interface RegisterReading {
  readonly sheet: string;
  readonly date1904: boolean;
  readonly mapping: Readonly<Record<string, FieldMapping>>;
  readonly incidents: readonly Incident[];
  readonly details: ReadonlyMap<number, RowDetails>;
  /** Column letter of 应赔金额, if mapped. */
  readonly amountDueColumn: string | null;
  /** Findings about the mapping and the cells (the engine adds its own). */
  readonly findings: readonly Finding[];
}

export interface ReadRegisterOptions {
  /** Per-field column choices for this run (they replace what is remembered). */
  readonly overrides?: MappingOverrides;
  readonly onProgress?: (p: Progress) => void;
  readonly signal?: AbortSignal;
}

const KEY_STRIDE = 20_000;

/** Cells covered by a merge (other than its top-left) on the data rows, with the merge's value. */
function mergedFill(grid: Grid, first: number, last: number): Map<number, Cell> {
  const fill = new Map<number, Cell>();
  for (const m of grid.merges) {
    if (m.bottom < first || m.top > last || m.bottom === m.top) continue;
    const value = cellAt(grid, m.top, m.left);
    for (let r = Math.max(m.top, first); r <= Math.min(m.bottom, last); r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) fill.set(r * KEY_STRIDE + c, value);
    }
  }
  return fill;
}

function lookedFor(fields: readonly FieldDef[], keys: readonly string[]): string {
  return keys
    .map((k) => {
      const f = fields.find((x) => x.key === k);
      const names = [...new Set([f?.zh ?? k, ...(f?.synonyms ?? []).map(([s]) => s).filter((s) => /[\u4e00-\u9fff]/.test(s))])].slice(0, 4);
      return `“${names.join('/')}”`;
    })
    .join('、');
}

/** Columns of the register the engine cannot work without, not found on this sheet. */
export function missingColumns(analysis: SheetAnalysis): string[] {
  const mapped = analysis.mapping?.fields ?? {};
  return analysis.status === 'ok' ? REQUIRED_COLUMNS.filter((k) => !mapped[k]) : [...REQUIRED_COLUMNS];
}

export function unrecognizedError(grid: Grid, analysis: SheetAnalysis, fields: readonly FieldDef[]): UserError {
  const missing = missingColumns(analysis);
  const found = headerCandidatesText(grid).join('、') || '—';
  return new UserError(
    'compensation.register.unrecognized',
    localize(msg, 'register.unrecognized', {
      sheet: grid.sheet,
      missing: lookedFor(fields, missing),
      looked: lookedFor(fields, ['nature', 'name', 'quantity', 'unitPrice', 'repairCost', 'persons', 'responsibleUnit', 'damageDate']),
      found,
    }),
  );
}

/** Maps a register's columns (remembered choices and this run's overrides applied), without parsing rows. */
export async function analyzeRegister(port: WorkbookPort, sheet: string, options: ReadRegisterOptions = {}): Promise<{ grid: Grid; analysis: SheetAnalysis }> {
  const fields = registerFieldDefs();
  const remembered = await loadMapping(port, sheet);
  const grid = await port.readGrid(sheet, { signal: options.signal, onProgress: options.onProgress });
  throwIfAborted(options.signal);
  // Rows are read by incidentFromCells below, which reports unreadable cells in the engine's terms.
  const analysis = analyzeSheet(grid, fields, { overrides: { ...remembered, ...(options.overrides ?? {}) }, parse: false });
  return { grid, analysis };
}

function textOrNull(c: Cell): string | null {
  if (isEmptyCell(c) || (typeof c === 'object' && c !== null && 'error' in c)) return null;
  const t = cleanText(cellText(c));
  return t === '' ? null : t;
}

function runs(rows: readonly number[]): string {
  const out: Array<[number, number]> = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}

/** The register's incidents, with the findings about its mapping and cells. */
export function readRegisterGrid(grid: Grid, analysis: SheetAnalysis): RegisterReading {
  const fields = registerFieldDefs();
  if (missingColumns(analysis).length > 0 || !analysis.layout || !analysis.mapping) throw unrecognizedError(grid, analysis, fields);
  const { layout, mapping } = analysis;
  const sheet = grid.sheet;
  const columnOf = (key: string): number | null => {
    const m = mapping.fields[key];
    return m ? columnNumber(m.column) : null;
  };
  const fill = mergedFill(grid, layout.firstDataRow, layout.lastDataRow);
  const valueAt = (row: number, col: number): Cell => {
    const v = cellAt(grid, row, col);
    return v === null ? (fill.get(row * KEY_STRIDE + col) ?? null) : v;
  };

  const columns = INCIDENT_COLUMNS.flatMap(([key, field]) => {
    const col = columnOf(key);
    return col === null ? [] : [{ field, col }];
  });
  const codeCol = columnOf('code');
  const specCol = columnOf('spec');
  const dueCol = columnOf('amountDue');

  const findings: Finding[] = [...analysis.findings];
  const incidents: Incident[] = [];
  const details = new Map<number, RowDetails>();
  const hidden = new Set(layout.hiddenDataRows);
  const hiddenIncidents: number[] = [];
  for (const row of layout.dataRows) {
    const cells: Partial<Record<IncidentField, CellRef>> = {};
    for (const { field, col } of columns) cells[field] = { value: valueAt(row, col), address: cellAddress(row, col) };
    if (!INCIDENT_SIGNS.some((f) => !isEmptyCell(cells[f]?.value))) continue;
    const read = incidentFromCells(row, cells, { sheet, date1904: grid.date1904 });
    incidents.push(read.incident);
    findings.push(...read.findings);
    details.set(row, {
      code: codeCol === null ? null : textOrNull(valueAt(row, codeCol)),
      spec: specCol === null ? null : textOrNull(valueAt(row, specCol)),
      amountDue: dueCol === null ? null : { address: cellAddress(row, dueCol), value: cellAt(grid, row, dueCol) },
    });
    if (hidden.has(row)) hiddenIncidents.push(row);
  }
  if (hiddenIncidents.length > 0) {
    const first = hiddenIncidents[0] ?? 0;
    const last = hiddenIncidents[hiddenIncidents.length - 1] ?? first;
    findings.push(finding(sheet, `${first}:${last}`, 'info', 'compensation.register.hiddenRows', localize(msg, 'register.hiddenRows', { rows: runs(hiddenIncidents) })));
  }
  return {
    sheet,
    date1904: grid.date1904,
    mapping: mapping.fields,
    incidents,
    details,
    amountDueColumn: mapping.fields.amountDue?.column ?? null,
    findings,
  };
}

export async function readRegister(port: WorkbookPort, sheet: string, options: ReadRegisterOptions = {}): Promise<RegisterReading> {
  const { grid, analysis } = await analyzeRegister(port, sheet, options);
  return readRegisterGrid(grid, analysis);
}

export interface RegisterCandidate {
  readonly sheet: string;
  /** Adopted as the damage-register template (or created from it). */
  readonly adopted: boolean;
  /** Its columns are understood as a register (nature and item found). */
  readonly recognized: boolean;
  readonly hidden: boolean;
}

/**
 * Sheets that could be the register, in workbook order: everything but Taizhang's own outputs and
 * settings. Registers Taizhang created from the template are the user's data, so they count.
 */
async function candidateSheets(port: WorkbookPort): Promise<Array<{ name: string; hidden: boolean; adopted: boolean }>> {
  const owned = await listOwnedSheets(port);
  const outputs = new Set(owned.filter((o) => !o.kind.startsWith('template.')).map((o) => o.name));
  const fromTemplate = new Set(owned.filter((o) => o.kind === `template.${REGISTER_TEMPLATE}`).map((o) => o.name));
  const out: Array<{ name: string; hidden: boolean; adopted: boolean }> = [];
  for (const s of await port.listSheets()) {
    if (s.name === SETTINGS_SHEET || s.visibility === 'veryHidden' || outputs.has(s.name)) continue;
    const adopted = fromTemplate.has(s.name) || (await adoptedTemplate(port, s.name)) === REGISTER_TEMPLATE;
    out.push({ name: s.name, hidden: s.visibility !== 'visible', adopted });
  }
  return out;
}

/** Every sheet that could be the register, with whether it is adopted and understood (for a picker). */
export async function listRegisterSheets(port: WorkbookPort, options: Pick<ReadRegisterOptions, 'signal'> = {}): Promise<RegisterCandidate[]> {
  const out: RegisterCandidate[] = [];
  for (const c of await candidateSheets(port)) {
    throwIfAborted(options.signal);
    const { analysis } = await analyzeRegister(port, c.name, options);
    out.push({ sheet: c.name, adopted: c.adopted, recognized: missingColumns(analysis).length === 0, hidden: c.hidden });
  }
  return out;
}

/** The register found, with its grid and mapping when finding it already read them. */
export interface FoundRegister {
  readonly sheet: string;
  readonly read: { readonly grid: Grid; readonly analysis: SheetAnalysis } | null;
}

/**
 * The register to compute when none is named: the first sheet adopted as (or created from) the
 * damage-register template; else the first visible sheet whose columns are understood as one.
 */
export async function findRegister(port: WorkbookPort, options: Omit<ReadRegisterOptions, 'overrides'> = {}): Promise<FoundRegister> {
  const candidates = await candidateSheets(port);
  const adopted = candidates.find((c) => c.adopted);
  if (adopted) return { sheet: adopted.name, read: null };
  for (const c of candidates.filter((x) => !x.hidden)) {
    throwIfAborted(options.signal);
    const read = await analyzeRegister(port, c.name, options);
    if (missingColumns(read.analysis).length === 0) return { sheet: c.name, read };
  }
  const fields = registerFieldDefs();
  throw new UserError(
    'compensation.register.none',
    localize(msg, 'register.none', {
      sheets: candidates.map((c) => `“${c.name}”`).join('、') || '—',
      looked: lookedFor(fields, ['nature', 'name']),
    }),
  );
}

export async function chooseRegisterSheet(port: WorkbookPort, options: Pick<ReadRegisterOptions, 'signal'> = {}): Promise<string> {
  return (await findRegister(port, options)).sheet;
}
