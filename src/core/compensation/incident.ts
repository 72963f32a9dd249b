/**
 * An incident of a damage register (损坏赔偿登记), as the engine takes it: plain typed values, money in
 * fen, dates ISO. `incidentFromCells` builds one from the cells of a register row (whatever sheet and
 * mapping they came from), turning every unreadable cell into a finding instead of an exception.
 */
import { z } from 'zod';
import { fromExcelSerial, isPlausibleDateSerial, parseDateText, type IsoDate } from '../dates';
import { finding, type Finding } from '../findings';
import { parseYuanText, yuanToFen, type Fen } from '../money';
import { cellText, isDateCell, isEmptyCell, isErrorCell, type Cell } from '../sheet/grid';
import { cleanText } from '../text';
import { FIELD_LABELS, FINDINGS, localizeBy } from './messages';

export const INCIDENT_FIELDS = [
  'item', 'quantity', 'unit', 'nature', 'repairable', 'repairCost', 'originalUnit', 'acquiredOn', 'category',
  'lifeYears', 'damageDate', 'persons', 'responsibleUnit', 'paid', 'paidOn', 'dueDate',
] as const;
export const incidentFieldSchema = z.enum(INCIDENT_FIELDS);
export type IncidentField = z.infer<typeof incidentFieldSchema>;

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const incidentSchema = z.object({
  /** The register's own row number (so results and findings point back at it). */
  row: z.number().int().min(1),
  item: z.string(),
  /** Missing means 1. */
  quantity: z.number().nullish(),
  unit: z.string().nullish(),
  /** The nature as the register words it (人为损坏, 故意, 丢失 …). */
  natureText: z.string(),
  repairable: z.boolean().nullish(),
  /** The whole repair cost of this incident, not per item. */
  repairCostFen: z.number().nullish(),
  /** Original value of one item. */
  originalUnitFen: z.number().nullish(),
  acquiredOn: isoDateSchema.nullish(),
  category: z.string().nullish(),
  lifeYears: z.number().nullish(),
  damageDate: isoDateSchema.nullish(),
  /** The people responsible, as written in one cell ("张三、李四"). */
  persons: z.string().nullish(),
  /** The class, dorm or office the item was entrusted to (高二(4)班). */
  responsibleUnit: z.string().nullish(),
  paidFen: z.number().nullish(),
  paidOn: isoDateSchema.nullish(),
  dueDate: isoDateSchema.nullish(),
  /** A1 address of each field's source cell, so findings point at it. */
  cells: z.partialRecord(incidentFieldSchema, z.string()).optional(),
  /** Fields whose cells could not be read (already reported); a required one stops the incident quietly. */
  unreadable: z.array(incidentFieldSchema).optional(),
});
export type Incident = z.infer<typeof incidentSchema>;

/** A source cell and where it is. */
export interface CellRef {
  readonly value: Cell;
  readonly address: string;
}

const YES = ['是', '能', '可', '可以', '可修', '可修复', '能修', '能修复', '修复', 'y', 'yes', 'true', '√', '✓', '✔', '1'];
const NO = ['否', '不', '不能', '不可', '不可修', '不可修复', '无法修复', '不能修复', '修不好', '报废', 'n', 'no', 'false', '×', '✗', '✘', 'x', '0'];

interface Reader {
  readonly findings: Finding[];
  readonly unreadable: IncidentField[];
}

function report(r: Reader, sheet: string, field: IncidentField, ref: CellRef, key: 'moneyInvalid' | 'numberInvalid' | 'dateInvalid' | 'repairableInvalid' | 'quantityInvalid' | 'cellError'): null {
  const severity = key === 'quantityInvalid' ? 'error' : 'warning';
  const code = key === 'quantityInvalid' ? 'compensation.quantity.invalid' : key === 'cellError' ? 'cell.error' : `compensation.${field}.invalid`;
  const message = localizeBy(FINDINGS, key, (locale) => ({ value: cellText(ref.value), field: FIELD_LABELS[field][locale] }));
  r.findings.push(finding(sheet, ref.address, severity, code, message, field));
  r.unreadable.push(field);
  return null;
}

function readText(ref: CellRef | undefined): string | null {
  if (!ref || isEmptyCell(ref.value) || isErrorCell(ref.value)) return null;
  const t = cleanText(cellText(ref.value));
  return t === '' ? null : t;
}

function readMoney(r: Reader, sheet: string, field: IncidentField, ref: CellRef | undefined): Fen | null {
  if (!ref || isEmptyCell(ref.value)) return null;
  const v = ref.value;
  if (isErrorCell(v)) return report(r, sheet, field, ref, 'cellError');
  if (typeof v === 'number') return Number.isFinite(v) ? yuanToFen(v) : report(r, sheet, field, ref, 'moneyInvalid');
  if (typeof v === 'string') return parseYuanText(v) ?? report(r, sheet, field, ref, 'moneyInvalid');
  return report(r, sheet, field, ref, 'moneyInvalid');
}

