/** Reading through the Office adapter against the strict fake: values, merges, hidden rows, chunking. */
import { CancelledError, UserError } from '../../../src/core/errors';
import { cellAt } from '../../../src/core/sheet/grid';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { toCell } from '../../../src/workbook/office/read-grid';
import { FakeExcel } from '../../fakes/office';

function ledger(apiMinor?: number): { excel: FakeExcel; port: OfficeWorkbook } {
  const excel = new FakeExcel({ apiMinor });
  excel.model.seed({
    name: '固定资产明细账',
    origin: 'B2',
    rows: [
      ['XX县第一中学固定资产明细账', null, null, null],
      ['资产编号', '资产名称', '数量', '备注'],
      ['ZX-2019-0001', '台式计算机', 2, null],
      ['ZX-2019-0002', '课桌', 50, true],
      ['  zx-2019-0003 ', '投影仪', { error: '#N/A' }, '0012'],
    ],
    merges: ['B2:E2'],
    hiddenRows: [5],
  });
  return { excel, port: new OfficeWorkbook(excel) };
}

describe('OfficeWorkbook.readGrid', () => {
  it('reads the used range with sheet coordinates, typed cells, merges and hidden rows', async () => {
    const { port } = ledger();
    const g = await port.readGrid('固定资产明细账');
    expect(g.sheet).toBe('固定资产明细账');
    expect([g.top, g.left]).toEqual([2, 2]);
    expect(cellAt(g, 2, 2)).toBe('XX县第一中学固定资产明细账');
    expect(cellAt(g, 3, 3)).toBe('资产名称');
    expect(cellAt(g, 4, 4)).toBe(2);
    expect(cellAt(g, 4, 5)).toBeNull();
    expect(cellAt(g, 5, 5)).toBe(true);
    expect(cellAt(g, 6, 2)).toBe('  zx-2019-0003 ');
    expect(cellAt(g, 6, 4)).toEqual({ error: '#N/A' });
    expect(cellAt(g, 6, 5)).toBe('0012');
    expect(g.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 5 }]);
    expect(g.hiddenRows).toEqual([5]);
    expect(g.date1904).toBe(false);
  });

  it('matches sheet names case-insensitively, as Excel does, and reports the real name', async () => {
    const excel = new FakeExcel();
    excel.model.seed({ name: 'Ledger', rows: [['a']] });
    const g = await new OfficeWorkbook(excel).readGrid('LEDGER');
    expect(g.sheet).toBe('Ledger');
  });

  it('reads a given range', async () => {
    const { port } = ledger();
    const g = await port.readGrid('固定资产明细账', { range: 'C4:D6' });
    expect([g.top, g.left, g.rows.length, g.rows[0]?.length]).toEqual([4, 3, 3, 2]);
    expect(cellAt(g, 5, 4)).toBe(50);
    expect(g.hiddenRows).toEqual([5]);
    // A merge outside the range is not reported; one that overlaps would be, whole.
    expect(g.merges).toEqual([]);
  });

  it('reports no merges, without calling the API, on Excel older than ExcelApi 1.13', async () => {
    const { port } = ledger(12);
    expect(port.readsMerges).toBe(false);
    const g = await port.readGrid('固定资产明细账');
    expect(g.merges).toEqual([]);
    expect(cellAt(g, 3, 3)).toBe('资产名称');
  });

  it('knows the 1904 date system', async () => {
    const { excel, port } = ledger();
    excel.model.date1904 = true;
    expect((await port.readGrid('固定资产明细账')).date1904).toBe(true);
  });

  it('reads an empty sheet as an empty grid', async () => {
    const excel = new FakeExcel();
    excel.model.seed({ name: 'Empty', rows: [] });
    const g = await new OfficeWorkbook(excel).readGrid('Empty');
    expect(g.rows).toEqual([]);
    expect(g.merges).toEqual([]);
  });

  it('throws UserError sheet.notFound for an unknown sheet and address.invalid for a bad range', async () => {
    const { port } = ledger();
    await expect(port.readGrid('盘点表')).rejects.toMatchObject({ code: 'sheet.notFound' });
    await expect(port.readGrid('盘点表')).rejects.toBeInstanceOf(UserError);
    await expect(port.readGrid('固定资产明细账', { range: 'A1:?' })).rejects.toMatchObject({ code: 'address.invalid' });
  });

  it('converts every Excel value type', () => {
    expect(toCell('', 'Empty')).toBeNull();
    expect(toCell('#REF!', 'Error')).toEqual({ error: '#REF!' });
    expect(toCell(3.5, 'Double')).toBe(3.5);
    expect(toCell(7, 'Integer')).toBe(7);
    expect(toCell(true, 'Boolean')).toBe(true);
    expect(toCell('TRUE', 'Boolean')).toBe(true);
    expect(toCell('', 'String')).toBeNull();
    expect(toCell('001', 'String')).toBe('001');
    expect(toCell(43709, 'Double')).toBe(43709);
  });
});

