/**
 * The 四柱清册 use case: read the ledger, the write-off registers beside it and the ledger's 合计
 * row, compute the statement for the period, render the sheet.
 */
import { z } from 'zod';
import type { Finding } from '../../core/findings';
import { localize, type Locale, type Localized } from '../../core/i18n/locale';
import { formatFen } from '../../core/money';
import { fourPillar } from '../../core/reports/four-pillar';
import { REPORT_ASSET_FIELDS, WRITE_OFF_FIELDS, readAssetItems } from '../../core/reports/items';
import { findingJson, fourPillarJson, type FourPillarJson } from '../../core/reports/json';
import { label, reportLabels } from '../../core/reports/labels';
import { readLedgerTotal } from '../../core/reports/ledger-total';
import { readWriteOffRegister, type WriteOffEntry } from '../../core/reports/register';
import { MAX_CAUSES, renderFourPillarSheet } from '../../core/reports/render/four-pillar';
import { finding } from '../../core/findings';
import { reportMessages } from '../../core/reports/messages';
import type { WorkbookPort } from '../../workbook/port';
import { userSheets } from '../inspect';
import { chooseSheet, missingField, readSheet, readingFindings, reportError, requireDate, requireTable, WRITE_OFF_SHEET_NAME, type ReadContext } from './sources';
import { resolveGroupFields } from './summary';
import type { ReportOutput, RunContext } from './types';

export const fourPillarRequestSchema = z.object({
  sheet: z.string().min(1).optional(),
  from: z.string(),
  to: z.string(),
  /** One field: category (default) or department, as key or name. */
  by: z.string().optional(),
  /** Write-off registers to read; by default every sheet named like one (报损、注销、报废…). */
  registerSheets: z.array(z.string()).optional(),
  school: z.string().optional(),
});
export type FourPillarRequest = z.infer<typeof fourPillarRequestSchema>;

async function readRegisters(port: WorkbookPort, ledger: string, wanted: readonly string[] | undefined, ctx: ReadContext): Promise<{ entries: WriteOffEntry[]; findings: Finding[] }> {
  const names = wanted ?? (await userSheets(port)).map((s) => s.name).filter((n) => n !== ledger && WRITE_OFF_SHEET_NAME.test(n));
  const entries: WriteOffEntry[] = [];
  const findings: Finding[] = [];
  for (const name of names) {
    const { analysis } = await readSheet(port, name, WRITE_OFF_FIELDS, ctx);
    const mapped = analysis.mapping?.fields ?? {};
    if (analysis.status !== 'ok' || !mapped.code || (!mapped.disposedOn && !mapped.approvedOn)) {
      findings.push(finding(name, '', 'info', 'report.register.noDateColumn', localize(reportMessages, 'report.register.noDateColumn', { sheet: name })));
      continue;
    }
    const read = readWriteOffRegister(analysis);
    entries.push(...read.entries);
    findings.push(...readingFindings(analysis), ...read.findings);
  }
  return { entries, findings };
}

function eachLocale(text: (locale: Locale) => string): Localized {
  return { 'zh-CN': text('zh-CN'), 'en-US': text('en-US') };
}

export async function runFourPillar(port: WorkbookPort, req: FourPillarRequest, ctx: RunContext): Promise<ReportOutput<FourPillarJson>> {
  const from = requireDate(req.from);
  const to = requireDate(req.to);
  if (from > to) throw reportError('error.fromAfterTo', { from, to });
  const [by] = resolveGroupFields(req.by, 'category');
  if (!by) throw reportError('error.tooManyGroupFields');
  const read = await chooseSheet(port, req.sheet, REPORT_ASSET_FIELDS, [['amount', 'unitPrice'], ['acquiredOn']], ctx);
  const analysis = requireTable(read);
  const mapped = analysis.mapping?.fields ?? {};
  if (!mapped.amount && !mapped.unitPrice) throw missingField(analysis, 'amount');
  if (!mapped.acquiredOn) throw missingField(analysis, 'acquiredOn');
  const { items, findings: itemFindings } = readAssetItems(analysis);
  const register = await readRegisters(port, analysis.sheet, req.registerSheets, ctx);
  const ledgerTotal = readLedgerTotal(read.grid, analysis);
  const result = fourPillar(analysis.sheet, { ledger: items, register: register.entries, ledgerTotal }, { from, to, by, locale: ctx.locale });
  const findings = [...readingFindings(analysis), ...itemFindings, ...register.findings, ...result.findings];
  const check = result.check.closingMatchesLedger
    ? localize(reportLabels, 'headline.check.ok')
    : localize(reportLabels, 'headline.check.differs', { count: result.check.differences.length });
  const headline = localize(reportLabels, 'headline.fourPillar', {
    sheet: analysis.sheet, from, to,
    opening: formatFen(result.total.opening.amount), additions: formatFen(result.total.additions.amount),
    disposals: formatFen(result.total.disposals.amount), closing: formatFen(result.total.closing.amount),
  });
  return {
    kind: 'four-pillar',
    json: { ...fourPillarJson(result, ctx.locale), findings: findings.map((f) => findingJson(f, ctx.locale)) },
    sheets: [renderFourPillarSheet(result, { locale: ctx.locale, school: req.school })],
    findings,
    lines: [
      ...result.rows.map((r) => localize(reportLabels, 'text.fourPillarRow', {
        key: r.key, oq: r.opening.quantity, oa: formatFen(r.opening.amount), aq: r.additions.quantity, aa: formatFen(r.additions.amount),
        dq: r.disposals.quantity, da: formatFen(r.disposals.amount), cq: r.closing.quantity, ca: formatFen(r.closing.amount),
      })),
      ...result.check.differences.flatMap((d, i) => [
        eachLocale((locale) => label(locale, 'check.difference', {
          n: i + 1, kind: label(locale, `check.kind.${d.kind}`), group: d.group ? `“${d.group}”` : '', quantity: d.quantity, amount: formatFen(d.amount),
        })),
        ...d.rows.slice(0, MAX_CAUSES).map((c) => eachLocale((locale) => `  ${c.message[locale]}`)),
        ...(d.rows.length > MAX_CAUSES ? [eachLocale((locale) => `  ${label(locale, 'check.more', { count: d.rows.length - MAX_CAUSES })}`)] : []),
      ]),
    ],
    headline: { 'zh-CN': headline['zh-CN'] + check['zh-CN'], 'en-US': headline['en-US'] + check['en-US'] },
  };
}
