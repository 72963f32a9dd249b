/**
 * The JSON every face prints or returns for a report: amounts as strings in 元 with two decimals
 * ("17944.00", exact to the fen), quantities as numbers, messages in the user's language. The
 * schemas are the contract (the CLI's --json, the task pane); tests validate against them.
 */
import { z } from 'zod';
import type { Finding } from '../findings';
import type { Locale } from '../i18n/locale';
import { formatFen } from '../money';
import type { CompareLine, CompareResult } from './compare';
import { formatBasis } from './compare';
import type { FourPillarResult } from './four-pillar';
import { groupFieldSchema } from './groups';
import { periodLabel, type MonthPeriod } from './periods';
import type { RowsTotal, SummaryFigures, SummaryGroup, SummaryResult } from './summary';
import type { QuantityAmount } from './tally';

const amount = z.string().regex(/^-?\d+\.\d{2}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const findingJsonSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  field: z.string().optional(),
  message: z.string(),
});
export type FindingJson = z.infer<typeof findingJsonSchema>;

export function findingJson(f: Finding, locale: Locale): FindingJson {
  return { sheet: f.sheet, cell: f.cell, severity: f.severity, code: f.code, ...(f.field ? { field: f.field } : {}), message: f.message[locale] };
}

// Asset summary

const figuresSchema = z.object({
  items: z.number().int(),
  quantity: z.number(),
  originalValue: amount,
  accumulatedDepreciation: amount,
  netValue: amount,
});
const summaryGroupSchema = figuresSchema.extend({
  key: z.string(),
  children: z.array(figuresSchema.extend({ key: z.string() })).optional(),
});
const rowsTotalSchema = z.object({ items: z.number().int(), quantity: z.number(), amount, rows: z.array(z.number().int()) });

export const summaryJsonSchema = z.object({
  report: z.literal('summary'),
  sheet: z.string(),
  at: isoDate,
  by: z.array(groupFieldSchema).min(1).max(2),
  groups: z.array(summaryGroupSchema),
  total: figuresSchema,
  /** Held rows counted at full value because their life (or acquisition date) is unknown. */
  unresolved: rowsTotalSchema,
  excluded: z.object({ notYetAcquired: rowsTotalSchema, disposed: rowsTotalSchema }),
  findings: z.array(findingJsonSchema),
});
export type SummaryJson = z.infer<typeof summaryJsonSchema>;

function figuresJson(f: SummaryFigures): z.infer<typeof figuresSchema> {
  return { items: f.items, quantity: f.quantity, originalValue: formatFen(f.original), accumulatedDepreciation: formatFen(f.accumulated), netValue: formatFen(f.net) };
}

function rowsJson(r: RowsTotal): z.infer<typeof rowsTotalSchema> {
  return { items: r.items, quantity: r.quantity, amount: formatFen(r.amount), rows: [...r.rows] };
}

function groupJson(g: SummaryGroup): z.infer<typeof summaryGroupSchema> {
  return { key: g.key, ...figuresJson(g), ...(g.children ? { children: g.children.map((c) => ({ key: c.key, ...figuresJson(c) })) } : {}) };
}

export function summaryJson(r: SummaryResult, locale: Locale): SummaryJson {
  return {
    report: 'summary',
    sheet: r.sheet,
    at: r.at,
    by: [...r.by],
    groups: r.groups.map(groupJson),
    total: figuresJson(r.total),
    unresolved: rowsJson(r.unresolved),
    excluded: { notYetAcquired: rowsJson(r.notYetAcquired), disposed: rowsJson(r.disposed) },
    findings: r.findings.map((f) => findingJson(f, locale)),
  };
}

// Four-pillar statement

const qaSchema = z.object({ quantity: z.number(), amount });
const pillarsSchema = z.object({ opening: qaSchema, additions: qaSchema, disposals: qaSchema, closing: qaSchema });

