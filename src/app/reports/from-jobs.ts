/**
 * The count report (盘点报告) and the monthly compensation settlement (每月兑现) as report kinds, so
 * every report the office makes is found in one place. Each runs its job's own use case.
 */
import { z } from 'zod';
import { localize, type Localized } from '../../core/i18n/locale';
import { formatFen } from '../../core/money';
import { reconcileJson, reconcileJsonSchema } from '../../core/reconcile/json';
import { renderCountReport } from '../../core/reconcile/render/count-report';
import { settleMonthly } from '../../core/compensation/settlement';
import { renderSettlementSheet } from '../../core/compensation/sheets';
import type { WorkbookPort } from '../../workbook/port';
import { computeCompensation, checkMonth } from '../compensation';
import { chooseSheets, runReconcile } from '../reconcile';
import type { ReportOutput, RunContext } from './types';

const L = (zh: string, en: string): Localized => ({ 'zh-CN': zh, 'en-US': en });

export const countReportRequestSchema = z.object({
  ledgerSheet: z.string().optional(),
  countSheet: z.string().optional(),
  countDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  school: z.string().optional(),
});
export type CountReportRequest = z.infer<typeof countReportRequestSchema>;

export async function runCountReport(port: WorkbookPort, request: CountReportRequest, ctx: RunContext): Promise<ReportOutput> {
  const sheets = await chooseSheets(port, { ledger: request.ledgerSheet, count: request.countSheet });
  const run = await runReconcile({
    ledger: { kind: 'sheet', port, sheet: sheets.ledger },
    count: { kind: 'sheet', port, sheet: sheets.count },
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  const json = reconcileJson(run.result, { problemsOnly: true });
  const s = json.summary;
  const sheet = renderCountReport(run.result, { locale: ctx.locale, countDate: request.countDate ?? ctx.today, unitName: request.school });
  return {
    kind: 'count',
    json,
    sheets: [sheet],
    findings: [...run.findings],
    headline: {
      'zh-CN': `盘点报告：${sheets.ledger} 对 ${sheets.count}，盘亏 ${s.shortage} 项（${s.shortageAmount} 元），盘盈 ${s.surplus} 项`,
      'en-US': `Count report: ${sheets.ledger} against ${sheets.count}, ${s.shortage} short (${s.shortageAmount}), ${s.surplus} surplus`,
    },
    lines: [
      L(`账面 ${s.ledgerRows} 行，实盘 ${s.countRows} 行，相符 ${s.matched} 行`, `Ledger ${s.ledgerRows} rows, counted ${s.countRows}, matched ${s.matched}`),
      L(`不符：数量 ${s.quantityMismatch} 项，其他 ${s.fieldMismatch} 项；重复 ${s.duplicates} 项；疑似匹配 ${s.possibleMatches} 项`, `Mismatches: quantity ${s.quantityMismatch}, other ${s.fieldMismatch}; duplicates ${s.duplicates}; possible matches ${s.possibleMatches}`),
    ],
  };
}

export const settlementRequestSchema = z.object({
  sheet: z.string().optional(),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type SettlementRequest = z.infer<typeof settlementRequestSchema>;

export const settlementJsonSchema = z.object({
  month: z.string(),
  total: z.object({ incidents: z.number().int(), due: z.string(), paid: z.string(), outstanding: z.string() }),
  byUnit: z.array(z.object({ name: z.string(), incidents: z.number().int(), due: z.string(), paid: z.string(), outstanding: z.string() })),
});

export async function runSettlement(port: WorkbookPort, request: SettlementRequest, ctx: RunContext): Promise<ReportOutput> {
  const month = checkMonth(request.month);
  const outcome = await computeCompensation(port, {
    ...(request.sheet ? { sheet: request.sheet } : {}),
    asOf: request.asOf ?? ctx.today,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  const s = settleMonthly(outcome.results, month);
  const line = (l: (typeof s.byUnit)[number]) => ({ name: l.name, incidents: l.incidents, due: formatFen(l.due), paid: formatFen(l.paid), outstanding: formatFen(l.outstanding) });
  const json = { month, total: { incidents: s.total.incidents, due: formatFen(s.total.due), paid: formatFen(s.total.paid), outstanding: formatFen(s.total.outstanding) }, byUnit: s.byUnit.map(line) };
  return {
    kind: 'settlement',
    json,
    sheets: [renderSettlementSheet(s, outcome.policy, ctx.locale)],
    findings: [...outcome.findings],
    headline: localize(
      { h: { 'zh-CN': '{month} 赔偿兑现：应收 {due} 元，已收 {paid} 元，未收 {outstanding} 元', 'en-US': '{month} compensation: due {due}, paid {paid}, outstanding {outstanding}' } },
      'h',
      { month, due: json.total.due, paid: json.total.paid, outstanding: json.total.outstanding },
    ),
    lines: json.byUnit.map((u) => L(`${u.name}：应收 ${u.due} 元，已收 ${u.paid} 元，未收 ${u.outstanding} 元`, `${u.name}: due ${u.due}, paid ${u.paid}, outstanding ${u.outstanding}`)),
  };
}

export { reconcileJsonSchema as countReportJsonSchema };
