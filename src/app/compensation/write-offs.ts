/**
 * Natural damage that cannot be repaired → rows for the write-off register (报损注销登记), laid out
 * as that template lays them out, on a sheet of their own: the school's register is never edited,
 * and the keeper, office and principal sign these rows before they are copied over.
 */
import type { Incident, Policy, WriteOffRow } from '../../core/compensation';
import type { IsoDate } from '../../core/dates';
import { netValue, resolveLife } from '../../core/depreciation';
import { localize, type Locale } from '../../core/i18n/locale';
import { fenToYuanNumber, type Fen } from '../../core/money';
import { roundRatio, times } from '../../core/compensation/exact';
import type { SheetSpec, SpecValue } from '../../core/sheet/spec';
import { findTemplate } from '../../core/templates/catalogue';
import { createTemplateSpec } from '../../core/templates/render';
import { compensationAppMessages as msg } from './messages';
import type { RowDetails } from './register';

export const WRITE_OFF_SHEET_KIND = 'compensation.writeOffs';
const WRITE_OFF_TEMPLATE = 'writeOffRegister';
/** Its own table name: the school's 报损注销登记 made from the template already uses TZ_writeOffRegister. */
const WRITE_OFF_TABLE = 'TZ_compensationWriteOffs';

/**
 * Net book value of the written-off items at the damage date (the last date the register knows them
 * in use), when the acquisition date and a useful life are known; null otherwise.
 */
export function writeOffNetValue(row: WriteOffRow, incident: Incident | undefined, policy: Policy): Fen | null {
  if (row.originalUnitFen === null || !row.acquiredOn || !row.damageDate) return null;
  const life = resolveLife({ category: row.category, lifeYears: incident?.lifeYears ?? null }, policy.categories);
  if (life.kind !== 'life' && life.kind !== 'notDepreciated') return null;
  const unit = netValue({ originalFen: row.originalUnitFen, acquiredOn: row.acquiredOn, lifeMonths: life.lifeMonths, at: row.damageDate });
  return roundRatio(times(unit, row.quantity));
}

export interface WriteOffSheetOptions {
  readonly sheet: string;
  readonly asOf: IsoDate;
  readonly locale: Locale;
  readonly incidents: readonly Incident[];
  readonly details: ReadonlyMap<number, RowDetails>;
}

export function writeOffSheetSpec(rows: readonly WriteOffRow[], policy: Policy, options: WriteOffSheetOptions): SheetSpec {
  const template = findTemplate(WRITE_OFF_TEMPLATE);
  if (!template) throw new Error(`template ${WRITE_OFF_TEMPLATE} is missing from the catalogue`);
  const { locale } = options;
  const values = rows.map((r): Record<string, SpecValue> => {
    const incident = options.incidents.find((i) => i.row === r.sourceRow);
    const detail = options.details.get(r.sourceRow);
    const net = writeOffNetValue(r, incident, policy);
    return {
      code: detail?.code ?? null,
      name: r.item,
      spec: detail?.spec ?? null,
      quantity: r.quantity,
      amount: r.originalTotalFen === null ? null : fenToYuanNumber(r.originalTotalFen),
      netValue: net === null ? null : fenToYuanNumber(net),
      acquiredOn: r.acquiredOn ? { date: r.acquiredOn } : null,
      reason: r.reason[locale],
      note: localize(msg, 'writeOff.note', {
        sheet: options.sheet,
        row: r.sourceRow,
        unit: r.responsibleUnit ? (locale === 'zh-CN' ? `（${r.responsibleUnit}）` : ` (${r.responsibleUnit})`) : '',
      })[locale],
    };
  });
  const spec = createTemplateSpec(template, {
    school: policy.schoolName || undefined,
    asOf: options.asOf,
    categories: policy.categories.map((c) => c.name),
    rows: values,
    blankRows: 0,
    sheetName: msg['writeOff.sheet'][locale],
  });
  return {
    ...spec,
    kind: WRITE_OFF_SHEET_KIND,
    blocks: spec.blocks.map((b) => (b.type === 'table' ? { ...b, tableName: WRITE_OFF_TABLE } : b)),
  };
}
