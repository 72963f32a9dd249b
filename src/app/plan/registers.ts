/**
 * Finds the office's registers in a workbook and reads them into the typed rows the plan generator
 * takes: sheets adopted as a template first, then any sheet whose columns say what it is. What still
 * counts as open (a repair without completion, compensation not fully paid, a shortage not approved)
 * is decided here from the register's own columns, so the rule is the same in every face.
 */
import { throwIfAborted } from '../../core/errors';
import type { IsoDate } from '../../core/dates';
import { finding, type Finding } from '../../core/findings';
import type { Localized } from '../../core/i18n/locale';
import { formatFen, yuanToFen, type Fen } from '../../core/money';
import type { WorkbookInputs } from '../../core/plan';
import { analyzeSheet, type SheetAnalysis } from '../../core/sheet/analyze';
import { cellAddress, qualifiedAddress } from '../../core/sheet/address';
import type { FieldDef } from '../../core/sheet/fields';
import type { SheetRecord } from '../../core/sheet/records';
import { knownField } from '../../core/sheet/register-fields';
import type { FieldValue } from '../../core/sheet/values';
import { findTemplate } from '../../core/templates/catalogue';
import { templateFieldDefs } from '../../core/templates/fields';
import { cleanText, normalizeCode } from '../../core/text';
import type { SheetInfo, WorkbookPort } from '../../workbook/port';
import { analyzeWorkbookSheet, userSheets } from '../inspect';
import { loadMapping } from '../mapping-store';
import { adoptedTemplate } from '../templates';
import { planAppMessage } from './messages';

export type RegisterKind = 'repairs' | 'compensations' | 'shortages' | 'assets' | 'counts' | 'loans';

interface RegisterDef {
  readonly kind: RegisterKind;
  readonly template: string;
  /** Known fields read beyond the template's own (a ledger's 盘点日期). */
  readonly extra?: readonly string[];
  /** A sheet is this register when every group has a mapped column. */
  readonly signature: readonly (readonly string[])[];
  /** Fields whose unreadable cells can change what the plan lists; their findings are passed on. */
  readonly decisive: readonly string[];
  /** A row is an entry of the register when one of these has a value (not a "登记人：…" line under the table). */
  readonly entry: readonly string[];
}

/**
 * In the order sheets are tried: the specific registers before the asset ledger, whose columns
 * (编号, 名称, 原值) the write-off and compensation registers also have.
 */
const REGISTERS: readonly RegisterDef[] = [
  { kind: 'repairs', template: 'repairRegister', signature: [['reportedOn', 'problem'], ['repairedOn', 'acceptedOn', 'repairState']], decisive: ['repairedOn', 'acceptedOn', 'repairState'], entry: ['reportedOn', 'problem', 'name', 'location'] },
  { kind: 'compensations', template: 'compensationRegister', signature: [['amountDue'], ['paidAmount', 'paidOn'], ['persons', 'responsibleUnit']], decisive: ['amountDue', 'paidAmount', 'paidOn'], entry: ['damageDate', 'name', 'amountDue', 'persons', 'responsibleUnit'] },
  { kind: 'shortages', template: 'writeOffRegister', signature: [['code', 'name'], ['reason', 'approvedBy', 'verifiedBy'], ['approvedOn', 'disposedOn']], decisive: ['approvedOn', 'disposedOn', 'amount'], entry: ['code', 'name'] },
  { kind: 'loans', template: 'loanRegister', signature: [['borrower'], ['dueOn'], ['returnedOn'], ['code', 'name']], decisive: ['dueOn', 'returnedOn'], entry: ['code', 'name', 'borrower'] },
  { kind: 'assets', template: 'assetRegister', extra: ['countedOn'], signature: [['code'], ['name'], ['unitPrice', 'amount']], decisive: ['countedOn'], entry: ['code', 'name'] },
  { kind: 'counts', template: 'countSheet', signature: [['code'], ['countedOn']], decisive: ['countedOn'], entry: ['code', 'name'] },
];

