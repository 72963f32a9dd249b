/**
 * The four-pillar statement (四柱清册) of asset movement for a period [from, to], by category or
 * department: 旧管 (opening) + 新收 (additions) − 开除 (disposals) = 实在 (closing), in quantity and
 * amount.
 *
 * - 旧管: held at the start — acquired before `from` (or with no acquisition date: the ledger lists
 *   it), less what was written off before `from`.
 * - 新收: acquired within the period.
 * - 开除: written off within the period — the ledger's own disposal date, else the rows of a
 *   write-off register (报损注销登记) matched by code (partial write-offs of a class set allowed),
 *   else a disposal status (已报废…) with no date, which counts in this period (and says so).
 *   An item acquired and written off in the same period counts in both 新收 and 开除.
 * - 实在 is computed from the identity, then checked against the ledger's own totals: the rows still
 *   held at `to`, group by group, and the sheet's 合计 row when it has one. Every difference comes
 *   with the rows that cause it.
 */
import type { IsoDate } from '../dates';
import type { Finding } from '../findings';
import { interpolate, localize, type Locale, type Localized, type MessageParams } from '../i18n/locale';
import { divideHalfUp, formatFen, type Fen } from '../money';
import { blankLabel, Grouper, type GroupField } from './groups';
import { itemCell, rowFinding, type AssetItem } from './items';
import type { LedgerTotal } from './ledger-total';
import { reportMessages, type ReportMessageKey } from './messages';
import type { WriteOffEntry } from './register';
import { addQA, addQuantity, sameQA, zeroQA, type QuantityAmount } from './tally';

export interface FourPillarOptions {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly by: GroupField;
  readonly locale?: Locale;
}

export interface FourPillarInput {
  /** Items of the ledger sheet. */
  readonly ledger: readonly AssetItem[];
  /** Entries of write-off registers in the same workbook. */
  readonly register?: readonly WriteOffEntry[];
  /** The ledger's 合计 row, when it has one. */
  readonly ledgerTotal?: LedgerTotal | null;
}

export interface Pillars {
  opening: QuantityAmount;
  additions: QuantityAmount;
  disposals: QuantityAmount;
  closing: QuantityAmount;
}

export interface FourPillarRow extends Pillars {
  readonly key: string;
  readonly blank: boolean;
  /** What the rows still held at `to` add up to (equals `closing` unless a difference is flagged). */
  readonly heldAtEnd: QuantityAmount;
}

export interface CauseRow {
  readonly sheet: string;
  readonly row: number;
  readonly cell: string;
  readonly reason: string;
  readonly message: Localized;
}

export interface Difference {
  /** Against the rows held at `to` (per group), or against the ledger's 合计 row. */
  readonly kind: 'heldAtEnd' | 'totalRow';
  readonly group: string | null;
  /** closing − ledger, in quantity and fen. */
  readonly quantity: number;
  readonly amount: Fen;
  readonly rows: CauseRow[];
}

export interface TotalRowCheck {
  readonly sheet: string;
  readonly row: number;
  readonly quantity: number | null;
  readonly amount: Fen | null;
  /** What the ledger's detail rows add up to, as listed. */
  readonly detail: QuantityAmount;
  readonly matchesDetail: boolean;
  readonly matchesClosing: boolean;
}

export interface FourPillarCheck {
  readonly closingMatchesLedger: boolean;
  readonly heldAtEnd: QuantityAmount;
  readonly totalRow: TotalRowCheck | null;
  readonly differences: Difference[];
}

export interface FourPillarResult {
  readonly sheet: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly by: GroupField;
  readonly rows: FourPillarRow[];
  readonly total: Pillars;
  readonly check: FourPillarCheck;
  readonly findings: Finding[];
}

interface Disposal {
  /** null: a disposal status with no date, counted in this period. */
  readonly date: IsoDate | null;
  readonly quantity: number;
  readonly amount: Fen;
}

interface Track {
  readonly item: AssetItem;
  /** The row is on the ledger (not only on a register). */
  readonly listed: boolean;
  readonly disposals: Disposal[];
  /** Register entries waiting to be turned into disposals. */
  readonly pending: WriteOffEntry[];
}

