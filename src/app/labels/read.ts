/**
 * The ledger's rows as label items: the sheet found and mapped as inspect and reconciliation do
 * (with the user's remembered column choices), each row's code, name, group texts and date.
 */
import { UserError } from '../../core/errors';
import type { Finding } from '../../core/findings';
import type { LabelItem } from '../../core/labels';
import { ASSET_FIELDS } from '../../core/sheet/fields';
import { dateOf, numberOf, textOf, type SheetRecord } from '../../core/sheet/records';
import type { Progress, WorkbookPort } from '../../workbook/port';
import { analyzeWorkbookSheet } from '../inspect';
import { chooseLedgerSheet } from '../reconcile';
import { sideMessage } from '../reconcile/read';

export interface LedgerItems {
  readonly sheet: string;
  readonly items: LabelItem[];
  readonly findings: Finding[];
}

const text = (r: SheetRecord, key: string): string => (textOf(r, key) ?? '').trim();

export async function readLedgerItems(port: WorkbookPort, sheet?: string, options: { signal?: AbortSignal; onProgress?: (p: Progress) => void } = {}): Promise<LedgerItems> {
  const name = await chooseLedgerSheet(port, sheet);
  const analysis = await analyzeWorkbookSheet(port, name, ASSET_FIELDS, options);
  if (analysis.status !== 'ok' || !analysis.mapping) throw new UserError('labels.noTable', sideMessage('reconcile.noTable', 'ledger', { sheet: name }));
  if (!analysis.mapping.fields.code && !analysis.mapping.fields.name) throw new UserError('labels.noCodeOrName', sideMessage('reconcile.noCodeOrName', 'ledger', { sheet: name }));
  const items: LabelItem[] = [];
  for (const r of analysis.records) {
    const code = text(r, 'code');
    const itemName = text(r, 'name');
    if (code === '' && itemName === '') continue;
    items.push({
      row: r.row,
      code,
      name: itemName,
      category: text(r, 'category'),
      department: text(r, 'department'),
      location: text(r, 'location'),
      acquiredOn: dateOf(r, 'acquiredOn') ?? '',
      quantity: numberOf(r, 'quantity') ?? numberOf(r, 'bookQuantity') ?? 1,
    });
  }
  return { sheet: name, items, findings: analysis.findings.filter((f) => f.severity !== 'info') };
}
