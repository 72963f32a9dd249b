import { builtInLibrary, type Task } from '../../../src/core/plan/library';
import { chineseDaysCalendar } from '../../../src/core/plan/chinese-days';
import { generatePlan } from '../../../src/core/plan/generate';
import { parseScheduleText } from '../../../src/core/plan/schedule-text';
import { compareItems } from '../../../src/core/plan/plan-item';
import { isUserError } from '../../../src/core/errors';
import type { Category } from '../../../src/core/plan/vocabulary';

const cal = chineseDaysCalendar();

function task(id: string, text: string, schedule: string, category: Category = '综合', owner = '总务处'): Task {
  const parsed = parseScheduleText(schedule);
  if (!parsed.ok) throw new Error(`bad schedule ${schedule}`);
  return { id, text, textEn: `EN ${text}`, category, rule: parsed.rule, owner, enabled: true };
}

function dues(result: ReturnType<typeof generatePlan>, id: string): string[] {
  return result.items.filter((i) => i.taskId === id).map((i) => i.due);
}

describe('working days in the plan', () => {
  test('an item that would fall on a holiday moves to the nearest earlier working day', () => {
    const lib = [task('a', '清明节检查', '4月6日'), task('b', '端午检查', '每月19日'), task('c', '春节前结账', '每月20日')];
    expect(dues(generatePlan({ period: { month: '2026-04' }, library: lib }), 'a')).toEqual(['2026-04-03']);
    expect(dues(generatePlan({ period: { month: '2026-06' }, library: lib }), 'b')).toEqual(['2026-06-18']);
    // 2026-02-20 is in 春节 leave; the nearest earlier working day is the 调休 Saturday 02-14.
    expect(dues(generatePlan({ period: { month: '2026-02' }, library: lib }), 'c')).toEqual(['2026-02-14']);
  });

  test('国庆 2026: routines of October start on 10-08 and 调休 Saturday 10-10 is used', () => {
    const lib = [task('m', '消防检查', '每月'), task('w', '线路检查', '每周一'), task('d', '缴费', '每月10日'), task('f', '国庆当天', '10月1日')];
    const r = generatePlan({ period: { month: '2026-10' }, library: lib });
    expect(dues(r, 'm')).toEqual(['2026-10-08']);
    expect(dues(r, 'w')).toEqual(['2026-10-08', '2026-10-12', '2026-10-19', '2026-10-26']);
    expect(dues(r, 'd')).toEqual(['2026-10-10']);
    expect(dues(r, 'f')).toEqual(['2026-10-08']);
  });

  test('weekly Mondays inside 春节 2026 collapse onto the 调休 Saturday before it, once', () => {
    const r = generatePlan({ period: { month: '2026-02' }, library: [task('w', '线路检查', '每周一')] });
    expect(dues(r, 'w')).toEqual(['2026-02-02', '2026-02-09', '2026-02-14']);
  });

  test('every item of a year of built-in plans is on a working day inside its month', () => {
    const library = builtInLibrary();
    for (const month of ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']) {
      const r = generatePlan({ period: { month }, library });
      expect(r.items.length).toBeGreaterThan(10);
      for (const item of r.items) {
        expect(cal.isWorkday(item.due)).toBe(true);
        expect(item.due.slice(0, 7)).toBe(month);
        expect(item.month).toBe(month);
      }
    }
  });

  test('items are ordered by date, then category', () => {
    const r = generatePlan({ period: { month: '2026-03' }, library: builtInLibrary() });
    const sorted = [...r.items].sort(compareItems);
    expect(r.items).toEqual(sorted);
    const first = r.items.filter((i) => i.due === r.items[0]?.due).map((i) => i.category);
    expect(first).toEqual([...first].sort((a, b) => ['财务', '资产', '校舍维修', '安全', '食堂', '绿化卫生', '综合'].indexOf(a) - ['财务', '资产', '校舍维修', '安全', '食堂', '绿化卫生', '综合'].indexOf(b)));
  });
});

