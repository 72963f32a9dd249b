/**
 * Last month's plan, for roll-forward: the plan sheet of the month before (or, when the office
 * planned the whole term on one sheet, that month's block of the term sheet), read back with the
 * 完成情况 staff ticked.
 */
import type { Finding } from '../../core/findings';
import { PLAN_SHEET_KIND, planSheetName, readPlanFromGrid, termKeyOfMonth, type PlanRow } from '../../core/plan';
import type { WorkbookPort } from '../../workbook/port';
import { listOwnedSheets } from '../owned-sheets';

export interface PreviousPlan {
  readonly sheet: string;
  /** The month whose lines were taken ("2026-02"). */
  readonly month: string;
  readonly rows: readonly PlanRow[];
  readonly findings: readonly Finding[];
}

/** "2026-01" → "2025-12". */
export function previousMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The sheet Taizhang wrote under `wanted` (it may carry another name when a user's sheet had that one), else a sheet of that name. */
async function planSheet(port: WorkbookPort, wanted: string): Promise<string | null> {
  const owned = (await listOwnedSheets(port)).find((o) => o.kind === PLAN_SHEET_KIND && (o.requested ?? o.name) === wanted);
  if (owned) return owned.name;
  return (await port.listSheets()).some((s) => s.name === wanted) ? wanted : null;
}

export async function findPreviousPlan(port: WorkbookPort, month: string): Promise<PreviousPlan | null> {
  const prev = previousMonth(month);
  const monthSheet = await planSheet(port, planSheetName({ month: prev }));
  if (monthSheet !== null) {
    const read = readPlanFromGrid(await port.readGrid(monthSheet));
    return { sheet: monthSheet, month: prev, rows: read.rows, findings: read.findings };
  }
  const termSheet = await planSheet(port, planSheetName({ term: termKeyOfMonth(prev) }));
  if (termSheet === null) return null;
  const read = readPlanFromGrid(await port.readGrid(termSheet));
  // Only that month's block: the term sheet's earlier months were carried (or not) a month ago.
  const rows = read.rows.filter((r) => r.due !== undefined && r.due.startsWith(`${prev}-`));
  return { sheet: termSheet, month: prev, rows, findings: read.findings };
}

/** "来源：维修登记!A7", "来源：'2025 维修'!A3等2行": the sheet a plan line was taken from. */
const SOURCE = /来源[：:]\s*('(?:[^']|'')+'|[^!；;\s]+)!/;

export function sourceSheetOf(row: PlanRow): string | null {
  const m = SOURCE.exec(row.note);
  const name = m?.[1];
  if (name === undefined) return null;
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * Splits last month's lines: those taken from a register read again now are listed afresh from the
 * register (closed rows drop out, open ones come back with today's state) instead of carried over.
 */
export function splitRegisterLines(rows: readonly PlanRow[], registerSheets: ReadonlySet<string>): { carry: PlanRow[]; fromRegisters: PlanRow[] } {
  const carry: PlanRow[] = [];
  const fromRegisters: PlanRow[] = [];
  for (const row of rows) {
    const sheet = sourceSheetOf(row);
    (sheet !== null && registerSheets.has(sheet) ? fromRegisters : carry).push(row);
  }
  return { carry, fromRegisters };
}
