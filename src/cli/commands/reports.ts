/**
 * `taizhang report summary|four-pillar|compare FILE.xlsx …` and `taizhang report list`: the reports
 * of app/reports.ts from the command line. The input workbook is only read; --out writes a new
 * workbook holding the report sheets (with their charts and print setup), --pdf prints it to PDF
 * through LibreOffice.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { REPORT_KINDS, reportSheets, runReport, type ReportOutput } from '../../app/reports';
import { writeOwnedSheet } from '../../app/owned-sheets';
import { UserError } from '../../core/errors';
import { localize } from '../../core/i18n/locale';
import { newXlsx } from '../../workbook/file';
import { openXlsxFile, saveXlsxFile } from '../../workbook/file/node-files';
import { cliLocale, CliContext, reportError, type CliIO } from '../context';
import { today } from '../today';
import { reportsCliMessages as m } from './reports-messages';
import { exportPdf } from './reports-pdf';

interface Common {
  sheet?: string;
  school?: string;
  json?: boolean;
  out?: string;
  pdf?: string;
  lang?: string;
  today?: string;
}

/** The same file, by path or by identity (a link, another spelling). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

const MAX_FINDINGS_SHOWN = 20;

function printText(ctx: CliContext, output: ReportOutput): void {
  ctx.io.out(output.headline[ctx.locale]);
  for (const line of output.lines) ctx.io.out(`  ${line[ctx.locale]}`);
  const n = output.findings.length;
  if (n === 0) return;
  ctx.io.out(ctx.tr(m, 'findings', { count: n }));
  for (const f of output.findings.slice(0, MAX_FINDINGS_SHOWN)) ctx.io.out(`  [${f.severity}] ${f.sheet}${f.cell ? `!${f.cell}` : ''}  ${f.message[ctx.locale]}`);
  if (n > MAX_FINDINGS_SHOWN) ctx.io.out(ctx.tr(m, 'moreFindings', { count: n - MAX_FINDINGS_SHOWN }));
}

/** Runs one report and saves what was asked: the shared tail of every `report` subcommand. */
async function runAndSave(ctx: CliContext, file: string, key: string, request: Record<string, unknown>, flags: Common): Promise<void> {
  if (flags.out && (await sameFile(flags.out, file))) throw new UserError('report.outIsInput', localize(m, 'outIsInput', { file }));
  const workbook = await openXlsxFile(file);
  const output = await runReport(workbook, key, request, { locale: ctx.locale, today: today(flags.today) });
  const files: { out?: string; pdf?: string } = {};
  const sheets: string[] = [];
  if (flags.out || flags.pdf) {
    // A new workbook with the report sheets only: the ledger's own file is never written.
    const target = newXlsx(flags.out ? path.basename(flags.out) : undefined);
    for (const spec of reportSheets(output, { locale: ctx.locale, linkFindings: false })) sheets.push((await writeOwnedSheet(target, spec)).name);
    if (flags.out) {
      await saveXlsxFile(target, flags.out);
      files.out = flags.out;
    }
    if (flags.pdf) {
      await exportPdf(await target.save(), flags.pdf);
      files.pdf = flags.pdf;
    }
  }
  if (flags.json) {
    ctx.json({ ...(output.json as object), ...(Object.keys(files).length > 0 ? { files } : {}) });
    return;
  }
  printText(ctx, output);
  if (files.out) ctx.io.out(ctx.tr(m, 'saved', { file: files.out, sheets: sheets.join('、') }));
  if (files.pdf) ctx.io.out(ctx.tr(m, 'pdf', { file: files.pdf }));
  if (!files.out && !files.pdf) ctx.io.out(ctx.tr(m, 'notSaved'));
}

