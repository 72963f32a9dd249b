/**
 * Both adapters must put the same values in the same cells: one spec with every kind of block is
 * written through each, and the two sheets are compared cell by cell, merges included.
 */
import { toExcelSerial } from '../../../src/core/dates';
import { rangeAddress } from '../../../src/core/sheet/address';
import { cellAt, gridBottom, gridRight, type Cell, type Grid } from '../../../src/core/sheet/grid';
import { sheetSpecSchema, type SheetSpec } from '../../../src/core/sheet/spec';
import { newXlsx } from '../../../src/workbook/file';
import { OfficeWorkbook } from '../../../src/workbook/office';
import type { WorkbookPort } from '../../../src/workbook/port';
import { FakeExcel, isFormula } from '../../fakes/office';

const SPEC: SheetSpec = sheetSpecSchema.parse({
  name: '赔偿通知',
  kind: 'compensation.notice',
  blocks: [
    { type: 'title', text: '损坏公物赔偿通知单', size: 18 },
    { type: 'lines', lines: ['单位：元', '编号：PC-2024-001'], align: 'right' },
    { type: 'fields', pairs: [['班级', '高一(3)班'], ['日期', { date: '2024-11-05' }], ['金额', 35.5], ['大写', '叁拾伍元伍角']], numFmt: undefined },
    { type: 'spacer', rows: 2 },
    {
      type: 'table',
      groups: [{ label: '赔偿', from: 3, to: 4 }],
      columns: [
        { header: '物品' },
        { header: '数量', numFmt: '0' },
        { header: '单价', numFmt: '0.00' },
        { header: '金额', numFmt: '0.00' },
        { header: '方式', list: Array.from({ length: 40 }, (_, i) => `方式${i + 1}，说明`) },
      ],
      rows: [
        ['玻璃（块）', 2, 15, { formula: '=B{row}*C{row}' }, '照价赔偿'],
        ['日光灯管', 1, 5.5, { formula: '=B{row}*C{row}' }, '=加倍'],
        ['课桌面', 0, 0, 0, '0012'],
      ],
      rowStyles: ['normal', 'warn', 'muted'],
      blankRows: 2,
      total: { label: '合计', labelColumn: 0, sumColumns: [1, 3] },
      tableName: 'T1',
      freezeHeader: true,
    },
    { type: 'pageBreak' },
    { type: 'signatures', labels: ['经办人', '班主任：', '总务处'] },
  ],
  print: { paper: 'A5', footer: '&P/&N' },
});

/** A cell in comparable form: dates as their serial, numbers rounded against float noise. */
function comparable(c: Cell): Cell {
  if (typeof c === 'object' && c !== null && 'date' in c) return toExcelSerial(c.date);
  if (typeof c === 'number') return Math.round(c * 1e9) / 1e9;
  return c;
}

async function written(port: WorkbookPort): Promise<Grid> {
  await port.writeSheet(SPEC);
  return port.readGrid(SPEC.name);
}

describe('Office and file adapters write the same cells', () => {
  it('puts every value and merge of a spec in the same place', async () => {
    const excel = new FakeExcel();
    excel.model.seed({ name: 'Sheet1', rows: [['x']] });
    const office = await written(new OfficeWorkbook(excel));
    const fileBook = newXlsx('same.xlsx');
    const file = await written(fileBook);

    const bottom = Math.max(gridBottom(office), gridBottom(file));
    const right = Math.max(gridRight(office), gridRight(file));
    expect(bottom).toBeGreaterThan(15);
    // Formula cells are compared as formulas: a file written by ExcelJS has no computed results
    // until a spreadsheet program recalculates it, while Excel computes them at once.
    const officeSheet = excel.model.sheet(SPEC.name);
    const formulas: string[] = [];
    const differences: string[] = [];
    for (let r = 1; r <= bottom; r++)
      for (let c = 1; c <= right; c++) {
        const stored = officeSheet?.get(r, c);
        if (isFormula(stored)) {
          formulas.push(`${rangeAddress({ top: r, left: c, bottom: r, right: c })}${stored.formula}`);
          continue;
        }
        const a = comparable(cellAt(office, r, c));
        const b = comparable(cellAt(file, r, c));
        if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${rangeAddress({ top: r, left: c, bottom: r, right: c })}: office ${JSON.stringify(a)} file ${JSON.stringify(b)}`);
      }
    expect(differences).toEqual([]);
    expect(formulas).toEqual(['D10=B10*C10', 'D11=B11*C11', 'B15=SUM(B10:B14)', 'D15=SUM(D10:D14)']);
    expect(fileBook.date1904).toBe(false);
    const key = (g: Grid) => g.merges.map((m) => rangeAddress(m)).sort();
    expect(key(office)).toEqual(key(file));
  });
});
