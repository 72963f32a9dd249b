import { chineseDaysCalendar } from '../../../src/core/plan/chinese-days';
import { generatePlan } from '../../../src/core/plan/generate';
import { builtInLibrary, type Task } from '../../../src/core/plan/library';
import { readPlanFromGrid, renderPlanSheet } from '../../../src/core/plan/plan-sheet';
import { carryOverItems } from '../../../src/core/plan/roll-forward';
import { parseScheduleText } from '../../../src/core/plan/schedule-text';
import type { PlanRow } from '../../../src/core/plan/plan-item';
import { rowOf, specToGrid, withCell } from '../../helpers/spec-grid';

const cal = chineseDaysCalendar();

function row(title: string, due: string | undefined, status: PlanRow['status'], extra: Partial<PlanRow> = {}): PlanRow {
  return { title, category: '安全', owner: '电工', ...(due ? { due } : {}), status, note: '', ref: `三月!B${title.length}`, ...extra };
}

describe('carrying over what was not done', () => {
  test('done and cancelled lines stay behind; the rest is due on the new month’s first working day', () => {
    const items = carryOverItems(
      [row('消防设施检查', '2026-03-02', '已完成'), row('防雷设施检测', '2026-03-16', '取消'), row('屋面防漏检查', '2026-03-20', '未开始'), row('体育器材检查', '2026-03-15', '进行中')],
      '2026-04',
      cal,
    );
    expect(items.map((i) => [i.title, i.due, i.source, i.status, i.note?.['zh-CN']])).toEqual([
      ['屋面防漏检查', '2026-04-01', 'carryOver', '未开始', '上月未完成，原计划日期：2026-03-20'],
      ['体育器材检查', '2026-04-01', 'carryOver', '进行中', '上月未完成，原计划日期：2026-03-15'],
    ]);
  });

  test('several undone occurrences of one task become one line listing the dates', () => {
    const items = carryOverItems(
      [row('水电煤气线路安全检查', '2026-03-02', '已完成'), row('水电煤气线路安全检查', '2026-03-09', '未开始'), row('水电煤气线路安全检查', '2026-03-16', '未开始')],
      '2026-04',
      cal,
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.note?.['zh-CN']).toBe('上月未完成，原计划日期：2026-03-09、2026-03-16');
    expect(items[0]?.refs).toHaveLength(2);
  });

  test('a line carried twice keeps its first original date', () => {
    const items = carryOverItems([row('屋面防漏检查', '2026-04-01', '未开始', { note: '上月未完成，原计划日期：2026-03-20' })], '2026-05', cal);
    expect(items[0]?.note?.['zh-CN']).toBe('上月未完成，原计划日期：2026-03-20');
  });

  test('lines dated in or after the new month are not carried; undated ones are', () => {
    const items = carryOverItems([row('四月的事', '2026-04-10', '未开始'), row('没写日期的事', undefined, '未开始')], '2026-04', cal);
    expect(items.map((i) => [i.title, i.note])).toEqual([['没写日期的事', undefined]]);
  });

  test('an unknown category falls back to 综合, a missing owner to 总务处', () => {
    const items = carryOverItems([row('杂事', '2026-03-05', '未开始', { category: '其它杂项', owner: '' })], '2026-04', cal);
    expect(items[0]).toMatchObject({ category: '综合', owner: '总务处' });
  });
});

describe('roll-forward through the plan sheet', () => {
  test('March written, ticked off on the sheet, read back: April carries the undone lines', () => {
    const parsed = parseScheduleText('每周一');
    if (!parsed.ok) throw new Error('schedule');
    const weekly: Task = { id: 'w', text: '水电煤气线路安全检查', textEn: 'Check lines', category: '安全', rule: parsed.rule, owner: '电工', enabled: true };
    const march = generatePlan({ period: { month: '2026-03' }, library: [...builtInLibrary().filter((t) => t.id === 'grn-01'), weekly] });
    let grid = specToGrid(renderPlanSheet(march));
    // Tick off the 绿化 line and the first two weekly checks.
    grid = withCell(grid, rowOf(grid, 2, '校园绿化带护理和补种'), 6, '已完成');
    const weeklyRows = grid.rows.map((r, i) => (r[1] === '水电煤气线路安全检查' ? i + grid.top : -1)).filter((r) => r > 0);
    for (const r of weeklyRows.slice(0, 2)) grid = withCell(grid, r, 6, '已完成');
    const read = readPlanFromGrid(grid);

    const april = generatePlan({ period: { month: '2026-04' }, library: [weekly], previousPlan: read.rows });
    const carried = april.items.filter((i) => i.source === 'carryOver');
    expect(carried.map((i) => [i.title, i.due, i.note?.['zh-CN']])).toEqual([['水电煤气线路安全检查', '2026-04-01', '上月未完成，原计划日期：2026-03-16、2026-03-23、2026-03-30']]);
    // April's own weekly checks are still there.
    expect(april.items.filter((i) => i.source === 'library')).toHaveLength(4);
  });
});
