/**
 * `taizhang reconcile LEDGER.xlsx COUNT.xlsx|SCAN.csv`: the count against the books (账实相符) —
 * 盘盈, 盘亏, 不符, duplicates, split sets and possible matches, amounts to the fen. When LEDGER and
 * COUNT are the same file both sheets come from it. --out writes the result sheets to a NEW workbook;
 * the input files are never written.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import {
  chooseCountSheet,
  chooseLedgerSheet,
  runGroups,
  runReconcile,
  writeReconcileResults,
  type CountSource,
  type ReconcileRun,
  type WrittenResults,
} from '../../app/reconcile';
import { UserError } from '../../core/errors';
import { localize } from '../../core/i18n/locale';
import { formatFen } from '../../core/money';
import { compareFieldSchema, groupFieldSchema, reconcileJson, reconcileLabels, type CompareField, type GroupField, type GroupTotal, type ReconcileJson } from '../../core/reconcile';
import { ASSET_FIELDS } from '../../core/sheet/fields';
import { newXlsx, type FileWorkbook } from '../../workbook/file';
import { openXlsxFile, saveXlsxFile } from '../../workbook/file/node-files';
import { cliLocale, CliContext, reportError, type CliIO } from '../context';
import { today } from '../today';
import { reconcileCliMessages as m } from './reconcile-messages';

interface ReconcileFlags {
  ledgerSheet?: string;
  countSheet?: string;
  by?: string;
  compare?: string;
  out?: string;
  writeOffs?: boolean;
  draftLedger?: boolean;
  date?: string;
  unit?: string;
  all?: boolean;
  json?: boolean;
  lang?: string;
  progress?: boolean;
}

const SCAN_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);

function isScanFile(file: string): boolean {
  return SCAN_EXTENSIONS.has(path.extname(file).toLowerCase());
}

async function readScanText(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    throw new UserError('file.missing', { 'zh-CN': `无法读取文件 ${file}（${String(code ?? e)}）`, 'en-US': `Cannot read the file ${file} (${String(code ?? e)})` });
  }
  // Lenient: bytes that are not UTF-8 become U+FFFD, which the scan parser reports rather than guesses at.
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function fieldName(ctx: CliContext, key: string): string {
  const def = ASSET_FIELDS.find((f) => f.key === key);
  if (!def) return key;
  return ctx.locale === 'zh-CN' ? def.zh : def.en;
}

function printText(ctx: CliContext, run: ReconcileRun, json: ReconcileJson, files: { ledger: string; count: string }, all: boolean): void {
  const s = json.summary;
  ctx.io.out(ctx.tr(m, 'heading', { ledger: run.ledger.name, ledgerFile: files.ledger, count: run.count.name, countFile: files.count }));
  ctx.io.out(ctx.tr(m, 'summary', { ...s }));
  ctx.io.out(ctx.tr(m, 'outcomes', { ...s }));
  const shown = json.items.filter((i) => all || !(i.status === 'matched' && i.differences.length === 0 && !i.countRows));
  if (shown.length > 0) {
    ctx.io.out('');
    ctx.io.out(ctx.tr(m, 'problems'));
  }
  for (const i of shown) {
    const status = i.status === 'matched' ? (i.differences.length > 0 ? 'mismatch' : 'agreed') : i.status;
    const details: string[] = [];
    if (i.quantityDifference !== undefined) details.push(ctx.tr(m, 'quantity', { difference: i.quantityDifference > 0 ? `+${i.quantityDifference}` : i.quantityDifference, amount: i.amountDifference ?? '—' }));
    for (const f of i.fields ?? []) details.push(ctx.tr(m, 'field', { field: fieldName(ctx, f.field), ledger: f.ledger || '—', count: f.count || '—' }));
    for (const c of (i.candidates ?? []).slice(0, 1)) details.push(ctx.tr(m, 'candidate', { row: c.ledgerRow, score: c.score.toFixed(2) }));
    ctx.io.out(
      ctx.tr(m, 'item', {
        status: reconcileLabels[`status.${status}` as const][ctx.locale],
        code: i.code || '—',
        name: i.name,
        rows: ctx.tr(m, 'rows', { ledger: i.ledgerRow ?? '—', count: (i.countRows ?? []).join('+') || (i.countRow ?? '—') }),
        details: details.join(ctx.locale === 'zh-CN' ? '；' : '; '),
      }).trimEnd(),
    );
  }
}

function printGroups(ctx: CliContext, field: GroupField, groups: readonly GroupTotal[]): void {
  ctx.io.out('');
  ctx.io.out(ctx.tr(m, 'groupsHeading', { field: fieldName(ctx, field) }));
  for (const g of groups) {
    ctx.io.out(
      ctx.tr(m, 'group', {
        key: g.label || ctx.tr(m, 'blankGroup'),
        left: g.left.quantity,
        right: g.right.quantity,
        qd: g.quantityDifference > 0 ? `+${g.quantityDifference}` : g.quantityDifference,
        leftAmount: formatFen(g.left.amount),
        rightAmount: formatFen(g.right.amount),
        ad: formatFen(g.amountDifference),
      }),
    );
  }
}

function printFindings(ctx: CliContext, run: ReconcileRun): void {
  if (run.findings.length === 0) return;
  const severity = m.severity[ctx.locale].split('|');
  const label = { error: severity[0], warning: severity[1], info: severity[2] };
  ctx.io.out('');
  ctx.io.out(ctx.tr(m, 'findings', { count: run.findings.length }));
  for (const f of run.findings.slice(0, 50)) {
    const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
    ctx.io.out(`  [${label[f.severity]}] ${where}  ${f.message[ctx.locale]}`);
  }
}

function parseList<T extends string>(ctx: CliContext, value: string, choices: readonly T[], key: 'badCompare' | 'badBy'): T[] | null {
  const out: T[] = [];
  for (const raw of value.split(/[,，]/).map((s) => s.trim()).filter((s) => s !== '')) {
    const found = choices.find((c) => c === raw);
    if (!found) {
      ctx.io.err(ctx.tr(m, key, { value: raw, choices: choices.join(',') }));
      return null;
    }
    out.push(found);
  }
  return out;
}

const samePath = (a: string, b: string): boolean => path.resolve(a) === path.resolve(b);

export function registerReconcile(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('reconcile')
    .description('账实核对：盘点表（或扫码文件）对固定资产明细账，列出盘盈、盘亏、不符、重复和疑似匹配 / count against the books: surplus, shortage, mismatches, duplicates, possible matches')
    .argument('<ledger>', '固定资产明细账 .xlsx / the ledger workbook')
    .argument('<count...>', '盘点表 .xlsx（可与账簿同一文件），或一个或多个扫码导出的 .csv/.txt（几部手机的文件一起核对）/ the count workbook (may be the ledger file), or one or more scanner/phone exports counted together')
    .option('--ledger-sheet <name>', '账簿工作表（默认自动选择）/ the ledger sheet (chosen automatically by default)')
    .option('--count-sheet <name>', '盘点表工作表（默认自动选择）/ the count sheet (chosen automatically by default)')
    .option('--by <field>', `按字段汇总数量和金额：${groupFieldSchema.options.join(',')} / group totals by a field`)
    .option('--compare <fields>', `比较的项目，逗号分隔：${compareFieldSchema.options.join(',')}（默认 department,location,custodian,status）/ fields compared on matched rows`)
    .option('--out <file>', '把结果工作表写入新的工作簿（不改动输入文件）/ write the result sheets to a new workbook')
    .option('--write-offs', '同时生成盘亏报损注销登记 / with --out, add the write-off register rows for shortages')
    .option('--draft-ledger', '同时生成盘盈补录明细账 / with --out, add draft ledger rows for surpluses')
    .option('--date <date>', '盘点日期，默认今天 / the count date, today by default')
    .option('--unit <name>', '单位名称（盘点报告抬头）/ the school or office, for the report title')
    .option('--all', '文字输出中也列出相符的行 / list agreeing rows too in the text output')
    .option('--json', '输出 JSON / print JSON')
    .option('--lang <locale>', 'zh-CN 或 en-US / zh-CN or en-US')
    .option('--no-progress', '不显示进度 / no progress on stderr')
    .action(async (ledgerFile: string, countFiles: string[], flags: ReconcileFlags) => {
      const ctx = new CliContext(cliLocale(flags.lang), io);
      try {
        const compareFields = flags.compare === undefined ? undefined : parseList<CompareField>(ctx, flags.compare, compareFieldSchema.options, 'badCompare');
        const by = flags.by === undefined ? undefined : parseList<GroupField>(ctx, flags.by, groupFieldSchema.options, 'badBy');
        if (compareFields === null || by === null || (by && by.length !== 1)) {
          setExit(2);
          return;
        }
        const countFile = countFiles.join(' + ');
        if (countFiles.length > 1 && !countFiles.every(isScanFile)) {
          ctx.io.err(ctx.tr(m, 'severalNotScans', { files: countFiles.filter((f) => !isScanFile(f)).join(', ') }));
          setExit(2);
          return;
        }
        if (flags.out && [ledgerFile, ...countFiles].some((f) => samePath(flags.out ?? '', f))) {
          throw new UserError('reconcile.outIsInput', localize(m, 'outIsInput', { file: flags.out }));
        }
        const showProgress = flags.progress !== false && !flags.json && process.stderr.isTTY === true;
        const ledgerPort = await openXlsxFile(ledgerFile);
        const ledgerSheet = await chooseLedgerSheet(ledgerPort, flags.ledgerSheet);
        let count: CountSource;
        const [firstCount = ''] = countFiles;
        if (countFiles.length > 1) count = { kind: 'scans', files: await Promise.all(countFiles.map(async (f) => ({ text: await readScanText(f), fileName: path.basename(f) }))) };
        else if (isScanFile(firstCount)) count = { kind: 'scan', text: await readScanText(firstCount), fileName: path.basename(firstCount) };
        else {
          const same = samePath(firstCount, ledgerFile);
          const countPort: FileWorkbook = same ? ledgerPort : await openXlsxFile(firstCount);
          count = { kind: 'sheet', port: countPort, sheet: await chooseCountSheet(countPort, same ? ledgerSheet : null, flags.countSheet) };
        }
        const run = await runReconcile({
          ledger: { kind: 'sheet', port: ledgerPort, sheet: ledgerSheet },
          count,
          ...(compareFields ? { compareFields } : {}),
          onProgress: showProgress
            ? (p) => {
                if (p.phase !== 'match') io.err(ctx.tr(m, 'progress', { side: ctx.tr(m, p.phase === 'ledger' ? 'sideLedger' : 'sideCount'), done: p.done, total: p.total }));
              }
            : undefined,
        });
        const groupField = by?.[0];
        const groups = groupField ? runGroups(run, groupField) : undefined;
        const json = reconcileJson(run.result, groups ? { groups } : {});

        let written: WrittenResults | null = null;
        if (flags.out) {
          const target = newXlsx(path.basename(flags.out));
          const countDate = flags.date ? today(flags.date) : today();
          written = await writeReconcileResults(target, run, {
            locale: ctx.locale,
            asOf: countDate,
            countDate,
            unitName: flags.unit,
            writeOffs: flags.writeOffs === true,
            draftLedger: flags.draftLedger === true,
            linkToSources: false,
          });
          await saveXlsxFile(target, flags.out);
        }
        const sheets = written ? [written.result, written.report, written.byDepartment, written.writeOffs, written.draftLedger].filter((w) => w !== null).map((w) => w.name) : [];

        if (flags.json) {
          ctx.json({
            ...json,
            ledger: { file: ledgerFile, sheet: run.ledger.name },
            count: { file: countFile, files: countFiles, sheet: run.count.name, kind: count.kind },
            findings: run.findings,
            ...(flags.out ? { saved: { file: flags.out, sheets } } : {}),
          });
        } else {
          printText(ctx, run, json, { ledger: ledgerFile, count: countFile }, flags.all === true);
          if (groupField && groups) printGroups(ctx, groupField, groups);
          printFindings(ctx, run);
          ctx.io.out('');
          ctx.io.out(flags.out ? ctx.tr(m, 'saved', { file: flags.out, sheets: sheets.join(ctx.locale === 'zh-CN' ? '、' : ', ') }) : ctx.tr(m, 'notSaved'));
        }
        setExit(0);
      } catch (e) {
        setExit(reportError(ctx, e));
      }
    });
}
