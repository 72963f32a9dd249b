/** The 月度计划 panel's pure rules: the default period, the review's edits, days, and the calendar form. */
import type { PlanItem } from '../../src/core/plan/plan-item';
import {
  dayStatus,
  defaultTerm,
  EMPTY_TERM_FORM,
  formToOverride,
  groupByMonth,
  isEdited,
  isMonthKey,
  isWorkingDay,
  nextMonth,
  offDayCount,
  planRange,
  reassign,
  recategorize,
  redate,
  reword,
  sortItems,
  sourceCounts,
  termForm,
  termOptions,
  type PlanDay,
} from '../../src/taskpane/plan/view-model';

function item(over: Partial<PlanItem> = {}): PlanItem {
  return {
    id: 'lib:saf-01:2026-10-12',
    month: '2026-10',
    title: '水电煤气线路安全检查',
    titleEn: 'Check water, power and gas lines',
    category: '安全',
    due: '2026-10-12',
    owner: '电工',
    source: 'library',
    status: '未开始',
    ...over,
  };
}

describe('the period', () => {
  test.each([
    [new Date(2026, 10, 21), '2026-12', '2026-autumn'],
    [new Date(2026, 11, 31), '2027-01', '2026-autumn'],
    [new Date(2027, 0, 5), '2027-02', '2027-spring'],
    [new Date(2026, 6, 30), '2026-08', '2026-spring'],
    [new Date(2026, 7, 1), '2026-09', '2026-autumn'],
  ])('on %s the office plans %s, in the %s', (today, month, term) => {
    expect(nextMonth(today)).toBe(month);
    expect(defaultTerm(today)).toBe(term);
  });

  test('the terms offered run from last year to next year and include the default', () => {
    const today = new Date(2026, 10, 21);
    expect(termOptions(today)).toEqual(['2025-spring', '2025-autumn', '2026-spring', '2026-autumn', '2027-spring', '2027-autumn']);
    expect(termOptions(new Date(2026, 11, 31))).toContain(defaultTerm(new Date(2026, 11, 31)));
  });

  test.each([['2026-10', true], [' 2026-10 ', true], ['2026-13', false], ['2026-1', false], ['', false]])('%j is a month: %s', (text, ok) => {
    expect(isMonthKey(text)).toBe(ok);
  });
});

describe('edits', () => {
  const months = ['2026-10'];

  test('reword: the words become the text in both languages; blank is refused; spaces tidied', () => {
    expect(reword(item(), '  全校 电路 检查 ')).toEqual({ ok: true, item: item({ title: '全校 电路 检查', titleEn: '全校 电路 检查' }) });
    expect(reword(item(), '   ')).toEqual({ ok: false, problem: 'titleEmpty' });
    const same = item();
    expect(reword(same, '水电煤气线路安全检查')).toEqual({ ok: true, item: same });
  });

  test('reassign and recategorize', () => {
    expect(reassign(item(), ' 总务主任 ')).toEqual({ ok: true, item: item({ owner: '总务主任' }) });
    expect(reassign(item(), '')).toEqual({ ok: false, problem: 'ownerEmpty' });
    expect(recategorize(item(), '校舍维修').category).toBe('校舍维修');
    // A word outside the list leaves the item as it was.
    expect(recategorize(item(), '杂项')).toEqual(item());
  });

  test('re-date: within the plan; a term plan moves the item to that month’s block', () => {
    expect(redate(item(), '2026-10-10', months)).toEqual({ ok: true, item: item({ due: '2026-10-10' }) });
    expect(redate(item(), '2026-11-02', months)).toEqual({ ok: false, problem: 'dateOutside' });
    expect(redate(item(), '', months)).toEqual({ ok: false, problem: 'dateEmpty' });
    expect(redate(item(), '2026-02-30', ['2026-02'])).toEqual({ ok: false, problem: 'dateEmpty' });
    const term = ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01'];
    expect(redate(item(), '2026-11-02', term)).toEqual({ ok: true, item: item({ due: '2026-11-02', month: '2026-11' }) });
  });

  test('edited means a field the review can change differs from what was generated', () => {
    const o = item();
    expect(isEdited(o, o)).toBe(false);
    expect(isEdited({ ...o }, o)).toBe(false);
    expect(isEdited(item({ owner: '总务处' }), o)).toBe(true);
    expect(isEdited(item({ due: '2026-10-13' }), o)).toBe(true);
    expect(isEdited(item(), undefined)).toBe(false);
  });

  test('order, month blocks and counts by source', () => {
    const a = item({ id: 'a', due: '2026-10-20' });
    const b = item({ id: 'b', due: '2026-10-08', source: 'holiday' });
    const c = item({ id: 'c', due: '2026-11-02', month: '2026-11', source: 'workbook', ref: '维修登记!A5' });
    expect(sortItems([a, c, b]).map((i) => i.id)).toEqual(['b', 'a', 'c']);
    expect(groupByMonth([a, b, c], ['2026-10', '2026-11', '2026-12']).map((g) => [g.month, g.items.map((i) => i.id)])).toEqual([
      ['2026-10', ['a', 'b']],
      ['2026-11', ['c']],
      ['2026-12', []],
    ]);
    expect(sourceCounts([a, b, c])).toEqual({ library: 1, calendar: 0, holiday: 1, workbook: 1, carryOver: 0 });
  });
});

