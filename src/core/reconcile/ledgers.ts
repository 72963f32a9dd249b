/**
 * 账账相符: two ledgers (finance's and the asset office's) through the same engine. Row by row, the
 * right ledger stands where the count would: a row only on the left is a shortage, only on the right
 * a surplus, and matched rows carry their differences — by default on the fields two ledgers should
 * share, amount included. By group, both ledgers are totalled over a field (groups.ts).
 */
import { reconcile, type ReconcileResult } from './engine';
import { groupTotals, valuedRows, type GroupTotal } from './groups';
import type { ReconcileOptionsInput } from './options';
import type { AssetRow, GroupField } from './records';

export const LEDGER_COMPARE_FIELDS = ['name', 'spec', 'category', 'department', 'amount'] as const;

/** Row by row by code. Possible matches by name are off unless asked for: two ledgers share codes. */
export function compareLedgersByCode(left: readonly AssetRow[], right: readonly AssetRow[], options: ReconcileOptionsInput = {}): ReconcileResult {
  return reconcile(left, right, {
    compareFields: [...LEDGER_COMPARE_FIELDS],
    ...options,
    candidates: { enabled: false, ...options.candidates },
  });
}

export function compareLedgersByGroup(left: readonly AssetRow[], right: readonly AssetRow[], field: GroupField): GroupTotal[] {
  return groupTotals(valuedRows(left), valuedRows(right), field);
}
