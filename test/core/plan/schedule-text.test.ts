import { formatScheduleText, parseScheduleText } from '../../../src/core/plan/schedule-text';
import { scheduleRuleSchema, type ScheduleRule } from '../../../src/core/plan/schedule';

const cases: ReadonlyArray<readonly [string, ScheduleRule]> = [
  ['每周一', { kind: 'weekly', weekday: 1 }],
  ['每星期五', { kind: 'weekly', weekday: 5 }],
  ['每周日', { kind: 'weekly', weekday: 7 }],
  ['每月', { kind: 'monthly', day: 'firstWorkday' }],
  ['每月初', { kind: 'monthly', day: 'firstWorkday' }],
  ['每月10日', { kind: 'monthly', day: 10 }],
  ['每月10号', { kind: 'monthly', day: 10 }],
  ['每月１５日', { kind: 'monthly', day: 15 }],
  ['每月最后一个工作日', { kind: 'monthly', day: 'lastWorkday' }],
  ['每月底', { kind: 'monthly', day: 'lastWorkday' }],
  ['月底', { kind: 'monthly', day: 'lastWorkday' }],
  ['学期内每周四', { kind: 'weekly', weekday: 4, termTime: true }],
  ['在校期间每月5日', { kind: 'monthly', day: 5, termTime: true }],
  ['开学', { kind: 'termPhase', anchor: 'start', offsetDays: 0 }],
  ['开学初', { kind: 'termPhase', anchor: 'start', offsetDays: 0 }],
  ['开学前', { kind: 'termPhase', anchor: 'start', offsetDays: -5 }],
  ['开学前3天', { kind: 'termPhase', anchor: 'start', offsetDays: -3 }],
  ['开学后2周', { kind: 'termPhase', anchor: 'start', offsetDays: 14 }],
  ['开学第3周', { kind: 'termPhase', anchor: 'start', offsetDays: 14 }],
  ['期中', { kind: 'termPhase', anchor: 'midterm', offsetDays: 0 }],
  ['期中前1天', { kind: 'termPhase', anchor: 'midterm', offsetDays: -1 }],
  ['期末考试', { kind: 'termPhase', anchor: 'finals', offsetDays: 0 }],
  ['期末', { kind: 'termPhase', anchor: 'end', offsetDays: -7 }],
  ['放假', { kind: 'termPhase', anchor: 'end', offsetDays: 0 }],
  ['学期结束', { kind: 'termPhase', anchor: 'end', offsetDays: 0 }],
  ['放假前14天', { kind: 'termPhase', anchor: 'end', offsetDays: -14 }],
  ['春季学期放假前14天', { kind: 'termPhase', anchor: 'end', offsetDays: -14, term: 'spring' }],
  ['秋季学期开学前', { kind: 'termPhase', anchor: 'start', offsetDays: -5, term: 'autumn' }],
  ['暑假前', { kind: 'termPhase', anchor: 'end', offsetDays: -7, term: 'spring' }],
  ['3月12日', { kind: 'fixedDate', month: 3, day: 12 }],
  ['每年11月9日', { kind: 'fixedDate', month: 11, day: 9 }],
  ['2月29日', { kind: 'fixedDate', month: 2, day: 29 }],
  ['节前', { kind: 'holiday', holidays: [], when: 'before', workdaysBefore: 1 }],
  ['节假日前', { kind: 'holiday', holidays: [], when: 'before', workdaysBefore: 1 }],
  ['节前2个工作日', { kind: 'holiday', holidays: [], when: 'before', workdaysBefore: 2 }],
  ['国庆节前', { kind: 'holiday', holidays: ['nationalDay'], when: 'before', workdaysBefore: 1 }],
  ['春节前', { kind: 'holiday', holidays: ['springFestival'], when: 'before', workdaysBefore: 1 }],
  ['元旦前3天', { kind: 'holiday', holidays: ['newYear'], when: 'before', workdaysBefore: 3 }],
  ['“五一”前', { kind: 'holiday', holidays: ['labourDay'], when: 'before', workdaysBefore: 1 }],
  ['中秋、国庆节前', { kind: 'holiday', holidays: ['midAutumn', 'nationalDay'], when: 'before', workdaysBefore: 1 }],
  ['五一长假期间', { kind: 'holiday', holidays: ['labourDay'], when: 'during', workdaysBefore: 1 }],
  ['国庆假期', { kind: 'holiday', holidays: ['nationalDay'], when: 'during', workdaysBefore: 1 }],
  ['春节期间', { kind: 'holiday', holidays: ['springFestival'], when: 'during', workdaysBefore: 1 }],
  ['节假日期间', { kind: 'holiday', holidays: [], when: 'during', workdaysBefore: 1 }],
  ['4月,5月,6月', { kind: 'months', months: [4, 5, 6], day: 'firstWorkday' }],
  ['4月、5月、6月', { kind: 'months', months: [4, 5, 6], day: 'firstWorkday' }],
  ['4-6月', { kind: 'months', months: [4, 5, 6], day: 'firstWorkday' }],
  ['4月至6月', { kind: 'months', months: [4, 5, 6], day: 'firstWorkday' }],
  ['11-2月', { kind: 'months', months: [1, 2, 11, 12], day: 'firstWorkday' }],
  ['3月份', { kind: 'months', months: [3], day: 'firstWorkday' }],
  ['6月、12月每月20日', { kind: 'months', months: [6, 12], day: 20 }],
  ['夏季', { kind: 'season', season: 'summer', from: 6, to: 8, day: 'firstWorkday' }],
  ['冬天', { kind: 'season', season: 'winter', from: 12, to: 2, day: 'firstWorkday' }],
  ['汛期（5-9月）', { kind: 'season', season: 'flood', from: 5, to: 9, day: 'firstWorkday' }],
  ['供暖期每月15日', { kind: 'season', season: 'heating', from: 11, to: 2, day: 15 }],
];