const fieldCache = new Map<RegisterKind, FieldDef[]>();

function fieldsOf(def: RegisterDef): FieldDef[] {
  const cached = fieldCache.get(def.kind);
  if (cached) return cached;
  const template = findTemplate(def.template);
  if (!template) throw new Error(`template ${def.template} is not in the catalogue`);
  const own = templateFieldDefs(template);
  const extra = (def.extra ?? []).filter((k) => !own.some((f) => f.key === k)).map((k) => knownField(k)).filter((f): f is FieldDef => f !== undefined);
  const fields = [...own, ...extra];
  fieldCache.set(def.kind, fields);
  return fields;
}

function matches(def: RegisterDef, analysis: SheetAnalysis): boolean {
  const mapped = analysis.mapping?.fields ?? {};
  return analysis.status === 'ok' && def.signature.every((group) => group.some((k) => mapped[k] !== undefined));
}

export interface RegisterSheet {
  readonly register: RegisterKind;
  readonly sheet: string;
  readonly template: string;
  readonly via: 'adopted' | 'columns';
  /** Rows the table holds (records). */
  readonly rows: number;
}

export type CountBasis = 'countSheets' | 'ledger' | 'both' | 'countOnly' | 'none';

export interface RegisterWarning {
  readonly code: string;
  readonly message: Localized;
}

export interface RegisterRead {
  /** Only the registers found are present. */
  readonly inputs: WorkbookInputs;
  readonly sheets: readonly RegisterSheet[];
  /** Where the assets' last count dates came from, when assets were read. */
  readonly countBasis: { readonly kind: CountBasis; readonly message: Localized } | null;
  readonly warnings: readonly RegisterWarning[];
  /** Unreadable cells that decide whether a row is open, and adopted sheets that cannot be read. */
  readonly findings: readonly Finding[];
}

export interface ReadRegistersOptions {
  readonly signal?: AbortSignal;
}

/** Enough of a sheet to find its header and map its columns (the header may sit up to row 30). */
const PROBE_ROWS = 40;
const PROBE_COLUMNS = 80;

async function recognize(port: WorkbookPort, info: SheetInfo, signal: AbortSignal | undefined): Promise<RegisterDef | null> {
  if (info.rowCount === 0 || info.columnCount === 0) return null;
  const range = `A1:${cellAddress(Math.min(info.rowCount, PROBE_ROWS), Math.min(info.columnCount, PROBE_COLUMNS))}`;
  const grid = await port.readGrid(info.name, { range, signal });
  const remembered = await loadMapping(port, info.name);
  for (const def of REGISTERS) {
    if (matches(def, analyzeSheet(grid, fieldsOf(def), { overrides: remembered, parse: false }))) return def;
  }
  return null;
}

interface FoundSheet {
  readonly def: RegisterDef;
  readonly via: 'adopted' | 'columns';
  readonly analysis: SheetAnalysis;
}

