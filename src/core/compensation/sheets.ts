/**
 * Renderers of the compensation sheets: the results, the notices (赔偿通知单, one per payer, laid out
 * for A5 or A4) and the monthly settlement (每月兑现). Adapters write these specs as they are.
 */
import { addDays, splitIso, type IsoDate } from '../dates';
import type { Finding } from '../findings';
import { interpolate, type Locale } from '../i18n/locale';
import { fenToYuanNumber, formatFen, sumFen, type Fen } from '../money';
import { toRmbCapital } from '../rmb';
import { qualifiedAddress } from '../sheet/address';
import type { Block, ColumnSpec, RowStyle, SheetSpec, SpecValue } from '../sheet/spec';
import type { IncidentResult } from './engine';
import { BASIS_LABELS, DISPOSITION_LABELS, NATURE_LABELS, RULE_LABELS } from './messages';
import type { Basis, Policy } from './policy';
import type { MonthlySettlement, SettlementLine } from './settlement';
import { SHEET_TEXT, type SheetTextKey } from './sheetText';

export const RESULTS_SHEET_KIND = 'compensation.results';
export const NOTICES_SHEET_KIND = 'compensation.notices';
export const SETTLEMENT_SHEET_KIND = 'compensation.settlement';

const MONEY = '#,##0.00';

const t = (key: SheetTextKey, locale: Locale, params: Record<string, string | number> = {}): string => interpolate(SHEET_TEXT[key][locale], params);

const money = (fen: Fen): number => fenToYuanNumber(fen);
const date = (d: IsoDate | null): SpecValue => (d ? { date: d } : null);

function payersText(r: IncidentResult, locale: Locale): string {
  if (r.payers.length <= 1) return r.payers[0]?.name ?? '';
  return r.payers.map((p) => `${p.name} ${formatFen(p.amount)}`).join(locale === 'zh-CN' ? '、' : ', ');
}

function rowStyle(r: IncidentResult): RowStyle {
  if (r.overdue) return 'bad';
  if (r.disposition === 'writeOff') return 'warn';
  if (r.disposition === 'schoolRepair') return 'muted';
  return 'normal';
}

const SEVERITY_KEY = { error: 'sevError', warning: 'sevWarning', info: 'sevInfo' } as const;

export interface ResultsSheetOptions {
  readonly locale: Locale;
  /** The register's sheet (shown, and findings link to it). */
  readonly sheet: string;
  readonly asOf: IsoDate;
  readonly basis?: Basis;
}

/** The results of a register: one line per computed incident, then the findings to check. */
export function renderResultsSheet(results: readonly IncidentResult[], findings: readonly Finding[], policy: Policy, options: ResultsSheetOptions): SheetSpec {
  const { locale } = options;
  const blocks: Block[] = [
    { type: 'title', text: t('resultsTitle', locale, { school: policy.schoolName }) },
    {
      type: 'lines',
      lines: [t('resultsInfo', locale, { sheet: options.sheet, basis: BASIS_LABELS[options.basis ?? policy.basis][locale], asOf: options.asOf }), t('unitLine', locale)],
    },
    {
      type: 'table',
      columns: [
        { header: t('colRow', locale), width: 7, align: 'center' },
        { header: t('colItem', locale), width: 16 },
        { header: t('colQuantity', locale), width: 7, align: 'right' },
        { header: t('colUnit', locale), width: 6, align: 'center' },
        { header: t('colNature', locale), width: 10 },
        { header: t('colRule', locale), width: 10 },
        { header: t('colBase', locale), width: 11, numFmt: MONEY },
        { header: t('colMultiplier', locale), width: 7, align: 'right' },
        { header: t('colAmount', locale), width: 12, numFmt: MONEY },
        { header: t('colWords', locale), width: 30 },
        { header: t('colPayers', locale), width: 18, wrap: true },
        { header: t('colResponsibleUnit', locale), width: 14 },
        { header: t('colDisposition', locale), width: 10 },
        { header: t('colPaid', locale), width: 11, numFmt: MONEY },
        { header: t('colOutstanding', locale), width: 11, numFmt: MONEY },
        { header: t('colDue', locale), width: 12, numFmt: 'yyyy-mm-dd' },
        { header: t('colExplanation', locale), width: 60, wrap: true },
      ],
      rows: results.map((r) => [
        options.sheet ? { text: String(r.row), link: qualifiedAddress(options.sheet, `A${r.row}`) } : r.row,
        r.item,
        r.quantity,
        r.unit,
        NATURE_LABELS[r.nature][locale],
        RULE_LABELS[r.rule][locale],
        money(r.base),
        r.surcharge ? Math.round(r.multiplier * r.surcharge.multiplier * 10_000) / 10_000 : r.multiplier,
        money(r.amount),
        r.amountInWords,
        payersText(r, locale),
        r.responsibleUnit ?? '',
        DISPOSITION_LABELS[r.disposition][locale],
        money(r.paid),
        money(r.outstanding),
        date(r.disposition === 'compensate' && r.amount > 0 ? r.dueDate : null),
        r.explanation[locale],
      ]),
      rowStyles: results.map(rowStyle),
      total: { label: t('total', locale), labelColumn: 1, sumColumns: [8, 13, 14] },
      autoFilter: true,
      freezeHeader: true,
    },
  ];
  if (findings.length > 0) {
    blocks.push(
      { type: 'spacer' },
      { type: 'lines', lines: [t('findingsTitle', locale, { count: findings.length })] },
      {
        type: 'table',
        columns: [
          { header: t('colWhere', locale), width: 16 },
          { header: t('colSeverity', locale), width: 8 },
          { header: t('colProblem', locale), width: 80, wrap: true },
        ],
        rows: findings.map((f) => {
          const where = f.cell === '' ? f.sheet : qualifiedAddress(f.sheet, f.cell);
          return [{ text: where, link: where }, t(SEVERITY_KEY[f.severity], locale), f.message[locale]];
        }),
        rowStyles: findings.map((f) => (f.severity === 'error' ? 'bad' : f.severity === 'warning' ? 'warn' : 'info')),
      },
    );
  }
  blocks.push({ type: 'signatures', labels: [t('signMaker', locale), t('signChecker', locale), t('signDate', locale)] });
  return {
    name: t('resultsSheet', locale),
    kind: RESULTS_SHEET_KIND,
    blocks,
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatHeader: true },
  };
}

