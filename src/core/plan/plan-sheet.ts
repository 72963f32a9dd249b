/**
 * The plan sheet: 序号 / 工作内容 / 类别 / 负责人 / 计划日期 / 完成情况 / 备注, one table per month (a
 * term plan stacks them), 完成情况 a drop-down to tick off. Read back, it feeds next month's
 * roll-forward.
 */
import { fromExcelSerial, isPlausibleDateSerial, parseDateText, type IsoDate } from '../dates';
import { finding, type Finding } from '../findings';
import type { Localized } from '../i18n/locale';
import { cellAddress, qualifiedAddress } from '../sheet/address';
import { cellAt, cellText, gridBottom, isDateCell, type Cell, type Grid } from '../sheet/grid';
import type { Block, SheetSpec, SpecValue } from '../sheet/spec';
import { cleanText } from '../text';
import { findHeaderRows, tidyText, type HeaderField } from './header';
import { monthName } from './labels';
import { planMessage } from './messages';
import type { PlanItem, PlanRow } from './plan-item';
import type { PlanPeriod } from './generate';
import { parseTermKey } from './school-calendar';
import { STATUSES, STATUS_ALIASES, type Status } from './vocabulary';

export const PLAN_SHEET_KIND = 'plan.sheet';

export interface PlanRenderOptions {
  /** School name for the title ("XX县第一中学"); none by default. */
  readonly school?: string;
  /** Office name for the title; 总务处 by default (some schools say 后勤处). */
  readonly office?: string;
}

/** What the renderers need of a generated plan. */
export interface PlanView {
  readonly period: PlanPeriod;
  readonly months: readonly string[];
  readonly items: readonly PlanItem[];
}

export function planTitle(period: PlanPeriod, options: PlanRenderOptions = {}): Localized {
  const org = `${options.school ?? ''}${options.office ?? '总务处'}`;
  if ('month' in period) {
    const year = Number(period.month.slice(0, 4));
    const month = Number(period.month.slice(5, 7));
    return { 'zh-CN': `${org}${year}年${month}月工作计划`, 'en-US': `${org}: work plan for ${monthName(period.month)['en-US']} ${year}` };
  }
  const { year, season } = parseTermKey(period.term);
  return {
    'zh-CN': `${org}${year}年${season === 'spring' ? '春季' : '秋季'}学期工作计划`,
    'en-US': `${org}: work plan for the ${season} term ${year}`,
  };
}

/** Sheet name (≤ 31 characters): "2026年3月工作计划", "2026年春季学期工作计划". */
export function planSheetName(period: PlanPeriod): string {
  if ('month' in period) return `${Number(period.month.slice(0, 4))}年${Number(period.month.slice(5, 7))}月工作计划`;
  const { year, season } = parseTermKey(period.term);
  return `${year}年${season === 'spring' ? '春季' : '秋季'}学期工作计划`;
}

const HEADERS = ['序号', '工作内容', '类别', '负责人', '计划日期', '完成情况', '备注'] as const;

function noteValue(item: PlanItem): SpecValue {
  const text = item.note?.['zh-CN'] ?? '';
  if (item.ref) return { text: text === '' ? item.ref : text, link: item.ref };
  return text === '' ? null : text;
}

function table(items: readonly PlanItem[], freeze: boolean): Block {
  return {
    type: 'table',
    columns: [
      { header: HEADERS[0], width: 6, align: 'center' },
      { header: HEADERS[1], width: 46, wrap: true, numFmt: '@' },
      { header: HEADERS[2], width: 10, align: 'center' },
      { header: HEADERS[3], width: 12, numFmt: '@' },
      { header: HEADERS[4], width: 12, numFmt: 'yyyy-mm-dd', align: 'center' },
      { header: HEADERS[5], width: 10, align: 'center', list: [...STATUSES] },
      { header: HEADERS[6], width: 32, wrap: true },
    ],
    rows: items.map((item, i) => [i + 1, item.title, item.category, item.owner, { date: item.due }, item.status, noteValue(item)]),
    ...(freeze ? { freezeHeader: true } : {}),
  };
}