const SCALE = 1_000_000;

/** round(amount × part / whole), half-up, exact in BigInt; quantities may be fractional. */
function share(amount: Fen, part: number, whole: number): Fen {
  const w = Math.round(whole * SCALE);
  if (w === 0) return 0;
  return Number(divideHalfUp(BigInt(amount) * BigInt(Math.round(part * SCALE)), BigInt(w)));
}

function localized(key: ReportMessageKey, params: MessageParams, where: Localized): Localized {
  const entry = reportMessages[key];
  return {
    'zh-CN': interpolate(entry['zh-CN'], { ...params, where: where['zh-CN'] }),
    'en-US': interpolate(entry['en-US'], { ...params, where: where['en-US'] }),
  };
}

function whereOf(item: AssetItem, ledgerSheet: string): Localized {
  return item.sheet === ledgerSheet
    ? localize(reportMessages, 'where.row', { row: item.row })
    : localize(reportMessages, 'where.sheetRow', { sheet: item.sheet, row: item.row });
}

function fmtQuantity(q: number): string {
  return String(Math.round(q * SCALE) / SCALE);
}

/** Register entries attached to the ledger rows they name (by code), or kept as items of their own. */
function attachRegister(ledger: readonly AssetItem[], register: readonly WriteOffEntry[], findings: Finding[]): Track[] {
  const tracks: Track[] = ledger.map((item) => ({ item, listed: true, disposals: [], pending: [] }));
  const byCode = new Map<string, Track[]>();
  for (const t of tracks) {
    if (!t.item.codeKey) continue;
    const list = byCode.get(t.item.codeKey) ?? [];
    list.push(t);
    byCode.set(t.item.codeKey, list);
  }
  const taken = new Map<Track, number>();
  for (const entry of register) {
    const e = entry.item;
    const candidates = e.codeKey ? byCode.get(e.codeKey) : undefined;
    if (!candidates) {
      const key = e.codeKey ? 'report.register.noMatch' : 'report.register.noCode';
      findings.push(rowFinding(e.sheet, itemCell(e, 'code'), 'info', key, { sheet: e.sheet, row: e.row, code: e.code ?? '' }, 'code'));
      tracks.push({ item: e, listed: false, disposals: [], pending: [entry] });
      continue;
    }
    // Several rows with one code (a class set split over rooms): the first with quantity left.
    const wanted = entry.quantity ?? e.quantity;
    const track = candidates.find((t) => (taken.get(t) ?? 0) < t.item.quantity) ?? candidates[0];
    if (!track) continue;
    taken.set(track, addQuantity(taken.get(track) ?? 0, wanted));
    track.pending.push(entry);
  }
  return tracks;
}

