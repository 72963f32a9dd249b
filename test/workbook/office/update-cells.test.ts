/** Explicit cell edits through the Office adapter: few round trips, bounded requests, text and dates as the cells need them. */
import { CancelledError } from '../../../src/core/errors';
import { toExcelSerial } from '../../../src/core/dates';
import type { CellEdit } from '../../../src/workbook/port';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { editBlocks } from '../../../src/workbook/office/update-cells';
import { FakeExcel, isQuoted } from '../../fakes/office';

function book(rows = 3_000): { excel: FakeExcel; port: OfficeWorkbook } {
  const excel = new FakeExcel();
  excel.model.seed({
    name: '台账',
    rows: [['编号', '名称', '数量', '日期'], ...Array.from({ length: rows }, (_, i) => [`ZX-${i}`, '课桌', i, null])],
    numberFormats: { [`A2:A${rows + 1}`]: '@' },
  });
  return { excel, port: new OfficeWorkbook(excel) };
}

describe('editBlocks', () => {
  it('joins neighbouring cells on a row into runs, and runs over the same columns on consecutive rows into blocks', () => {
    const e = (row: number, col: number): CellEdit => ({ row, col, value: `${row},${col}` });
    const blocks = editBlocks([e(2, 1), e(2, 2), e(2, 4), e(3, 1), e(3, 2), e(3, 4), e(4, 4), e(6, 1)]);
    expect(blocks.map((b) => [b.top, b.left, b.bottom, b.right])).toEqual([
      [2, 1, 3, 2],
      [2, 4, 4, 4],
      [6, 1, 6, 1],
    ]);
    expect(blocks[0]?.values).toEqual([
      ['2,1', '2,2'],
      ['3,1', '3,2'],
    ]);
    expect(blocks[1]?.values).toEqual([['2,4'], ['3,4'], ['4,4']]);
  });
});

describe('OfficeWorkbook.updateCells', () => {
  it('writes a column of 3,000 corrections in a handful of syncs, not one per cell', async () => {
    const { excel, port } = book();
    excel.stats.reset();
    const edits: CellEdit[] = Array.from({ length: 3_000 }, (_, i) => ({ row: i + 2, col: 3, value: i * 2 }));
    await port.updateCells('台账', edits);
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    const s = excel.model.sheet('台账');
    expect(s?.valueAt(3_001, 3)).toBe(5_998);
    expect(s?.valueAt(3_001, 2)).toBe('课桌');
  });

  it('keeps scattered edits to few requests, each well under the 5 MB limit', async () => {
    const { excel, port } = book();
    excel.stats.reset();
    const long = '损坏说明'.repeat(2_000);
    const edits: CellEdit[] = Array.from({ length: 2_000 }, (_, i) => ({ row: 2 + i, col: 1 + (i % 2) * 3, value: i % 2 ? { date: '2024-09-01' } : `${long}${i}` }));
    await port.updateCells('台账', edits);
    expect(excel.stats.maxRequestBytes).toBeLessThan(3_000_000);
    expect(excel.stats.syncs).toBeLessThanOrEqual(20);
    const s = excel.model.sheet('台账');
    expect(s?.valueAt(2, 1)).toBe(`${long}0`);
    expect(s?.valueAt(3, 4)).toBe(toExcelSerial('2024-09-01'));
    expect(s?.formatAt(3, 4).numberFormat).toBe('yyyy-mm-dd');
  });

  it('writes text into text-formatted cells as it is, and marks it elsewhere', async () => {
    const { excel, port } = book(3);
    await port.updateCells('台账', [
      { row: 2, col: 1, value: '0012' },
      { row: 2, col: 2, value: '0012' },
      { row: 3, col: 1, value: { date: '2024-01-02' } },
    ]);
    const s = excel.model.sheet('台账');
    expect(s?.get(2, 1)).toBe('0012');
    expect(isQuoted(s?.get(2, 2))).toBe(true);
    expect(s?.valueAt(2, 2)).toBe('0012');
    // A date into a text cell: the format changes first, so the serial is a number, not text.
    expect(s?.get(3, 1)).toBe(toExcelSerial('2024-01-02'));
    expect(s?.formatAt(3, 1).numberFormat).toBe('yyyy-mm-dd');
  });

  it('puts a link on the cell and shows its text', async () => {
    const { excel, port } = book(3);
    await port.updateCells('台账', [{ row: 2, col: 2, value: { text: '见盘点表', link: '盘点表!A1' } }]);
    const s = excel.model.sheet('台账');
    expect(s?.valueAt(2, 2)).toBe('见盘点表');
    expect(s?.hyperlinks.get('2,2')).toBe('盘点表!A1');
  });

  it('reports progress to the total and stops before writing when cancelled', async () => {
    const { excel, port } = book(10);
    const seen: number[] = [];
    await port.updateCells('台账', [{ row: 2, col: 3, value: 1 }, { row: 5, col: 3, value: 2 }], { onProgress: (p) => seen.push(p.done) });
    expect(seen[seen.length - 1]).toBe(2);
    const abort = new AbortController();
    abort.abort();
    await expect(port.updateCells('台账', [{ row: 2, col: 3, value: 99 }], { signal: abort.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(excel.model.sheet('台账')?.valueAt(2, 3)).toBe(1);
  });
});
