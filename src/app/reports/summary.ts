/** The asset summary use case: read an asset-like sheet, summarize it at a date, render the sheet. */
import { z } from 'zod';
import { localize } from '../../core/i18n/locale';
import { formatFen } from '../../core/money';
import { REPORT_ASSET_FIELDS, readAssetItems } from '../../core/reports/items';
import { groupFieldSchema, resolveGroupField, GROUP_FIELDS, type GroupField } from '../../core/reports/groups';
import { findingJson, summaryJson, type SummaryJson } from '../../core/reports/json';
import { reportLabels } from '../../core/reports/labels';
import { renderSummarySheet } from '../../core/reports/render/summary';
import { summarizeAssets } from '../../core/reports/summary';
import { ASSET_FIELDS } from '../../core/sheet/fields';
import type { WorkbookPort } from '../../workbook/port';
import { loadCategories } from '../categories';
import { chooseSheet, missingField, readingFindings, reportError, requireDate, requireTable } from './sources';
import type { ReportOutput, RunContext } from './types';

export const summaryRequestSchema = z.object({
  /** The asset sheet; the first sheet with amounts when absent. */
  sheet: z.string().min(1).optional(),
  /** One or two fields, as keys or names ("department", "使用部门", "班级"), an array or "a,b". */
  by: z.union([z.string(), z.array(z.string())]).optional(),
  /** The date values are taken at (default today). */
  at: z.string().optional(),
  /** School name for the title. */
  school: z.string().optional(),
});
export type SummaryRequest = z.infer<typeof summaryRequestSchema>;

/** "department,category" · ["班级", "资产分类"] → grouping fields (department when none given). */
export function resolveGroupFields(by: string | readonly string[] | undefined, fallback: GroupField): GroupField[] {
  const list = (typeof by === 'string' ? by.split(/[,，、]/) : (by ?? [])).map((s) => s.trim()).filter((s) => s !== '');
  if (list.length === 0) return [fallback];
  if (list.length > 2) throw reportError('error.tooManyGroupFields');
  return list.map((text) => {
    const f = resolveGroupField(text);
    if (!f) {
      const choices = GROUP_FIELDS.map((g) => `${g}（${ASSET_FIELDS.find((x) => x.key === g)?.zh ?? g}）`).join('、');
      throw reportError('error.unknownGroupField', { field: text, choices });
    }
    return groupFieldSchema.parse(f);
  });
}

export async function runSummary(port: WorkbookPort, req: SummaryRequest, ctx: RunContext): Promise<ReportOutput<SummaryJson>> {
  const by = resolveGroupFields(req.by, 'department');
  const at = req.at ? requireDate(req.at) : ctx.today;
  const read = await chooseSheet(port, req.sheet, REPORT_ASSET_FIELDS, [['amount', 'unitPrice']], ctx);
  const analysis = requireTable(read);
  const mapped = analysis.mapping?.fields ?? {};
  for (const f of by) if (!mapped[f]) throw missingField(analysis, f);
  if (!mapped.amount && !mapped.unitPrice) throw missingField(analysis, 'amount');
  const { items, findings: itemFindings } = readAssetItems(analysis);
  const result = summarizeAssets(analysis.sheet, items, { by, at, table: await loadCategories(port), locale: ctx.locale });
  const findings = [...readingFindings(analysis), ...itemFindings, ...result.findings];
  const sheet = renderSummarySheet(result, { locale: ctx.locale, school: req.school });
  return {
    kind: 'summary',
    json: { ...summaryJson(result, ctx.locale), findings: findings.map((f) => findingJson(f, ctx.locale)) },
    sheets: [sheet],
    findings,
    lines: result.groups.flatMap((g) => [g, ...(g.children ?? []).map((c) => ({ ...c, key: `${g.key} / ${c.key}` }))]).map((g) => localize(reportLabels, 'text.summaryRow', {
      key: g.key, items: g.items, quantity: g.quantity, original: formatFen(g.original), accumulated: formatFen(g.accumulated), net: formatFen(g.net),
    })),
    headline: localize(reportLabels, 'headline.summary', {
      sheet: analysis.sheet, at, items: result.total.items,
      original: formatFen(result.total.original), accumulated: formatFen(result.total.accumulated), net: formatFen(result.total.net),
    }),
  };
}
