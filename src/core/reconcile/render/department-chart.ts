/**
 * Shortage and surplus by department: the table a chart is drawn from (charts themselves come with
 * the sheet writer). A shortage belongs to the ledger row's department; a surplus row to the
 * department the counter wrote, an overage to the ledger row's. Totals equal the summary's
 * shortageAmount and surplusAmount + overAmount.
 */
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale';
import type { Fen } from '../../money';
import type { SheetSpec, SpecValue } from '../../sheet/spec';
import type { ReconcileResult } from '../engine';
import { shortageEntries, surplusEntries } from '../lists';
import { compareKey } from '../normalize';
import type { AssetRow } from '../records';
import { roundQuantity } from '../value';
import { MONEY_FORMAT, QUANTITY_FORMAT, sheetName, yuan } from './common';
import { label } from './labels';

export interface DepartmentTotals {
  /** The department as first written; '' for rows with none. */
  readonly department: string;
  readonly shortageQuantity: number;
  readonly shortageAmount: Fen;
  readonly surplusQuantity: number;
  readonly surplusAmount: Fen;
}

export function departmentBreakdown(result: ReconcileResult): DepartmentTotals[] {
  const groups = new Map<string, { department: string; sq: number; sa: Fen; pq: number; pa: Fen }>();
  const at = (department: string) => {
    const key = compareKey(department);
    let g = groups.get(key);
    if (!g) {
      g = { department: department.trim(), sq: 0, sa: 0, pq: 0, pa: 0 };
      groups.set(key, g);
    }
    return g;
  };
  for (const e of shortageEntries(result)) {
    const g = at((result.ledger[e.ledger] as AssetRow).department);
    g.sq += e.quantity;
    g.sa += e.amount ?? 0;
  }
  for (const e of surplusEntries(result)) {
    const row = e.kind === 'over' ? (result.ledger[e.ledger] as AssetRow) : (result.count[e.count] as AssetRow);
    const g = at(row.department);
    g.pq += e.quantity;
    g.pa += e.amount ?? 0;
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => ({
      department: g.department,
      shortageQuantity: roundQuantity(g.sq),
      shortageAmount: g.sa,
      surplusQuantity: roundQuantity(g.pq),
      surplusAmount: g.pa,
    }));
}

export function renderDepartmentChartSheet(result: ReconcileResult, options: { readonly locale?: Locale; readonly sheetName?: string } = {}): SheetSpec {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const rows: SpecValue[][] = departmentBreakdown(result).map((d) => [
    d.department || label(locale, 'col.blank'),
    d.shortageQuantity,
    yuan(d.shortageAmount),
    d.surplusQuantity,
    yuan(d.surplusAmount),
  ]);
  return {
    name: sheetName(options.sheetName ?? label(locale, 'sheet.byDepartment')),
    kind: 'reconcile.byDepartment',
    blocks: [
      { type: 'title', text: label(locale, 'chart.title') },
      {
        type: 'table',
        columns: [
          { header: label(locale, 'col.department'), width: 16 },
          { header: label(locale, 'col.shortageQuantity'), width: 11, numFmt: QUANTITY_FORMAT },
          { header: label(locale, 'col.shortageAmount'), width: 14, numFmt: MONEY_FORMAT },
          { header: label(locale, 'col.surplusQuantity'), width: 11, numFmt: QUANTITY_FORMAT },
          { header: label(locale, 'col.surplusAmount'), width: 14, numFmt: MONEY_FORMAT },
        ],
        rows,
        total: { label: label(locale, 'col.total'), labelColumn: 0, sumColumns: [1, 2, 3, 4] },
      },
    ],
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatHeader: true },
  };
}
