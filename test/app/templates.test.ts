/**
 * Templates end to end through the file adapter: every register created, read back and understood;
 * samples recalculated by LibreOffice give the amounts and net values core computes; validation
 * finds every planted problem and nothing on a clean sheet; adopt and normalize leave the source as
 * it was and list what they changed.
 */
import { inspectWorkbook, analyzeWorkbookSheet } from '../../src/app/inspect';
import { adoptSheet, analyzeForTemplate, createRegister, normalizeSheet, validateSheet } from '../../src/app/templates';
import { isUserError } from '../../src/core/errors';
import { TEMPLATES } from '../../src/core/templates/catalogue';
import { templateFieldDefs } from '../../src/core/templates/fields';
import { lifeMonthsFromYears, netValue } from '../../src/core/depreciation';
import { multiplyFen } from '../../src/core/money';
import { columnNumber } from '../../src/core/sheet/address';
import { cellAt } from '../../src/core/sheet/grid';
import { newXlsx, openXlsx } from '../../src/workbook/file';
import { recalculateXlsx, requireLibreOffice } from '../helpers/libreoffice';
import ExcelJS from 'exceljs';

const AS_OF = '2025-12-31';

describe.each(TEMPLATES.filter((t) => !t.cardsFrom).map((t) => [t.key, t] as const))('template %s', (_key, template) => {
  it('is created on a new sheet whose header maps back to every field', async () => {
    const wb = newXlsx();
    const written = await createRegister(wb, { template: template.key, school: '青山县第一中学', asOf: AS_OF, sample: 3 });
    expect(written.name).toBe(template.sheetName);
    const adoption = await analyzeForTemplate(wb, written.name, template.key);
    expect(adoption.analysis.layout?.headerRows).toEqual([3]);
    expect(adoption.missing).toEqual([]);
    const mapped = adoption.analysis.mapping?.fields ?? {};
    template.fields.forEach((f, i) => expect([f.key, mapped[f.key]?.column]).toEqual([f.key, String.fromCharCode(66 + i)]));
    expect(adoption.analysis.records).toHaveLength(3);
  });
});

describe('creating never overwrites', () => {
  it('gives a new name when the user has a sheet of that name, and never replaces a register people may have typed into', async () => {
    const wb = newXlsx();
    await wb.writeSheet({ name: '固定资产明细账', kind: 'user', blocks: [{ type: 'title', text: '用户自己的表' }] });
    // The sheet above was written directly, so Taizhang does not own it.
    const first = await createRegister(wb, { template: 'assetRegister', asOf: AS_OF });
    expect(first).toEqual({ name: '固定资产明细账 (2)', replaced: false });
    const again = await createRegister(wb, { template: 'assetRegister', asOf: AS_OF, sample: 2 });
    expect(again).toEqual({ name: '固定资产明细账 (3)', replaced: false });
    const grid = await wb.readGrid('固定资产明细账');
    expect(grid.rows[0]?.[0]).toBe('用户自己的表');
  });

  it('lets a register with 20 numbered blank lines validate clean: empty lines are not data', async () => {
    const wb = newXlsx();
    await createRegister(wb, { template: 'assetRegister', asOf: AS_OF, sample: 2, blankRows: 20 });
    const result = await validateSheet(wb, '固定资产明细账', 'assetRegister', { today: '2026-01-10' });
    expect(result.rows).toBe(2);
    expect(result.findings).toEqual([]);
  });

  it('refuses unknown templates with the list of keys', async () => {
    const err = await createRegister(newXlsx(), { template: 'nope', asOf: AS_OF }).catch((e: unknown) => e);
    expect(isUserError(err) && err.localized['zh-CN']).toContain('assetRegister');
  });
});

describe('LibreOffice computes the sample registers the way Taizhang does', () => {
  beforeAll(requireLibreOffice);

  it('金额 = 数量 × 单价 and 净值 on every row, recalculated', async () => {
    const wb = newXlsx();
    await createRegister(wb, { template: 'assetRegister', asOf: AS_OF, sample: 25 });
    await createRegister(wb, { template: 'stockRegister', asOf: AS_OF, sample: 10 });
    const bytes = await wb.save();
    // Strip cached results so only recalculation can produce numbers.
    const zip = new ExcelJS.Workbook();
    await zip.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    zip.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) cell.value = { formula: cell.formula, date1904: false } as ExcelJS.CellFormulaValue;
    })));
    const bare = new Uint8Array(await zip.xlsx.writeBuffer());
    const recalculated = await openXlsx(await recalculateXlsx(bare));
    for (const sheet of ['固定资产明细账', '物资出入库登记']) {
      const template = TEMPLATES.find((t) => t.sheetName === sheet)!;
      const analysis = await analyzeWorkbookSheet(recalculated, sheet, templateFieldDefs(template));
      expect(analysis.records.length).toBeGreaterThan(5);
      for (const r of analysis.records) {
        const q = r.values.quantity;
        const p = r.values.unitPrice;
        const a = r.values.amount;
        expect(q?.type === 'number' && p?.type === 'money' && a?.type === 'money').toBe(true);
        if (q?.type !== 'number' || p?.type !== 'money' || a?.type !== 'money') continue;
        expect([r.row, a.fen]).toEqual([r.row, multiplyFen(p.fen, q.value)]);
        if (sheet === '固定资产明细账') {
          const n = r.values.netValue;
          const acquired = r.values.acquiredOn;
          const life = r.values.usefulLife;
          if (n?.type !== 'money' || acquired?.type !== 'date' || life?.type !== 'number') throw new Error(`row ${r.row} lacks net value inputs: ${JSON.stringify(r.values)}`);
          expect([r.row, n.fen]).toEqual([r.row, netValue({ originalFen: a.fen, acquiredOn: acquired.date, lifeMonths: lifeMonthsFromYears(life.value), at: AS_OF })]);
        }
      }
    }
  }, 300_000);
});