async function findRegisterSheets(port: WorkbookPort, signal: AbortSignal | undefined, findings: Finding[]): Promise<FoundSheet[]> {
  const infos = new Map((await port.listSheets()).map((s) => [s.name, s]));
  const found: FoundSheet[] = [];
  for (const { name } of await userSheets(port)) {
    throwIfAborted(signal);
    const info = infos.get(name);
    if (!info) continue;
    const adopted = await adoptedTemplate(port, name);
    const adoptedDef = adopted === null ? undefined : REGISTERS.find((d) => d.template === adopted);
    // A sheet adopted as another template (a class register, a stock register) is not a plan source.
    if (adopted !== null && !adoptedDef) continue;
    const def = adoptedDef ?? (await recognize(port, info, signal));
    if (!def) continue;
    const analysis = await analyzeWorkbookSheet(port, name, fieldsOf(def), { signal });
    if (analysis.status !== 'ok') {
      if (adoptedDef) {
        const detail = analysis.findings[0]?.message ?? { 'zh-CN': '', 'en-US': '' };
        const template = findTemplate(def.template);
        findings.push(finding(name, '', 'warning', 'plan.register.unreadable', {
          'zh-CN': planAppMessage('adopted.unreadable', { sheet: name, template: template?.zh ?? def.template, detail: detail['zh-CN'] })['zh-CN'],
          'en-US': planAppMessage('adopted.unreadable', { sheet: name, template: template?.en ?? def.template, detail: detail['en-US'] })['en-US'],
        }));
      }
      continue;
    }
    const records = analysis.records.filter((r) => def.entry.some((k) => r.values[k] !== undefined));
    found.push({ def, via: adoptedDef ? 'adopted' : 'columns', analysis: { ...analysis, records } });
    findings.push(...analysis.findings.filter((f) => f.severity !== 'info' && f.field !== undefined && def.decisive.includes(f.field)));
  }
  return found;
}

// ---- reading values ------------------------------------------------------------------------------

function textOf(v: FieldValue | undefined): string | undefined {
  if (!v) return undefined;
  switch (v.type) {
    case 'text':
    case 'code':
      return v.text === '' ? undefined : v.text;
    case 'number':
      return String(v.value);
    case 'money':
      return formatFen(v.fen);
    case 'date':
      return v.date;
  }
}

function dateOf(v: FieldValue | undefined): IsoDate | undefined {
  return v?.type === 'date' ? v.date : undefined;
}

function fenOf(v: FieldValue | undefined): Fen | undefined {
  if (v?.type === 'money') return v.fen;
  if (v?.type === 'number') return yuanToFen(v.value);
  return undefined;
}

function rowRef(analysis: SheetAnalysis, record: SheetRecord): string {
  return qualifiedAddress(analysis.sheet, cellAddress(record.row, analysis.header?.firstCol ?? 1));
}

function fieldCell(analysis: SheetAnalysis, record: SheetRecord, field: string): string {
  const column = analysis.mapping?.fields[field]?.column;
  return column ? `${column}${record.row}` : cellAddress(record.row, analysis.header?.firstCol ?? 1);
}

/** "水龙头" + "漏水" → "水龙头漏水", as offices write a repair; a problem that already names the thing stays as it is. */
function repairText(name: string | undefined, problem: string | undefined): string | undefined {
  if (name && problem) return problem.includes(name) ? problem : `${name}${problem}`;
  return problem ?? name;
}

/** 维修状态 words. A known word decides; anything else leaves it to the dates. */
const REPAIR_DONE = new Set(['已维修', '已验收', '已修复', '已修好', '已修', '修好', '修复', '已完成', '完成', '已处理', '已办结']);
const REPAIR_OPEN = new Set(['待维修', '维修中', '未维修', '未修', '待修', '未修复', '处理中', '待处理', '报修', '已报修', '未完成']);

type Rows<K extends keyof WorkbookInputs> = NonNullable<WorkbookInputs[K]>;

function repairsOf(a: SheetAnalysis): Rows<'repairs'> {
  const out: Rows<'repairs'> = [];
  for (const r of a.records) {
    const v = r.values;
    const state = cleanText(textOf(v.repairState) ?? '');
    const finished = dateOf(v.repairedOn) ?? dateOf(v.acceptedOn);
    // The state column is the office's own word; dates alone decide only when it says nothing known.
    if (REPAIR_DONE.has(state) && finished === undefined) continue;
    const completedOn = REPAIR_OPEN.has(state) ? null : finished ?? null;
    const location = textOf(v.location);
    const what = repairText(textOf(v.name), textOf(v.problem));
    const reportedOn = dateOf(v.reportedOn);
    const item = what ?? location ?? planAppMessage('repair.noText', { row: r.row })['zh-CN'];
    out.push({
      ref: rowRef(a, r),
      item,
      ...(location && what ? { location } : {}),
      reportedOn: reportedOn ?? null,
      completedOn,
    });
  }
  return out;
}

