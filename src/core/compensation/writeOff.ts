/**
 * Natural damage that cannot be repaired goes to the write-off register (报损注销登记): the keeper
 * reports it, the office verifies, the principal approves. These are the rows to add there.
 */
import type { IsoDate } from '../dates';
import type { Localized } from '../i18n/locale';
import type { Fen } from '../money';
import { roundRatio, times } from './exact';
import type { IncidentResult } from './engine';

export interface WriteOffRow {
  /** The damage register's row it comes from. */
  readonly sourceRow: number;
  readonly item: string;
  readonly quantity: number;
  readonly unit: string;
  readonly category: string | null;
  readonly acquiredOn: IsoDate | null;
  readonly originalUnitFen: Fen | null;
  /** Original unit value × quantity, half-up to the fen; null when the register has no value. */
  readonly originalTotalFen: Fen | null;
  readonly damageDate: IsoDate | null;
  readonly responsibleUnit: string | null;
  readonly reason: Localized;
}

const REASON: Localized = { 'zh-CN': '自然损耗，无法修复', 'en-US': 'Natural wear, cannot be repaired' };

export function writeOffRows(results: readonly IncidentResult[]): WriteOffRow[] {
  return results
    .filter((r) => r.disposition === 'writeOff')
    .map((r) => ({
      sourceRow: r.row,
      item: r.item,
      quantity: r.quantity,
      unit: r.unit,
      category: r.category,
      acquiredOn: r.acquiredOn,
      originalUnitFen: r.originalUnitFen,
      originalTotalFen: r.originalUnitFen === null ? null : roundRatio(times(r.originalUnitFen, r.quantity)),
      damageDate: r.damageDate,
      responsibleUnit: r.responsibleUnit,
      reason: REASON,
    }));
}
