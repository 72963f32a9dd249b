/**
 * The templates job in Excel, minus React and the worker: create, adopt and check through the port
 * bridge and the Office adapter, over the strict Office.js fake.
 */
import type { EngineApi } from '../../src/taskpane/engine/api';
import { createEngine } from '../../src/taskpane/engine/engine';
import { portHost } from '../../src/taskpane/engine/port-bridge';
import { unwrap } from '../../src/taskpane/engine/result';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel } from '../fakes/office';
import { acrossBoundary } from './boundary';

const SHEET = '设备台账';

async function excelEngine(): Promise<{ excel: FakeExcel; port: OfficeWorkbook; engine: EngineApi }> {
  const excel = new FakeExcel();
  excel.model.seed({
    name: SHEET,
    rows: [
      ['XX中学设备台账', null, null, null, null, null, null, null, null],
      ['序号', '资产编号', '资产名称', '资产分类', '数量', '单价', '金额', '购置日期', '使用部门'],
      [1, ' zc-2019-0001 ', '台式计算机', '计算机设备', 1, 4680, 4680, '2019.09.01', '教务处'],
      [2, 'ZC-2019-0002', '投影仪', '办公设备', 2, '1,280.00', 2000, '2019年9月1日', '教务处'],
      [3, 'ZC-2019-0001', '打印机', '办公设备', 1, 1650, 1650, '2020-03-01', '总务处'],
    ],
    merges: ['A1:I1'],
  });
  const port = new OfficeWorkbook(excel);
  const engine = createEngine({ openWorkbook: () => Promise.reject(new Error('no files in Excel')), sendable: (fn) => fn, movable: (b) => b });
  unwrap(await engine.attachPort(acrossBoundary(portHost(port)), port.kind));
  return { excel, port, engine };
}

describe('templates engine in Excel', () => {
  it('creates a register on a new sheet and selects it', async () => {
    const { excel, engine, port } = await excelEngine();
    const created = unwrap(await engine.templateCreate(1, { template: 'repairRegister', school: '青山县第一中学', asOf: '2025-12-31', blankRows: 5 }));
    expect(created).toEqual({ name: '维修登记', requested: '维修登记', renamed: false, replaced: false });
    expect((await port.listSheets()).map((s) => s.name)).toContain('维修登记');
    expect(excel.model.activeSheet?.name).toBe('维修登记');
    expect(unwrap(await engine.templateSheets())).toContainEqual({ name: '维修登记', hidden: false, template: 'repairRegister', register: true });
  });

  it('adopts the user’s sheet, then checks it, without changing it', async () => {
    const { engine, port } = await excelEngine();
    const before = await port.readGrid(SHEET);
    const adopted = unwrap(await engine.templateAdopt(1, SHEET, 'assetRegister', {}));
    expect(adopted.adopted).toBe(true);
    expect(adopted.report.fields.acquiredOn).toMatchObject({ column: 'H', header: '购置日期' });
    const view = unwrap(await engine.templateValidate(2, SHEET, 'assetRegister', { today: '2026-01-10', writeSheet: true }));
    const problems = view.report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`);
    expect(problems.sort()).toEqual(['value.amountMismatch@G4', 'value.duplicateCode@B5']);
    expect(view.findingsSheet).toBe('设备台账（检查）');
    expect(await port.readGrid(SHEET)).toEqual(before);
  });
});
