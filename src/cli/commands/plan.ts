/**
 * `taizhang plan --month YYYY-MM | --term YYYY-spring|YYYY-autumn [--workbook FILE.xlsx] [--config FILE.json]
 * [--out FILE.xlsx] [--ics FILE.ics] [--text] [--json]`: next month's work plan from the task library,
 * the school calendar and the workbook's registers. The plan (text or JSON) goes to stdout; what it
 * was made from, warnings and findings go to stderr, so `> 计划.txt` keeps a clean plan.
 */
import { promises as fs } from 'node:fs';
import type { Command } from 'commander';
import { createLibrarySheet, generateMonthlyPlan, planIcs, planJson, planText, writePlan, type MonthlyPlan } from '../../app/plan';
import { UserError } from '../../core/errors';
import { localize, type Localized } from '../../core/i18n/locale';
import { qualifiedAddress } from '../../core/sheet/address';
import { newXlsx, type FileWorkbook } from '../../workbook/file';
import { openXlsxFile, saveXlsxFile } from '../../workbook/file/node-files';
import { cliLocale, CliContext, reportError, type CliIO } from '../context';
import { planCliMessages as m } from './plan-messages';

interface PlanFlags {
  month?: string;
  term?: string;
  workbook?: string;
  config?: string;
  out?: string;
  ics?: string;
  text?: boolean;
  json?: boolean;
  lang?: string;
  school?: string;
  office?: string;
  withDates?: boolean;
  librarySheet?: boolean;
  uncountedMonths?: string;
}

function errnoCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

async function readConfigFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('plan.configMissing', localize(m, 'configMissing', { file }));
    throw new UserError('plan.configUnreadable', localize(m, 'configUnreadable', { file, reason: code ?? String(e) }));
  }
  try {
    // A BOM is what Notepad puts in front of UTF-8.
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    throw new UserError('plan.configNotJson', localize(m, 'configNotJson', { file, reason: e instanceof Error ? e.message : String(e) }));
  }
}

function parseMonths(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 120 ? n : null;
}

function summarize(ctx: CliContext, plan: MonthlyPlan): void {
  const say = (l: Localized) => ctx.io.err(l[ctx.locale]);
  for (const s of plan.sources) say(s);
  for (const w of plan.warnings) ctx.io.err(ctx.tr(m, 'warning', { message: w.message[ctx.locale] }));
  for (const f of plan.findings) {
    const where = f.sheet === '' ? '—' : f.cell === '' ? f.sheet : qualifiedAddress(f.sheet, f.cell);
    ctx.io.err(ctx.tr(m, 'finding', { severity: ctx.t(`severity.${f.severity}`), where, message: f.message[ctx.locale] }));
  }
}