function readDate(r: Reader, sheet: string, field: IncidentField, ref: CellRef | undefined, date1904: boolean): IsoDate | null {
  if (!ref || isEmptyCell(ref.value)) return null;
  const v = ref.value;
  if (isErrorCell(v)) return report(r, sheet, field, ref, 'cellError');
  if (isDateCell(v)) return v.date;
  if (typeof v === 'number' && isPlausibleDateSerial(v, date1904)) return fromExcelSerial(v, date1904);
  if (typeof v === 'string') {
    const d = parseDateText(v);
    if (d) return d.date;
  }
  return report(r, sheet, field, ref, 'dateInvalid');
}

/** "2", "2块", "1.5 ㎡", "3 件" → the number and the unit written after it. */
function parseQuantityText(text: string): { quantity: number; unit: string } | null {
  const m = /^([+-]?\d+(?:\.\d+)?)\s*([^\d\s]*)$/u.exec(cleanText(text).replace(/,/g, ''));
  if (!m) return null;
  return { quantity: Number(m[1]), unit: m[2] ?? '' };
}

function readRepairable(r: Reader, sheet: string, ref: CellRef | undefined): boolean | null {
  if (!ref || isEmptyCell(ref.value)) return null;
  const v = ref.value;
  if (isErrorCell(v)) return report(r, sheet, 'repairable', ref, 'cellError');
  if (typeof v === 'boolean') return v;
  const t = cleanText(cellText(v)).toLowerCase().replace(/\s+/g, '');
  if (YES.includes(t)) return true;
  if (NO.includes(t)) return false;
  return report(r, sheet, 'repairable', ref, 'repairableInvalid');
}

function readLifeYears(r: Reader, sheet: string, ref: CellRef | undefined): number | null {
  if (!ref || isEmptyCell(ref.value)) return null;
  const v = ref.value;
  if (isErrorCell(v)) return report(r, sheet, 'lifeYears', ref, 'cellError');
  if (typeof v === 'number') return v;
  const t = cleanText(cellText(v)).replace(/\s+/g, '');
  if (/^(不折旧|不计提折旧|不提折旧)$/.test(t)) return 0;
  const m = /^(\d+(?:\.\d+)?)年?$/.exec(t);
  return m ? Number(m[1]) : report(r, sheet, 'lifeYears', ref, 'numberInvalid');
}

/**
 * One register row → an incident record and the findings about its cells. Amounts stay as written
 * (a negative one is the engine's to report); unreadable cells become empty with a finding, and an
 * unreadable quantity stops the incident (reported here, once).
 */
export function incidentFromCells(
  row: number,
  cells: Partial<Record<IncidentField, CellRef>>,
  options: { readonly sheet: string; readonly date1904?: boolean },
): { incident: Incident; findings: Finding[] } {
  const r: Reader = { findings: [], unreadable: [] };
  const { sheet } = options;
  const date1904 = options.date1904 ?? false;

  let unit = readText(cells.unit);
  let quantity: number | null = null;
  const q = cells.quantity;
  if (q && !isEmptyCell(q.value)) {
    if (typeof q.value === 'number') quantity = q.value;
    else if (typeof q.value === 'string') {
      const parsed = parseQuantityText(q.value);
      if (parsed) {
        quantity = parsed.quantity;
        if (!unit && parsed.unit !== '') unit = parsed.unit;
      } else report(r, sheet, 'quantity', q, 'quantityInvalid');
    } else report(r, sheet, 'quantity', q, isErrorCell(q.value) ? 'cellError' : 'quantityInvalid');
  }

  const addresses: Partial<Record<IncidentField, string>> = {};
  for (const f of INCIDENT_FIELDS) {
    const ref = cells[f];
    if (ref) addresses[f] = ref.address;
  }

  const incident: Incident = {
    row,
    item: readText(cells.item) ?? '',
    quantity,
    unit,
    natureText: readText(cells.nature) ?? '',
    repairable: readRepairable(r, sheet, cells.repairable),
    repairCostFen: readMoney(r, sheet, 'repairCost', cells.repairCost),
    originalUnitFen: readMoney(r, sheet, 'originalUnit', cells.originalUnit),
    acquiredOn: readDate(r, sheet, 'acquiredOn', cells.acquiredOn, date1904),
    category: readText(cells.category),
    lifeYears: readLifeYears(r, sheet, cells.lifeYears),
    damageDate: readDate(r, sheet, 'damageDate', cells.damageDate, date1904),
    persons: readText(cells.persons),
    responsibleUnit: readText(cells.responsibleUnit),
    paidFen: readMoney(r, sheet, 'paid', cells.paid),
    paidOn: readDate(r, sheet, 'paidOn', cells.paidOn, date1904),
    dueDate: readDate(r, sheet, 'dueDate', cells.dueDate, date1904),
    cells: addresses,
  };
  if (r.unreadable.length > 0) incident.unreadable = [...new Set(r.unreadable)];
  return { incident, findings: r.findings };
}
