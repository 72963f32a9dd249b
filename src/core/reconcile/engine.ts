/**
 * The reconciliation engine (账实相符, and 账账相符 by code): a pure function of ledger rows, count
 * rows and options. Outcomes live in typed arrays indexed like the input rows, so a million rows
 * cost a few bytes each; only rows that differ, split or get proposals carry objects.
 *
 * Passes:
 * 1. Exact: count rows meet ledger rows by normalized code (one Map).
 * 2. Settle each code: a single item (ledger quantity ≤ 1) keeps one count row — the one that agrees
 *    on the most compare fields, then the lowest row — and further rows are duplicates (重复, their
 *    quantity not added); a set (quantity > 1, e.g. 学生课桌椅 50 套) adds all its rows up (a split count).
 *    A code written on several ledger rows is a finding; its count rows go to those ledger rows in row
 *    order: one to each single item (its best fit while at most BEST_FIT_LIMIT rows are left, else
 *    the next in row order), sets filled up to their quantity in row order, the rest added to the
 *    last set, or duplicates of the first counted item when there is no set.
 * 3. Candidates: count rows with no code or an unknown code against the ledger rows still unmatched
 *    (candidates.ts); proposals only.
 * Decisions re-run the same passes: a confirmed pair joins the code's settlement as if the count row
 * carried that ledger row's code; a rejected pair is never proposed again.
 * Every tie is broken by sheet row, so the result does not depend on the order rows are given in.
 */
import { FindingCollector, finding, type Finding } from '../findings';
import { localize } from '../i18n/locale';
import { cellAddress } from '../sheet/address';
import { proposeCandidates, type Candidate, type CandidateStats } from './candidates';
import { countFieldDifferences, makeComparer, rowDifferences, singleAgrees, type RowDifferences } from './differences';
import { reconcileMessages } from './messages';
import { resolveOptions, type ReconcileOptions, type ReconcileOptionsInput } from './options';
import type { AssetRow } from './records';
import { summarize, type ReconcileSummary } from './summary';
import { roundQuantity } from './value';

export const LEDGER_OUTCOMES = ['matched', 'shortage'] as const;
export type LedgerOutcome = (typeof LEDGER_OUTCOMES)[number];
export const COUNT_OUTCOMES = ['matched', 'surplus', 'duplicate', 'possibleMatch'] as const;
export type CountOutcome = (typeof COUNT_OUTCOMES)[number];

/** Indices into LEDGER_OUTCOMES / COUNT_OUTCOMES, as stored in the outcome arrays. */
export const L_MATCHED = 0;
export const L_SHORTAGE = 1;
export const C_MATCHED = 0;
export const C_SURPLUS = 1;
export const C_DUPLICATE = 2;
export const C_POSSIBLE = 3;

export interface ReconcileResult {
  readonly ledger: readonly AssetRow[];
  readonly count: readonly AssetRow[];
  readonly options: ReconcileOptions;
  /** Per ledger row: L_MATCHED or L_SHORTAGE. */
  readonly ledgerOutcome: Uint8Array;
  /** Per count row: C_MATCHED, C_SURPLUS, C_DUPLICATE or C_POSSIBLE. */
  readonly countOutcome: Uint8Array;
  /** Per count row: the ledger row it matched or duplicates, or its best candidate; -1 for a surplus. */
  readonly countLedger: Int32Array;
  /** Per ledger row: the quantity counted (all parts); 0 for a shortage. */
  readonly counted: Float64Array;
  /** Per ledger row: its first count row (lowest sheet row); -1 for a shortage. */
  readonly firstPart: Int32Array;
  /** Ledger rows counted in several parts (split sets) → the parts, in sheet-row order. */
  readonly splits: ReadonlyMap<number, readonly number[]>;
  /** Matched ledger rows that differ (不符) → how. */
  readonly differences: ReadonlyMap<number, RowDifferences>;
  /** Count rows with possible matches (疑似) → candidates, best first. */
  readonly proposals: ReadonlyMap<number, readonly Candidate[]>;
  /** Count rows matched because the user confirmed a proposal. */
  readonly confirmed: ReadonlySet<number>;
  readonly findings: readonly Finding[];
  /** Findings past the per-code cap (a ledger with thousands of shared codes): how many of each. */
  readonly omittedFindings: ReadonlyArray<{ readonly code: string; readonly count: number }>;
  readonly summary: ReconcileSummary;
  readonly candidateStats: CandidateStats;
}

