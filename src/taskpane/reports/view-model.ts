/**
 * What the report panel shows, worked out without React: the form's defaults and the request it
 * sends, built from a report kind's `params` (never from the kind's key), and the result's table
 * read from the report's JSON through its schema.
 */
import type { ReportParam, ReportSource } from '../../app/reports';
import { isValidYmd, splitIso, ymd, type IsoDate } from '../../core/dates';
import { compareJsonSchema, fourPillarJsonSchema, summaryJsonSchema, type FourPillarJson } from '../../core/reports/json';
import type { ReportsUiKey } from './messages';

/** One form value per param: text for most, a list for the sheets pickers. */
export type FormValue = string | readonly string[];
export type FormValues = Readonly<Record<string, FormValue>>;

export function todayIso(now: Date = new Date()): IsoDate {
  return ymd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function validDate(value: string): IsoDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const { y, m, d } = splitIso(value);
  return isValidYmd(y, m, d) ? value : null;
}

export function validMonth(value: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? value : null;
}

/** Dates a report asks for, by the request key they fill: the year so far, ending today. */
const DATE_DEFAULTS: Readonly<Record<string, (today: IsoDate) => IsoDate>> = {
  from: (today) => `${today.slice(0, 4)}-01-01`,
};

/** What a column picker offers first, by the request key it fills: the column of a field, then any of a type. */
const FIELD_PREFERENCES: Readonly<Record<string, { readonly field?: string; readonly type: string }>> = {
  dateField: { type: 'date' },
  amountField: { field: 'amount', type: 'money' },
};

/** The sources that can feed a report, understood sheets first. */
export function sourcesFor(kind: string, sources: readonly ReportSource[]): ReportSource[] {
  return sources.filter((s) => s.fits.includes(kind));
}

/** The columns a column picker lists: the ones of its type first, then the rest. */
export function columnChoices(param: ReportParam, source: ReportSource | null): ReportSource['columns'][number][] {
  const columns = source?.columns ?? [];
  const preferred = FIELD_PREFERENCES[param.key];
  if (!preferred) return [...columns];
  const rank = (c: (typeof columns)[number]): number => (preferred.field !== undefined && c.field === preferred.field ? 0 : c.type === preferred.type ? 1 : 2);
  // A stable sort: within a rank, the sheet's own column order.
  return [...columns].sort((a, b) => rank(a) - rank(b));
}

/** The grouping fields a picker offers: the param's own choices when it has them, else the sheet's. */
export function groupChoices(param: ReportParam, source: ReportSource | null): string[] {
  const own = source?.groupFields ?? [];
  if (param.choices) return param.choices.map((c) => c.value).filter((v) => own.length === 0 || own.includes(v as (typeof own)[number]));
  return [...own];
}

function defaultValue(param: ReportParam, source: ReportSource | null, today: IsoDate): FormValue {
  switch (param.kind) {
    case 'date':
      return (DATE_DEFAULTS[param.key] ?? ((d: IsoDate) => d))(today);
    case 'period':
      return `${today.slice(0, 4)}-01..${today.slice(0, 7)}`;
    case 'groupFields':
    case 'groupField': {
      const choices = groupChoices(param, source);
      const preferred = param.placeholder && choices.includes(param.placeholder) ? param.placeholder : choices[0];
      return preferred ?? '';
    }
    case 'choice':
      return param.choices?.[0]?.value ?? '';
    case 'field': {
      const columns = columnChoices(param, source);
      if (FIELD_PREFERENCES[param.key]) return columns[0]?.column ?? '';
      // A grouping column: one the sheet's fields name (部门, 分类) before any other text.
      const grouping = columns.find((c) => c.field !== undefined && (source?.groupFields ?? []).some((g) => g === c.field));
      return (grouping ?? columns.find((c) => c.type === 'text') ?? columns[0])?.column ?? '';
    }
    case 'sheets':
      return [];
    case 'sheet':
    case 'text':
      return '';
  }
}

/** The form's starting values for a kind on a source sheet (values the user typed are kept by the caller). */
export function defaultValues(params: readonly ReportParam[], source: ReportSource | null, today: IsoDate): Record<string, FormValue> {
  return Object.fromEntries(params.filter((p) => p.kind !== 'sheet').map((p) => [p.key, defaultValue(p, source, today)]));
}

/** "2025-01..2025-12" ↔ its two months. */
export function splitPeriod(value: string): [string, string] {
  const [a = '', b = ''] = value.split('..');
  return [a, b];
}

function isBlank(v: FormValue | undefined): boolean {
  return v === undefined || (typeof v === 'string' ? v.trim() === '' : v.length === 0);
}

