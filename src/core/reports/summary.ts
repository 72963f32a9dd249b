/**
 * The asset summary (资产汇总): items held at a date, by one or two fields (department, category,
 * location, status, custodian) — rows, quantity, 原值, accumulated depreciation and 净值.
 *
 * Held at `at`: acquired on or before `at` (or with no acquisition date: the ledger lists it) and
 * not disposed by then (a disposal date on or before `at`, or a disposal status with no date).
 * Depreciation follows src/core/depreciation (straight line, monthly, from the acquisition month):
 * the life comes from a 使用年限 column when there is one, else from the category, else — when the
 * category is too broad or missing — from the category the item's name belongs to. Items whose
 * life cannot be found are counted at full value (no depreciation), listed as findings and totalled
 * in `unresolved`, so the 净值 column never silently mixes depreciated and undepreciated values.
 */
import type { Finding } from '../findings';
import type { IsoDate } from '../dates';
import type { Fen } from '../money';
import { accumulatedDepreciation, DEFAULT_DEPRECIATION_TABLE, findCategory, lifeMonthsFromYears, resolveLife, type DepreciationTable, type LifeResolution } from '../depreciation';
import type { Locale } from '../i18n/locale';
import { blankLabel, Grouper, type GroupField } from './groups';
import { itemCell, rowFinding, type AssetItem } from './items';
import { addQuantity } from './tally';

export interface SummaryOptions {
  /** One or two grouping fields; the second groups inside the first. */
  readonly by: readonly GroupField[];
  readonly at: IsoDate;
  readonly table?: DepreciationTable;
  readonly locale?: Locale;
}

export interface SummaryFigures {
  /** Ledger rows. */
  items: number;
  quantity: number;
  original: Fen;
  accumulated: Fen;
  net: Fen;
}

export interface SummaryGroup extends SummaryFigures {
  readonly key: string;
  readonly blank: boolean;
  /** Second-level groups (two-level summaries only). */
  readonly children?: SummaryGroup[];
}

export interface RowsTotal {
  items: number;
  quantity: number;
  amount: Fen;
  rows: number[];
}

export interface SummaryResult {
  readonly sheet: string;
  readonly at: IsoDate;
  readonly by: readonly GroupField[];
  readonly groups: SummaryGroup[];
  readonly total: SummaryFigures;
  /** Held items whose useful life could not be found: counted at full value. */
  readonly unresolved: RowsTotal;
  /** Rows not held at `at`. */
  readonly notYetAcquired: RowsTotal;
  readonly disposed: RowsTotal;
  readonly findings: Finding[];
}

function zeroFigures(): SummaryFigures {
  return { items: 0, quantity: 0, original: 0, accumulated: 0, net: 0 };
}

function zeroRows(): RowsTotal {
  return { items: 0, quantity: 0, amount: 0, rows: [] };
}

function addFigures(into: SummaryFigures, from: SummaryFigures): void {
  into.items += from.items;
  into.quantity = addQuantity(into.quantity, from.quantity);
  into.original += from.original;
  into.accumulated += from.accumulated;
  into.net += from.net;
}

function addRows(into: RowsTotal, item: AssetItem): void {
  into.items++;
  into.quantity = addQuantity(into.quantity, item.quantity);
  into.amount += item.amount;
  into.rows.push(item.row);
}

/** Accumulated depreciation of one held item, or null (with a finding) when it cannot be computed. */
/**
 * The life from the item's name when its category cannot give one: ledgers often carry only the
 * broad GB/T 14885 class (通用设备, 家具、用具及装具), while the name says what the item is
 * (台式计算机 → 计算机设备, 6 years). Said in a finding for every row it is used on.
 */
function lifeByName(item: AssetItem, table: DepreciationTable, findings: Finding[]): LifeResolution | null {
  if (!item.name) return null;
  const c = findCategory(item.name, table);
  if (!c || c.life === 'specify') return null;
  const years = c.life === 'none' ? null : c.life;
  findings.push(rowFinding(item.sheet, itemCell(item, 'name'), 'info', years === null ? 'report.life.byNameNone' : 'report.life.byName', {
    row: item.row, name: item.name, category: c.name, years: years ?? '',
  }, 'name'));
  return years === null ? { kind: 'notDepreciated', lifeMonths: 0, category: c } : { kind: 'life', lifeMonths: lifeMonthsFromYears(years), source: 'category', category: c };
}