/** Above this many unassigned rows on a shared code, single items take rows in row order, not by best fit. */
const BEST_FIT_LIMIT = 64;

const byRow = (rows: readonly AssetRow[]) => (a: number, b: number): number =>
  (rows[a] as AssetRow).row - (rows[b] as AssetRow).row || a - b;

export function reconcile(ledger: readonly AssetRow[], count: readonly AssetRow[], optionsInput: ReconcileOptionsInput = {}): ReconcileResult {
  const options = resolveOptions(optionsInput);
  const nL = ledger.length;
  const nC = count.length;
  const collector = new FindingCollector();
  const ledgerOrder = byRow(ledger);
  const countOrder = byRow(count);

  // 1. Ledger codes. A code on several ledger rows chains them (nextLedger), head = lowest row.
  const codeHead = new Map<string, number>();
  const nextLedger = new Int32Array(nL).fill(-1);
  let sharedTail: Map<number, number> | null = null;
  for (let i = 0; i < nL; i++) {
    const key = (ledger[i] as AssetRow).codeKey;
    if (key === '') continue;
    const h = codeHead.get(key);
    if (h === undefined) {
      codeHead.set(key, i);
      continue;
    }
    sharedTail ??= new Map();
    const t = sharedTail.get(h) ?? h;
    nextLedger[t] = i;
    sharedTail.set(h, i);
  }
  if (sharedTail) {
    const groups: number[][] = [];
    for (const h of sharedTail.keys()) {
      const members: number[] = [];
      for (let i = h; i !== -1; i = nextLedger[i] as number) members.push(i);
      members.sort(ledgerOrder);
      for (let k = 0; k < members.length; k++) nextLedger[members[k] as number] = k + 1 < members.length ? (members[k + 1] as number) : -1;
      codeHead.set((ledger[members[0] as number] as AssetRow).codeKey, members[0] as number);
      groups.push(members);
    }
    // Findings in sheet order, whatever order the rows came in.
    groups.sort((a, b) => ledgerOrder(a[0] as number, b[0] as number));
    for (const members of groups) {
      const first = ledger[members[0] as number] as AssetRow;
      const rows = members.slice(0, 10).map((m) => (ledger[m] as AssetRow).row);
      collector.add(
        finding(options.ledgerSource.sheet, cellAddress(first.row, options.ledgerSource.codeColumn), 'warning', 'ledger.duplicateCode',
          localize(reconcileMessages, 'ledger.duplicateCode', { code: first.code, count: members.length, rows: rows.join('、') + (members.length > rows.length ? '…' : '') }), 'code'),
      );
    }
  }
  const headOf = (l: number): number => {
    const key = (ledger[l] as AssetRow).codeKey;
    return key === '' ? l : (codeHead.get(key) ?? l);
  };

  // 2. Count rows join their code's group (a linked list per group head).
  const partHead = new Int32Array(nL).fill(-1);
  const partNext = new Int32Array(nC).fill(-1);
  const partN = new Int32Array(nL);
  const unmatched: number[] = [];
  for (let c = 0; c < nC; c++) {
    const key = (count[c] as AssetRow).codeKey;
    const h = key === '' ? undefined : codeHead.get(key);
    if (h === undefined) {
      unmatched.push(c);
      continue;
    }
    partNext[c] = partHead[h] as number;
    partHead[h] = c;
    partN[h] = (partN[h] as number) + 1;
  }

  // Decisions on earlier proposals.
  const pinned = new Map<number, number>();
  let rejectedPairs: Set<number> | null = null;
  if (options.decisions.length > 0) {
    const d = applyDecisions(ledger, count, options, unmatched, collector);
    for (const [c, l] of d.pinned) {
      pinned.set(c, l);
      const h = headOf(l);
      partNext[c] = partHead[h] as number;
      partHead[h] = c;
      partN[h] = (partN[h] as number) + 1;
    }
    rejectedPairs = d.rejected;
  }

  // 3. Settle every group.
  const ledgerOutcome = new Uint8Array(nL).fill(L_SHORTAGE);
  const countOutcome = new Uint8Array(nC).fill(C_SURPLUS);
  const countLedger = new Int32Array(nC).fill(-1);
  const counted = new Float64Array(nL);
  const firstPart = new Int32Array(nL).fill(-1);
  const splits = new Map<number, number[]>();
  const differences = new Map<number, RowDifferences>();

  const comparer = makeComparer(options);
  /** The common case, one count row for one ledger row: no arrays, no objects unless it differs. */
  const matchOne = (l: number, c: number): void => {
    const book = ledger[l] as AssetRow;
    const row = count[c] as AssetRow;
    countOutcome[c] = C_MATCHED;
    countLedger[c] = l;
    ledgerOutcome[l] = L_MATCHED;
    counted[l] = row.quantity;
    firstPart[l] = c;
    if (singleAgrees(book, row, comparer)) return;
    const d = rowDifferences(book, [row], row.quantity, options);
    if (d) differences.set(l, d);
  };
  const match = (l: number, parts: readonly number[]): void => {
    const book = ledger[l] as AssetRow;
    let q = 0;
    for (const c of parts) {
      q += (count[c] as AssetRow).quantity;
      countOutcome[c] = C_MATCHED;
      countLedger[c] = l;
    }
    q = roundQuantity(q);
    ledgerOutcome[l] = L_MATCHED;
    counted[l] = q;
    firstPart[l] = parts[0] as number;
    if (parts.length > 1) splits.set(l, [...parts]);
    if (parts.length === 1 && singleAgrees(book, count[parts[0] as number] as AssetRow, comparer)) return;
    const d = rowDifferences(book, parts.map((c) => count[c] as AssetRow), q, options);
    if (d) differences.set(l, d);
  };
  const duplicate = (l: number, c: number): void => {
    countOutcome[c] = C_DUPLICATE;
    countLedger[c] = l;
  };
  /** The count row a single item keeps: fewest field differences, then the right quantity, then the lowest row. */
  const bestFit = (l: number, parts: readonly number[]): number => {
    const book = ledger[l] as AssetRow;
    let best = parts[0] as number;
    let bestKey = Infinity;
    for (const c of parts) {
      const row = count[c] as AssetRow;
      const key = countFieldDifferences(book, row, comparer) * 2 + (row.quantity === book.quantity ? 0 : 1);
      if (key < bestKey) {
        bestKey = key;
        best = c;
      }
    }
    return best;
  };
  /** One ledger row and its count rows (in row order): a single item keeps one, a set adds them all. */
  const settle = (l: number, parts: readonly number[]): void => {
    if (parts.length === 0) return;
    if (parts.length === 1 || (ledger[l] as AssetRow).quantity > 1) {
      match(l, parts);
      return;
    }
    const keep = bestFit(l, parts);
    match(l, [keep]);
    for (const c of parts) if (c !== keep) duplicate(l, c);
  };
  const partsOf = (h: number): number[] => {
    const parts: number[] = [];
    for (let c = partHead[h] as number; c !== -1; c = partNext[c] as number) parts.push(c);
    return parts.length > 1 ? parts.sort(countOrder) : parts;
  };

  for (let h = 0; h < nL; h++) {
    const n = partN[h] as number;
    if (n === 0) continue;
    if (nextLedger[h] === -1) {
      if (n === 1) matchOne(h, partHead[h] as number);
      else settle(h, partsOf(h));
      continue;
    }
    settleSharedCode(h, partsOf(h));
  }

  function settleSharedCode(h: number, parts: readonly number[]): void {
    const members: number[] = [];
    for (let i = h; i !== -1; i = nextLedger[i] as number) members.push(i);
    const assigned = new Map<number, number[]>(members.map((m) => [m, []]));
    const free: number[] = [];
    for (const c of parts) {
      const l = pinned.get(c);
      const list = l === undefined ? undefined : assigned.get(l);
      if (list) list.push(c);
      else free.push(c);
    }
    // Free rows are taken in row order through a cursor; a single item picks its best fit only
    // while few rows are left, so a code shared by thousands of rows stays linear.
    const used = new Uint8Array(free.length);
    let cursor = 0;
    let left = free.length;
    const take = (k: number): number => {
      used[k] = 1;
      left--;
      while (cursor < free.length && used[cursor] === 1) cursor++;
      return free[k] as number;
    };
    for (const m of members) {
      if (left === 0) break;
      const list = assigned.get(m) as number[];
      const book = ledger[m] as AssetRow;
      if (book.quantity <= 1) {
        if (list.length > 0) continue;
        let pick = cursor;
        if (left <= BEST_FIT_LIMIT) {
          const open: number[] = [];
          for (let k = cursor; k < free.length; k++) if (used[k] === 0) open.push(free[k] as number);
          pick = free.indexOf(bestFit(m, open), cursor);
        }
        list.push(take(pick));
        continue;
      }
      let q = 0;
      for (const c of list) q += (count[c] as AssetRow).quantity;
      while (q < book.quantity && left > 0) {
        const c = take(cursor);
        list.push(c);
        q += (count[c] as AssetRow).quantity;
      }
    }
    if (left > 0) {
      const rest: number[] = [];
      for (let k = cursor; k < free.length; k++) if (used[k] === 0) rest.push(free[k] as number);
      const lastSet = [...members].reverse().find((m) => (ledger[m] as AssetRow).quantity > 1);
      if (lastSet !== undefined) (assigned.get(lastSet) as number[]).push(...rest);
      else {
        const owner = members.find((m) => (assigned.get(m) as number[]).length > 0) ?? (members[0] as number);
        for (const c of rest) duplicate(owner, c);
      }
    }
    for (const m of members) settle(m, (assigned.get(m) as number[]).sort(countOrder));
  }

  // 4. Candidate pass over what is left.
  const proposals = new Map<number, Candidate[]>();
  let candidateStats: CandidateStats = { scored: 0, cappedBlocks: 0 };
  const countPool = pinned.size === 0 ? unmatched : unmatched.filter((c) => !pinned.has(c));
  if (options.candidates.enabled && countPool.length > 0) {
    const ledgerPool: number[] = [];
    for (let l = 0; l < nL; l++) if (ledgerOutcome[l] === L_SHORTAGE) ledgerPool.push(l);
    const rejected = rejectedPairs;
    const isRejected = rejected && rejected.size > 0 ? (c: number, l: number): boolean => rejected.has(c * nL + l) : null;
    const out = proposeCandidates(ledger, count, ledgerPool, countPool, options.candidates, isRejected);
    candidateStats = out.stats;
    for (const [c, list] of out.proposals) {
      proposals.set(c, list);
      countOutcome[c] = C_POSSIBLE;
      countLedger[c] = (list[0] as Candidate).ledger;
    }
    if (out.stats.cappedBlocks > 0) {
      collector.add(finding(options.countSource.sheet, '', 'info', 'candidates.blockCapped',
        localize(reconcileMessages, 'candidates.blockCapped', { count: out.stats.cappedBlocks, max: options.candidates.maxBlock })));
    }
  }

  const core = { ledger, count, options, ledgerOutcome, countOutcome, countLedger, counted, firstPart, splits, differences };
  const summary = summarize(core);
  if (summary.ledgerRowsWithoutPrice > 0) {
    let row = Infinity;
    for (const r of ledger) if (r.unitPrice === undefined && r.amount === undefined && r.row < row) row = r.row;
    collector.add(finding(options.ledgerSource.sheet, '', 'info', 'ledger.noPrice',
      localize(reconcileMessages, 'ledger.noPrice', { count: summary.ledgerRowsWithoutPrice, row })));
  }
  return {
    ...core,
    proposals,
    confirmed: new Set(pinned.keys()),
    findings: collector.list(),
    omittedFindings: collector.omitted().map((o) => ({ code: o.code, count: o.count })),
    summary,
    candidateStats,
  };
}

