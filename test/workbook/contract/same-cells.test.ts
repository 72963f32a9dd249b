/**
 * Both adapters must put the same values in the same cells: one spec with every kind of block is
 * written through each, and the two sheets are compared cell by cell, merges included, then by what
 * both sides expose of their formatting: number formats, wrapping, row heights, column widths,
 * validations, tables and the auto filter.
 */
import { toExcelSerial } from '../../../src/core/dates';
import { rangeAddress } from '../../../src/core/sheet/address';
import { cellAt, gridBottom, gridRight, type Cell, type Grid } from '../../../src/core/sheet/grid';
import { sheetSpecSchema, type SheetSpec } from '../../../src/core/sheet/spec';
import { newXlsx, type FileWorkbook } from '../../../src/workbook/file';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { widthToPoints } from '../../../src/workbook/office/write-sheet';
import type { WorkbookPort } from '../../../src/workbook/port';
import { FakeExcel, isFormula, type SheetModel } from '../../fakes/office';
import { entryText, loadWithExcelJs, sheetXml, unzip } from '../file/helpers';

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
        { header: '日期', help: '损坏日期' },
        { header: '情况说明', wrap: true, width: 12 },
      ],
      rows: [
        ['玻璃（块）', 2, 15, { formula: '=B{row}*C{row}' }, '照价赔偿', { date: '2024-11-01' }, '课间打闹时撞碎教室后门玻璃一块，已与家长沟通'],
        ['日光灯管', 1, 5.5, { formula: '=B{row}*C{row}' }, '=加倍', null, '短'],
        ['课桌面', 0, 0, 0, '0012', { date: '2024-11-03' }, null],
      ],
      rowStyles: ['normal', 'warn', 'muted'],
      blankRows: 2,
      total: { label: '合计', labelColumn: 0, sumColumns: [1, 3] },
      tableName: 'T1',
      freezeHeader: true,
    },
    { type: 'pageBreak' },
    { type: 'signatures', labels: ['经办人', '班主任（保管人）：', '总务处'] },
  ],
  columnWidths: [4],
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

  it('formats the same cells the same way: number formats, wrapping, heights, widths, validations, tables', async () => {
    const excel = new FakeExcel();
    excel.model.seed({ name: 'Sheet1', rows: [['x']] });
    await new OfficeWorkbook(excel).writeSheet(SPEC);
    const office = excel.model.sheet(SPEC.name) as SheetModel;
    const fileBook: FileWorkbook = newXlsx('same.xlsx');
    await fileBook.writeSheet(SPEC);
    const bytes = await fileBook.save();
    const ws = (await loadWithExcelJs(bytes)).getWorksheet(SPEC.name);
    if (!ws) throw new Error('sheet missing');

    const rows = 20;
    const cols = 12;
    const facts = (fact: (r: number, c: number) => unknown): string[] => {
      const out: string[] = [];
      for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) out.push(`${rangeAddress({ top: r, left: c, bottom: r, right: c })}=${JSON.stringify(fact(r, c) ?? null)}`);
      return out;
    };
    expect(facts((r, c) => ws.getCell(r, c).numFmt || 'General')).toEqual(facts((r, c) => office.formatAt(r, c).numberFormat ?? 'General'));
    expect(facts((r, c) => ws.getCell(r, c).alignment?.wrapText === true)).toEqual(facts((r, c) => office.formatAt(r, c).wrapText === true));
    // The spec has date, money and wrapped cells, so the comparison is not between two blanks.
    expect(office.formatAt(10, 6).numberFormat).toBe('yyyy-mm-dd');
    expect(office.formatAt(10, 7).wrapText).toBe(true);

    const heights = (get: (r: number) => number | undefined) => Array.from({ length: rows }, (_, i) => get(i + 1) ?? null);
    expect(heights((r) => ws.getRow(r).height)).toEqual(heights((r) => office.rowHeights.get(r)));
    expect(office.rowHeights.get(10)).toBeGreaterThan(30);
    const widths = Array.from({ length: 7 }, (_, i) => i + 1);
    expect(widths.map((c) => widthToPoints(ws.getColumn(c).width ?? 0))).toEqual(widths.map((c) => office.columnWidths.get(c)));

    // Validations cell by cell: inline lists are quoted in a file and bare in Office.js; ranges have "=" in Office.js only.
    const fileValidations = new Map<string, string>();
    for (const m of sheetXml(bytes, SPEC.name).matchAll(/<dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g)) {
      const attrs = m[1] ?? '';
      const sqref = /sqref="([^"]+)"/.exec(attrs)?.[1] ?? '';
      const formula = unescapeXml(/<formula1>([^<]*)<\/formula1>/.exec(m[2] ?? '')?.[1] ?? '').replace(/^"(.*)"$/, '$1');
      const prompt = [/promptTitle="([^"]*)"/.exec(attrs)?.[1], /prompt="([^"]*)"/.exec(attrs)?.[1]].map((x) => unescapeXml(x ?? '')).join('/');
      for (const part of sqref.split(' ')) each(part, (a) => fileValidations.set(a, `${formula}|${prompt}`));
    }
    const officeValidations = new Map<string, string>();
    for (const v of office.validations) {
      const text = `${(v.list?.source ?? '').replace(/^=/, '')}|${v.prompt ? `${v.prompt.title}/${v.prompt.message}` : '/'}`;
      each(rangeAddress(v.range), (a) => officeValidations.set(a, text));
    }
    expect(officeValidations.size).toBeGreaterThan(0);
    expect([...fileValidations].sort()).toEqual([...officeValidations].sort());

    const files = unzip(bytes);
    const fileTables = [...files.keys()]
      .filter((k) => k.startsWith('xl/tables/table'))
      .map((k) => entryText(bytes, k))
      .map((xml) => `${/ name="([^"]+)"/.exec(xml)?.[1] ?? ''}@${/ ref="([^"]+)"/.exec(xml)?.[1] ?? ''}`);
    expect(fileTables).toEqual(office.tables().map((t) => `${t.name}@${rangeAddress(t.range)}`));
    expect(fileTables).toEqual(['_T1@A9:G14']);
    expect(ws.getColumn(9).hidden).toBe(true);
    expect(office.hiddenColumns.has(9)).toBe(true);
  });
});

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Every cell address of an A1 range. */
function each(range: string, f: (address: string) => void): void {
  const [a, b] = range.split(':');
  const parse = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x) ?? [];
    return { col: [...(m[1] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(m[2]) };
  };
  const from = parse(a ?? '');
  const to = parse(b ?? a ?? '');
  for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) f(rangeAddress({ top: r, left: c, bottom: r, right: c }));
}