describe('days', () => {
  const days: Record<string, PlanDay> = {
    '2026-10-01': { kind: 'holiday', holiday: { 'zh-CN': '国庆节', 'en-US': 'National Day' } },
    '2026-10-10': { kind: 'adjusted' },
    '2026-10-11': { kind: 'weekend' },
  };

  test('a day not listed is an ordinary working day; 调休 Saturdays are working days', () => {
    expect(dayStatus('2026-10-12', days)).toEqual({ kind: 'workday' });
    expect(isWorkingDay(dayStatus('2026-10-10', days))).toBe(true);
    expect(isWorkingDay(dayStatus('2026-10-01', days))).toBe(false);
    expect(isWorkingDay(dayStatus('2026-10-11', days))).toBe(false);
    expect(offDayCount([item({ due: '2026-10-01' }), item({ due: '2026-10-10' }), item({ due: '2026-10-11' })], days)).toBe(2);
  });

  test('the plan’s date range', () => {
    expect(planRange(['2026-10'])).toEqual({ first: '2026-10-01', last: '2026-10-31' });
    expect(planRange(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01'])).toEqual({ first: '2026-09-01', last: '2027-01-31' });
    expect(planRange(['2028-02'])).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(planRange([])).toBeNull();
  });
});

describe('the calendar settings form', () => {
  test('an empty form is all defaults; filled fields become the override', () => {
    expect(formToOverride(EMPTY_TERM_FORM)).toEqual({ ok: true, override: null });
    expect(formToOverride({ ...EMPTY_TERM_FORM, start: '2026-08-31', finalsStart: '2027-01-11', finalsEnd: '2027-01-14' })).toEqual({
      ok: true,
      override: { start: '2026-08-31', finalsWeek: { start: '2027-01-11', end: '2027-01-14' } },
    });
  });

  test('an exam week’s end needs its start; a half-typed date is refused', () => {
    expect(formToOverride({ ...EMPTY_TERM_FORM, midtermEnd: '2026-11-13', end: '2027-13-01' })).toEqual({
      ok: false,
      problems: { midtermEnd: 'weekEndWithoutStart', end: 'badDate' },
    });
  });

  test('the form shows what is kept, and round-trips', () => {
    const override = { end: '2027-01-22', midtermWeek: { start: '2026-11-09' } };
    expect(termForm(override)).toEqual({ ...EMPTY_TERM_FORM, end: '2027-01-22', midtermStart: '2026-11-09' });
    expect(formToOverride(termForm(override))).toEqual({ ok: true, override });
    expect(termForm(null)).toEqual(EMPTY_TERM_FORM);
  });
});
