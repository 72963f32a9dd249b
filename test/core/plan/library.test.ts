import { builtInLibrary, taskSchema } from '../../../src/core/plan/library';
import { readLibraryFromGrid, renderLibrarySheet } from '../../../src/core/plan/library-sheet';
import { formatScheduleText, parseScheduleText } from '../../../src/core/plan/schedule-text';
import { sheetSpecSchema } from '../../../src/core/sheet/spec';
import { CATEGORIES } from '../../../src/core/plan/vocabulary';
import { gridOf } from '../../helpers/grid';
import { rowOf, specToGrid, withCell } from '../../helpers/spec-grid';

const library = builtInLibrary();

describe('the built-in library', () => {
  test('has at least 60 valid tasks with unique ids, in every category and schedule kind', () => {
    expect(library.length).toBeGreaterThanOrEqual(60);
    for (const t of library) expect(taskSchema.parse(t)).toEqual(t);
    expect(new Set(library.map((t) => t.id)).size).toBe(library.length);
    expect(new Set(library.map((t) => t.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(library.map((t) => t.rule.kind))).toEqual(new Set(['weekly', 'monthly', 'termPhase', 'fixedDate', 'holiday', 'season', 'months']));
  });

  test('carries the seeds’ tasks in their words', () => {
    const texts = library.map((t) => t.text);
    for (const seed of ['开学工作准备，检查维修', '制定本学期后勤工作计划和财务收支预算报告', '水电煤气线路安全检查', '消防设施及电器检查，检查灭火器压力', '学生饮水机更换滤芯', '期末财产清理、核对班级校产', '代办费结算，多退少补', '拟订暑假维修计划', '暑期建设维修', '校园绿化带护理和补种']) {
      expect(texts).toContain(seed);
    }
  });

  test('every schedule written back as text reads back as the same rule', () => {
    for (const t of library) expect(parseScheduleText(formatScheduleText(t.rule))).toEqual({ ok: true, rule: t.rule });
  });

  test('the dated tasks of the seeds and DOMAIN.md sit on their days', () => {
    const ruleOf = (text: string) => library.find((t) => t.text.includes(text))?.rule;
    expect(ruleOf('校园绿化带护理和补种')).toEqual({ kind: 'fixedDate', month: 3, day: 12 });
    expect(ruleOf('防灾减灾日')).toEqual({ kind: 'fixedDate', month: 5, day: 12 });
    expect(ruleOf('防空安全日')).toEqual({ kind: 'fixedDate', month: 9, day: 18 });
    expect(ruleOf('教师节')).toEqual({ kind: 'fixedDate', month: 9, day: 10 });
    expect(ruleOf('消防日')).toEqual({ kind: 'fixedDate', month: 11, day: 9 });
  });
});

describe('the library sheet', () => {
  const spec = renderLibrarySheet(library);
  const grid = specToGrid(spec);

  test('is a valid SheetSpec with the columns staff edit', () => {
    expect(sheetSpecSchema.parse(spec)).toBeTruthy();
    const table = spec.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.columns.map((c) => c.header)).toEqual(['编号', '工作内容', '类别', '计划规则', '负责人', '启用']);
    expect(table?.type === 'table' && table.columns[2]?.list).toEqual([...CATEGORIES]);
    expect(table?.type === 'table' && table.columns[5]?.list).toEqual(['是', '否']);
  });

  test('round trip: render → grid → read gives the library back', () => {
    const read = readLibraryFromGrid(grid, library);
    expect(read.findings).toEqual([]);
    expect(read.tasks.map(({ ref: _ref, ...t }) => t)).toEqual(library);
    expect(read.tasks[0]?.ref).toBe(`${spec.name}!B4`);
  });

  test('staff edits line by line: switch off, reschedule, reword, add a task without an id', () => {
    const rowSaf01 = rowOf(grid, 1, 'saf-01');
    const rowFin01 = rowOf(grid, 1, 'fin-01');
    let edited = withCell(grid, rowSaf01, 6, '否');
    edited = withCell(edited, rowFin01, 4, '每月最后一个工作日');
    edited = withCell(edited, rowFin01, 2, '编制本学期财务收支预算');
    const free = rowOf(edited, 1, 'gen-13') + 1;
    edited = withCell(edited, free, 2, '校车安全检查');
    edited = withCell(edited, free, 3, '安全');
    edited = withCell(edited, free, 4, '每周三');
    const read = readLibraryFromGrid(edited, library);
    expect(read.findings).toEqual([]);
    expect(read.tasks.find((t) => t.id === 'saf-01')?.enabled).toBe(false);
    const fin01 = read.tasks.find((t) => t.id === 'fin-01');
    expect(fin01).toMatchObject({ rule: { kind: 'monthly', day: 'lastWorkday' }, text: '编制本学期财务收支预算', textEn: '编制本学期财务收支预算' });
    const added = read.tasks[read.tasks.length - 1];
    expect(added).toMatchObject({ text: '校车安全检查', category: '安全', rule: { kind: 'weekly', weekday: 3 }, owner: '总务处', enabled: true });
    expect(added?.id).toMatch(/^U[0-9a-f]{8}$/);
    expect(read.tasks).toHaveLength(library.length + 1);
  });

  test('a bad schedule cell is a finding at that cell and the task is skipped', () => {
    const row = rowOf(grid, 1, 'grn-01');
    const read = readLibraryFromGrid(withCell(grid, row, 4, '有空再说'), library);
    expect(read.findings).toEqual([
      expect.objectContaining({ sheet: '计划任务库', cell: `D${row}`, severity: 'error', code: 'plan.schedule.unknown', field: 'schedule' }),
    ]);
    expect(read.tasks.some((t) => t.id === 'grn-01')).toBe(false);
    expect(read.tasks).toHaveLength(library.length - 1);
  });

  test('unknown category and enabled values are warnings with a safe reading; duplicate ids renamed', () => {
    const r1 = rowOf(grid, 1, 'ast-01');
    const r2 = rowOf(grid, 1, 'ast-02');
    let edited = withCell(grid, r1, 3, '杂项');
    edited = withCell(edited, r1, 6, '也许');
    edited = withCell(edited, r2, 1, 'ast-01');
    const read = readLibraryFromGrid(edited, library);
    expect(read.findings.map((f) => [f.code, f.cell])).toEqual([
      ['plan.library.badCategory', `C${r1}`],
      ['plan.library.badEnabled', `F${r1}`],
      ['plan.library.duplicateId', `A${r2}`],
    ]);
    expect(read.tasks.find((t) => t.id === 'ast-01')).toMatchObject({ category: '综合', enabled: true });
    expect(read.tasks.find((t) => t.id === `ast-01-${r2}`)?.text).toBe('固定资产账册整理');
  });

  test('a sheet rearranged by staff: header lower down, columns in another order, renamed headers', () => {
    const g = gridOf(
      [
        ['某某中学后勤工作任务'],
        [],
        ['任务', '时间安排', '负责人', '分类'],
        ['检查灭火器压力', '每月', '电工', '消防'],
        ['水电煤气线路检查', '每周一', '', ''],
        [],
        ['暑期维修计划', '春季学期期末', '总务主任', '维修'],
      ],
      { sheet: '任务' },
    );
    const read = readLibraryFromGrid(g);
    expect(read.findings).toEqual([]);
    expect(read.tasks.map((t) => [t.text, t.category, t.owner, t.rule.kind, t.ref])).toEqual([
      ['检查灭火器压力', '安全', '电工', 'monthly', '任务!A4'],
      ['水电煤气线路检查', '综合', '总务处', 'weekly', '任务!A5'],
      ['暑期维修计划', '校舍维修', '总务主任', 'termPhase', '任务!A7'],
    ]);
  });

  test('a row without task text is skipped with a warning; a sheet without the header is an error', () => {
    const row = rowOf(grid, 1, 'gen-01');
    const read = readLibraryFromGrid(withCell(grid, row, 2, ''), library);
    expect(read.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([['plan.library.noText', `B${row}`, 'warning']]);
    const none = readLibraryFromGrid(gridOf([['编号', '名称'], ['1', 'x']], { sheet: '别的表' }));
    expect(none.tasks).toEqual([]);
    expect(none.findings).toEqual([expect.objectContaining({ sheet: '别的表', severity: 'error', code: 'plan.library.noHeader' })]);
  });
});