/** What one payer owes across incidents. */
export interface NoticeLine {
  readonly result: IncidentResult;
  readonly amount: Fen;
  readonly paid: Fen;
}

export interface Notice {
  readonly payer: string;
  readonly kind: 'person' | 'unit';
  readonly unit: string | null;
  readonly lines: readonly NoticeLine[];
  /** What is still to pay. */
  readonly toPay: Fen;
}

/**
 * One notice per payer (a person with their unit, or a unit paying for nobody named) for what they
 * still owe, in the register's order.
 */
export function noticesFor(results: readonly IncidentResult[]): Notice[] {
  const byPayer = new Map<string, { payer: string; kind: 'person' | 'unit'; unit: string | null; lines: NoticeLine[] }>();
  for (const r of results) {
    if (r.disposition !== 'compensate') continue;
    for (const p of r.payers) {
      if (p.amount - p.paid <= 0) continue;
      const key = `${p.kind}\u0000${p.name}\u0000${r.responsibleUnit ?? ''}`;
      const n = byPayer.get(key) ?? { payer: p.name, kind: p.kind, unit: r.responsibleUnit, lines: [] };
      byPayer.set(key, n);
      n.lines.push({ result: r, amount: p.amount, paid: p.paid });
    }
  }
  return [...byPayer.values()].map((n) => ({ ...n, toPay: sumFen(n.lines.map((l) => l.amount - l.paid)) }));
}

export interface NoticesOptions {
  readonly locale: Locale;
  /** The date printed on the notices. */
  readonly noticeDate: IsoDate;
  /** Pay by; the notice date plus the policy's days to pay when absent. */
  readonly deadline?: IsoDate;
  readonly paper?: 'A5' | 'A4';
}