interface AppliedDecisions {
  /** Count row → the ledger row the user confirmed. */
  readonly pinned: Map<number, number>;
  /** countIndex × ledgerRows + ledgerIndex of rejected pairs. */
  readonly rejected: Set<number>;
}

function rowIndex(rows: readonly AssetRow[]): { index: Map<number, number>; repeated: number[] } {
  const index = new Map<number, number>();
  const repeated: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = (rows[i] as AssetRow).row;
    const prev = index.get(r);
    if (prev === undefined) index.set(r, i);
    else {
      repeated.push(r);
      // The lowest index wins so the choice is at least stable for one input order.
      if (i < prev) index.set(r, i);
    }
  }
  return { index, repeated };
}

function applyDecisions(
  ledger: readonly AssetRow[],
  count: readonly AssetRow[],
  options: ReconcileOptions,
  unmatched: readonly number[],
  collector: FindingCollector,
): AppliedDecisions {
  const L = rowIndex(ledger);
  const C = rowIndex(count);
  const sides = [['ledger.duplicateRowNumber', L.repeated, options.ledgerSource], ['count.duplicateRowNumber', C.repeated, options.countSource]] as const;
  for (const [key, repeated, source] of sides) {
    for (const row of [...new Set(repeated)].sort((a, b) => a - b)) {
      collector.add(finding(source.sheet, cellAddress(row, source.codeColumn), 'warning', key, localize(reconcileMessages, key, { row })));
    }
  }
  const open = new Set(unmatched);
  const confirms = new Map<number, number[]>();
  const rejected = new Set<number>();
  for (const d of options.decisions) {
    const c = C.index.get(d.countRow);
    const l = L.index.get(d.ledgerRow);
    if (c === undefined || l === undefined) {
      collector.add(finding(options.countSource.sheet, '', 'warning', 'decision.unknownRow',
        localize(reconcileMessages, 'decision.unknownRow', { countRow: d.countRow, ledgerRow: d.ledgerRow })));
      continue;
    }
    if (d.decision === 'reject') {
      rejected.add(c * ledger.length + l);
      continue;
    }
    if (!open.has(c)) {
      collector.add(finding(options.countSource.sheet, cellAddress(d.countRow, options.countSource.codeColumn), 'warning', 'decision.alreadyMatched',
        localize(reconcileMessages, 'decision.alreadyMatched', { countRow: d.countRow, ledgerRow: d.ledgerRow })));
      continue;
    }
    const list = confirms.get(c);
    if (list) {
      if (!list.includes(l)) list.push(l);
    } else confirms.set(c, [l]);
  }
  const pinned = new Map<number, number>();
  for (const [c, list] of confirms) {
    // A rejection of the same pair outranks nothing: the later, explicit confirm stands.
    list.sort(byRow(ledger));
    const kept = list[0] as number;
    pinned.set(c, kept);
    if (list.length > 1) {
      const countRow = (count[c] as AssetRow).row;
      collector.add(finding(options.countSource.sheet, cellAddress(countRow, options.countSource.codeColumn), 'warning', 'decision.conflict',
        localize(reconcileMessages, 'decision.conflict', {
          countRow, ledgerRows: list.map((l) => (ledger[l] as AssetRow).row).join('、'), kept: (ledger[kept] as AssetRow).row,
        })));
    }
  }
  return { pinned, rejected };
}