describe('holidays', () => {
  const lib = [
    task('check', '节前安全大检查', '节前', '安全', '总务主任'),
    task('may', '“五一”长假值班保卫的安排', '五一期间', '安全', '门卫/保卫'),
    task('ny', '迎接元旦的相关布置', '元旦前3个工作日'),
  ];

  test('节前 in September 2026: before 中秋 (09-25) and before 国庆 (10-01), each named', () => {
    const r = generatePlan({ period: { month: '2026-09' }, library: lib });
    expect(r.items.filter((i) => i.taskId === 'check').map((i) => [i.due, i.title, i.source])).toEqual([
      ['2026-09-24', '节前安全大检查（中秋节）', 'holiday'],
      ['2026-09-30', '节前安全大检查（国庆节）', 'holiday'],
    ]);
    expect(r.items.find((i) => i.taskId === 'check')?.titleEn).toBe('EN 节前安全大检查 (Mid-Autumn Festival)');
  });

  test('2025: 中秋 falls inside 国庆 and the check is one item naming both', () => {
    const r = generatePlan({ period: { month: '2025-09' }, library: lib });
    expect(r.items.filter((i) => i.taskId === 'check').map((i) => [i.due, i.title])).toEqual([['2025-09-30', '节前安全大检查（中秋节、国庆节）']]);
  });

  test('duty over 五一 is planned on the last working day before it, with the days off in 备注', () => {
    const april = generatePlan({ period: { month: '2026-04' }, library: lib });
    const may = april.items.find((i) => i.taskId === 'may');
    expect(may).toMatchObject({ due: '2026-04-30', title: '“五一”长假值班保卫的安排', owner: '门卫/保卫', source: 'holiday' });
    expect(may?.note?.['zh-CN']).toBe('假期：5月1日至5月5日');
    expect(generatePlan({ period: { month: '2026-05' }, library: lib }).items.some((i) => i.taskId === 'may')).toBe(false);
  });

  test('元旦 2027 is outside the data: December 2026 still gets the item, estimated, with a warning', () => {
    const r = generatePlan({ period: { month: '2026-12' }, library: lib });
    const ny = r.items.find((i) => i.taskId === 'ny');
    expect(ny).toMatchObject({ due: '2026-12-29', estimated: true });
    expect(ny?.note?.['zh-CN']).toContain('估算');
    expect(r.warnings.map((w) => w.code)).toContain('plan.holidays.nextYearUncovered');
  });
});

describe('the term’s rhythm', () => {
  const lib = [
    task('pre', '开学工作准备，检查维修', '开学前', '校舍维修'),
    task('start', '财产清点到班', '开学', '资产'),
    task('mid', '期中考场布置', '期中前1天'),
    task('finals', '期末考场布置', '期末考试前1天'),
    task('end', '期末财产清理', '期末', '资产'),
    task('close', '关闭水电门窗', '放假', '安全'),
    task('summer', '拟订暑假维修计划', '春季学期放假前14天', '校舍维修'),
    task('winter', '拟订寒假维修计划', '秋季学期放假前14天', '校舍维修'),
  ];

  test('first month of the spring term (Feb 2026): preparation before the Monday 03-02 start', () => {
    const feb = generatePlan({ period: { month: '2026-02' }, library: lib });
    expect(feb.items.map((i) => [i.taskId, i.due])).toEqual([['pre', '2026-02-25']]);
    const mar = generatePlan({ period: { month: '2026-03' }, library: lib });
    expect(mar.items.map((i) => [i.taskId, i.due, i.source])).toEqual([['start', '2026-03-02', 'calendar']]);
  });

  test('mid-terms and finals', () => {
    expect(generatePlan({ period: { month: '2026-04' }, library: lib }).items.map((i) => [i.taskId, i.due])).toEqual([['mid', '2026-04-17']]);
    const june = generatePlan({ period: { month: '2026-06' }, library: lib });
    expect(june.items.map((i) => [i.taskId, i.due])).toEqual([
      ['summer', '2026-06-26'],
      ['finals', '2026-06-26'],
    ]);
  });

  test('last months of the spring term: term end in July, autumn preparation in August', () => {
    expect(generatePlan({ period: { month: '2026-07' }, library: lib }).items.map((i) => [i.taskId, i.due])).toEqual([
      ['end', '2026-07-03'],
      ['close', '2026-07-10'],
    ]);
    expect(generatePlan({ period: { month: '2026-08' }, library: lib }).items.map((i) => [i.taskId, i.due])).toEqual([['pre', '2026-08-27']]);
  });

  test('first and last months of the autumn term (Sep 2026, Jan 2027)', () => {
    expect(generatePlan({ period: { month: '2026-09' }, library: lib }).items.map((i) => [i.taskId, i.due])).toEqual([['start', '2026-09-01']]);
    const jan = generatePlan({ period: { month: '2027-01' }, library: lib });
    expect(jan.items.map((i) => [i.taskId, i.due])).toEqual([
      ['winter', '2027-01-08'],
      ['finals', '2027-01-08'],
      ['end', '2027-01-15'],
      ['close', '2027-01-22'],
    ]);
    expect(jan.warnings.map((w) => w.code)).toContain('plan.holidays.uncovered');
  });

  test('configured term dates move the term items', () => {
    const r = generatePlan({ period: { month: '2026-02' }, library: lib, calendar: { terms: { '2026-spring': { start: '2026-02-26' } } } });
    expect(r.items.map((i) => [i.taskId, i.due])).toEqual([
      ['pre', '2026-02-14'],
      ['start', '2026-02-26'],
    ]);
  });

  test('routines limited to term time skip the breaks', () => {
    const hygiene = [task('h', '班级卫生抽查', '学期内每周四', '绿化卫生')];
    expect(generatePlan({ period: { month: '2026-08' }, library: hygiene }).items).toEqual([]);
    expect(dues(generatePlan({ period: { month: '2026-09' }, library: hygiene }), 'h')).toEqual(['2026-09-03', '2026-09-10', '2026-09-17', '2026-09-24']);
    // Spring 2026 starts on 03-02: February's Thursdays are in the winter break.
    expect(generatePlan({ period: { month: '2026-02' }, library: hygiene }).items).toEqual([]);
    expect(dues(generatePlan({ period: { month: '2026-07' }, library: hygiene }), 'h')).toEqual(['2026-07-02', '2026-07-09']);
  });
});

