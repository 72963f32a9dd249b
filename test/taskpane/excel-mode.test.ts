/**
 * The pane in Excel, minus React and the worker: the engine works on the workbook through the port
 * bridge and the Office adapter, here over the strict Office.js fake.
 */
import { UserError } from '../../src/core/errors';
import type { EngineApi } from '../../src/taskpane/engine/api';
import { createEngine } from '../../src/taskpane/engine/engine';
import { portHost } from '../../src/taskpane/engine/port-bridge';
import { unwrap } from '../../src/taskpane/engine/result';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel } from '../fakes/office';
import { acrossBoundary } from './boundary';

const SHEET = '固定资产明细账';

async function excelEngine(): Promise<{ excel: FakeExcel; port: OfficeWorkbook; engine: EngineApi }> {
  const excel = new FakeExcel();
  excel.model.seed({
    name: SHEET,
    rows: [
      ['XX县第一中学固定资产明细账', null, null, null, null],
      ['序号', '财产编号', '品名', '实有数量', '责任人'],
      [1, 'ZX-2019-0001', '台式计算机', 2, '张老师'],
      [2, 'ZX-2019-0002', '课桌', 50, '李老师'],
      [3, 'ZX-2019-0003', '投影仪', { error: '#N/A' }, '王老师'],
      ['合计', null, null, 52, null],
    ],
    merges: ['A1:E1'],
  });
  const port = new OfficeWorkbook(excel);
  const engine = createEngine({
    openWorkbook: () => Promise.reject(new Error('no files in Excel')),
    sendable: (fn) => fn,
    movable: (b) => b,
  });
  unwrap(await engine.attachPort(acrossBoundary(portHost(port)), port.kind));
  return { excel, port, engine };
}

describe('engine in Excel', () => {
  it("inspects the open workbook's sheet", async () => {
    const { engine } = await excelEngine();
    expect(unwrap(await engine.sheets())).toEqual([{ name: SHEET, hidden: false }]);
    const { report } = unwrap(await engine.inspect(1, SHEET));
    expect(report.headerRows).toEqual([2]);
    expect([report.firstDataRow, report.lastDataRow]).toEqual([3, 5]);
    expect(report.fields.code).toMatchObject({ column: 'B', header: '财产编号' });
    expect(report.fields.custodian).toMatchObject({ column: 'E', header: '责任人' });
    expect(report.excludedRows).toEqual([{ row: 6, kind: 'total' }]);
    expect(report.findings.some((f) => f.cell === 'D5' && f.code === 'cell.error')).toBe(true);
  });

  it('remembers a mapping in the workbook itself', async () => {
    const { engine, port } = await excelEngine();
    unwrap(await engine.remember(SHEET, { custodian: null }));
    expect(await port.readSetting(`mapping:${SHEET}`)).toContain('"custodian":null');
    const { report, remembered } = unwrap(await engine.inspect(2, SHEET));
    expect(report.fields.custodian).toBeUndefined();
    expect(remembered).toEqual({ custodian: null });
  });

  it("selects a finding's cell in Excel", async () => {
    const { engine, excel } = await excelEngine();
    unwrap(await engine.select(SHEET, 'D5'));
    expect(excel.model.selection).toEqual({ sheet: SHEET, address: 'D5' });
  });

  it('has no file to download in Excel, and says so in both languages', async () => {
    const { engine } = await excelEngine();
    const saved = await engine.save();
    expect(saved.ok).toBe(false);
    expect(() => unwrap(saved)).toThrow(UserError);
  });
});