describe('parseScheduleText', () => {
  test.each(cases)('%s', (text, rule) => {
    const parsed = parseScheduleText(text);
    expect(parsed).toEqual({ ok: true, rule });
  });

  test.each(cases)('%s formats to text that parses back to the same rule', (_text, rule) => {
    expect(scheduleRuleSchema.parse(rule)).toEqual(rule);
    const again = parseScheduleText(formatScheduleText(rule, 'zh-CN'));
    expect(again).toEqual({ ok: true, rule });
  });

  test.each([
    ['', 'plan.schedule.empty'],
    ['   ', 'plan.schedule.empty'],
    ['每天', 'plan.schedule.daily'],
    ['2月30日', 'plan.schedule.badDate'],
    ['13月1日', 'plan.schedule.badDate'],
    ['随时', 'plan.schedule.unknown'],
    ['每周八', 'plan.schedule.unknown'],
    ['每月32日', 'plan.schedule.unknown'],
    ['前', 'plan.schedule.unknown'],
    ['圣诞节前', 'plan.schedule.unknown'],
    ['13-14月', 'plan.schedule.unknown'],
    ['学期内开学', 'plan.schedule.unknown'],
    ['开学前200天', 'plan.schedule.unknown'],
  ])('"%s" is a finding, not a rule (%s)', (text, code) => {
    const parsed = parseScheduleText(text, { sheet: '计划任务库', cell: 'D9' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.finding).toMatchObject({ sheet: '计划任务库', cell: 'D9', severity: 'error', code });
    expect(parsed.finding.message['zh-CN']).not.toBe('');
    expect(parsed.finding.message['en-US']).not.toBe('');
  });

  test('the finding quotes what the user typed', () => {
    const parsed = parseScheduleText(' 随时 ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.finding.message['zh-CN']).toContain('“随时”');
  });
});

describe('formatScheduleText', () => {
  test.each<readonly [ScheduleRule, string, string]>([
    [{ kind: 'weekly', weekday: 1 }, '每周一', 'Every Monday'],
    [{ kind: 'monthly', day: 'lastWorkday' }, '每月最后一个工作日', 'Monthly, last working day'],
    [{ kind: 'monthly', day: 'firstWorkday', termTime: true }, '学期内每月第一个工作日', 'Monthly, first working day, in term time'],
    [{ kind: 'termPhase', anchor: 'end', offsetDays: -7 }, '期末', '7 days before term end'],
    [{ kind: 'termPhase', anchor: 'start', offsetDays: 10 }, '开学后10天', '10 days after term start'],
    [{ kind: 'termPhase', anchor: 'end', offsetDays: -14, term: 'spring' }, '春季学期放假前14天', 'Spring term: 14 days before term end'],
    [{ kind: 'fixedDate', month: 3, day: 12 }, '3月12日', 'Every year on Mar 12'],
    [{ kind: 'holiday', holidays: [], when: 'before', workdaysBefore: 1 }, '节前', '1 working day before every public holiday'],
    [{ kind: 'holiday', holidays: ['labourDay'], when: 'during', workdaysBefore: 1 }, '五一期间', 'During Labour Day'],
    [{ kind: 'months', months: [4, 5, 6], day: 'firstWorkday' }, '4-6月', 'Apr–Jun, first working day of each month'],
    [{ kind: 'months', months: [3, 9], day: 'firstWorkday' }, '3月、9月', 'Mar, Sep, first working day of each month'],
    [{ kind: 'months', months: [1, 2, 12], day: 10 }, '12-2月每月10日', 'Dec–Feb, day 10 of each month'],
    [{ kind: 'season', season: 'summer', from: 6, to: 8, day: 'firstWorkday' }, '夏季', 'Summer (Jun–Aug), first working day of each month'],
    [{ kind: 'season', season: 'flood', from: 5, to: 9, day: 'firstWorkday' }, '汛期（5-9月）', 'Flood season (May–Sep), first working day of each month'],
  ])('%j', (rule, zh, en) => {
    expect(formatScheduleText(rule, 'zh-CN')).toBe(zh);
    expect(formatScheduleText(rule, 'en-US')).toBe(en);
  });
});
