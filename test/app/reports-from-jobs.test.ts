/** The count report and the compensation settlement are found among the reports, run by their jobs' use cases. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPORT_KINDS, runReport } from '../../src/app/reports';
import { openXlsx } from '../../src/workbook/file';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const ctx = { locale: 'zh-CN' as const, today: '2025-12-31' };

describe('reports from the other jobs', () => {
  it('lists every report in one place', () => {
    expect(REPORT_KINDS.map((k) => k.key)).toEqual(['summary', 'four-pillar', 'compare', 'count', 'settlement']);
  });

  it('makes the count report of the sample (ledger vs count sheet)', async () => {
    const port = await openXlsx(readFileSync(path.join(__dirname, '..', '..', 'assets', 'sample', '台账示例.xlsx')));
    const out = await runReport(port, 'count', { countDate: '2025-12-20' }, ctx);
    expect(out.sheets).toHaveLength(1);
    expect(out.headline['zh-CN']).toContain('盘亏');
    const json = out.json as { summary: { shortageAmount: string; surplus: number } };
    expect(json.summary.shortageAmount).toBe('20699.00');
    expect(json.summary.surplus).toBeGreaterThan(0);
  });

  it('makes the monthly settlement from the compensation register', async () => {
    const port = await openXlsx(readFileSync(path.join(FIXTURES, 'compensation-register.xlsx')));
    const out = await runReport(port, 'settlement', { month: '2025-10', asOf: '2025-11-30' }, ctx);
    const json = out.json as { total: { due: string; paid: string }; byUnit: Array<{ due: string; paid: string }> };
    const fen = (s: string) => Math.round(Number(s) * 100);
    expect(fen(json.total.due)).toBeGreaterThan(0);
    // The classes' lines add up to the month's total, to the fen.
    expect(json.byUnit.reduce((n, u) => n + fen(u.due), 0)).toBe(fen(json.total.due));
    expect(json.byUnit.reduce((n, u) => n + fen(u.paid), 0)).toBe(fen(json.total.paid));
    expect(out.sheets[0]?.name).toContain('兑现');
  });
});
