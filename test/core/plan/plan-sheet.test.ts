import { builtInLibrary } from '../../../src/core/plan/library';
import { generatePlan } from '../../../src/core/plan/generate';
import { planSheetName, planTitle, readPlanFromGrid, renderPlanSheet } from '../../../src/core/plan/plan-sheet';
import { sheetSpecSchema, type TableBlock } from '../../../src/core/sheet/spec';
import { gridOf } from '../../helpers/grid';
import { specToGrid, withCell } from '../../helpers/spec-grid';

const library = builtInLibrary();
const workbook = {
  repairs: [{ ref: '维修登记!A7', item: '水龙头漏水', completedOn: null }],
  compensations: [],
  shortages: [],
  assets: [],
  loans: [],
};
const march = generatePlan({ period: { month: '2026-03' }, library, workbook });

function tables(spec: ReturnType<typeof renderPlanSheet>): TableBlock[] {
  return spec.blocks.filter((b): b is TableBlock => b.type === 'table');
}

describe('the plan sheet', () => {
  const spec = renderPlanSheet(march, { school: 'XX学校' });

  test('title, columns, drop-down, one row per item', () => {
    expect(sheetSpecSchema.parse(spec)).toBeTruthy();
    expect(spec.name).toBe('2026年3月工作计划');
    expect(spec.blocks[0]).toEqual({ type: 'title', text: 'XX学校总务处2026年3月工作计划' });
    const [table] = tables(spec);
    expect(table?.columns.map((c) => c.header)).toEqual(['序号', '工作内容', '类别', '负责人', '计划日期', '完成情况', '备注']);
    expect(table?.columns[5]?.list).toEqual(['未开始', '进行中', '已完成', '取消']);
    expect(table?.rows).toHaveLength(march.items.length);
    expect(table?.rows[0]?.slice(0, 6)).toEqual([1, march.items[0]?.title, march.items[0]?.category, march.items[0]?.owner, { date: march.items[0]?.due }, '未开始']);
    expect(spec.print).toMatchObject({ paper: 'A4', repeatHeader: true });
  });

  test('a workbook item links its source row in 备注', () => {
    const [table] = tables(spec);
    const i = march.items.findIndex((it) => it.ref === '维修登记!A7');
    expect(table?.rows[i]?.[6]).toEqual({ text: '来源：维修登记!A7', link: '维修登记!A7' });
  });

  test('a term plan: one table per month, each headed by its month', () => {
    const term = generatePlan({ period: { term: '2026-autumn' }, library });
    const s = renderPlanSheet(term, { office: '后勤处' });
    expect(s.name).toBe('2026年秋季学期工作计划');
    expect(s.blocks[0]).toEqual({ type: 'title', text: '后勤处2026年秋季学期工作计划' });
    expect(tables(s)).toHaveLength(5);
    expect(s.blocks.filter((b) => b.type === 'lines').map((b) => (b.type === 'lines' ? b.lines[0] : ''))).toEqual([
      '九月（2026年9月）',
      '十月（2026年10月）',
      '十一月（2026年11月）',
      '十二月（2026年12月）',
      '一月（2027年1月）',
    ]);
    expect(tables(s).map((t) => t.rows.length)).toEqual(term.months.map((m) => term.items.filter((i) => i.month === m).length));
  });

  test('titles and names in both forms', () => {
    expect(planTitle({ month: '2026-03' })).toEqual({ 'zh-CN': '总务处2026年3月工作计划', 'en-US': '总务处: work plan for March 2026' });
    expect(planSheetName({ term: '2027-spring' })).toBe('2027年春季学期工作计划');
  });
});

describe('reading a plan sheet back', () => {
  const spec = renderPlanSheet(march);
  const grid = specToGrid(spec);

  test('every line with its date and status; signature lines are not lines', () => {
    const read = readPlanFromGrid(grid);
    expect(read.findings).toEqual([]);
    expect(read.rows).toHaveLength(march.items.length);
    expect(read.rows[0]).toEqual({
      title: march.items[0]?.title,
      category: march.items[0]?.category,
      owner: march.items[0]?.owner,
      due: march.items[0]?.due,
      status: '未开始',
      note: march.items[0]?.note?.['zh-CN'] ?? (march.items[0]?.ref ? `来源：${march.items[0].ref}` : ''),
      ref: "'2026年3月工作计划'!B3",
    });
  });

  test('statuses as people type them; unknown status and bad date are warnings', () => {
    let g = withCell(grid, 3, 6, '√');
    g = withCell(g, 4, 6, '正在进行');
    g = withCell(g, 5, 6, '差不多');
    g = withCell(g, 6, 5, '下周');
    g = withCell(g, 7, 5, '2026.3.20');
    const read = readPlanFromGrid(g);
    expect(read.rows.slice(0, 5).map((r) => [r.status, r.due])).toEqual([
      ['已完成', march.items[0]?.due],
      ['进行中', march.items[1]?.due],
      ['未开始', march.items[2]?.due],
      ['未开始', undefined],
      ['未开始', '2026-03-20'],
    ]);
    expect(read.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ['plan.sheet.badStatus', 'F5', 'warning'],
      ['plan.sheet.badDate', 'E6', 'warning'],
    ]);
  });

  test('a term sheet: the lines of every month', () => {
    const term = generatePlan({ period: { term: '2026-spring' }, library });
    const read = readPlanFromGrid(specToGrid(renderPlanSheet(term)));
    expect(read.findings).toEqual([]);
    expect(read.rows.map((r) => r.title)).toEqual(term.items.map((i) => i.title));
  });

  test('a hand-made plan: blank lines skipped, signature text under the table is not a line', () => {
    const g = gridOf(
      [
        ['总务处四月工作计划'],
        ['序号', '工作内容', '负责人', '完成情况'],
        [1, '教职工安全知识教育', '总务处', '已完成'],
        [],
        [2, '消防设施安检', '电工', ''],
        ['', '制表人：张三', '', ''],
      ],
      { sheet: '四月' },
    );
    expect(readPlanFromGrid(g).rows.map((r) => [r.title, r.status, r.ref])).toEqual([
      ['教职工安全知识教育', '已完成', '四月!B3'],
      ['消防设施安检', '未开始', '四月!B5'],
    ]);
  });

  test('a sheet that is not a plan', () => {
    const read = readPlanFromGrid(gridOf([['资产编号', '名称']], { sheet: '固定资产' }));
    expect(read.rows).toEqual([]);
    expect(read.findings).toEqual([expect.objectContaining({ code: 'plan.sheet.noHeader', severity: 'error', sheet: '固定资产' })]);
  });
});
