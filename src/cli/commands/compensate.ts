/**
 * `taizhang compensate REGISTER.xlsx`: every incident of a damage register computed by the school's
 * policy (its 赔偿办法 sheet, the default, or --policy FILE.json), with the rule that produced it.
 * --out saves a copy with the results, notices, monthly settlement and write-off sheets added;
 * the register file itself is never written.
 */
import { promises as fs } from 'node:fs';
import { Option, type Command } from 'commander';
import {
  checkMonth,
  computeCompensation,
  createPolicySheet,
  findPolicySheet,
  outcomeJson,
  parsePolicyJson,
  writeCompensationResults,
  type CompensationOutcome,
  type WrittenResults,
} from '../../app/compensation';
import { BASIS_LABELS, DISPOSITION_LABELS, NATURE_LABELS, RULE_LABELS, type Basis } from '../../core/compensation';
import { parseDateText, type IsoDate } from '../../core/dates';
import { UserError } from '../../core/errors';
import { localize } from '../../core/i18n/locale';
import { formatFen, numberToDecimalText, sumFen } from '../../core/money';
import { toRmbCapital } from '../../core/rmb';
import { openXlsxFile, saveXlsxFile } from '../../workbook/file/node-files';
import { cliLocale, CliContext, reportError, type CliIO } from '../context';
import { today } from '../today';
import { compensateCliMessages as m } from './compensate-messages';

interface CompensateFlags {
  sheet?: string;
  policy?: string;
  basis?: Basis;
  asOf?: string;
  month?: string;
  out?: string;
  paper?: 'A5' | 'A4';
  deadline?: string;
  json?: boolean;
  lang?: string;
  progress?: boolean;
}

/** Exit code when some incidents could not be computed (their findings say why). */
export const EXIT_NOT_ALL_COMPUTED = 4;

function dateFlag(ctx: CliContext, flag: string, value: string | undefined): IsoDate | null | undefined {
  if (value === undefined) return undefined;
  const parsed = parseDateText(value);
  if (parsed?.precision === 'day') return parsed.date;
  ctx.io.err(ctx.tr(m, 'badDate', { flag, value }));
  return null;
}

async function readPolicyFile(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    throw new UserError('compensation.policyFile.unreadable', localize(m, 'policyFileUnreadable', { file, reason: typeof code === 'string' ? code : String(e) }));
  }
}

function printText(ctx: CliContext, outcome: CompensationOutcome, policyFile: string | undefined): void {
  const l = ctx.locale;
  const policy =
    outcome.policySource === 'sheet'
      ? ctx.tr(m, 'policySheet', { sheet: outcome.policySheet ?? '' })
      : outcome.policySource === 'given'
        ? ctx.tr(m, 'policyGiven', { file: policyFile ?? '' })
        : ctx.tr(m, 'policyDefault');
  ctx.io.out(ctx.tr(m, 'heading', { sheet: outcome.sheet, count: outcome.incidents.length, policy, basis: BASIS_LABELS[outcome.basis][l], asOf: outcome.asOf }));
  for (const r of outcome.results) {
    const charged = r.amount > 0;
    ctx.io.out(
      ctx.tr(m, 'incident', {
        row: r.row,
        item: r.item,
        quantity: r.quantity === 1 ? '' : ` ×${numberToDecimalText(r.quantity)}${r.unit}`,
        nature: NATURE_LABELS[r.nature][l],
        rule: RULE_LABELS[r.rule][l],
        calculation: charged
          ? ctx.tr(m, 'calculation', { base: formatFen(r.base), multiplier: numberToDecimalText(r.surcharge ? Math.round(r.multiplier * r.surcharge.multiplier * 10_000) / 10_000 : r.multiplier), amount: formatFen(r.amount) })
          : ctx.tr(m, 'noCharge', { disposition: DISPOSITION_LABELS[r.disposition][l] }),
        inWords: charged ? r.amountInWords : '',
      }).trimEnd(),
    );
    if (charged) {
      ctx.io.out(
        r.payers.length > 0
          ? ctx.tr(m, 'payers', { payers: r.payers.map((p) => `${p.name} ${formatFen(p.amount)}`).join(l === 'zh-CN' ? '、' : ', ') })
          : ctx.tr(m, 'nobody'),
      );
    }
    ctx.io.out(ctx.tr(m, 'explanation', { text: r.explanation[l] }));
  }
  const chargeable = outcome.results.filter((r) => r.amount > 0);
  const total = sumFen(chargeable.map((r) => r.amount));
  ctx.io.out('');
  ctx.io.out(
    ctx.tr(m, 'total', {
      chargeable: chargeable.length,
      total: formatFen(total),
      inWords: toRmbCapital(total, { withPrefix: true }),
      outstanding: formatFen(sumFen(chargeable.map((r) => r.outstanding))),
      writeOffs: outcome.writeOffs.length,
    }),
  );
  const notComputed = outcome.incidents.length - outcome.results.length;
  if (notComputed > 0) ctx.io.out(ctx.tr(m, 'notComputed', { count: notComputed }));
  if (outcome.amountDue.column && outcome.amountDue.edits.length > 0) {
    ctx.io.out(ctx.tr(m, 'amountDue', { column: outcome.amountDue.column, count: outcome.amountDue.edits.length }));
  }
  if (outcome.findings.length > 0) {
    const severity = m.severity[l].split('|');
    const label = { error: severity[0], warning: severity[1], info: severity[2] };
    ctx.io.out(ctx.tr(m, 'findings', { count: outcome.findings.length }));
    for (const f of outcome.findings) {
      const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
      ctx.io.out(`  [${label[f.severity]}] ${where}  ${f.message[l]}`);
    }
  }
}