export const fourPillarJsonSchema = z.object({
  report: z.literal('four-pillar'),
  sheet: z.string(),
  from: isoDate,
  to: isoDate,
  by: groupFieldSchema,
  rows: z.array(pillarsSchema.extend({ key: z.string(), heldAtEnd: qaSchema })),
  total: pillarsSchema,
  check: z.object({
    closingMatchesLedger: z.boolean(),
    heldAtEnd: qaSchema,
    totalRow: z
      .object({
        sheet: z.string(),
        row: z.number().int(),
        quantity: z.number().nullable(),
        amount: amount.nullable(),
        detail: qaSchema,
        matchesDetail: z.boolean(),
        matchesClosing: z.boolean(),
      })
      .nullable(),
    differences: z.array(
      z.object({
        kind: z.enum(['heldAtEnd', 'totalRow']),
        group: z.string().nullable(),
        quantity: z.number(),
        amount,
        rows: z.array(z.object({ sheet: z.string(), row: z.number().int(), cell: z.string(), reason: z.string(), message: z.string() })),
      }),
    ),
  }),
  findings: z.array(findingJsonSchema),
});
export type FourPillarJson = z.infer<typeof fourPillarJsonSchema>;

function qaJson(qa: QuantityAmount): z.infer<typeof qaSchema> {
  return { quantity: qa.quantity, amount: formatFen(qa.amount) };
}

export function fourPillarJson(r: FourPillarResult, locale: Locale): FourPillarJson {
  const pillars = (p: FourPillarResult['total']) => ({ opening: qaJson(p.opening), additions: qaJson(p.additions), disposals: qaJson(p.disposals), closing: qaJson(p.closing) });
  const t = r.check.totalRow;
  return {
    report: 'four-pillar',
    sheet: r.sheet,
    from: r.from,
    to: r.to,
    by: r.by,
    rows: r.rows.map((row) => ({ key: row.key, ...pillars(row), heldAtEnd: qaJson(row.heldAtEnd) })),
    total: pillars(r.total),
    check: {
      closingMatchesLedger: r.check.closingMatchesLedger,
      heldAtEnd: qaJson(r.check.heldAtEnd),
      totalRow: t
        ? { sheet: t.sheet, row: t.row, quantity: t.quantity, amount: t.amount === null ? null : formatFen(t.amount), detail: qaJson(t.detail), matchesDetail: t.matchesDetail, matchesClosing: t.matchesClosing }
        : null,
      differences: r.check.differences.map((d) => ({
        kind: d.kind,
        group: d.group,
        quantity: d.quantity,
        amount: formatFen(d.amount),
        rows: d.rows.map((c) => ({ sheet: c.sheet, row: c.row, cell: c.cell, reason: c.reason, message: c.message[locale] })),
      })),
    },
    findings: r.findings.map((f) => findingJson(f, locale)),
  };
}

// Period comparison

const periodSchema = z.object({ from: isoDate, to: isoDate, label: z.string() });
const compareLineSchema = z.object({
  key: z.string(),
  current: amount,
  previous: amount,
  change: amount,
  /** Change in % of the earlier amount, two decimals ("-61.03"); null when that amount is 0. */
  changePercent: z.string().regex(/^-?\d+\.\d{2}$/).nullable(),
  currentRows: z.number().int(),
  previousRows: z.number().int(),
  sentence: z.string(),
});

export const compareJsonSchema = z.object({
  report: z.literal('compare'),
  sheet: z.string(),
  by: z.string(),
  dateField: z.string(),
  amountField: z.string(),
  against: z.enum(['last-year', 'last-term']),
  current: periodSchema,
  previous: periodSchema,
  rows: z.array(compareLineSchema),
  total: compareLineSchema,
  findings: z.array(findingJsonSchema),
});
export type CompareJson = z.infer<typeof compareJsonSchema>;

function periodJson(p: MonthPeriod, locale: Locale): z.infer<typeof periodSchema> {
  return { from: p.from, to: p.to, label: periodLabel(p)[locale] };
}

function lineJson(l: CompareLine, locale: Locale): z.infer<typeof compareLineSchema> {
  return {
    key: l.key,
    current: formatFen(l.current),
    previous: formatFen(l.previous),
    change: formatFen(l.change),
    changePercent: l.changeBasis === null ? null : formatBasis(l.changeBasis),
    currentRows: l.currentRows,
    previousRows: l.previousRows,
    sentence: l.sentence[locale],
  };
}

export function compareJson(r: CompareResult, columns: { by: string; date: string; amount: string }, locale: Locale): CompareJson {
  return {
    report: 'compare',
    sheet: r.sheet,
    by: columns.by,
    dateField: columns.date,
    amountField: columns.amount,
    against: r.against,
    current: periodJson(r.current, locale),
    previous: periodJson(r.previous, locale),
    rows: r.lines.map((l) => lineJson(l, locale)),
    total: lineJson(r.total, locale),
    findings: r.findings.map((f) => findingJson(f, locale)),
  };
}
