/**
 * `taizhang template list|create`, `taizhang adopt` and `taizhang validate`: the ledger templates
 * from the command line.
 */
import type { Command } from 'commander';
import { adoptSheet, analyzeForTemplate, createRegister, normalizeSheet, requireTemplate, validateSheet } from '../../app/templates';
import { TEMPLATES } from '../../core/templates/catalogue';
import { newXlsx } from '../../workbook/file';
import { openXlsxFile, saveXlsxFile } from '../../workbook/file/node-files';
import { cliLocale, CliContext, reportError, type CliIO } from '../context';
import { isUserError } from '../../core/errors';
import { today } from '../today';
import { templateCliMessages as m } from './templates-messages';

interface Common {
  json?: boolean;
  lang?: string;
}

function parseCount(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n <= 100_000 ? n : Number.NaN;
}

export function registerTemplates(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const template = program.command('template').description('台账模板 / ledger templates');

  template
    .command('list')
    .description('列出模板 / list the templates')
    .option('--json', '输出 JSON / print JSON')
    .option('--lang <locale>', 'zh-CN | en-US')
    .action((flags: Common) => {
      const ctx = new CliContext(cliLocale(flags.lang), io);
      if (flags.json) {
        ctx.json({
          templates: TEMPLATES.map((t) => ({
            key: t.key, name: t.zh, nameEn: t.en, description: t.description[ctx.locale],
            fields: t.fields.map((f) => ({ key: f.key, header: f.zh, type: f.type, required: f.required, ...(f.compute ? { compute: f.compute } : {}) })),
          })),
        });
      } else {
        for (const t of TEMPLATES) io.out(`${t.key.padEnd(22)} ${ctx.locale === 'zh-CN' ? t.zh : t.en} — ${t.description[ctx.locale]}`);
      }
      setExit(0);
    });

  template
    .command('create')
    .description('新建台账工作表 / create a register')
    .argument('<key>', '模板 / template key (taizhang template list)')
    .requiredOption('--out <file>', '写入的 .xlsx（已存在则在其中新增工作表）/ .xlsx to write (a sheet is added if it exists)')
    .option('--school <name>', '学校名称 / school name')
    .option('--period <text>', '期间，如 2025—2026学年第一学期 / period line')
    .option('--as-of <date>', '截止日期（净值计算）/ as-of date for net values')
    .option('--sample <n>', '加入 N 行示例数据 / add N example rows')
    .option('--blank <n>', '空白行数（默认 20）/ blank lines to type into (default 20)')
    .option('--from <sheet>', '保管卡：从该明细账工作表生成（与 --out 同一文件）/ custody cards: register sheet in --out')
    .option('--json', '输出 JSON / print JSON')
    .option('--lang <locale>', 'zh-CN | en-US')
    .action(async (key: string, flags: Common & { out: string; school?: string; period?: string; asOf?: string; sample?: string; blank?: string; from?: string }) => {
      const ctx = new CliContext(cliLocale(flags.lang), io);
      try {
        requireTemplate(key);
        const sample = parseCount(flags.sample);
        const blank = parseCount(flags.blank);
        if (Number.isNaN(sample) || Number.isNaN(blank)) {
          io.err(ctx.tr(m, 'badCount'));
          setExit(2);
          return;
        }
        // Only a file that does not exist yet is started fresh; one that exists but cannot be read is never overwritten.
        const existing = await openXlsxFile(flags.out).catch((e: unknown) => {
          if (isUserError(e) && e.code === 'file.missing') return null;
          throw e;
        });
        const workbook = existing ?? newXlsx(flags.out);
        const written = await createRegister(workbook, {
          template: key, school: flags.school, period: flags.period, asOf: today(flags.asOf), sample, blankRows: blank, fromSheet: flags.from,
        });
        await saveXlsxFile(workbook, flags.out, { overwriteInput: true });
        if (flags.json) ctx.json({ file: flags.out, sheet: written.name, replaced: written.replaced });
        else io.out(ctx.tr(m, 'created', { sheet: written.name, file: flags.out }));
        setExit(0);
      } catch (e) {
        setExit(reportError(ctx, e));
      }
    });

  program
    .command('validate')
    .description('按模板检查工作表 / check a sheet against a template')
    .argument('<file>', '.xlsx')
    .requiredOption('--template <key>', '模板 / template key')
    .option('--sheet <name>', '工作表（默认第一个）/ sheet (default: the first)')
    .option('--out <file>', '另存一份带“检查结果”工作表的副本 / save a copy with a findings sheet')
    .option('--today <date>', '今天的日期（检查未来日期用）/ today, for future-date checks')
    .option('--json', '输出 JSON / print JSON')
    .option('--lang <locale>', 'zh-CN | en-US')
    .action(async (file: string, flags: Common & { template: string; sheet?: string; out?: string; today?: string }) => {
      const ctx = new CliContext(cliLocale(flags.lang), io);
      try {
        requireTemplate(flags.template);
        const workbook = await openXlsxFile(file);
        const sheet = flags.sheet ?? (await firstUserSheet(workbook));
        const result = await validateSheet(workbook, sheet, flags.template, { today: today(flags.today), writeSheet: flags.out !== undefined });
        if (flags.out) await saveXlsxFile(workbook, flags.out);
        if (flags.json) {
          ctx.json({
            template: flags.template, sheet, rows: result.rows,
            findings: result.findings.map((f) => ({ cell: f.cell, ...(f.field ? { field: f.field } : {}), severity: f.severity, code: f.code, message: f.message[ctx.locale] })),
          });
        } else {
          io.out(ctx.tr(m, 'validated', { sheet, template: result.template.zh, rows: result.rows, count: result.findings.length }));
          for (const f of result.findings) io.out(`  [${f.severity}] ${sheet}!${f.cell}  ${f.message[ctx.locale]}`);
        }
        setExit(result.findings.some((f) => f.severity === 'error') ? 4 : 0);
      } catch (e) {
        setExit(reportError(ctx, e));
      }
    });

  program
    .command('adopt')
    .description('把已有工作表对应到模板（不改原表），可选规范化为新表 / map an existing sheet to a template; optionally normalize it into a new sheet')
    .argument('<file>', '.xlsx')
    .requiredOption('--template <key>', '模板 / template key')
    .option('--sheet <name>', '工作表 / sheet')
    .option('--normalize', '生成规范化的新工作表并列出每处变更 / write a cleaned copy and list every change')
    .option('--out <file>', '保存结果的 .xlsx（记住的列对应、新表）/ where to save (remembered mapping, new sheets)')
    .option('--as-of <date>', '截止日期 / as-of date')
    .option('--json', '输出 JSON / print JSON')
    .option('--lang <locale>', 'zh-CN | en-US')
    .action(async (file: string, flags: Common & { template: string; sheet?: string; normalize?: boolean; out?: string; asOf?: string }) => {
      const ctx = new CliContext(cliLocale(flags.lang), io);
      try {
        requireTemplate(flags.template);
        const workbook = await openXlsxFile(file);
        const sheet = flags.sheet ?? (await firstUserSheet(workbook));
        const preview = await analyzeForTemplate(workbook, sheet, flags.template);
        const adoption = await adoptSheet(workbook, sheet, flags.template);
        const normalized = flags.normalize ? await normalizeSheet(workbook, sheet, flags.template, { asOf: today(flags.asOf) }) : null;
        if (flags.out) await saveXlsxFile(workbook, flags.out);
        const fields = Object.fromEntries(Object.entries(adoption.analysis.mapping?.fields ?? {}).map(([k, f]) => [k, { column: f.column, header: f.header, confidence: f.confidence }]));
        if (flags.json) {
          ctx.json({
            sheet, template: flags.template, rows: preview.analysis.records.length, fields,
            ...(normalized ? { normalizedSheet: normalized.written.name, changes: normalized.changes } : {}),
          });
        } else {
          io.out(ctx.tr(m, 'adopted', { sheet, template: adoption.template.zh, rows: adoption.analysis.records.length }));
          for (const [k, f] of Object.entries(fields)) io.out(`  ${adoption.template.fields.find((x) => x.key === k)?.zh ?? k} ← ${f.column} “${f.header}” (${f.confidence.toFixed(2)})`);
          if (normalized) {
            io.out(ctx.tr(m, 'normalized', { sheet: normalized.written.name, count: normalized.changes.length }));
            for (const c of normalized.changes.slice(0, 50)) io.out(`  ${c.cell}: “${c.before}” → “${c.after}”`);
            if (normalized.changes.length > 50) io.out(ctx.tr(m, 'moreChanges', { count: normalized.changes.length - 50, sheet: normalized.changesSheet?.name ?? '' }));
          }
          if (!flags.out) io.out(ctx.tr(m, 'notSaved'));
        }
        setExit(0);
      } catch (e) {
        setExit(reportError(ctx, e));
      }
    });
}

async function firstUserSheet(workbook: { listSheets(): Promise<Array<{ name: string; visibility: string }>> }): Promise<string> {
  const sheets = await workbook.listSheets();
  return sheets.find((s) => s.visibility === 'visible')?.name ?? sheets[0]?.name ?? '';
}