function compensationsOf(a: SheetAnalysis, findings: Finding[]): Rows<'compensations'> {
  const out: Rows<'compensations'> = [];
  for (const r of a.records) {
    const v = r.values;
    const due = fenOf(v.amountDue);
    const paidOn = dateOf(v.paidOn);
    if (due === undefined) {
      // Nothing to collect can be named before the amount is set; the finding asks for it.
      if (paidOn === undefined) findings.push(finding(a.sheet, fieldCell(a, r, 'amountDue'), 'warning', 'plan.compensation.noAmount', planAppMessage('compensation.noAmount'), 'amountDue'));
      continue;
    }
    // A payment date with no amount is taken as paid in full; a smaller amount leaves the rest open.
    const paid = fenOf(v.paidAmount) ?? (paidOn !== undefined ? due : 0);
    const outstanding = due - paid;
    if (outstanding <= 0) continue;
    const persons = textOf(v.persons);
    const unit = textOf(v.responsibleUnit);
    // "初二(3)班李强", as the office names a pupil.
    const payer = persons && unit ? `${unit}${persons}` : persons ?? unit ?? planAppMessage('compensation.noPayer')['zh-CN'];
    const item = textOf(v.name);
    out.push({ ref: rowRef(a, r), payer, ...(item ? { item } : {}), amountFen: outstanding, settledOn: null });
  }
  return out;
}

function shortagesOf(a: SheetAnalysis): Rows<'shortages'> {
  return a.records.map((r) => {
    const v = r.values;
    const code = textOf(v.code);
    return {
      ref: rowRef(a, r),
      ...(code ? { code } : {}),
      name: textOf(v.name) ?? code ?? rowRef(a, r),
      amountFen: Math.max(0, fenOf(v.amount) ?? fenOf(v.netValue) ?? 0),
      approvedOn: dateOf(v.approvedOn) ?? dateOf(v.disposedOn) ?? null,
    };
  });
}

function loansOf(a: SheetAnalysis): Rows<'loans'> {
  const out: Rows<'loans'> = [];
  for (const r of a.records) {
    const v = r.values;
    const dueOn = dateOf(v.dueOn);
    // Without a due date a loan is never past due; the register still lists it.
    if (dueOn === undefined) continue;
    out.push({
      ref: rowRef(a, r),
      item: textOf(v.name) ?? textOf(v.code) ?? rowRef(a, r),
      borrower: textOf(v.borrower) ?? textOf(v.department) ?? planAppMessage('compensation.noPayer')['zh-CN'],
      dueOn,
      returnedOn: dateOf(v.returnedOn) ?? null,
    });
  }
  return out;
}