function writtenNames(ctx: CliContext, written: WrittenResults, policySheet: string | null): string {
  const names = [written.results.name];
  if (written.notices) names.push(ctx.tr(m, 'noticesCount', { sheet: written.notices.name, count: written.noticeCount }));
  names.push(written.settlement.name);
  if (written.writeOffs) names.push(written.writeOffs.name);
  if (policySheet) names.push(policySheet);
  return names.join(ctx.locale === 'zh-CN' ? '、' : ', ');
}

export function registerCompensate(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('compensate')
    .description('损坏赔偿计算：每条记录的应赔金额和计算依据，赔偿通知单，每月兑现表，报损注销清单 / damage compensation: amounts with their rule, notices, monthly settlement, write-offs')
    .argument('<file>', '损坏赔偿登记 .xlsx / the damage register workbook')
    .option('--sheet <name>', '登记表所在工作表（默认自动查找）/ the register sheet (found automatically by default)')
    .option('--policy <file>', '赔偿办法 JSON 文件（代替工作簿中的赔偿办法）/ a policy JSON file (instead of the workbook\'s policy sheet)')
    .addOption(new Option('--basis <basis>', '计价依据：original 原值 或 net 净值 / valuation basis').choices(['original', 'net']))
    .option('--as-of <date>', '计算日期（判断逾期），默认今天 / computation date (for overdue), today by default')
    .option('--month <YYYY-MM>', '兑现表的月份，默认计算日期所在月 / settlement month, the as-of month by default')
    .option('--out <file>', '另存一份带结果工作表的副本（不会覆盖原文件）/ save a copy with the result sheets (never over the input)')
    .addOption(new Option('--paper <paper>', '通知单纸张 / notice paper').choices(['A5', 'A4']))
    .option('--deadline <date>', '通知单上的交款期限 / the pay-by date on notices')
    .option('--json', '输出 JSON / print JSON')
    .option('--lang <locale>', 'zh-CN 或 en-US / zh-CN or en-US')
    .option('--no-progress', '不显示进度 / no progress on stderr')
    .action(async (file: string, flags: CompensateFlags) => {
      const ctx = new CliContext(cliLocale(flags.lang), io);
      try {
        const asOfFlag = dateFlag(ctx, '--as-of', flags.asOf);
        const deadline = dateFlag(ctx, '--deadline', flags.deadline);
        if (asOfFlag === null || deadline === null) {
          setExit(2);
          return;
        }
        const asOf = asOfFlag ?? today();
        const month = flags.month === undefined ? undefined : checkMonth(flags.month);
        const policy = flags.policy ? parsePolicyJson(await readPolicyFile(flags.policy), flags.policy) : undefined;
        const workbook = await openXlsxFile(file);
        const showProgress = flags.progress !== false && !flags.json && process.stderr.isTTY === true;
        const outcome = await computeCompensation(workbook, {
          sheet: flags.sheet,
          asOf,
          basis: flags.basis,
          policy,
          onProgress: showProgress ? (p) => io.err(ctx.t('progress.reading', { sheet: flags.sheet ?? file, done: p.done, total: p.total })) : undefined,
        });

        let written: WrittenResults | null = null;
        let policySheet: string | null = null;
        if (flags.out) {
          written = await writeCompensationResults(workbook, outcome, { locale: ctx.locale, month, notices: { date: asOf, deadline, paper: flags.paper } });
          // The results say which policy produced them: a workbook without a policy sheet gets the one used, to read and edit.
          if (!(await findPolicySheet(workbook))) policySheet = (await createPolicySheet(workbook, { policy: outcome.policy, locale: ctx.locale })).name;
          await saveXlsxFile(workbook, flags.out);
        }

        if (flags.json) {
          ctx.json({
            ...outcomeJson(outcome, ctx.locale),
            ...(written && flags.out
              ? {
                  saved: {
                    file: flags.out,
                    results: written.results.name,
                    notices: written.notices?.name ?? null,
                    noticeCount: written.noticeCount,
                    settlement: written.settlement.name,
                    writeOffs: written.writeOffs?.name ?? null,
                    policy: policySheet,
                  },
                }
              : {}),
          });
        } else {
          printText(ctx, outcome, flags.policy);
          ctx.io.out('');
          ctx.io.out(written && flags.out ? ctx.tr(m, 'saved', { file: flags.out, sheets: writtenNames(ctx, written, policySheet) }) : ctx.tr(m, 'notSaved'));
        }
        setExit(outcome.results.length < outcome.incidents.length ? EXIT_NOT_ALL_COMPUTED : 0);
      } catch (e) {
        setExit(reportError(ctx, e));
      }
    });
}
