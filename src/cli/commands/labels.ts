/**
 * `taizhang labels LEDGER.xlsx --out labels.pdf`: asset labels (一物一码) for the ledger's items, or
 * those of a department, place, category or chosen rows, as a vector PDF for A4 label sheets or a
 * thermal label printer; --count-list writes the list a phone counts against. The ledger is only read.
 */
import * as path from 'node:path';
import type { Command } from 'commander';
import { labelsPdf, loadLabelSettings, makeLabels, readLedgerItems } from '../../app/labels';
import { countListCsv, LAYOUT_KEYS, parseFilter, selectItems, type LabelFilterField, type LabelSelection } from '../../core/labels';
import { openXlsxFile, writeOutputFile } from '../../workbook/file/node-files';
import { cliLocale, CliContext, reportError, type CliIO } from '../context';
import { labelsCliMessages as m } from './labels-messages';

interface LabelsFlags {
  out?: string;
  layout: string;
  filter: string[];
  rows?: string;
  sheet?: string;
  school?: string;
  code128?: boolean;
  countList?: string;
  json?: boolean;
  lang?: string;
}

/** "5,8,12-20" → [5, 8, 12, …, 20]; null when unreadable. */
export function parseRows(text: string): number[] | null {
  const rows: number[] = [];
  for (const part of text.split(/[,，]/).map((s) => s.trim()).filter((s) => s !== '')) {
    const m2 = /^(\d+)(?:\s*[-–~]\s*(\d+))?$/.exec(part);
    if (!m2) return null;
    const from = Number(m2[1]);
    const to = m2[2] === undefined ? from : Number(m2[2]);
    if (to < from || to - from > 1_000_000) return null;
    for (let r = from; r <= to; r++) rows.push(r);
  }
  return rows.length > 0 ? rows : null;
}

function selection(ctx: CliContext, flags: LabelsFlags): LabelSelection | null {
  const filters: Partial<Record<LabelFilterField, string[]>> = {};
  for (const f of flags.filter) {
    const parsed = parseFilter(f);
    if (!parsed) {
      ctx.io.err(ctx.tr(m, 'badFilter', { value: f }));
      return null;
    }
    filters[parsed.field] = [...(filters[parsed.field] ?? []), ...parsed.values];
  }
  let rows: number[] | undefined;
  if (flags.rows !== undefined) {
    const parsed = parseRows(flags.rows);
    if (!parsed) {
      ctx.io.err(ctx.tr(m, 'badRows', { value: flags.rows }));
      return null;
    }
    rows = parsed;
  }
  return { filters, ...(rows ? { rows } : {}) };
}

export function registerLabels(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('labels')
    .description('资产标签（一物一码）：按台账生成二维码标签 PDF（A4 标签纸或热敏标签机），并可导出手机盘点清单 / asset labels with QR codes as a PDF, and the phone count list')
    .argument('<ledger>', '固定资产明细账 .xlsx / the ledger workbook')
    .option('--out <file>', '标签 PDF / the labels PDF')
    .option('--layout <layout>', `版式：${LAYOUT_KEYS.join('|')}|custom:cols=3,rows=8,label=63.5x33.9,pitch=66x33.9,margin=7.2x12.9`, 'a4-3x8')
    .option('--filter <field=value>', '筛选，可重复：使用部门=初一(3)班、存放地点=…、资产分类=… / filter, repeatable', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--rows <rows>', '只印这些行（台账行号，如 5,8,12-20）/ only these ledger rows')
    .option('--sheet <name>', '台账工作表（默认自动选择）/ the ledger sheet')
    .option('--school <name>', '印在标签上的学校名称（默认取工作簿中的设置）/ school name printed on the labels')
    .option('--code128', '另加 Code 128 条码 / add a Code 128 barcode')
    .option('--count-list <file>', '同时导出手机盘点清单 CSV / also write the phone count list (CSV)')
    .option('--json', '输出 JSON / print JSON')
    .option('--lang <locale>', 'zh-CN 或 en-US / zh-CN or en-US')
    .action(async (ledgerFile: string, flags: LabelsFlags) => {
      const ctx = new CliContext(cliLocale(flags.lang), io);
      try {
        const chosen = selection(ctx, flags);
        if (!chosen) {
          setExit(2);
          return;
        }
        const port = await openXlsxFile(ledgerFile);
        const ledger = await readLedgerItems(port, flags.sheet);
        const settings = await loadLabelSettings(port);
        const school = flags.school ?? settings.school;
        const made = makeLabels({ items: ledger.items, layout: flags.layout, selection: chosen, school, code128: flags.code128 === true, locale: ctx.locale });
        const labelled = made.run.pages.flat();
        if (flags.out && labelled.length > 0) await writeOutputFile(flags.out, labelsPdf(made, `${school ?? ''} ${ledger.sheet}`.trim()), [ledgerFile]);
        if (flags.countList) await writeOutputFile(flags.countList, countListCsv(selectItems(ledger.items, chosen).labelled), [ledgerFile]);

        if (flags.json) {
          ctx.json({
            ledger: { file: ledgerFile, sheet: ledger.sheet },
            layout: made.run.layout,
            labelled: made.labelled,
            pages: made.run.pages.length,
            labels: made.run.pages.flatMap((page, p) => page.map((l) => ({ page: p + 1, row: l.item.row, code: l.item.code, payload: l.item.payload, box: l.box, qr: l.qr, barcode: l.barcode, dropped: l.dropped }))),
            withoutCode: made.withoutCode.map((i) => ({ row: i.row, name: i.name, department: i.department, location: i.location })),
            findings: ledger.findings,
            saved: { ...(flags.out && labelled.length > 0 ? { pdf: flags.out } : {}), ...(flags.countList ? { countList: flags.countList } : {}) },
          });
        } else {
          ctx.io.out(ctx.tr(m, 'heading', { sheet: ledger.sheet, file: path.basename(ledgerFile) }));
          ctx.io.out(labelled.length > 0 ? ctx.tr(m, 'made', { count: made.labelled, layout: made.run.layout.key, pages: made.run.pages.length }) : ctx.tr(m, 'noneChosen'));
          if (made.withoutCode.length > 0) {
            ctx.io.out(ctx.tr(m, 'withoutCode', { count: made.withoutCode.length }));
            for (const i of made.withoutCode) ctx.io.out(ctx.tr(m, 'withoutCodeItem', { row: i.row, name: i.name || '—', place: [i.department, i.location].filter((s) => s !== '').join(' / ') }).trimEnd());
          }
          if (ledger.findings.length > 0) {
            ctx.io.out(ctx.tr(m, 'findings', { count: ledger.findings.length }));
            for (const f of ledger.findings.slice(0, 20)) ctx.io.out(`  ${f.sheet}${f.cell ? `!${f.cell}` : ''}  ${f.message[ctx.locale]}`);
          }
          if (flags.out && labelled.length > 0) ctx.io.out(ctx.tr(m, 'savedPdf', { file: flags.out }));
          if (flags.countList) ctx.io.out(ctx.tr(m, 'savedCountList', { file: flags.countList }));
          if (!flags.out && !flags.countList) ctx.io.out(ctx.tr(m, 'notSaved'));
        }
        setExit(labelled.length > 0 ? 0 : 1);
      } catch (e) {
        setExit(reportError(ctx, e));
      }
    });
}
