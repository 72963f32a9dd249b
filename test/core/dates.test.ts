import fc from 'fast-check';
import { addDays, fromExcelSerial, isPlausibleDateSerial, parseDateText, toExcelSerial, weekday, ymd } from '../../src/core/dates';

describe('dates', () => {
  it('reads the text forms offices type', () => {
    const day = { date: '2019-09-01', precision: 'day' };
    expect(parseDateText('2019.09.01')).toEqual(day);
    expect(parseDateText('2019-9-1')).toEqual(day);
    expect(parseDateText('2019/9/1')).toEqual(day);
    expect(parseDateText('2019年9月1日')).toEqual(day);
    expect(parseDateText('2019 年 9 月 1 日')).toEqual(day);
    expect(parseDateText('20190901')).toEqual(day);
    expect(parseDateText('２０１９．０９．０１')).toEqual(day);
    expect(parseDateText('2019年9月')).toEqual({ date: '2019-09-01', precision: 'month' });
    expect(parseDateText('2019.9')).toEqual({ date: '2019-09-01', precision: 'month' });
    expect(parseDateText('2019-02-30')).toBeNull();
    expect(parseDateText('二〇一九年')).toBeNull();
    expect(parseDateText('1280')).toBeNull();
  });

  it('converts Excel serials in both date systems, including the phantom 1900-02-29', () => {
    expect(fromExcelSerial(1)).toBe('1900-01-01');
    expect(fromExcelSerial(59)).toBe('1900-02-28');
    expect(fromExcelSerial(60)).toBeNull();
    expect(fromExcelSerial(61)).toBe('1900-03-01');
    expect(fromExcelSerial(43709)).toBe('2019-09-01');
    expect(fromExcelSerial(43709.75)).toBe('2019-09-01');
    expect(fromExcelSerial(0, true)).toBe('1904-01-01');
    expect(fromExcelSerial(42247, true)).toBe('2019-09-01');
    expect(toExcelSerial('2019-09-01')).toBe(43709);
    expect(toExcelSerial('1900-02-28')).toBe(59);
    expect(toExcelSerial('2019-09-01', true)).toBe(42247);
  });

  it('treats only ledger-era serials as dates', () => {
    expect(isPlausibleDateSerial(43709)).toBe(true);
    expect(isPlausibleDateSerial(1280)).toBe(false);
    expect(isPlausibleDateSerial(43709.5)).toBe(false);
  });

  it('knows weekdays and adds days across months and leap years', () => {
    expect(weekday('2026-11-21')).toBe(6);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });

  it('property: serials round-trip in both systems', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1905, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.boolean(), (y, m, d, is1904) => {
        const date = ymd(y, m, d);
        expect(fromExcelSerial(toExcelSerial(date, is1904), is1904)).toBe(date);
      }),
    );
  });

  it('property: every text form of a date reads back as that date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const iso = ymd(y, m, d);
        for (const t of [`${y}.${m}.${d}`, `${y}-${m}-${d}`, `${y}/${m}/${d}`, `${y}年${m}月${d}日`, iso.replace(/-/g, '')]) {
          expect(parseDateText(t)?.date).toBe(iso);
        }
      }),
    );
  });
});
