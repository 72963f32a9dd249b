import ICAL from 'ical.js';
import { builtInLibrary, type Task } from '../../../src/core/plan/library';
import { generatePlan } from '../../../src/core/plan/generate';
import { renderPlanText } from '../../../src/core/plan/plan-text';
import { itemUid, renderPlanIcs } from '../../../src/core/plan/plan-ics';
import { planJsonSchema, toPlanJson } from '../../../src/core/plan/plan-json';
import { parseScheduleText } from '../../../src/core/plan/schedule-text';
import type { Category } from '../../../src/core/plan/vocabulary';

function task(id: string, text: string, schedule: string, category: Category = '综合', owner = '总务处'): Task {
  const parsed = parseScheduleText(schedule);
  if (!parsed.ok) throw new Error(`bad schedule ${schedule}`);
  return { id, text, textEn: `EN ${text}`, category, rule: parsed.rule, owner, enabled: true };
}

const seedLibrary = [
  task('a', '校园绿化带护理和补种', '3月12日', '绿化卫生'),
  task('b', '固定资产账册整理', '3月', '资产', '资产管理员'),
  task('c', '收费工作迎检', '3月每月20日', '财务', '会计'),
  task('d', '水电煤气线路安全检查', '每周一', '安全', '电工'),
  task('e', '暑期建设维修', '8月', '校舍维修'),
];

describe('the text form', () => {
  test('in the seeds’ form: month heading, numbered lines, a recurring task once', () => {
    const plan = generatePlan({ period: { month: '2026-03' }, library: seedLibrary });
    expect(renderPlanText(plan, { school: 'XX学校' })).toBe(
      ['XX学校总务处2026年3月工作计划', '', '三月：', '1、固定资产账册整理。', '2、水电煤气线路安全检查。', '3、校园绿化带护理和补种。', '4、收费工作迎检。', ''].join('\n'),
    );
  });

  test('with dates, and without the heading', () => {
    const plan = generatePlan({ period: { month: '2026-03' }, library: seedLibrary.slice(2, 4) });
    expect(renderPlanText(plan, { heading: false, withDates: true })).toBe(
      ['三月：', '1、水电煤气线路安全检查（3月2日、3月9日、3月16日、3月23日、3月30日）。', '2、收费工作迎检（3月20日）。', ''].join('\n'),
    );
  });

  test('a term: every month, one item written on the heading line, an empty month said so', () => {
    const plan = generatePlan({ period: { term: '2026-spring' }, library: [seedLibrary[0], seedLibrary[4]].filter((t): t is Task => t !== undefined) });
    expect(renderPlanText(plan, { heading: false })).toBe(
      ['二月：（本月无计划事项）', '', '三月：校园绿化带护理和补种。', '', '四月：（本月无计划事项）', '', '五月：（本月无计划事项）', '', '六月：（本月无计划事项）', '', '七月：（本月无计划事项）', '', '八月：暑期建设维修。', ''].join('\n'),
    );
  });

  test('in English', () => {
    const plan = generatePlan({ period: { month: '2026-03' }, library: seedLibrary.slice(0, 2) });
    expect(renderPlanText(plan, { locale: 'en-US', heading: false })).toBe(['March:', '1. EN 固定资产账册整理.', '2. EN 校园绿化带护理和补种.', ''].join('\n'));
  });

  test('the built-in library’s March plan reads like the seeds', () => {
    const text = renderPlanText(generatePlan({ period: { month: '2026-03' }, library: builtInLibrary() }));
    expect(text).toMatch(/^总务处2026年3月工作计划\n\n三月：\n1、/);
    expect(text).toContain('、校园绿化带护理和补种。\n');
    expect(text.match(/水电煤气线路安全检查/g)).toHaveLength(1);
  });
});

