/**
 * The templates job's engine calls, run in-process on the real file adapter and the bundled sample:
 * what the worker does for the panel, minus the worker. Every result must survive structured clone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { UserError } from '../../src/core/errors';
import type { EngineApi } from '../../src/taskpane/engine/api';
import { createEngine } from '../../src/taskpane/engine/engine';
import { unwrap, type Result } from '../../src/taskpane/engine/result';
import { openXlsx } from '../../src/workbook/file';

const SAMPLE = path.join(__dirname, '../../assets/sample/台账示例.xlsx');
const LEDGER = '固定资产明细账';
const TODAY = '2026-01-10';

function engine(): EngineApi {
  return createEngine({ openWorkbook: (bytes, name) => openXlsx(bytes, name), sendable: (fn) => fn, movable: (b) => b });
}

async function withSample(): Promise<EngineApi> {
  const e = engine();
  unwrap(await e.openFile(new Uint8Array(readFileSync(SAMPLE)), '台账示例.xlsx'));
  return e;
}

/** Unwraps, and checks the value is plain data that crosses a worker boundary unchanged. */
async function plain<T>(result: Promise<Result<T>>): Promise<T> {
  const value = unwrap(await result);
  expect(structuredClone(value)).toEqual(value);
  return value;
}

async function reopen(e: EngineApi): Promise<EngineApi> {
  const saved = unwrap(await e.save());
  const again = engine();
  unwrap(await again.openFile(saved.bytes, saved.fileName));
  return again;
}

describe('templates engine: create', () => {
  it('adds a register beside the user’s sheet of that name, says so, and selects it', async () => {
    const e = await withSample();
    expect(await plain(e.templateWouldReplace('assetRegister'))).toBeNull();
    const progress: string[] = [];
    const created = await plain(e.templateCreate(1, { template: 'assetRegister', school: '青山县第一中学', asOf: '2025-12-31', sample: 3, blankRows: 4 }, (p) => progress.push(p.phase)));
    expect(created).toEqual({ name: `${LEDGER} (2)`, requested: LEDGER, renamed: true, replaced: false });
    expect(progress).toContain('write');

    const sheets = await plain(e.templateSheets());
    expect(sheets.find((s) => s.name === `${LEDGER} (2)`)).toEqual({ name: `${LEDGER} (2)`, hidden: false, template: 'assetRegister', register: true });
    expect(sheets.find((s) => s.name === LEDGER)).toEqual({ name: LEDGER, hidden: false, template: null, register: false });
    // Creating it again would replace Taizhang's own register: the panel asks first.
    expect(await plain(e.templateWouldReplace('assetRegister'))).toBe(`${LEDGER} (2)`);

    const saved = unwrap(await e.save());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(saved.bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets[workbook.views[0]?.activeTab ?? 0]?.name).toBe(`${LEDGER} (2)`);
    expect(String(workbook.getWorksheet(`${LEDGER} (2)`)?.getCell('A1').value)).toBe('青山县第一中学固定资产明细账');
  });

  it('makes custody cards from a register sheet the user picks', async () => {
    const e = await withSample();
    const cards = await plain(e.templateCreate(1, { template: 'custodyCard', asOf: '2025-12-31', fromSheet: LEDGER }));
    expect(cards).toMatchObject({ name: '公物保管卡', renamed: false });
    // Cards are printed, not a table to adopt or check.
    expect((await plain(e.templateSheets())).some((s) => s.name === '公物保管卡')).toBe(false);
  });

  it('refuses an unknown template with a message listing the keys', async () => {
    const e = await withSample();
    const result = await e.templateCreate(1, { template: 'nope', asOf: '2025-12-31' });
    expect(result.ok).toBe(false);
    expect(() => unwrap(result)).toThrow(UserError);
    if (!result.ok && result.error.kind === 'user') expect(result.error.message['zh-CN']).toContain('assetRegister');
  });
});