function depreciationOf(item: AssetItem, at: IsoDate, table: DepreciationTable, findings: Finding[]): Fen | null {
  let life = resolveLife({ category: item.groups.category ?? null, lifeYears: item.lifeYears ?? null }, table);
  if (life.kind === 'tooBroad' || life.kind === 'unknownCategory' || life.kind === 'missing') life = lifeByName(item, table, findings) ?? life;
  switch (life.kind) {
    case 'notDepreciated':
      return 0;
    case 'life':
      if (item.amount < 0) return 0;
      if (!item.acquiredOn) {
        findings.push(rowFinding(item.sheet, itemCell(item, 'acquiredOn'), 'warning', 'report.noAcquiredDate', { row: item.row }, 'acquiredOn'));
        return null;
      }
      return accumulatedDepreciation({ originalFen: item.amount, acquiredOn: item.acquiredOn, lifeMonths: life.lifeMonths, at });
    case 'tooBroad':
      findings.push(rowFinding(item.sheet, itemCell(item, 'category'), 'warning', 'report.life.tooBroad', { row: item.row, category: item.groups.category ?? '' }, 'category'));
      return null;
    case 'unknownCategory':
      findings.push(rowFinding(item.sheet, itemCell(item, 'category'), 'warning', 'report.life.unknownCategory', { row: item.row, category: life.text }, 'category'));
      return null;
    case 'invalidYears':
      findings.push(rowFinding(item.sheet, itemCell(item, 'usefulLife'), 'warning', 'report.life.invalidYears', { row: item.row, years: String(life.years) }, 'usefulLife'));
      return null;
    case 'missing':
      findings.push(rowFinding(item.sheet, itemCell(item, 'category'), 'warning', 'report.life.missing', { row: item.row }, 'category'));
      return null;
  }
}

interface Node {
  figures: SummaryFigures;
  children: Grouper<Node> | null;
}

export function summarizeAssets(sheet: string, items: readonly AssetItem[], options: SummaryOptions): SummaryResult {
  const locale = options.locale ?? 'zh-CN';
  const table = options.table ?? DEFAULT_DEPRECIATION_TABLE;
  const [first, second] = options.by;
  if (!first) throw new RangeError('a summary needs a grouping field');
  const findings: Finding[] = [];
  const makeNode = (withChildren: boolean) => (): Node => ({
    figures: zeroFigures(),
    children: withChildren && second ? new Grouper<Node>(makeNode(false), blankLabel(second)[locale]) : null,
  });
  const top = new Grouper<Node>(makeNode(true), blankLabel(first)[locale]);
  const total = zeroFigures();
  const unresolved = zeroRows();
  const notYetAcquired = zeroRows();
  const disposed = zeroRows();

  for (const item of items) {
    if (item.acquiredOn && item.acquiredOn > options.at) {
      addRows(notYetAcquired, item);
      continue;
    }
    if (item.disposedOn ? item.disposedOn <= options.at : item.disposedStatus !== undefined) {
      if (!item.disposedOn && item.disposedStatus) {
        findings.push(rowFinding(item.sheet, itemCell(item, 'status'), 'info', 'report.statusDisposed.summary', { row: item.row, status: item.disposedStatus }, 'status'));
      }
      addRows(disposed, item);
      continue;
    }
    const acc = depreciationOf(item, options.at, table, findings);
    if (acc === null) addRows(unresolved, item);
    const figures: SummaryFigures = { items: 1, quantity: item.quantity, original: item.amount, accumulated: acc ?? 0, net: item.amount - (acc ?? 0) };
    const node = top.get(item.groups[first]);
    addFigures(node.figures, figures);
    if (second && node.children) addFigures(node.children.get(item.groups[second]).figures, figures);
    addFigures(total, figures);
  }

  const groups: SummaryGroup[] = top.entries().map((g) => ({
    key: g.label,
    blank: g.blank,
    ...g.value.figures,
    ...(g.value.children ? { children: g.value.children.entries().map((c) => ({ key: c.label, blank: c.blank, ...c.value.figures })) } : {}),
  }));
  return { sheet, at: options.at, by: options.by, groups, total, unresolved, notYetAcquired, disposed, findings };
}
