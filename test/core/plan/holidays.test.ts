import { chineseDaysCalendar, festivalDate } from '../../../src/core/plan/chinese-days';
import { createHolidayCalendar, type HolidayData } from '../../../src/core/plan/holidays';
import { addDays } from '../../../src/core/dates';

const cal = chineseDaysCalendar();

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('the chinese-days data', () => {
  test('covers 2004 to 2026 and says 2027 is not covered', () => {
    expect(cal.coverage()).toEqual({ first: 2004, last: 2026 });
    expect(cal.isCovered(2026)).toBe(true);
    expect(cal.isCovered(2004)).toBe(true);
    expect(cal.isCovered(2027)).toBe(false);
    expect(cal.isCovered(2003)).toBe(false);
  });

  test('国庆 2026: 10-01 … 10-07 off; the 调休 Sundays/Saturdays 09-20 and 10-10 are working days', () => {
    for (const d of days('2026-10-01', '2026-10-07')) expect(cal.isWorkday(d)).toBe(false);
    expect(cal.isWorkday('2026-09-30')).toBe(true);
    expect(cal.isWorkday('2026-10-08')).toBe(true);
    expect(cal.isWorkday('2026-09-20')).toBe(true);
    expect(cal.isAdjustedWorkday('2026-09-20')).toBe(true);
    expect(cal.isWorkday('2026-10-10')).toBe(true);
    expect(cal.isAdjustedWorkday('2026-10-10')).toBe(true);
    expect(cal.isWorkday('2026-10-11')).toBe(false);
  });

  test('春节 2026: 02-15 … 02-23 off; Saturdays 02-14 and 02-28 worked', () => {
    for (const d of days('2026-02-15', '2026-02-23')) expect(cal.isWorkday(d)).toBe(false);
    expect(cal.isWorkday('2026-02-14')).toBe(true);
    expect(cal.isWorkday('2026-02-28')).toBe(true);
    expect(cal.isWorkday('2026-02-24')).toBe(true);
  });

  test('元旦 2026: 01-01 … 01-03 off; Sunday 01-04 worked', () => {
    for (const d of days('2026-01-01', '2026-01-03')) expect(cal.isWorkday(d)).toBe(false);
    expect(cal.isWorkday('2026-01-04')).toBe(true);
  });

  test('an ordinary weekend and weekday', () => {
    expect(cal.isWorkday('2026-03-07')).toBe(false);
    expect(cal.isWorkday('2026-03-09')).toBe(true);
    expect(cal.isAdjustedWorkday('2026-03-09')).toBe(false);
  });

  test('occurrences of 2026, each the whole stretch of days off', () => {
    const occ = cal.occurrences(2026).map((o) => [o.keys.join('+'), o.start, o.end, o.estimated]);
    expect(occ).toEqual([
      ['newYear', '2026-01-01', '2026-01-03', false],
      ['springFestival', '2026-02-15', '2026-02-23', false],
      ['qingming', '2026-04-04', '2026-04-06', false],
      ['labourDay', '2026-05-01', '2026-05-05', false],
      ['dragonBoat', '2026-06-19', '2026-06-21', false],
      ['midAutumn', '2026-09-25', '2026-09-27', false],
      ['nationalDay', '2026-10-01', '2026-10-07', false],
    ]);
  });

  test('中秋 inside 国庆 (2025) is one stretch naming both', () => {
    const both = cal.occurrences(2025).filter((o) => o.keys.includes('nationalDay'));
    expect(both).toEqual([{ keys: ['midAutumn', 'nationalDay'], start: '2025-10-01', end: '2025-10-08', estimated: false }]);
  });

  test('中秋 2020 has no day of its own in the data (it fell on 国庆) and still finds its stretch', () => {
    expect(festivalDate('midAutumn', 2020)).toBe('2020-10-01');
    const both = cal.occurrences(2020).find((o) => o.keys.includes('midAutumn'));
    expect(both).toMatchObject({ start: '2020-10-01', end: '2020-10-08' });
  });

  test('元旦 2019 began on 2018-12-30, in the year before', () => {
    const ny = cal.occurrences(2019).find((o) => o.keys.includes('newYear'));
    expect(ny).toMatchObject({ start: '2018-12-30', end: '2019-01-01' });
  });
});