function later(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function names(list: readonly FoundSheet[]): string {
  return list.map((f) => f.analysis.sheet).join('”“');
}

function assetsOf(ledgers: readonly FoundSheet[], counts: readonly FoundSheet[]): Pick<RegisterRead, 'countBasis' | 'warnings'> & { rows: Rows<'assets'> | undefined } {
  const dated = (f: FoundSheet): boolean => f.analysis.mapping?.fields.countedOn !== undefined;
  const datedCounts = counts.filter(dated);
  const datedLedgers = ledgers.filter(dated);
  const lastCount = new Map<string, IsoDate>();
  for (const f of datedCounts) {
    for (const r of f.analysis.records) {
      const code = r.values.code;
      const date = dateOf(r.values.countedOn);
      if (code?.type !== 'code' || date === undefined) continue;
      const key = normalizeCode(code.text);
      lastCount.set(key, later(lastCount.get(key), date) ?? date);
    }
  }
  const keyOf = (v: FieldValue | undefined): string | undefined => (v?.type === 'code' ? normalizeCode(v.text) : undefined);

  if (ledgers.length > 0) {
    if (datedCounts.length === 0 && datedLedgers.length === 0) {
      return { rows: [], countBasis: { kind: 'none', message: planAppMessage('count.none', { sheets: names(ledgers) }) }, warnings: [{ code: 'plan.assets.noCountDates', message: planAppMessage('count.none', { sheets: names(ledgers) }) }] };
    }
    const rows: Rows<'assets'> = [];
    for (const f of ledgers) {
      for (const r of f.analysis.records) {
        const code = textOf(r.values.code);
        const key = keyOf(r.values.code);
        const last = later(dateOf(r.values.countedOn), key === undefined ? undefined : lastCount.get(key));
        rows.push({ ref: rowRef(f.analysis, r), ...(code ? { code } : {}), name: textOf(r.values.name) ?? code ?? rowRef(f.analysis, r), lastCountedOn: last ?? null });
      }
    }
    const kind: CountBasis = datedCounts.length > 0 && datedLedgers.length > 0 ? 'both' : datedCounts.length > 0 ? 'countSheets' : 'ledger';
    const message =
      kind === 'both'
        ? planAppMessage('count.both', { ledgers: names(datedLedgers), sheets: names(datedCounts) })
        : kind === 'countSheets'
          ? planAppMessage('count.countSheets', { sheets: names(datedCounts) })
          : planAppMessage('count.ledger', { sheets: names(datedLedgers) });
    return { rows, countBasis: { kind, message }, warnings: [] };
  }
  if (datedCounts.length > 0) {
    // No ledger: each code once, at its first row, with its latest count.
    const rows: Rows<'assets'> = [];
    const seen = new Set<string>();
    for (const f of datedCounts) {
      for (const r of f.analysis.records) {
        const code = textOf(r.values.code);
        const key = keyOf(r.values.code);
        if (key !== undefined) {
          if (seen.has(key)) continue;
          seen.add(key);
        }
        const last = key === undefined ? dateOf(r.values.countedOn) : lastCount.get(key);
        rows.push({ ref: rowRef(f.analysis, r), ...(code ? { code } : {}), name: textOf(r.values.name) ?? code ?? rowRef(f.analysis, r), lastCountedOn: last ?? null });
      }
    }
    const message = planAppMessage('count.countOnly', { sheets: names(datedCounts) });
    return { rows, countBasis: { kind: 'countOnly', message }, warnings: [{ code: 'plan.assets.noLedger', message }] };
  }
  return { rows: undefined, countBasis: null, warnings: [] };
}

/** Reads every register the workbook has. A register not found is left out of `inputs`. */
export async function readRegisters(port: WorkbookPort, options: ReadRegistersOptions = {}): Promise<RegisterRead> {
  const findings: Finding[] = [];
  const found = await findRegisterSheets(port, options.signal, findings);
  const of = (kind: RegisterKind): FoundSheet[] => found.filter((f) => f.def.kind === kind);
  const inputs: { -readonly [K in keyof WorkbookInputs]: WorkbookInputs[K] } = {};
  if (of('repairs').length > 0) inputs.repairs = of('repairs').flatMap((f) => repairsOf(f.analysis));
  if (of('compensations').length > 0) inputs.compensations = of('compensations').flatMap((f) => compensationsOf(f.analysis, findings));
  if (of('shortages').length > 0) inputs.shortages = of('shortages').flatMap((f) => shortagesOf(f.analysis));
  if (of('loans').length > 0) inputs.loans = of('loans').flatMap((f) => loansOf(f.analysis));
  const assets = assetsOf(of('assets'), of('counts'));
  if (assets.rows !== undefined) inputs.assets = assets.rows;
  return {
    inputs,
    sheets: found.map((f) => ({ register: f.def.kind, sheet: f.analysis.sheet, template: f.def.template, via: f.via, rows: f.analysis.records.length })),
    countBasis: assets.countBasis,
    warnings: assets.warnings,
    findings,
  };
}
