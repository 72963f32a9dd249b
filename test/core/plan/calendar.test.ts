import { chineseDaysCalendar } from '../../../src/core/plan/chinese-days';
import {
  checkSchoolCalendar,
  resolveTerm,
  schoolCalendarConfigSchema,
  termKeyOfMonth,
  termMonths,
} from '../../../src/core/plan/school-calendar';
import {
  firstWorkdayOfMonth,
  lastWorkdayOfMonth,
  mondayOf,
  previousWorkday,
  workdayInMonth,
  workdaysBefore,
} from '../../../src/core/plan/workdays';
import { weekday } from '../../../src/core/dates';

const cal = chineseDaysCalendar();
const noConfig = schoolCalendarConfigSchema.parse({});

describe('moving dates onto working days', () => {
  test('a date on a holiday moves to the nearest earlier working day', () => {
    // 清明 2026: 04-04 … 04-06; the Monday 04-06 goes back to Friday 04-03.
    expect(workdayInMonth(cal, '2026-04-06', '2026-04')).toBe('2026-04-03');
    // 端午 2026: 06-19 … 06-21.
    expect(workdayInMonth(cal, '2026-06-19', '2026-06')).toBe('2026-06-18');
  });

  test('the nearest earlier working day may be a 调休 Saturday', () => {
    // 春节 2026: 02-15 … 02-23 off; Saturday 02-14 is worked.
    expect(workdayInMonth(cal, '2026-02-20', '2026-02')).toBe('2026-02-14');
    expect(previousWorkday(cal, '2026-02-23')).toBe('2026-02-14');
  });

  test('a date whose earlier working day is in the month before moves forward instead', () => {
    // 国庆 2026: 10-01 … 10-07; 09-30 would leave October, so 10-08.
    expect(workdayInMonth(cal, '2026-10-01', '2026-10')).toBe('2026-10-08');
    expect(workdayInMonth(cal, '2026-10-05', '2026-10')).toBe('2026-10-08');
    // 元旦 2026: 01-01 … 01-03 off; Sunday 01-04 is worked.
    expect(workdayInMonth(cal, '2026-01-01', '2026-01')).toBe('2026-01-04');
  });

  test('a working day stays where it is', () => {
    expect(workdayInMonth(cal, '2026-03-12', '2026-03')).toBe('2026-03-12');
    expect(workdayInMonth(cal, '2026-10-10', '2026-10')).toBe('2026-10-10');
  });

  test('first and last working days of a month, 调休 included', () => {
    expect(firstWorkdayOfMonth(cal, '2026-10')).toBe('2026-10-08');
    expect(firstWorkdayOfMonth(cal, '2026-02')).toBe('2026-02-02');
    expect(lastWorkdayOfMonth(cal, '2026-02')).toBe('2026-02-28');
    expect(lastWorkdayOfMonth(cal, '2026-09')).toBe('2026-09-30');
    expect(lastWorkdayOfMonth(cal, '2026-05')).toBe('2026-05-29');
  });

  test('the Nth working day before a date skips holidays and weekends', () => {
    expect(workdaysBefore(cal, '2026-10-01', 1)).toBe('2026-09-30');
    expect(workdaysBefore(cal, '2026-10-01', 3)).toBe('2026-09-28');
    // Before 05-01 2026 (a Friday): 04-30, 04-29 …
    expect(workdaysBefore(cal, '2026-05-01', 2)).toBe('2026-04-29');
    // 2026-02-15 (春节): the 调休 Saturday 02-14 is the last working day before it.
    expect(workdaysBefore(cal, '2026-02-15', 1)).toBe('2026-02-14');
  });

  test('mondayOf', () => {
    expect(mondayOf('2026-11-10')).toBe('2026-11-09');
    expect(mondayOf('2026-11-09')).toBe('2026-11-09');
    expect(mondayOf('2026-11-15')).toBe('2026-11-09');
  });
});