export function renderPlanSheet(plan: PlanView, options: PlanRenderOptions = {}): SheetSpec {
  const blocks: Block[] = [{ type: 'title', text: planTitle(plan.period, options)['zh-CN'] }];
  if ('month' in plan.period) {
    blocks.push(table(plan.items, true));
  } else {
    plan.months.forEach((month, i) => {
      if (i > 0) blocks.push({ type: 'spacer' });
      blocks.push({ type: 'lines', lines: [`${monthName(month)['zh-CN']}（${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月）`] });
      blocks.push(table(plan.items.filter((it) => it.month === month), false));
    });
  }
  blocks.push({ type: 'signatures', labels: ['制表人', '审核', '日期'] });
  return {
    name: planSheetName(plan.period),
    kind: PLAN_SHEET_KIND,
    blocks,
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatHeader: true, footer: '第 &P 页，共 &N 页' },
  };
}

type PlanField = 'seq' | 'title' | 'category' | 'owner' | 'due' | 'status' | 'note';

const PLAN_FIELDS: readonly HeaderField<PlanField>[] = [
  { key: 'seq', names: ['序号', '编号'] },
  { key: 'title', names: ['工作内容', '工作任务', '工作事项', '事项', '内容'] },
  { key: 'category', names: ['类别', '分类'] },
  { key: 'owner', names: ['负责人', '责任人'] },
  { key: 'due', names: ['计划日期', '计划完成日期', '日期', '时间'] },
  { key: 'status', names: ['完成情况', '完成状态', '执行情况', '状态'] },
  { key: 'note', names: ['备注', '说明'] },
];

/** Lines under a table that are not plan lines: 制表人：…, 审核：…, 日期：…. */
const SIGNATURE_LINE = /^(制表人|制表|审核人?|审批|日期|签字|签名)[:：]/;

function readDate(c: Cell, date1904: boolean): IsoDate | null {
  if (isDateCell(c)) return c.date;
  if (typeof c === 'number') return isPlausibleDateSerial(c, date1904) ? fromExcelSerial(c, date1904) : null;
  if (typeof c === 'string') {
    const p = parseDateText(c);
    return p && p.precision === 'day' ? p.date : null;
  }
  return null;
}

export interface PlanSheetRead {
  readonly rows: PlanRow[];
  readonly findings: Finding[];
}

/** Reads a written plan sheet (month or term) back: its lines with their 完成情况. */
export function readPlanFromGrid(grid: Grid): PlanSheetRead {
  const findings: Finding[] = [];
  const headers = findHeaderRows(grid, PLAN_FIELDS, ['title', 'status']);
  if (headers.length === 0) {
    findings.push(finding(grid.sheet, '', 'error', 'plan.sheet.noHeader', planMessage('plan.noHeader', { sheet: grid.sheet })));
    return { rows: [], findings };
  }
  const rows: PlanRow[] = [];
  headers.forEach((header, i) => {
    const last = (headers[i + 1]?.row ?? gridBottom(grid) + 1) - 1;
    const cell = (row: number, k: PlanField): Cell => {
      const c = header.columns.get(k);
      return c === undefined ? null : cellAt(grid, row, c);
    };
    const text = (row: number, k: PlanField): string => (k === 'status' || k === 'category' ? cleanText : tidyText)(cellText(cell(row, k)));
    const address = (row: number, k: PlanField): string => cellAddress(row, header.columns.get(k) ?? header.columns.get('title') ?? grid.left);
    for (let row = header.row + 1; row <= last; row++) {
      const title = text(row, 'title');
      if (title === '' || SIGNATURE_LINE.test(title)) continue;
      const statusText = text(row, 'status');
      let status: Status | undefined = statusText === '' ? '未开始' : STATUS_ALIASES[statusText] ?? STATUS_ALIASES[statusText.toLowerCase()];
      if (status === undefined) {
        findings.push(finding(grid.sheet, address(row, 'status'), 'warning', 'plan.sheet.badStatus', planMessage('plan.badStatus', { text: statusText }), 'status'));
        status = '未开始';
      }
      const dueCell = cell(row, 'due');
      const due = readDate(dueCell, grid.date1904);
      if (due === null && cleanText(cellText(dueCell)) !== '') {
        findings.push(finding(grid.sheet, address(row, 'due'), 'warning', 'plan.sheet.badDate', planMessage('plan.badDate', { text: cellText(dueCell) }), 'due'));
      }
      rows.push({
        title,
        category: text(row, 'category'),
        owner: text(row, 'owner'),
        ...(due === null ? {} : { due }),
        status,
        note: text(row, 'note'),
        ref: qualifiedAddress(grid.sheet, address(row, 'title')),
      });
    }
  });
  return { rows, findings };
}