export function registerPlan(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('plan')
    .description('月度工作计划 / monthly work plan')
    .option('--month <YYYY-MM>', '计划月份，如 2026-03 / the month, e.g. 2026-03')
    .option('--term <key>', '整个学期：2026-spring 或 2026-autumn / a whole term')
    .option('--workbook <file>', '台账工作簿（维修、赔偿、报损、资产、借还登记和任务库）/ the office workbook with its registers')
    .option('--config <file>', '校历设置 JSON（学期、考试周日期）/ school calendar settings (JSON)')
    .option('--out <file>', '写入计划工作表的 .xlsx（有 --workbook 时为其副本）/ .xlsx to write the plan sheet to (a copy of --workbook)')
    .option('--ics <file>', '导出日历文件（Outlook、手机日历）/ write an .ics calendar file')
    .option('--text', '输出打印用文字稿（未指定 --out/--ics 时默认）/ print the plan as text (the default without --out/--ics)')
    .option('--with-dates', '文字稿中写出计划日期 / add the dates to the text')
    .option('--school <name>', '学校名称（标题用）/ school name for the title')
    .option('--office <name>', '部门名称，默认“总务处” / office name, 总务处 by default')
    .option('--library-sheet', '在 --out 中加入可编辑的任务库工作表 / add the editable task-library sheet to --out')
    .option('--uncounted-months <n>', '超过几个月未盘点的资产列入计划（默认 12）/ months without a count before an asset is listed (12)')
    .option('--json', '输出 JSON / print JSON')
    .option('--lang <locale>', 'zh-CN | en-US')
    .action(async (flags: PlanFlags) => {
      const ctx = new CliContext(cliLocale(flags.lang), io);
      try {
        if ((flags.month === undefined) === (flags.term === undefined)) {
          io.err(ctx.tr(m, 'needPeriod'));
          setExit(2);
          return;
        }
        const uncountedMonths = parseMonths(flags.uncountedMonths);
        if (uncountedMonths === null) {
          io.err(ctx.tr(m, 'badUncounted'));
          setExit(2);
          return;
        }
        const now = new Date();
        const workbook: FileWorkbook | null = flags.workbook ? await openXlsxFile(flags.workbook) : null;
        const config = flags.config === undefined ? undefined : await readConfigFile(flags.config);
        const plan = await generateMonthlyPlan(workbook, {
          ...(flags.month !== undefined ? { month: flags.month } : {}),
          ...(flags.term !== undefined ? { term: flags.term } : {}),
          ...(config !== undefined && flags.config !== undefined ? { config, configLabel: localize(m, 'configLabel', { file: flags.config }) } : {}),
          ...(uncountedMonths !== undefined ? { uncountedMonths } : {}),
          now,
        });
        const render = { ...(flags.school ? { school: flags.school } : {}), ...(flags.office ? { office: flags.office } : {}) };

        if (plan.blocked) {
          if (flags.json) ctx.json(planJson(plan, ctx.locale));
          summarize(ctx, plan);
          io.err(ctx.tr(m, 'blocked'));
          setExit(1);
          return;
        }

        const done: string[] = [];
        if (flags.out) {
          const target = workbook ?? newXlsx(flags.out);
          if (flags.librarySheet) {
            const lib = await createLibrarySheet(target, { now });
            done.push(ctx.tr(m, lib.created ? 'wroteLibrary' : 'keptLibrary', { sheet: lib.name }));
          }
          const written = await writePlan(target, plan, { ...render, now });
          // saveXlsxFile refuses to write over the --workbook file: the office's workbook is never replaced.
          await saveXlsxFile(target, flags.out);
          const kept = written.keptStatuses > 0 ? ctx.tr(m, 'keptStatuses', { count: written.keptStatuses }) : '';
          done.push(ctx.tr(m, 'wroteSheet', { file: flags.out, sheet: written.name, count: plan.items.length, kept }));
        }
        if (flags.ics) {
          try {
            await fs.writeFile(flags.ics, planIcs(plan, { ...render, locale: ctx.locale }), 'utf8');
          } catch (e) {
            throw new UserError('plan.icsCannotWrite', localize(m, 'icsCannotWrite', { file: flags.ics, reason: errnoCode(e) ?? String(e) }));
          }
          done.push(ctx.tr(m, 'wroteIcs', { file: flags.ics, count: plan.items.length }));
        }

        if (flags.json) {
          ctx.json({ ...planJson(plan, ctx.locale), files: { ...(flags.out ? { out: flags.out } : {}), ...(flags.ics ? { ics: flags.ics } : {}) } });
          summarize(ctx, plan);
          for (const line of done) io.err(line);
        } else {
          const showText = flags.text === true || (!flags.out && !flags.ics);
          if (showText) io.out(planText(plan, { ...render, locale: ctx.locale, withDates: flags.withDates === true }));
          summarize(ctx, plan);
          // Files are the product when no text was asked for: say so on stdout.
          for (const line of done) {
            if (showText) io.err(line);
            else io.out(line);
          }
        }
        setExit(0);
      } catch (e) {
        setExit(reportError(ctx, e));
      }
    });
}