describe('the school year', () => {
  test('months belong to terms: Feb–Aug spring, Sep–Jan autumn', () => {
    expect(termKeyOfMonth('2026-02')).toBe('2026-spring');
    expect(termKeyOfMonth('2026-08')).toBe('2026-spring');
    expect(termKeyOfMonth('2026-09')).toBe('2026-autumn');
    expect(termKeyOfMonth('2027-01')).toBe('2026-autumn');
    expect(termMonths('2026-spring')).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
    expect(termMonths('2026-autumn')).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
  });

  test('default spring 2026: starts the Monday after 春节 leave, mid-terms late April, ends before 07-10', () => {
    const t = resolveTerm('2026-spring', noConfig, cal);
    expect(t.start).toBe('2026-03-02');
    expect(t.midterm).toEqual({ start: '2026-04-20', end: '2026-04-24' });
    expect(t.end).toBe('2026-07-10');
    expect(t.finals).toEqual({ start: '2026-06-29', end: '2026-07-03' });
  });

  test('default spring 2025: 春节 leave ended 02-04, so the term starts on 02-17 (not before mid-February)', () => {
    expect(resolveTerm('2025-spring', noConfig, cal).start).toBe('2025-02-17');
  });

  test('default autumn 2026: starts 09-01, mid-terms in the week of 11-10, ends 01-22 before 春节 2027', () => {
    const t = resolveTerm('2026-autumn', noConfig, cal);
    expect(t.start).toBe('2026-09-01');
    expect(t.midterm).toEqual({ start: '2026-11-09', end: '2026-11-13' });
    expect(t.end).toBe('2027-01-22');
    expect(t.finals).toEqual({ start: '2027-01-11', end: '2027-01-15' });
  });

  test('an early 春节 ends the autumn term earlier (2022: 春节 leave from 2023-01-21)', () => {
    const t = resolveTerm('2022-autumn', noConfig, cal);
    expect(t.end).toBe('2023-01-11');
    expect(t.end < '2023-01-21').toBe(true);
  });

  test('every default term starts and ends on working days, in order, terms not overlapping', () => {
    for (let y = 2015; y <= 2026; y++) {
      for (const key of [`${y}-spring`, `${y}-autumn`]) {
        const t = resolveTerm(key, noConfig, cal);
        expect(cal.isWorkday(t.start)).toBe(true);
        expect(cal.isWorkday(t.end)).toBe(true);
        expect(weekday(t.midterm.start)).toBe(1);
        expect(t.start < t.midterm.start && t.midterm.end < t.finals.start && t.finals.end <= t.end).toBe(true);
      }
      expect(resolveTerm(`${y}-spring`, noConfig, cal).end < resolveTerm(`${y}-autumn`, noConfig, cal).start).toBe(true);
      expect(resolveTerm(`${y}-autumn`, noConfig, cal).end < resolveTerm(`${y + 1}-spring`, noConfig, cal).start).toBe(true);
    }
    expect(checkSchoolCalendar(noConfig, cal)).toEqual([]);
  });

  test('configured dates replace the defaults; an exam week without an end lasts Monday to Friday', () => {
    const config = schoolCalendarConfigSchema.parse({
      terms: { '2026-spring': { start: '2026-02-26', end: '2026-07-03', midtermWeek: { start: '2026-04-27' }, finalsWeek: { start: '2026-06-22', end: '2026-06-24' } } },
    });
    const t = resolveTerm('2026-spring', config, cal);
    expect(t).toMatchObject({ start: '2026-02-26', end: '2026-07-03', midterm: { start: '2026-04-27', end: '2026-05-01' }, finals: { start: '2026-06-22', end: '2026-06-24' } });
    expect(checkSchoolCalendar(config, cal)).toEqual([]);
  });

  test('overlapping terms are a configuration error naming both terms', () => {
    const config = schoolCalendarConfigSchema.parse({ terms: { '2026-autumn': { start: '2026-09-01', end: '2027-03-05' } } });
    const findings = checkSchoolCalendar(config, cal);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', code: 'plan.calendar.termOverlap' });
    expect(findings[0]?.message['zh-CN']).toContain('2026年秋季学期');
    expect(findings[0]?.message['zh-CN']).toContain('2027年春季学期');
    expect(findings[0]?.message['en-US']).toContain('autumn term 2026');
  });

  test('a term starting before the previous one ends overlaps too', () => {
    const config = schoolCalendarConfigSchema.parse({ terms: { '2026-spring': { start: '2026-01-20' } } });
    expect(checkSchoolCalendar(config, cal).map((f) => f.code)).toEqual(['plan.calendar.termOverlap']);
  });

  test('a term ending before it starts, and exam weeks outside the term, are errors', () => {
    const backwards = schoolCalendarConfigSchema.parse({ terms: { '2026-spring': { start: '2026-07-01', end: '2026-03-01' } } });
    expect(checkSchoolCalendar(backwards, cal).map((f) => f.code)).toContain('plan.calendar.termOrder');
    const outside = schoolCalendarConfigSchema.parse({ terms: { '2026-autumn': { finalsWeek: { start: '2027-02-01' } } } });
    expect(checkSchoolCalendar(outside, cal).map((f) => f.code)).toContain('plan.calendar.examOutside');
  });

  test('malformed settings are refused by the schema', () => {
    expect(schoolCalendarConfigSchema.safeParse({ terms: { '2026-summer': {} } }).success).toBe(false);
    expect(schoolCalendarConfigSchema.safeParse({ terms: { '2026-spring': { start: '2026-02-30' } } }).success).toBe(false);
    expect(schoolCalendarConfigSchema.safeParse({ terms: { '2026-spring': { begin: '2026-02-20' } } }).success).toBe(false);
  });
});