describe('the .ics file, read by an independent parser (ical.js)', () => {
  const plan = generatePlan({
    period: { month: '2026-03' },
    library: seedLibrary,
    workbook: { repairs: [{ ref: '维修登记!A7', item: '水龙头漏水', completedOn: null }] },
  });
  const ics = renderPlanIcs(plan, { school: 'XX学校' });
  const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

  test('one all-day event per item on its date, with its summary', () => {
    expect(vevents).toHaveLength(plan.items.length);
    const got = vevents.map((v) => {
      const e = new ICAL.Event(v);
      return { date: e.startDate.toString(), allDay: e.startDate.isDate, end: e.endDate.toString(), summary: e.summary };
    });
    expect(got).toEqual(
      plan.items.map((i) => ({
        date: i.due,
        allDay: true,
        end: new Date(Date.parse(`${i.due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
        summary: i.title,
      })),
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20260312');
  });

  test('categories and the owner in the description; the source row of a workbook item', () => {
    const first = vevents[0];
    expect(first?.getFirstPropertyValue('categories')).toBe(plan.items[0]?.category);
    expect(String(first?.getFirstPropertyValue('description'))).toContain(`负责人：${plan.items[0]?.owner}`);
    const repair = vevents.find((v) => String(v.getFirstPropertyValue('summary')).includes('水龙头漏水'));
    expect(String(repair?.getFirstPropertyValue('description'))).toContain('来源：维修登记!A7');
  });

  test('UIDs are unique, and stable: the same plan exported twice has the same UIDs and file', () => {
    const uids = vevents.map((v) => String(v.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toEqual(plan.items.map(itemUid));
    expect(renderPlanIcs(generatePlan({ period: { month: '2026-03' }, library: seedLibrary, workbook: { repairs: [{ ref: '维修登记!A7', item: '水龙头漏水', completedOn: null }] } }), { school: 'XX学校' })).toBe(ics);
  });

  test('calendar name and a given DTSTAMP', () => {
    const cal = new ICAL.Component(ICAL.parse(renderPlanIcs(plan, { stamp: '2026-02-27T08:30:00Z' })));
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('总务处2026年3月工作计划');
    expect(String(cal.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp'))).toBe('2026-02-27T08:30:00Z');
  });

  test('English events', () => {
    const en = new ICAL.Component(ICAL.parse(renderPlanIcs(plan, { locale: 'en-US' }))).getAllSubcomponents('vevent');
    const e = new ICAL.Event(en[0] as ICAL.Component);
    expect(e.summary).toBe(plan.items[0]?.titleEn);
  });
});

describe('the JSON form', () => {
  test('matches the issue’s --json shape', () => {
    const plan = generatePlan({ period: { month: '2026-03' }, library: seedLibrary.slice(0, 1), workbook: { repairs: [{ ref: '维修登记!A7', item: '水龙头漏水' }] } });
    const json = toPlanJson(plan);
    expect(planJsonSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json);
    expect(json.month).toBe('2026-03');
    expect(json.items.map((i) => ({ title: i.title, category: i.category, due: i.due, owner: i.owner, source: i.source, ref: i.ref }))).toEqual([
      { title: '完成报修：水龙头漏水', category: '校舍维修', due: '2026-03-02', owner: '总务处', source: 'workbook', ref: '维修登记!A7' },
      { title: '校园绿化带护理和补种', category: '绿化卫生', due: '2026-03-12', owner: '总务处', source: 'calendar', ref: undefined },
    ]);
    expect(json.warnings.map((w) => w.code)).toEqual(['plan.workbook.missing', 'plan.workbook.missing', 'plan.workbook.missing', 'plan.workbook.missing']);
    expect(json.warnings[0]?.message).toBe('工作簿中没有损坏赔偿记录，计划未包含相应事项。');
    expect(toPlanJson(plan, 'en-US').warnings[0]?.message).toBe('The workbook has no compensation records; the plan has no items from it.');
  });

  test('a term plan has its term, months and term dates', () => {
    const json = toPlanJson(generatePlan({ period: { term: '2026-autumn' }, library: seedLibrary }));
    expect(json.term).toBe('2026-autumn');
    expect(json.month).toBeUndefined();
    expect(json.months).toHaveLength(5);
    expect(json.terms).toEqual([{ key: '2026-autumn', start: '2026-09-01', end: '2027-01-22', midterm: { start: '2026-11-09', end: '2026-11-13' }, finals: { start: '2027-01-11', end: '2027-01-15' } }]);
    expect(json.warnings.map((w) => w.code)).toEqual(['plan.holidays.nextYearUncovered', 'plan.holidays.uncovered', 'plan.workbook.none']);
  });
});
