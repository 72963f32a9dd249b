import { parsePeriod, periodLabel, previousPeriod, termLabel, termOfPeriod } from '../../../src/core/reports/periods';

function period(text: string) {
  const p = parsePeriod(text);
  if (!p) throw new Error(`not a period: ${text}`);
  return p;
}

function months(p: { fromMonth: string; toMonth: string } | null): string | null {
  return p ? `${p.fromMonth}..${p.toMonth}` : null;
}

describe('periods of whole months', () => {
  test('the forms offices type, both months included, to the last day', () => {
    expect(period('2025-09..2026-01')).toEqual({ fromMonth: '2025-09', toMonth: '2026-01', from: '2025-09-01', to: '2026-01-31' });
    expect(months(parsePeriod('2025.9~2026.1'))).toBe('2025-09..2026-01');
    expect(months(parsePeriod('2025年9月至2026年1月'))).toBe('2025-09..2026-01');
    expect(months(parsePeriod('２０２４－０２'))).toBe('2024-02..2024-02');
    expect(period('2024-02').to).toBe('2024-02-29');
    expect(period('2025-02').to).toBe('2025-02-28');
  });

  test('nonsense, days and reversed periods are refused', () => {
    for (const bad of ['', '2025', '2025-13', '2025-09-01..2026-01-31', '2026-01..2025-09', '2025-09..2025-10..2025-11', '秋季']) {
      expect(parsePeriod(bad)).toBeNull();
    }
  });

  test('labels', () => {
    expect(periodLabel(period('2025-09..2026-01'))).toEqual({ 'zh-CN': '2025年9月—2026年1月', 'en-US': '2025-09 to 2026-01' });
    expect(periodLabel(period('2025-03'))['zh-CN']).toBe('2025年3月');
    expect(termLabel(period('2025-09..2026-01'))?.['zh-CN']).toBe('2025年秋季学期');
    expect(termLabel(period('2026-02..2026-07'))?.['zh-CN']).toBe('2026年春季学期');
    expect(termLabel(period('2025-10..2025-12'))).toBeNull();
  });
});

describe('the period compared against', () => {
  test('last-year: the same months a year earlier (leap days follow the calendar)', () => {
    expect(months(previousPeriod(period('2025-09..2026-01'), 'last-year'))).toBe('2024-09..2025-01');
    expect(previousPeriod(period('2025-02'), 'last-year')?.to).toBe('2024-02-29');
    // Any period has a last year, even one crossing the summer break.
    expect(months(previousPeriod(period('2025-06..2025-10'), 'last-year'))).toBe('2024-06..2024-10');
  });

  test('last-term: autumn term (Sep–Jan) against the spring term before it (Feb–Jul), and back', () => {
    expect(months(previousPeriod(period('2025-09..2026-01'), 'last-term'))).toBe('2025-02..2025-07');
    expect(months(previousPeriod(period('2026-02..2026-07'), 'last-term'))).toBe('2025-09..2026-01');
    // January belongs to the autumn term that began the September before.
    expect(termOfPeriod(period('2026-01'))).toEqual({ term: { season: 'autumn', year: 2025 }, whole: false });
  });

  test('last-term, part of a term: the same months from the start of the previous term, cut at its end', () => {
    // Oct–Dec is months 2–4 of the autumn term → Mar–May of the spring term.
    expect(months(previousPeriod(period('2025-10..2025-12'), 'last-term'))).toBe('2025-03..2025-05');
    // Mar–Apr is months 2–3 of the spring term → Oct–Nov of the autumn term before.
    expect(months(previousPeriod(period('2026-03..2026-04'), 'last-term'))).toBe('2025-10..2025-11');
    // Ending at the term's end (Jul) reaches the end of the previous term (Jan), which has one month fewer.
    expect(months(previousPeriod(period('2026-05..2026-07'), 'last-term'))).toBe('2025-12..2026-01');
    // July alone is the sixth month of spring; autumn has five: cut at its end. June is the fifth: January.
    expect(months(previousPeriod(period('2026-07'), 'last-term'))).toBe('2026-01..2026-01');
    expect(months(previousPeriod(period('2026-06'), 'last-term'))).toBe('2026-01..2026-01');
    expect(months(previousPeriod(period('2026-05'), 'last-term'))).toBe('2025-12..2025-12');
    expect(months(previousPeriod(period('2025-09'), 'last-term'))).toBe('2025-02..2025-02');
  });

  test('last-term: periods outside one term have none', () => {
    for (const p of ['2025-08', '2025-07..2025-09', '2025-12..2026-02', '2025-02..2025-09', '2024-09..2025-09']) {
      expect(previousPeriod(period(p), 'last-term')).toBeNull();
    }
  });
});