/** The disposals of one row: its own date, else its register entries, else its status. */
function resolveDisposals(track: Track, findings: Finding[]): void {
  const item = track.item;
  if (item.disposedOn) {
    for (const entry of track.pending) {
      if (entry.date !== item.disposedOn) {
        findings.push(rowFinding(entry.item.sheet, itemCell(entry.item, 'disposedOn'), 'warning', 'report.register.dateConflict', {
          sheet: entry.item.sheet, row: entry.item.row, code: item.code ?? '', register: entry.date, ledgerRow: item.row, ledger: item.disposedOn,
        }, 'disposedOn'));
      }
    }
    track.disposals.push({ date: item.disposedOn, quantity: item.quantity, amount: item.amount });
    return;
  }
  if (track.pending.length > 0) {
    let qLeft = item.quantity;
    let aLeft = item.amount;
    let written = 0;
    const entries = [...track.pending].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.item.row - b.item.row));
    for (const entry of entries) {
      const q = track.listed ? (entry.quantity ?? qLeft) : (entry.quantity ?? item.quantity);
      let amount: Fen;
      if (!track.listed) amount = entry.amount ?? item.amount;
      else if (q >= qLeft) amount = aLeft;
      else amount = entry.amount ?? share(aLeft, q, qLeft);
      if (track.listed && q < qLeft) {
        findings.push(rowFinding(entry.item.sheet, itemCell(entry.item, 'quantity'), 'info', 'report.register.partial', {
          sheet: entry.item.sheet, row: entry.item.row, disposed: fmtQuantity(q), ledgerRow: item.row, quantity: fmtQuantity(item.quantity),
        }, 'quantity'));
      }
      track.disposals.push({ date: entry.date, quantity: q, amount });
      written = addQuantity(written, q);
      qLeft = Math.max(0, addQuantity(qLeft, -q));
      aLeft -= amount;
    }
    if (track.listed && written > item.quantity) {
      const first = entries[0];
      findings.push(rowFinding(first?.item.sheet ?? item.sheet, first ? itemCell(first.item, 'quantity') : itemCell(item, 'quantity'), 'warning', 'report.register.exceeds', {
        sheet: first?.item.sheet ?? item.sheet, disposed: fmtQuantity(written), ledgerRow: item.row, quantity: fmtQuantity(item.quantity),
      }, 'quantity'));
    }
    return;
  }
  if (item.disposedStatus) {
    findings.push(rowFinding(item.sheet, itemCell(item, 'status'), 'warning', 'report.statusDisposed.fourPillar', { row: item.row, status: item.disposedStatus }, 'status'));
    track.disposals.push({ date: null, quantity: item.quantity, amount: item.amount });
  }
}

interface Contribution extends Pillars {
  readonly held: QuantityAmount;
  /** What the row adds to the ledger's 合计 (the row as listed; 0 for register-only rows). */
  readonly listed: QuantityAmount;
}

function contribution(track: Track, from: IsoDate, to: IsoDate): Contribution {
  const { item } = track;
  const a = item.acquiredOn;
  const before = (d: Disposal) => d.date !== null && d.date < from;
  const within = (d: Disposal) => d.date === null || (d.date >= from && d.date <= to);
  const byEnd = (d: Disposal) => d.date === null || d.date <= to;
  const sum = (pick: (d: Disposal) => boolean): QuantityAmount => {
    const s = zeroQA();
    for (const d of track.disposals) if (pick(d)) addQA(s, d.quantity, d.amount);
    return s;
  };
  const opening = zeroQA();
  if (!a || a < from) {
    const gone = sum(before);
    addQA(opening, addQuantity(item.quantity, -gone.quantity), item.amount - gone.amount);
  }
  const additions = zeroQA();
  if (a && a >= from && a <= to) addQA(additions, item.quantity, item.amount);
  const disposals = sum(within);
  const closing = zeroQA();
  addQA(closing, addQuantity(addQuantity(opening.quantity, additions.quantity), -disposals.quantity), opening.amount + additions.amount - disposals.amount);
  const held = zeroQA();
  if (!a || a <= to) {
    const gone = sum(byEnd);
    if (gone.quantity < item.quantity) addQA(held, addQuantity(item.quantity, -gone.quantity), item.amount - gone.amount);
  }
  const listed = zeroQA();
  if (track.listed) addQA(listed, item.quantity, item.amount);
  return { opening, additions, disposals, closing, held, listed };
}

/** Why a row's own closing differs from what it holds at `to`. */
function heldCause(track: Track, ledgerSheet: string): CauseRow {
  const { item } = track;
  const where = whereOf(item, ledgerSheet);
  const base = { sheet: item.sheet, row: item.row };
  const total = track.disposals.reduce((s, d) => addQuantity(s, d.quantity), 0);
  if (total > item.quantity) {
    return { ...base, cell: itemCell(item, 'quantity'), reason: 'overDisposed',
      message: localized('cause.overDisposed', { disposed: fmtQuantity(total), quantity: fmtQuantity(item.quantity) }, where) };
  }
  const early = track.disposals.find((d) => d.date !== null && item.acquiredOn !== undefined && d.date < item.acquiredOn);
  if (early?.date) {
    return { ...base, cell: itemCell(item, 'disposedOn'), reason: 'disposedBeforeAcquired',
      message: localized('cause.disposedBeforeAcquired', { acquired: item.acquiredOn ?? '', disposed: early.date }, where) };
  }
  return { ...base, cell: itemCell(item, 'status'), reason: 'statusAfterEnd',
    message: localized('cause.statusAfterEnd', { acquired: item.acquiredOn ?? '', status: item.disposedStatus ?? '' }, where) };
}

