/**
 * Rows of a write-off register (报损注销登记) as disposal entries: which item (by code), how many,
 * what value, and when it left the books — the 注销日期 when the register has one, else the date
 * the principal approved it (审批日期). A row with neither is a request still awaiting approval
 * (DOMAIN.md: losses need approval before write-off) and does not count.
 */
import type { IsoDate } from '../dates';
import type { Finding } from '../findings';
import type { Fen } from '../money';
import type { SheetAnalysis } from '../sheet/analyze';
import { dateOf, fenOf, numberOf } from '../sheet/records';
import { itemCell, readAssetItems, rowFinding, type AssetItem } from './items';

export interface WriteOffEntry {
  /** The register row read as an item (its own quantity, value, category…). */
  readonly item: AssetItem;
  /** Quantity and value written on the register, when given. */
  readonly quantity?: number;
  readonly amount?: Fen;
  readonly date: IsoDate;
}

export interface ReadRegister {
  readonly entries: WriteOffEntry[];
  readonly findings: Finding[];
}

export function readWriteOffRegister(analysis: SheetAnalysis): ReadRegister {
  // Quantity and amount gaps are judged against the ledger row later, so the item reader's findings
  // about them are not repeated here.
  const { items } = readAssetItems(analysis);
  const findings: Finding[] = [];
  const entries: WriteOffEntry[] = [];
  analysis.records.forEach((r, i) => {
    const item = items[i];
    if (!item) return;
    const date = dateOf(r, 'disposedOn') ?? dateOf(r, 'approvedOn');
    if (!date) {
      findings.push(rowFinding(analysis.sheet, itemCell(item, 'disposedOn'), 'info', 'report.register.noDate', { sheet: analysis.sheet, row: r.row, code: item.code ?? item.name ?? '' }, 'disposedOn'));
      return;
    }
    const quantity = numberOf(r, 'quantity') ?? numberOf(r, 'bookQuantity');
    const amount = fenOf(r, 'amount');
    entries.push({ item, date, ...(quantity !== undefined ? { quantity } : {}), ...(amount !== undefined ? { amount } : {}) });
  });
  return { entries, findings };
}