/** The first problem with the form, as a message key and the param it is about, or null when it can run. */
export function formProblem(params: readonly ReportParam[], values: FormValues): { key: ReportsUiKey; param: string } | null {
  for (const p of params) {
    if (p.kind === 'sheet') continue;
    const v = values[p.key];
    if (isBlank(v)) {
      if (p.required) return { key: 'form.required', param: p.key };
      continue;
    }
    if (p.kind === 'date' && typeof v === 'string' && !validDate(v)) return { key: 'form.badDate', param: p.key };
    if (p.kind === 'period' && typeof v === 'string') {
      const [a, b] = splitPeriod(v);
      if (!validMonth(a) || !validMonth(b)) return { key: 'form.badPeriod', param: p.key };
      if (b < a) return { key: 'form.periodOrder', param: p.key };
    }
  }
  return null;
}

/** The request the report's use case takes: the sheet, then each param that has a value. */
export function buildRequest(params: readonly ReportParam[], sheet: string, values: FormValues): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const p of params) {
    if (p.kind === 'sheet') {
      request[p.key] = sheet;
      continue;
    }
    const v = values[p.key];
    if (isBlank(v) || v === undefined) continue;
    if (p.kind === 'groupFields' && typeof v === 'string') request[p.key] = v.split(',').filter((x) => x !== '');
    else request[p.key] = typeof v === 'string' ? v.trim() : [...v];
  }
  return request;
}

// The result's table

export interface TableColumn {
  readonly label: ReportsUiKey;
  /** A header spanning several columns above this one (旧管 over 数量 and 金额). */
  readonly group?: ReportsUiKey;
  readonly numeric: boolean;
}

export interface TableRow {
  readonly cells: readonly string[];
  /** 0: a group; 1: a second-level group under the one above. */
  readonly level: 0 | 1;
  readonly total: boolean;
}

export interface ResultTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

const text = (label: ReportsUiKey): TableColumn => ({ label, numeric: false });
const num = (label: ReportsUiKey, group?: ReportsUiKey): TableColumn => ({ label, numeric: true, ...(group ? { group } : {}) });

type Figures = { items: number; quantity: number; originalValue: string; accumulatedDepreciation: string; netValue: string };
const figures = (f: Figures): string[] => [String(f.items), String(f.quantity), f.originalValue, f.accumulatedDepreciation, f.netValue];

type Pillars = Pick<FourPillarJson['total'], 'opening' | 'additions' | 'disposals' | 'closing'>;
const pillars = (p: Pillars): string[] => [p.opening, p.additions, p.disposals, p.closing].flatMap((qa) => [String(qa.quantity), qa.amount]);

/** Each report's table: its columns and how its JSON becomes rows. A kind without one shows its lines only. */
const TABLES: Readonly<Record<string, (json: unknown) => ResultTable | null>> = {
  summary: (json) => {
    const r = summaryJsonSchema.safeParse(json);
    if (!r.success) return null;
    const rows: TableRow[] = r.data.groups.flatMap((g) => [
      { cells: [g.key, ...figures(g)], level: 0 as const, total: false },
      ...(g.children ?? []).map((c) => ({ cells: [c.key, ...figures(c)], level: 1 as const, total: false })),
    ]);
    return {
      columns: [text('col.group'), num('col.items'), num('col.quantity'), num('col.original'), num('col.accumulated'), num('col.net')],
      rows: [...rows, { cells: ['', ...figures(r.data.total)], level: 0, total: true }],
    };
  },
  'four-pillar': (json) => {
    const r = fourPillarJsonSchema.safeParse(json);
    if (!r.success) return null;
    const pair = (group: ReportsUiKey) => [num('col.quantity', group), num('col.amount', group)];
    return {
      columns: [text('col.group'), ...pair('col.opening'), ...pair('col.additions'), ...pair('col.disposals'), ...pair('col.closing')],
      rows: [...r.data.rows.map((row) => ({ cells: [row.key, ...pillars(row)], level: 0 as const, total: false })), { cells: ['', ...pillars(r.data.total)], level: 0, total: true }],
    };
  },
  compare: (json) => {
    const r = compareJsonSchema.safeParse(json);
    if (!r.success) return null;
    const line = (l: (typeof r.data.rows)[number]): string[] => [l.key, l.current, l.previous, l.change, l.changePercent === null ? '—' : `${l.changePercent}%`];
    return {
      columns: [text('col.group'), num('col.current'), num('col.previous'), num('col.change'), num('col.changePercent')],
      rows: [...r.data.rows.map((l) => ({ cells: line(l), level: 0 as const, total: false })), { cells: line(r.data.total).map((c, i) => (i === 0 ? '' : c)), level: 0, total: true }],
    };
  },
};

export function resultTable(kind: string, json: unknown): ResultTable | null {
  return TABLES[kind]?.(json) ?? null;
}

/** The 四柱清册's check against the ledger, when the report has one. */
export type LedgerCheck = FourPillarJson['check'];

export function ledgerCheck(json: unknown): LedgerCheck | null {
  const r = fourPillarJsonSchema.safeParse(json);
  return r.success ? r.data.check : null;
}

/** The sentences a 同期对比 says of each line and of the total, in the seeds' style; none for other reports. */
export function sentences(json: unknown): string[] {
  const r = compareJsonSchema.safeParse(json);
  return r.success ? [...r.data.rows.map((l) => l.sentence), r.data.total.sentence] : [];
}
