/**
 * The task library on a sheet of the workbook (计划任务库): staff extend it, reword tasks, change
 * schedules and owners, or switch tasks off line by line. Reading it back never throws: a row whose
 * schedule cannot be read is a finding pointing at the cell, and that task is skipped.
 */
import { finding, type Finding } from '../findings';
import { cellAddress, qualifiedAddress } from '../sheet/address';
import { cellAt, cellText, gridBottom, type Grid } from '../sheet/grid';
import type { SheetSpec } from '../sheet/spec';
import { cleanText } from '../text';
import { stableHash } from './hash';
import { findHeaderRows, tidyText, type HeaderField } from './header';
import type { Task } from './library';
import { PLAN_MESSAGES, planMessage } from './messages';
import { formatScheduleText, parseScheduleText } from './schedule-text';
import { CATEGORIES, CATEGORY_ALIASES, DEFAULT_OWNER, type Category } from './vocabulary';

export const LIBRARY_SHEET_NAME = '计划任务库';
export const LIBRARY_SHEET_KIND = 'plan.library';

type LibraryField = 'id' | 'text' | 'category' | 'schedule' | 'owner' | 'enabled';

/** Column headers as written, with the names staff may have renamed them to. */
const LIBRARY_FIELDS: readonly HeaderField<LibraryField>[] = [
  { key: 'id', names: ['编号', '任务编号', '序号', 'ID'] },
  { key: 'text', names: ['工作内容', '工作任务', '工作事项', '任务', '事项', '内容', 'Task'] },
  { key: 'category', names: ['类别', '分类', '类型', 'Category'] },
  { key: 'schedule', names: ['计划规则', '规则', '计划时间', '时间安排', '安排时间', '时间', 'Schedule'] },
  { key: 'owner', names: ['负责人', '责任人', '负责部门', '负责', 'Owner'] },
  { key: 'enabled', names: ['启用', '是否启用', '状态', 'Enabled'] },
];

const ENABLED_YES = '是';
const ENABLED_NO = '否';
const ENABLED_WORDS: Readonly<Record<string, boolean>> = {
  是: true, 启用: true, 有效: true, y: true, yes: true, true: true, '1': true, '√': true, '✓': true,
  否: false, 停用: false, 不启用: false, 禁用: false, 无效: false, n: false, no: false, false: false, '0': false, '×': false, x: false,
};

const SCHEDULE_HELP = '例：每周一、每月、每月10日、每月最后一个工作日、开学前、期中、期末、放假前14天、3月12日、节前、国庆节期间、4-6月、夏季';

export function renderLibrarySheet(library: readonly Task[]): SheetSpec {
  return {
    name: LIBRARY_SHEET_NAME,
    kind: LIBRARY_SHEET_KIND,
    blocks: [
      { type: 'title', text: '总务处工作计划任务库' },
      { type: 'lines', lines: [PLAN_MESSAGES['library.hint']['zh-CN']] },
      {
        type: 'table',
        columns: [
          { header: '编号', width: 10, numFmt: '@' },
          { header: '工作内容', width: 48, wrap: true, numFmt: '@' },
          { header: '类别', width: 10, list: [...CATEGORIES] },
          { header: '计划规则', width: 22, numFmt: '@', help: SCHEDULE_HELP },
          { header: '负责人', width: 12, numFmt: '@' },
          { header: '启用', width: 8, align: 'center', list: [ENABLED_YES, ENABLED_NO] },
        ],
        rows: library.map((t) => [t.id, t.text, t.category, formatScheduleText(t.rule, 'zh-CN'), t.owner, t.enabled ? ENABLED_YES : ENABLED_NO]),
        tableName: 'PlanTaskLibrary',
        autoFilter: true,
        freezeHeader: true,
        blankRows: 5,
      },
    ],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatHeader: true, footer: '第 &P 页，共 &N 页' },
  };
}

export interface LibraryRead {
  readonly tasks: Task[];
  readonly findings: Finding[];
}

function categoryOf(text: string): Category | null {
  if (text === '') return '综合';
  return CATEGORY_ALIASES[text] ?? null;
}

/**
 * Reads a library sheet back. `builtIn` supplies English text for built-in tasks whose Chinese text
 * is unchanged; a task staff wrote or reworded shows its Chinese text in the en-US interface.
 */
export function readLibraryFromGrid(grid: Grid, builtIn: readonly Task[] = []): LibraryRead {
  const findings: Finding[] = [];
  const header = findHeaderRows(grid, LIBRARY_FIELDS, ['text', 'schedule'])[0];
  if (!header) {
    findings.push(finding(grid.sheet, '', 'error', 'plan.library.noHeader', planMessage('library.noHeader', { sheet: grid.sheet })));
    return { tasks: [], findings };
  }
  const col = (k: LibraryField): number | undefined => header.columns.get(k);
  // Task text and owners keep their Chinese punctuation; codes and list values compare half-width.
  const read = (row: number, k: LibraryField): string => {
    const c = col(k);
    if (c === undefined) return '';
    const raw = cellText(cellAt(grid, row, c));
    return k === 'text' || k === 'owner' || k === 'schedule' ? tidyText(raw) : cleanText(raw);
  };
  const at = (row: number, k: LibraryField): string => {
    const c = col(k) ?? col('text') ?? grid.left;
    return cellAddress(row, c);
  };
  const builtInById = new Map(builtIn.map((t) => [t.id, t]));
  const idRows = new Map<string, number>();
  const tasks: Task[] = [];

  for (let row = header.row + 1; row <= gridBottom(grid); row++) {
    const values = LIBRARY_FIELDS.map((f) => read(row, f.key));
    if (values.every((v) => v === '')) continue;
    const text = read(row, 'text');
    if (text === '') {
      findings.push(finding(grid.sheet, at(row, 'text'), 'warning', 'plan.library.noText', planMessage('library.noText', { row })));
      continue;
    }
    const parsed = parseScheduleText(read(row, 'schedule'), { sheet: grid.sheet, cell: at(row, 'schedule') });
    if (!parsed.ok) {
      findings.push({ ...parsed.finding, field: 'schedule' });
      continue;
    }
    const categoryText = read(row, 'category');
    let category = categoryOf(categoryText);
    if (category === null) {
      findings.push(finding(grid.sheet, at(row, 'category'), 'warning', 'plan.library.badCategory', planMessage('library.badCategory', { text: categoryText }), 'category'));
      category = '综合';
    }
    const enabledText = read(row, 'enabled');
    let enabled = enabledText === '' ? true : ENABLED_WORDS[enabledText.toLowerCase()];
    if (enabled === undefined) {
      findings.push(finding(grid.sheet, at(row, 'enabled'), 'warning', 'plan.library.badEnabled', planMessage('library.badEnabled', { text: enabledText }), 'enabled'));
      enabled = true;
    }
    let id = read(row, 'id') || `U${stableHash(text).slice(0, 8)}`;
    const first = idRows.get(id);
    if (first !== undefined) {
      const newId = `${id}-${row}`;
      findings.push(finding(grid.sheet, at(row, 'id'), 'warning', 'plan.library.duplicateId', planMessage('library.duplicateId', { id, first, newId }), 'id'));
      id = newId;
    }
    idRows.set(id, row);
    const known = builtInById.get(id);
    tasks.push({
      id,
      text,
      textEn: known && known.text === text ? known.textEn : text,
      category,
      rule: parsed.rule,
      owner: read(row, 'owner') || DEFAULT_OWNER,
      enabled,
      ref: qualifiedAddress(grid.sheet, at(row, 'text')),
    });
  }
  return { tasks, findings };
}