/** Why a row counts differently in the ledger's 合计 than in what is held at `to`. */
function listedCause(track: Track, c: Contribution, to: IsoDate, ledgerSheet: string): CauseRow {
  const { item } = track;
  const where = whereOf(item, ledgerSheet);
  const base = { sheet: item.sheet, row: item.row };
  const name = item.name ?? item.code ?? '';
  if (!track.listed) {
    const last = track.disposals[track.disposals.length - 1];
    return { ...base, cell: itemCell(item, 'code'), reason: 'registerHeld',
      message: localized('cause.registerHeld', { name, date: last?.date ?? '', to }, where) };
  }
  if (item.acquiredOn && item.acquiredOn > to) {
    return { ...base, cell: itemCell(item, 'acquiredOn'), reason: 'listedFuture',
      message: localized('cause.listedFuture', { name, date: item.acquiredOn, to }, where) };
  }
  const gone = track.disposals.filter((d) => d.date === null || d.date <= to);
  const undated = gone.find((d) => d.date === null);
  if (undated) {
    return { ...base, cell: itemCell(item, 'status'), reason: 'listedStatus',
      message: localized('cause.listedStatus', { name, status: item.disposedStatus ?? '' }, where) };
  }
  const goneQuantity = gone.reduce((s, d) => addQuantity(s, d.quantity), 0);
  if (c.held.quantity > 0 && goneQuantity < item.quantity) {
    return { ...base, cell: itemCell(item, 'quantity'), reason: 'listedPartial',
      message: localized('cause.listedPartial', { name, disposed: fmtQuantity(goneQuantity), quantity: fmtQuantity(item.quantity) }, where) };
  }
  const lastDate = gone.map((d) => d.date ?? '').sort().pop() ?? '';
  return { ...base, cell: itemCell(item, 'disposedOn'), reason: 'listedDisposed',
    message: localized('cause.listedDisposed', { name, date: lastDate }, where) };
}

function zeroPillars(): Pillars {
  return { opening: zeroQA(), additions: zeroQA(), disposals: zeroQA(), closing: zeroQA() };
}

function addPillars(into: Pillars, c: Pillars): void {
  addQA(into.opening, c.opening.quantity, c.opening.amount);
  addQA(into.additions, c.additions.quantity, c.additions.amount);
  addQA(into.disposals, c.disposals.quantity, c.disposals.amount);
  addQA(into.closing, c.closing.quantity, c.closing.amount);
}

function diffQA(a: QuantityAmount, b: QuantityAmount): QuantityAmount {
  return { quantity: addQuantity(a.quantity, -b.quantity), amount: a.amount - b.amount };
}