describe('periods and bad input', () => {
  test('a whole term: one set of items per month, the same as month by month', () => {
    const library = builtInLibrary();
    const term = generatePlan({ period: { term: '2026-spring' }, library });
    expect(term.months).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
    expect(term.terms.map((t) => t.key)).toEqual(['2026-spring']);
    for (const month of term.months) {
      const single = generatePlan({ period: { month }, library });
      expect(term.items.filter((i) => i.month === month && i.source !== 'workbook')).toEqual(single.items.filter((i) => i.source !== 'workbook'));
    }
  });

  test('a month outside the holiday data still gets a plan, with the warning', () => {
    const r = generatePlan({ period: { month: '2027-03' }, library: builtInLibrary() });
    expect(r.items.length).toBeGreaterThan(10);
    const w = r.warnings.find((x) => x.code === 'plan.holidays.uncovered');
    expect(w?.message['zh-CN']).toContain('2027');
    expect(w?.message['en-US']).toContain('2004–2026');
    expect(generatePlan({ period: { month: '2026-03' }, library: builtInLibrary() }).warnings.map((x) => x.code)).not.toContain('plan.holidays.uncovered');
  });

  test('overlapping term dates: no items, the configuration error as a finding', () => {
    const r = generatePlan({ period: { month: '2026-09' }, library: builtInLibrary(), calendar: { terms: { '2026-spring': { end: '2026-09-15' } } } });
    expect(r.items).toEqual([]);
    expect(r.findings.map((f) => f.code)).toEqual(['plan.calendar.termOverlap']);
  });

  test('switched-off tasks are left out', () => {
    const off = { ...task('x', '不做', '每月'), enabled: false };
    expect(generatePlan({ period: { month: '2026-03' }, library: [off] }).items).toEqual([]);
  });

  test('a bad period or malformed settings are user errors', () => {
    const bad = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return null;
    };
    const e1 = bad(() => generatePlan({ period: { month: '2026-13' }, library: [] }));
    expect(isUserError(e1) && e1.code).toBe('plan.badPeriod');
    const e2 = bad(() => generatePlan({ period: { term: '2026-winter' }, library: [] }));
    expect(isUserError(e2) && e2.code).toBe('plan.badPeriod');
    const e4 = bad(() => generatePlan({ period: { month: '2126-03' }, library: [] }));
    expect(isUserError(e4) && e4.code).toBe('plan.badPeriod');
    const e3 = bad(() => generatePlan({ period: { month: '2026-03' }, library: [], calendar: { terms: { '2026-spring': { start: '3月1日' } } } }));
    expect(isUserError(e3) && e3.code).toBe('plan.badConfig');
  });

  test('the same request gives the same plan', () => {
    const a = generatePlan({ period: { term: '2026-autumn' }, library: builtInLibrary() });
    const b = generatePlan({ period: { term: '2026-autumn' }, library: builtInLibrary() });
    expect(a).toEqual(b);
    expect(new Set(a.items.map((i) => i.id)).size).toBe(a.items.length);
  });
});