describe('OfficeWorkbook.readGrid on big sheets', () => {
  function big(rows: number, cols: number, hidden: number[] = []): FakeExcel {
    const excel = new FakeExcel();
    const s = excel.model.seed({ name: 'Big', rows: [], hiddenRows: hidden });
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) s.set(r, c, c === 2 ? `物品${r}` : r * 100 + c);
    return excel;
  }

  it('reads 30,000 rows in a few syncs, every request far under the limits', async () => {
    const excel = big(30_000, 14);
    const progress: number[] = [];
    const g = await new OfficeWorkbook(excel).readGrid('Big', { onProgress: (p) => progress.push(p.done) });
    expect(g.rows.length).toBe(30_000);
    expect(cellAt(g, 30_000, 14)).toBe(3_000_014);
    expect(cellAt(g, 12_345, 2)).toBe('物品12345');
    expect(g.hiddenRows).toEqual([]);
    // 420,000 cells at ~20 bytes each in 3 MB batches, plus two setup syncs and the merges.
    expect(excel.stats.syncs).toBeLessThanOrEqual(8);
    expect(excel.stats.maxResponseBytes).toBeLessThan(4_000_000);
    expect(excel.stats.maxRequestBytes).toBeLessThan(100_000);
    expect(progress[progress.length - 1]).toBe(30_000);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('finds scattered hidden rows with a bounded number of extra syncs', async () => {
    const hidden = [7, 8, 9, 10, 500, 12_001, 29_999, 30_000];
    const plain = big(30_000, 14);
    await new OfficeWorkbook(plain).readGrid('Big');
    const excel = big(30_000, 14, hidden);
    const g = await new OfficeWorkbook(excel).readGrid('Big');
    expect(g.hiddenRows).toEqual(hidden);
    expect(excel.stats.syncs - plain.stats.syncs).toBeLessThanOrEqual(5);
  });

  it('retries with smaller chunks when long texts overflow a response', async () => {
    const excel = new FakeExcel({ limits: { responseBytes: 1_500_000 } });
    const s = excel.model.seed({ name: 'Notes', rows: [] });
    for (let r = 1; r <= 2_000; r++) {
      s.set(r, 1, r);
      s.set(r, 2, `备注${'很长的说明文字'.repeat(150)}`);
    }
    const g = await new OfficeWorkbook(excel).readGrid('Notes');
    expect(g.rows.length).toBe(2_000);
    expect(String(cellAt(g, 2_000, 2)).startsWith('备注')).toBe(true);
    expect(excel.stats.maxResponseBytes).toBeGreaterThan(1_500_000);
  });

  it('stops between syncs when cancelled', async () => {
    const excel = big(30_000, 14);
    const abort = new AbortController();
    const read = new OfficeWorkbook(excel).readGrid('Big', {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.done > 0) abort.abort();
      },
    });
    await expect(read).rejects.toBeInstanceOf(CancelledError);
  });
});