/** The notices as one print-ready sheet, a page per notice. */
export function renderNoticesSheet(notices: readonly Notice[], policy: Policy, options: NoticesOptions): SheetSpec {
  const { locale } = options;
  const deadline = options.deadline ?? addDays(options.noticeDate, policy.dueDays);
  const blocks: Block[] = [];
  notices.forEach((n, i) => {
    if (i > 0) blocks.push({ type: 'pageBreak' });
    const paid = sumFen(n.lines.map((l) => l.paid));
    const lines = [t('noticePayAt', locale, { deadline, collector: policy.collector || t('collectorDefault', locale) })];
    if (policy.overdue.enabled) lines.push(t('noticeSurcharge', locale, { days: policy.overdue.days, multiplier: policy.overdue.multiplier }));
    blocks.push(
      { type: 'title', text: t('noticeTitle', locale, { school: policy.schoolName }) },
      { type: 'lines', lines: [t('noticeReceipt', locale, { n: i + 1, count: notices.length })], align: 'right' },
      {
        type: 'fields',
        pairs: [
          [t('noticePayer', locale), n.payer],
          [t('noticeUnit', locale), n.unit ?? ''],
          [t('noticeDate', locale), { date: options.noticeDate }],
          [t('noticeDeadline', locale), { date: deadline }],
        ],
      },
      {
        type: 'table',
        columns: [
          { header: t('noticeColDate', locale), width: 11, numFmt: 'yyyy-mm-dd' },
          { header: t('colItem', locale), width: 12 },
          { header: t('colQuantity', locale), width: 6, align: 'right' },
          { header: t('colNature', locale), width: 9 },
          { header: t('noticeColBasis', locale), width: 44, wrap: true },
          { header: t('noticeColAmount', locale), width: 11, numFmt: MONEY },
        ],
        rows: n.lines.map((l) => [
          date(l.result.damageDate),
          l.result.item,
          l.result.quantity,
          NATURE_LABELS[l.result.nature][locale],
          l.result.explanation[locale],
          money(l.amount),
        ]),
        total: { label: t('total', locale), labelColumn: 1, sumColumns: [5] },
      },
      {
        type: 'fields',
        pairs: [
          [t('noticeToPay', locale), money(n.toPay)],
          [t('colPaid', locale), money(paid)],
        ],
        numFmt: MONEY,
      },
      { type: 'fields', pairs: [[t('noticeInWords', locale), toRmbCapital(n.toPay, { withPrefix: true })]] },
      { type: 'lines', lines },
      { type: 'signatures', labels: [t('signHandler', locale), t('signTeacher', locale), t('signParent', locale)] },
    );
  });
  const a5 = (options.paper ?? 'A5') === 'A5';
  return {
    name: t('noticesSheet', locale),
    kind: NOTICES_SHEET_KIND,
    width: 6,
    // The field pairs sit in columns A–D above each table: wide enough for labels and dates.
    columnWidths: [12, 14, 10, 12, 44, 12],
    blocks,
    print: { paper: a5 ? 'A5' : 'A4', orientation: a5 ? 'landscape' : 'portrait', fitToWidth: true, repeatHeader: false },
  };
}

function settlementRow(l: SettlementLine, locale: Locale, withUnit: boolean): SpecValue[] {
  const name = l.name === '' ? t('noUnit', locale) : l.name;
  const head: SpecValue[] = withUnit ? [name, l.unit ?? ''] : [name];
  return [...head, l.incidents, money(l.due), money(l.paid), money(l.outstanding), money(l.broughtForward), money(l.totalOutstanding), money(l.overdue)];
}

/** 每月兑现表: by responsible unit, then by person. */
export function renderSettlementSheet(s: MonthlySettlement, policy: Policy, locale: Locale): SheetSpec {
  const { y, m } = splitIso(`${s.month}-01`);
  const moneyColumns: ColumnSpec[] = [
    { header: t('colIncidents', locale), width: 7, align: 'right' },
    ...(['colDueMonth', 'colPaidMonth', 'colOutstandingMonth', 'colBroughtForward', 'colTotalOutstanding', 'colOverdue'] as const).map((k) => ({
      header: t(k, locale),
      width: 12,
      numFmt: MONEY,
    })),
  ];
  const lines: string[] = [t('unitLine', locale)];
  if (s.undated > 0) lines.push(t('undated', locale, { count: s.undated }));
  return {
    name: t('settlementSheet', locale, { month: s.month }),
    kind: SETTLEMENT_SHEET_KIND,
    blocks: [
      { type: 'title', text: t('settlementTitle', locale, { school: policy.schoolName, year: y, month: m }) },
      { type: 'lines', lines, align: 'right' },
      { type: 'lines', lines: [t('byUnit', locale)] },
      {
        type: 'table',
        columns: [{ header: t('colResponsibleUnit', locale), width: 16 }, ...moneyColumns],
        rows: s.byUnit.map((l) => settlementRow(l, locale, false)),
        rowStyles: s.byUnit.map((l) => (l.overdue > 0 ? 'bad' : 'normal')),
        total: { label: t('total', locale), labelColumn: 0, sumColumns: [1, 2, 3, 4, 5, 6, 7] },
      },
      { type: 'spacer' },
      { type: 'lines', lines: [t('byPerson', locale)] },
      {
        type: 'table',
        columns: [{ header: t('colPerson', locale), width: 12 }, { header: t('colResponsibleUnit', locale), width: 16 }, ...moneyColumns],
        rows: s.byPerson.map((l) => settlementRow(l, locale, true)),
        rowStyles: s.byPerson.map((l) => (l.overdue > 0 ? 'bad' : 'normal')),
        total: { label: t('total', locale), labelColumn: 0, sumColumns: [2, 3, 4, 5, 6, 7, 8] },
      },
      { type: 'signatures', labels: [t('signMaker', locale), t('signChecker', locale), t('signDate', locale)] },
    ],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatHeader: false },
  };
}