describe('templates engine: adopt and normalize', () => {
  it('previews the mapping without writing anything, naming missing required fields', async () => {
    const e = await withSample();
    const view = await plain(e.templateAnalyze(1, LEDGER, 'assetRegister', {}));
    expect(view.missing).toEqual([]);
    expect(view.tooDifferent).toBeNull();
    expect(view.adopted).toBe(false);
    expect(view.report.fields.code).toMatchObject({ column: 'B', source: 'auto' });

    const without = await plain(e.templateAnalyze(2, LEDGER, 'assetRegister', { code: null, acquiredOn: null }));
    expect(without.missing).toEqual(['资产编号', '取得日期']);
    expect(without.tooDifferent?.['zh-CN']).toBe('工作表“固定资产明细账”与模板“固定资产明细账”差别太大，无法套用：缺少必填列 “资产编号”、“取得日期”。请检查表头，或手动指定这些列。');
    // A preview remembers nothing.
    expect(without.remembered).toEqual({});
    expect(await plain(e.templateSheets())).toContainEqual({ name: LEDGER, hidden: false, template: null, register: false });
  });

  it('adopts with the reviewed choices, kept in the saved workbook', async () => {
    const e = await withSample();
    const view = await plain(e.templateAdopt(1, LEDGER, 'assetRegister', { note: null, status: 'N' }));
    expect(view.adopted).toBe(true);
    expect(view.report.fields.status).toMatchObject({ column: 'N', source: 'user' });
    expect(view.remembered).toMatchObject({ code: 'B', status: 'N', note: null });

    const again = await reopen(e);
    expect(await plain(again.templateSheets())).toContainEqual({ name: LEDGER, hidden: false, template: 'assetRegister', register: false });
    const reread = await plain(again.templateAnalyze(1, LEDGER, 'assetRegister', {}));
    expect(reread.adopted).toBe(true);
    expect(reread.report.fields.note).toBeUndefined();
  });

  it('refuses to adopt a sheet that is too different, and writes nothing', async () => {
    const e = await withSample();
    const result = await e.templateAdopt(1, LEDGER, 'assetRegister', { code: null });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: 'user', code: 'template.tooDifferent' });
    expect((await plain(e.templateAnalyze(2, LEDGER, 'assetRegister', {}))).adopted).toBe(false);
  });

  it('normalizes into a new sheet, listing every changed value, the original untouched', async () => {
    const e = await withSample();
    await plain(e.templateAdopt(1, LEDGER, 'assetRegister', {}));
    const result = await plain(e.templateNormalize(2, LEDGER, 'assetRegister', { asOf: '2025-12-31' }));
    expect(result.written).toBe('固定资产明细账（规范）');
    expect(result.changesSheet).toBe('固定资产明细账（变更记录）');
    expect(result.changes).toContainEqual({ cell: 'B5', field: 'code', before: 'ZX-2016-0002  ', after: 'ZX-2016-0002' });
    expect(result.changes).toContainEqual({ cell: 'J9', field: 'acquiredOn', before: '2021.03.18', after: '2021-03-18' });
    const sheets = await plain(e.templateSheets());
    // The normalized copy is a register to check; the change record is not.
    expect(sheets).toContainEqual({ name: '固定资产明细账（规范）', hidden: false, template: 'assetRegister', register: true });
    expect(sheets.some((s) => s.name === '固定资产明细账（变更记录）')).toBe(false);
  });
});

describe('templates engine: validate', () => {
  /** A register with three example rows, then the clerk's rows typed into its blank lines. */
  async function typedRegister(): Promise<EngineApi> {
    const e = await withSample();
    await plain(e.templateCreate(1, { template: 'assetRegister', asOf: '2025-12-31', sample: 3, blankRows: 2 }));
    const saved = unwrap(await e.save());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(saved.bytes) as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet(`${LEDGER} (2)`)!;
    const example = String(ws.getCell('B4').value);
    // Row 7: a duplicate code and a 原值 typed over its formula, wrong. Row 8: no 资产名称, a date after "today".
    const rows: Array<Array<[string, ExcelJS.CellValue]>> = [
      [['B7', example], ['C7', '文件柜'], ['D7', '家具'], ['G7', 2], ['H7', 720], ['I7', 1000], ['J7', new Date(Date.UTC(2024, 2, 1))], ['M7', '总务处']],
      [['B8', 'ZC-2025-0108'], ['D8', '办公设备'], ['G8', 1], ['H8', 1650], ['J8', new Date(Date.UTC(2026, 5, 1))], ['M8', '办公室']],
    ];
    for (const row of rows) for (const [cell, value] of row) ws.getCell(cell).value = value;
    const typed = engine();
    unwrap(await typed.openFile(new Uint8Array(await workbook.xlsx.writeBuffer()), 'typed.xlsx'));
    return typed;
  }

  it('lists exactly the problems on the typed rows, with the layout to locate them', async () => {
    const e = await typedRegister();
    const progress: string[] = [];
    const view = await plain(e.templateValidate(1, `${LEDGER} (2)`, 'assetRegister', { today: TODAY, writeSheet: false }, (p) => progress.push(`${p.phase} ${p.sheet}`)));
    expect(view.rows).toBe(5);
    expect(view.findingsSheet).toBeNull();
    expect(view.report.findings.map((f) => `${f.cell} ${f.severity} ${f.code}`).sort()).toEqual([
      'B7 error value.duplicateCode',
      'C8 error value.required',
      'I7 error value.amountMismatch',
      'J8 warning value.futureDate',
    ]);
    expect(view.report.headerRows).toEqual([3]);
    expect(view.report.columns[1]).toEqual({ column: 'B', header: '资产编号' });
    expect(progress).toContain(`read ${LEDGER} (2)`);
  });

  it('writes a findings sheet on request', async () => {
    const e = await typedRegister();
    const view = await plain(e.templateValidate(1, `${LEDGER} (2)`, 'assetRegister', { today: TODAY, writeSheet: true }));
    expect(view.findingsSheet).toBe(`${LEDGER} (2)（检查）`);
    expect(view.report.findings).toHaveLength(4);
    // A findings sheet is a result, not a register to check.
    expect((await plain(e.templateSheets())).some((s) => s.name === view.findingsSheet)).toBe(false);
  });

  it('stops when cancelled, before the sheet is read', async () => {
    const e = await withSample();
    const pending = e.templateValidate(7, LEDGER, 'assetRegister', { today: TODAY, writeSheet: false });
    await e.cancel(7);
    const result = await pending;
    expect(result).toEqual({ ok: false, error: { kind: 'cancelled' } });
  });
});