/** A messy asset register as an office keeps it, with planted problems. */
async function plantedWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('设备台账');
  ws.addRow(['XX中学设备台账']);
  ws.mergeCells('A1:L1');
  ws.addRow(['序号', '资产编号', '资产名称', '资产分类', '规格型号', '数量', '单价', '金额', '购置日期', '使用年限', '使用部门', '保管人']);
  const rows: unknown[][] = [
    [1, ' zc-2019-0001 ', '台式计算机', '计算机设备', 'M437', 1, 4680, 4680, '2019.09.01', 6, '教务处', '张明'],
    [2, 'ZC-2019-0002', '投影仪', '办公设备', 'CB-X06', 2, '1,280.00', 2560, '2019年9月1日', 6, '教务处', '李红梅'],
    [3, 'ＺＣ－２０１９－０００１', '打印机', '办公设备', 'M1005', 1, 1650, 1650, new Date(Date.UTC(2020, 2, 1)), 6, '总务处', '王建国'], // duplicate of row 3 (full-width)
    [4, 'ZC-2020-0004', '课桌椅', '杂项', '单人', 50, 320, 16000.5, '2020-03-01', 5, '高一(1)班', '刘芳'], // unknown category; amount off by 0.50
    [5, 'ZC-2020-0005', '钢琴', '文艺体育设备', 'UP118', 1.5, 15800, 23700, '2030-01-01', 5, '音乐组', '陈志强'], // fractional quantity; future date
    [6, 'ZC-2020-0006', '', '家具', '', 1, 860, 860, '1937-07-07', 15, '总务处', '杨丽'], // missing name; ancient date
    [7, 'ZC-2020-0007', '文件柜', '家具', '五节', 1, 720, 720.01, '2021-05-01', 15, '总务处', '赵德胜'], // within tolerance
  ];
  for (const r of rows) ws.addRow(r);
  ws.addRow(['合计', null, null, null, null, null, null, { formula: 'SUM(H3:H9)' }]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('validate', () => {
  it('finds every planted problem, at its cell', async () => {
    const port = await openXlsx(await plantedWorkbook());
    const result = await validateSheet(port, '设备台账', 'assetRegister', { today: '2026-01-10' });
    const got = result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`).sort();
    expect(got).toEqual([
      'value.amountMismatch@H6',
      'value.ancientDate@I8',
      'value.duplicateCode@B5',
      'value.futureDate@I7',
      'value.notWhole@F7',
      'value.required@C8',
      'value.unknownCategory@D6',
    ].sort());
    expect(result.rows).toBe(7);
  });

  it('finds nothing on a clean register', async () => {
    const wb = newXlsx();
    await createRegister(wb, { template: 'assetRegister', asOf: AS_OF, sample: 30 });
    const port = await openXlsx(await wb.save());
    const result = await validateSheet(port, '固定资产明细账', 'assetRegister', { today: '2026-01-10' });
    expect(result.findings).toEqual([]);
  });

  it('writes a findings sheet on request, linked to the cells', async () => {
    const port = await openXlsx(await plantedWorkbook());
    const result = await validateSheet(port, '设备台账', 'assetRegister', { today: '2026-01-10', writeSheet: true });
    expect(result.findingsSheet?.name).toBe('设备台账（检查）');
    const grid = await port.readGrid('设备台账（检查）');
    expect(grid.rows.flat().some((c) => typeof c === 'string' && c.includes('资产编号“ＺＣ－２０１９－０００１”重复'))).toBe(true);
  });
});

describe('adopt and normalize', () => {
  it('adopts without touching the data and remembers the mapping', async () => {
    const port = await openXlsx(await plantedWorkbook());
    const before = await port.readGrid('设备台账');
    const adoption = await adoptSheet(port, '设备台账', 'assetRegister');
    expect(adoption.analysis.mapping?.fields.code?.column).toBe('B');
    expect(await port.readGrid('设备台账')).toEqual(before);
    const reopened = await openXlsx(await port.save());
    const { sheets } = await inspectWorkbook(reopened, { sheet: '设备台账' });
    expect(sheets[0]?.fields.code?.source).toBe('user');
  });

  it('says which required fields are missing when a sheet is too different', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRows([['姓名', '班级', '备注'], ['张明', '高一(1)班', '']]);
    const port = await openXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const err = await adoptSheet(port, '名单', 'assetRegister').catch((e: unknown) => e);
    expect(isUserError(err) && err.localized['zh-CN']).toContain('“资产编号”');
  });

  it('normalizes into a fresh sheet and lists every changed value', async () => {
    const port = await openXlsx(await plantedWorkbook());
    const before = await port.readGrid('设备台账');
    const result = await normalizeSheet(port, '设备台账', 'assetRegister', { asOf: AS_OF });
    expect(await port.readGrid('设备台账')).toEqual(before);
    const changes = Object.fromEntries(result.changes.map((c) => [c.cell, [c.before, c.after]]));
    expect(changes.B3).toEqual([' zc-2019-0001 ', 'zc-2019-0001']);
    expect(changes.G4).toEqual(['1,280.00', '1280.00']);
    expect(changes.I3).toEqual(['2019.09.01', '2019-09-01']);
    expect(changes.I4).toEqual(['2019年9月1日', '2019-09-01']);
    expect(changes.B5).toBeUndefined();
    const fresh = await port.readGrid(result.written.name);
    const codeCol = columnNumber('B');
    expect(cellAt(fresh, 4, codeCol)).toBe('zc-2019-0001');
    expect(result.changesSheet?.name).toBe('设备台账（变更记录）');
  });
});
