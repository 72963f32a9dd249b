/**
 * `taizhang new-code LEDGER.xlsx --category JS`: 盘盈补录 — the next code(s) by the school's numbering
 * rule, continuing the ledger's sequence, and with --out their labels. The ledger is only read.
 */
import type { Command } from 'commander';
import { assignCodes, labelsPdf, loadLabelSettings, makeLabels, readLedgerItems } from '../../app/labels';
import { parseDateText } from '../../core/dates';
import { openXlsxFile, writeOutputFile } from '../../workbook/file/node-files';
import { cliLocale, CliContext, reportError, type CliIO } from '../context';
import { today } from '../today';
import { newCodeCliMessages as m } from './labels-messages';

interface NewCodeFlags {
  pattern?: string;
  category?: string;
  department?: string;
  location?: string;
  name?: string;
  date?: string;
  count?: string;
  sheet?: string;
  out?: string;
  layout: string;
  school?: string;
  json?: boolean;
  lang?: string;
}

export function registerNewCode(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('new-code')
    .description('盘盈补录：按学校的编号规则给新资产编号（接着台账已有的序号），并可打印标签 / new asset codes by the school\'s numbering rule, with their labels')
    .argument('<ledger>', '固定资产明细账 .xlsx / the ledger workbook')
    .option('--pattern <rule>', '编号规则，如 "{分类}-{年}-{序号:4}"（默认取工作簿中的设置）/ the numbering rule')
    .option('--category <text>', '资产分类（规则中的 {分类}）/ category')
    .option('--department <text>', '使用部门（规则中的 {部门}）/ department')
    .option('--location <text>', '存放地点 / location')
    .option('--name <text>', '资产名称（印在标签上）/ asset name')
    .option('--date <date>', '入账日期（{年}{月}），默认今天 / entry date, today by default')
    .option('--count <n>', '要几个编号 / how many codes', '1')
    .option('--sheet <name>', '台账工作表 / the ledger sheet')
    .option('--out <file>', '新编号的标签 PDF / labels PDF for the new codes')
    .option('--layout <layout>', '标签版式 / label layout', 'thermal-50x30')
    .option('--school <name>', '印在标签上的学校名称 / school name on the labels')
    .option('--json', '输出 JSON / print JSON')
    .option('--lang <locale>', 'zh-CN 或 en-US / zh-CN or en-US')
    .action(async (ledgerFile: string, flags: NewCodeFlags) => {
      const ctx = new CliContext(cliLocale(flags.lang), io);
      try {
        const count = Number(flags.count ?? '1');
        if (!Number.isInteger(count) || count < 1 || count > 1000) {
          ctx.io.err(ctx.tr(m, 'badCount', { value: flags.count ?? '' }));
          setExit(2);
          return;
        }
        const date = flags.date === undefined ? today() : parseDateText(flags.date)?.date;
        if (date === undefined) {
          ctx.io.err(ctx.tr(m, 'badDate', { value: flags.date ?? '' }));
          setExit(2);
          return;
        }
        const port = await openXlsxFile(ledgerFile);
        const settings = await loadLabelSettings(port);
        const pattern = flags.pattern ?? settings.numbering;
        if (!pattern) {
          ctx.io.err(ctx.tr(m, 'noPattern'));
          setExit(1);
          return;
        }
        const ledger = await readLedgerItems(port, flags.sheet);
        const item = { name: flags.name ?? '', category: flags.category ?? '', department: flags.department ?? '', location: flags.location ?? '', date };
        const items = assignCodes(pattern, item, ledger.items, count);
        const school = flags.school ?? settings.school;
        if (flags.out) {
          const made = makeLabels({ items, layout: flags.layout, school, locale: ctx.locale });
          await writeOutputFile(flags.out, labelsPdf(made, school ?? ''), [ledgerFile]);
        }
        if (flags.json) ctx.json({ pattern, sheet: ledger.sheet, codes: items.map((i) => i.code), ...(flags.out ? { saved: { pdf: flags.out } } : {}) });
        else {
          ctx.io.out(ctx.tr(m, 'heading', { pattern, sheet: ledger.sheet }));
          for (const i of items) ctx.io.out(ctx.tr(m, 'code', { code: i.code }));
          ctx.io.out(flags.out ? ctx.tr(m, 'saved', { file: flags.out, layout: flags.layout }) : ctx.tr(m, 'notSaved'));
        }
        setExit(0);
      } catch (e) {
        setExit(reportError(ctx, e));
      }
    });
}
