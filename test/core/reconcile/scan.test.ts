import { C_DUPLICATE, C_MATCHED, reconcile } from '../../../src/core/reconcile/engine';
import { parseScan } from '../../../src/core/reconcile/scan';
import { row } from './helpers';

describe('parseScan', () => {
  it('reads one code a line, UTF-8 with BOM and CRLF, skipping blank lines; rows are line numbers', () => {
    const scan = parseScan('\ufeffGD-0001\r\n\r\nｇｄ－０００２\r\nGD-0001\r\n', 'scan.txt');
    expect(scan.rows.map((r) => [r.row, r.code, r.codeKey, r.quantity])).toEqual([
      [1, 'GD-0001', 'GD-0001', 1],
      [3, 'ｇｄ－０００２', 'GD-0002', 1],
      [4, 'GD-0001', 'GD-0001', 1],
    ]);
    expect(scan.header).toBeNull();
    expect(scan.findings).toEqual([]);
  });

  it('reads code,quantity,location without a header', () => {
    const scan = parseScan('GD-0001,3,初一(1)班\nGD-0002,,音乐室\nGD-0003\n');
    expect(scan.rows.map((r) => [r.code, r.quantity, r.location])).toEqual([
      ['GD-0001', 3, '初一(1)班'],
      ['GD-0002', 1, '音乐室'],
      ['GD-0003', 1, ''],
    ]);
  });

  it('maps columns by a header line in any order, tab-separated', () => {
    const scan = parseScan('存放地点\t资产编号\t数量\t名称\n办公室\tZX-1\t2\t文件柜\n');
    expect(scan.header).toEqual(['存放地点', '资产编号', '数量', '名称']);
    expect(scan.rows).toHaveLength(1);
    expect(scan.rows[0]).toMatchObject({ row: 2, code: 'ZX-1', quantity: 2, location: '办公室', name: '文件柜' });
  });

  it('reads a quoted CSV with a header the way scanner apps export it', () => {
    const scan = parseScan('"条码","数量","位置"\r\n"GD-0001","1","初一(1)班"\r\n"GD-0002","2","初一(2)班"\r\n');
    expect(scan.rows.map((r) => [r.row, r.code, r.quantity, r.location])).toEqual([
      [2, 'GD-0001', 1, '初一(1)班'],
      [3, 'GD-0002', 2, '初一(2)班'],
    ]);
  });

  it('reports a bad quantity (using 1) and a line with no code (skipping it)', () => {
    const scan = parseScan('GD-0001,三\n,2\nGD-0002,1.5\n', 'scan.csv');
    expect(scan.rows.map((r) => [r.code, r.quantity])).toEqual([
      ['GD-0001', 1],
      ['GD-0002', 1.5],
    ]);
    expect(scan.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['scan.badQuantity', 'scan.csv', 'B1'],
      ['scan.noCode', 'scan.csv', 'A2'],
    ]);
  });

  it('reports replacement characters and mojibake from a file in another encoding', () => {
    const replaced = parseScan('GD-0001,1,\ufffd\ufffd\ufffd\nGD-0002,1,\ufffd\ufffd\n');
    expect(replaced.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([['scan.replacementChar', 'error', 'A1']]);
    expect(replaced.findings[0]?.message['zh-CN']).toContain('共 2 行');
    // "学生课桌" in GBK, read as Windows-1252.
    const garbled = parseScan('GD-0001,1,Ñ§Éú¿Î×À\n');
    expect(garbled.findings.map((f) => f.code)).toEqual(['scan.mojibake']);
    expect(garbled.findings[0]?.message['zh-CN']).toContain('Ñ§Éú¿Î×À');
    expect(parseScan('GD-0001,1,1.2m×0.6m\n').findings).toEqual([]);
  });

  it('reports a file with no codes', () => {
    expect(parseScan('\n\n').findings.map((f) => f.code)).toEqual(['scan.empty']);
    expect(parseScan('编号,数量\n').findings.map((f) => f.code)).toEqual(['scan.empty']);
  });

  it('feeds the engine: a code scanned twice is a duplicate for a single item and adds up for a set', () => {
    const ledger = [
      row(5, 'GD-0001', 1, { name: '投影仪', unitPrice: '3280.00' }),
      row(6, 'GD-0002', 50, { name: '学生课桌椅', unitPrice: '320.00' }),
      row(7, 'GD-0003', 1, { name: '钢琴', amount: '12800.00' }),
    ];
    const scan = parseScan('GD-0001\nGD-0001\nGD-0002,30\nGD-0002,20\n');
    const r = reconcile(ledger, scan.rows, { countSource: { sheet: 'scan.csv', linkable: false } });
    expect(Array.from(r.countOutcome)).toEqual([C_MATCHED, C_DUPLICATE, C_MATCHED, C_MATCHED]);
    expect(r.counted[1]).toBe(50);
    expect(r.summary.shortage).toBe(1);
    expect(r.summary.shortageAmount).toBe(1280000);
  });
});