describe('years outside the data', () => {
  test('festival dates come from the lunar calendar and the solar-term formula', () => {
    expect(festivalDate('springFestival', 2027)).toBe('2027-02-06');
    expect(festivalDate('dragonBoat', 2027)).toBe('2027-06-09');
    expect(festivalDate('midAutumn', 2027)).toBe('2027-09-15');
    expect(festivalDate('qingming', 2027)).toBe('2027-04-05');
    expect(festivalDate('springFestival', 2028)).toBe('2028-01-26');
    expect(festivalDate('qingming', 2028)).toBe('2028-04-04');
  });

  test('festival dates agree with the data in every covered year', () => {
    for (let y = 2010; y <= 2026; y++) {
      for (const key of ['springFestival', 'dragonBoat', 'midAutumn', 'qingming'] as const) {
        const d = festivalDate(key, y);
        // The festival day is inside the stretch of days off the data gives for it.
        expect(cal.isWorkday(d)).toBe(false);
      }
    }
  });

  test('2027: 春节 estimated from 除夕 for eight days plus the weekend; marked estimated', () => {
    const sf = cal.occurrences(2027).find((o) => o.keys.includes('springFestival'));
    expect(sf).toEqual({ keys: ['springFestival'], start: '2027-02-05', end: '2027-02-14', estimated: true });
    expect(cal.isWorkday('2027-02-08')).toBe(false);
    expect(cal.isWorkday('2027-02-15')).toBe(true);
    expect(cal.isWorkday('2027-10-01')).toBe(false);
    expect(cal.isWorkday('2027-10-08')).toBe(true);
    // No 调休 is known for an uncovered year.
    expect(cal.isAdjustedWorkday('2027-02-20')).toBe(false);
  });

  test('元旦 2027 joins the weekend after it and stops at the last covered working day', () => {
    const ny = cal.occurrences(2027).find((o) => o.keys.includes('newYear'));
    expect(ny).toMatchObject({ start: '2027-01-01', end: '2027-01-03', estimated: true });
    expect(cal.isWorkday('2026-12-31')).toBe(true);
  });
});

describe('createHolidayCalendar over other data', () => {
  // A year of data with one holiday and one adjusted working day, and a fixed festival function.
  const data: HolidayData = {
    holidays: { '2030-05-01': "Labour Day,劳动节,1", '2030-05-02': "Labour Day,劳动节,1" },
    workdays: { '2030-05-04': "Labour Day,劳动节,1" },
  };
  const festivals = (key: string, year: number): string =>
    ({ newYear: `${year}-01-01`, springFestival: `${year}-02-10`, qingming: `${year}-04-05`, labourDay: `${year}-05-01`, dragonBoat: `${year}-06-10`, midAutumn: `${year}-09-20`, nationalDay: `${year}-10-01` })[key] ?? '';
  const small = createHolidayCalendar(data, festivals);

  test('coverage is read from the data', () => {
    expect(small.coverage()).toEqual({ first: 2030, last: 2030 });
    expect(small.isCovered(2030)).toBe(true);
    expect(small.isCovered(2031)).toBe(false);
  });

  test('a covered year uses only the data: unlisted festivals are ordinary days', () => {
    expect(small.isWorkday('2030-05-02')).toBe(false);
    expect(small.isWorkday('2030-05-04')).toBe(true);
    expect(small.isAdjustedWorkday('2030-05-04')).toBe(true);
    // 2030-10-01 is a Tuesday the (incomplete) data does not list.
    expect(small.isWorkday('2030-10-01')).toBe(true);
  });

  test('an uncovered year estimates from the festival function', () => {
    expect(small.isWorkday('2031-10-01')).toBe(false);
    expect(small.isWorkday('2031-10-07')).toBe(false);
    expect(small.isWorkday('2031-10-08')).toBe(true);
  });

  test('bad data is refused', () => {
    expect(() => createHolidayCalendar({ holidays: { '2030-5-1': 'x' }, workdays: {} }, festivals)).toThrow();
  });
});