function common(cmd: Command): Command {
  return cmd
    .argument('<file>', '.xlsx')
    .option('--sheet <name>', '工作表（默认自动找）/ sheet (found automatically by default)')
    .option('--school <name>', '学校名称（标题用）/ school name for the title')
    .option('--out <file>', '把报表写入新的 .xlsx（含图表和打印设置）/ write the report to a new .xlsx (charts and print setup included)')
    .option('--pdf <file>', '导出 PDF（需要 LibreOffice）/ export a PDF (needs LibreOffice)')
    .option('--json', '输出 JSON / print JSON')
    .option('--today <date>', '今天的日期（默认系统日期）/ today, instead of the system date')
    .option('--lang <locale>', 'zh-CN | en-US');
}

export function registerReports(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const report = program.command('report').description('报表：资产汇总、四柱清册、同期对比 / reports: asset summary, four-pillar statement, period comparison');

  const act = (key: string, toRequest: (flags: Common & Record<string, unknown>) => Record<string, unknown>) => async (file: string, flags: Common & Record<string, unknown>) => {
    const ctx = new CliContext(cliLocale(flags.lang), io);
    try {
      await runAndSave(ctx, file, key, toRequest(flags), flags);
      setExit(0);
    } catch (e) {
      setExit(reportError(ctx, e));
    }
  };

  common(report.command('summary').description('资产汇总（项数、数量、原值、累计折旧、净值）/ asset summary'))
    .option('--by <fields>', '汇总字段，一个或两个，逗号分隔：department、category、location、status（默认 department）/ one or two fields, comma-separated')
    .option('--at <date>', '截止日期（默认今天）/ as of (default today)')
    .action(act('summary', (f) => ({ sheet: f.sheet, by: f.by, at: f.at, school: f.school })));

  common(report.command('four-pillar').description('四柱清册：旧管＋新收－开除＝实在 / four-pillar statement'))
    .requiredOption('--from <date>', '期初日期 / first day of the period')
    .requiredOption('--to <date>', '期末日期 / last day of the period')
    .option('--by <field>', 'category（默认）或 department / category (default) or department')
    .option('--register <sheets...>', '报损注销登记工作表（默认按表名自动找）/ write-off register sheets (found by name by default)')
    .action(act('four-pillar', (f) => ({ sheet: f.sheet, from: f.from, to: f.to, by: f.by, registerSheets: f.register, school: f.school })));

  common(report.command('compare').description('同期对比：本期与上年同期或上学期 / this period against last year or last term'))
    .requiredOption('--date-field <column>', '日期列（列名、列字母或字段）/ date column (header, letter or field)')
    .requiredOption('--amount-field <column>', '金额列 / amount column')
    .requiredOption('--by <column>', '分组列 / column to group by')
    .requiredOption('--period <months>', '本期，如 2025-09..2026-01 / this period, e.g. 2025-09..2026-01')
    .option('--against <which>', 'last-year（上年同期，默认）或 last-term（上学期）/ last-year (default) or last-term')
    .option('--noun <word>', '金额名称，如 支出、采购（默认 支出）/ what the amounts are (default 支出)')
    .action(act('compare', (f) => ({
      sheet: f.sheet, dateField: f.dateField, amountField: f.amountField, by: f.by, period: f.period, against: f.against, noun: f.noun, school: f.school,
    })));

  report
    .command('list')
    .description('列出报表 / list the reports')
    .option('--json', '输出 JSON / print JSON')
    .option('--lang <locale>', 'zh-CN | en-US')
    .action((flags: { json?: boolean; lang?: string }) => {
      const ctx = new CliContext(cliLocale(flags.lang), io);
      if (flags.json) {
        ctx.json({
          reports: REPORT_KINDS.map((k) => ({
            key: k.key, name: k.label[ctx.locale], description: k.description[ctx.locale],
            params: k.params.map((p) => ({ key: p.key, label: p.label[ctx.locale], kind: p.kind, required: p.required, ...(p.choices ? { choices: p.choices.map((c) => c.value) } : {}) })),
          })),
        });
      } else {
        io.out(ctx.tr(m, 'listHeader'));
        for (const k of REPORT_KINDS) io.out(`  ${k.key.padEnd(12)} ${k.label[ctx.locale]} — ${k.description[ctx.locale]}`);
      }
      setExit(0);
    });
}
