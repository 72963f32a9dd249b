import { openXlsx } from '../../../src/workbook/file';
import { validationsOf } from '../../../src/workbook/file/load-fixes';
import { parseValidations } from '../../../src/workbook/file/raw-validations';
import * as zipText from '../../../src/workbook/file/zip-text';
import { buildXlsx, patchXlsx, sheetXml } from './helpers';

function validations(xml: string): string[] {
  return [...xml.matchAll(/<dataValidation\b[^>]*sqref="([^"]+)"/g)].map((m) => m[1] ?? '').sort();
}

describe.each([
  ['read from the sheet XML', true, 'A2:A1048576'],
  // ExcelJS's own reading costs seconds for a whole column; a shorter column shows the same fault.
  ['read by ExcelJS and folded back (platforms without deflate-raw streams)', false, 'A2:A20000'],
])('a user workbook with data validations survives open and save: %s', (_how, inflate, column) => {
  beforeEach(() => {
    jest.spyOn(zipText, 'canInflate').mockReturnValue(inflate);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('keeps a whole-column drop-down as one range (ExcelJS alone splits it into overlapping ones)', async () => {
    const bytes = await buildXlsx((wb) => {
      const ws = wb.addWorksheet('台账');
      ws.getCell('A1').value = '状态';
      validationsOf(ws).add(column, { type: 'list', allowBlank: true, formulae: ['"在用,闲置,报废"'] });
    });
    expect(validations(sheetXml(bytes, '台账'))).toEqual([column]);
    const wb = await openXlsx(bytes);
    await wb.writeSetting('k', 'v');
    const saved = await wb.save();
    const xml = sheetXml(saved, '台账');
    expect(validations(xml)).toEqual([column]);
    expect(xml).toContain('<formula1>&quot;在用,闲置,报废&quot;</formula1>');
  });

  it('keeps rectangles, several ranges of one rule and different rules apart', async () => {
    let bytes = await buildXlsx((wb) => {
      const ws = wb.addWorksheet('台账');
      ws.getCell('A1').value = 'x';
      validationsOf(ws).add('B2:C10', { type: 'list', allowBlank: true, formulae: ['"是,否"'] });
      validationsOf(ws).add('E2:E5', { type: 'whole', operator: 'between', allowBlank: true, formulae: [1, 100] });
    });
    // One rule over two separate ranges, as Excel writes it.
    bytes = patchXlsx(bytes, sheetPath(bytes), (xml) => xml.replace('sqref="E2:E5"', 'sqref="E2:E5 G7"'));
    const saved = await (await openXlsx(bytes)).save();
    expect(validations(sheetXml(saved, '台账'))).toEqual(['B2:C10', 'E2:E5', 'G7']);
  });
});

function sheetPath(bytes: Uint8Array): string {
  void bytes;
  return 'xl/worksheets/sheet1.xml';
}

describe('parseValidations', () => {
  it('reads every kind of rule with its ranges, messages and unescaped formulas', () => {
    const xml = `<dataValidations count="4">
      <dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="状态" prompt="请选择" sqref="A2:A1048576 C3"><formula1>&quot;在用,&amp;闲置&quot;</formula1></dataValidation>
      <dataValidation type="whole" operator="greaterThan" allowBlank="1" sqref="B2:B9"><formula1>$F$1</formula1></dataValidation>
      <dataValidation type="date" sqref="D2:D9"><formula1>43709</formula1><formula2>43800</formula2></dataValidation>
      <dataValidation showInputMessage="1" prompt='只是提示' sqref="E2:E9"/>
    </dataValidations>`;
    const rules = parseValidations(xml);
    expect(rules.map(([r]) => r)).toEqual(['A2:A1048576', 'C3', 'B2:B9', 'D2:D9', 'E2:E9']);
    expect(rules[0]?.[1]).toEqual({ type: 'list', formulae: ['"在用,&闲置"'], allowBlank: true, showInputMessage: true, showErrorMessage: true, promptTitle: '状态', prompt: '请选择' });
    expect(rules[1]?.[1]).toBe(rules[0]?.[1]);
    expect(rules[2]?.[1]).toEqual({ type: 'whole', formulae: ['$F$1'], allowBlank: true, operator: 'greaterThan' });
    expect(rules[3]?.[1]).toEqual({ type: 'date', formulae: [new Date(Date.UTC(2019, 8, 1)), new Date(Date.UTC(2019, 11, 1))], operator: 'between' });
    expect(rules[4]?.[1]).toEqual({ type: 'any', showInputMessage: true, prompt: '只是提示' });
  });
});