export function fourPillar(sheet: string, input: FourPillarInput, options: FourPillarOptions): FourPillarResult {
  const locale = options.locale ?? 'zh-CN';
  const { from, to } = options;
  const findings: Finding[] = [];
  const tracks = attachRegister(input.ledger, input.register ?? [], findings);

  interface Group {
    pillars: Pillars;
    held: QuantityAmount;
    causes: CauseRow[];
  }
  const groups = new Grouper<Group>(() => ({ pillars: zeroPillars(), held: zeroQA(), causes: [] }), blankLabel(options.by)[locale]);
  const total = zeroPillars();
  const heldAtEnd = zeroQA();
  const listedTotal = zeroQA();
  const listedCauses: CauseRow[] = [];

  for (const track of tracks) {
    resolveDisposals(track, findings);
    const item = track.item;
    if (!item.acquiredOn && track.listed) {
      findings.push(rowFinding(item.sheet, itemCell(item, 'acquiredOn'), 'warning', 'report.fourPillar.noAcquiredDate', { row: item.row }, 'acquiredOn'));
    }
    for (const d of track.disposals) {
      if (d.date && item.acquiredOn && d.date < item.acquiredOn) {
        findings.push(rowFinding(item.sheet, itemCell(item, 'disposedOn'), 'warning', 'report.disposedBeforeAcquired', { row: item.row, disposed: d.date, acquired: item.acquiredOn }, 'disposedOn'));
        break;
      }
    }
    const c = contribution(track, from, to);
    const touches = [c.opening, c.additions, c.disposals, c.held].some((qa) => qa.quantity !== 0 || qa.amount !== 0);
    if (touches) {
      const g = groups.get(item.groups[options.by]);
      addPillars(g.pillars, c);
      addQA(g.held, c.held.quantity, c.held.amount);
      if (!sameQA(c.closing, c.held)) g.causes.push(heldCause(track, sheet));
    }
    addPillars(total, c);
    addQA(heldAtEnd, c.held.quantity, c.held.amount);
    addQA(listedTotal, c.listed.quantity, c.listed.amount);
    if (!sameQA(c.listed, c.held)) listedCauses.push(listedCause(track, c, to, sheet));
  }

  const rows: FourPillarRow[] = groups.entries().map((g) => ({ key: g.label, blank: g.blank, ...g.value.pillars, heldAtEnd: g.value.held }));
  const differences: Difference[] = [];
  for (const g of groups.entries()) {
    if (sameQA(g.value.pillars.closing, g.value.held)) continue;
    const d = diffQA(g.value.pillars.closing, g.value.held);
    differences.push({ kind: 'heldAtEnd', group: g.label, quantity: d.quantity, amount: d.amount, rows: g.value.causes });
    findings.push(rowFinding(sheet, '', 'warning', 'report.closing.differs', {
      group: g.label, quantity: fmtQuantity(d.quantity), amount: formatFen(d.amount), rows: g.value.causes.map((c) => (c.sheet === sheet ? String(c.row) : `${c.sheet}!${c.row}`)).join('、'),
    }));
  }

  let totalRow: TotalRowCheck | null = null;
  const lt = input.ledgerTotal ?? null;
  if (lt) {
    const agrees = (qa: QuantityAmount) => (lt.quantity === null || lt.quantity === qa.quantity) && (lt.amount === null || lt.amount === qa.amount);
    totalRow = {
      sheet: lt.sheet, row: lt.row, quantity: lt.quantity, amount: lt.amount, detail: listedTotal,
      matchesDetail: agrees(listedTotal), matchesClosing: agrees(total.closing),
    };
    if (!totalRow.matchesDetail) {
      const shown = (qa: QuantityAmount, q: number | null, a: Fen | null) =>
        [q === null ? null : fmtQuantity(qa.quantity), a === null ? null : formatFen(qa.amount)].filter((x) => x !== null).join(' / ');
      const totalText = [lt.quantity === null ? null : fmtQuantity(lt.quantity), lt.amount === null ? null : formatFen(lt.amount)].filter((x) => x !== null).join(' / ');
      const detailText = shown(listedTotal, lt.quantity, lt.amount);
      findings.push(rowFinding(lt.sheet, lt.amountCell ?? lt.quantityCell ?? '', 'warning', 'report.totalRow.differs', {
        row: lt.row, total: totalText, detail: detailText,
      }));
      listedCauses.unshift({
        sheet: lt.sheet, row: lt.row, cell: lt.amountCell ?? lt.quantityCell ?? '', reason: 'totalRow',
        message: localize(reportMessages, 'cause.totalRow', { row: lt.row, total: totalText, detail: detailText }),
      });
    }
    if (!totalRow.matchesClosing) {
      const q = lt.quantity === null ? 0 : addQuantity(total.closing.quantity, -lt.quantity);
      const a = lt.amount === null ? 0 : total.closing.amount - lt.amount;
      differences.push({ kind: 'totalRow', group: null, quantity: q, amount: a, rows: listedCauses });
    }
  }

  const closingMatchesLedger = differences.length === 0;
  return { sheet, from, to, by: options.by, rows, total, check: { closingMatchesLedger, heldAtEnd, totalRow, differences }, findings };
}
