/**
 * The pane's engine, run in-process on the real file adapter and the bundled sample: what the
 * worker does for the workbench, minus the worker.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CancelledError, UserError } from '../../src/core/errors';
import type { EngineApi } from '../../src/taskpane/engine/api';
import { createEngine } from '../../src/taskpane/engine/engine';
import { unwrap } from '../../src/taskpane/engine/result';
import { Workbook } from 'exceljs';
import { openXlsx } from '../../src/workbook/file';

const SAMPLE = path.join(__dirname, '../../assets/sample/台账示例.xlsx');
const LEDGER = '固定资产明细账';

function engine(): EngineApi {
  return createEngine({ openWorkbook: (bytes, name) => openXlsx(bytes, name), sendable: (fn) => fn, movable: (b) => b });
}

function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SAMPLE));
}

describe('engine on the sample workbook', () => {
  it('opens the file and lists the sheets a user would inspect', async () => {
    const e = engine();
    const opened = unwrap(await e.openFile(sampleBytes(), '台账示例.xlsx'));
    expect(opened.fileName).toBe('台账示例.xlsx');
    expect(opened.sheets.map((s) => s.name)).toContain(LEDGER);
    expect(unwrap(await e.sheets())).toEqual(opened.sheets);
  });

  it('inspects a sheet with progress and nothing remembered', async () => {
    const e = engine();
    unwrap(await e.openFile(sampleBytes(), '台账示例.xlsx'));
    const progress: number[] = [];
    const view = unwrap(await e.inspect(1, LEDGER, (p) => progress.push(p.done)));
    expect(view.report.name).toBe(LEDGER);
    expect(view.report.status).toBe('ok');
    expect(view.report.fields.code).toMatchObject({ column: 'B', source: 'auto' });
    expect(view.report.preview.length).toBeGreaterThan(0);
    expect(view.remembered).toEqual({});
    expect(progress.length).toBeGreaterThan(0);
  });

  it('remembers a choice in the workbook, so the saved file carries it', async () => {
    const e = engine();
    unwrap(await e.openFile(sampleBytes(), '台账示例.xlsx'));
    const before = unwrap(await e.inspect(1, LEDGER));
    const noteColumn = before.report.fields.note?.column;
    expect(noteColumn).toBeDefined();
    // The user says this sheet has no 备注 column and that 保管人 is where 备注 was.
    unwrap(await e.remember(LEDGER, { note: null, custodian: noteColumn ?? null }));
    const after = unwrap(await e.inspect(2, LEDGER));
    expect(after.report.fields.note).toBeUndefined();
    expect(after.report.fields.custodian).toMatchObject({ column: noteColumn, source: 'user' });
    expect(after.remembered).toEqual({ note: null, custodian: noteColumn });

    const saved = unwrap(await e.save());
    expect(saved.fileName).toBe('台账示例.xlsx');
    const again = engine();
    unwrap(await again.openFile(saved.bytes, saved.fileName));
    const reopened = unwrap(await again.inspect(1, LEDGER));
    expect(reopened.remembered).toEqual({ note: null, custodian: noteColumn });
    expect(reopened.report.fields.custodian).toMatchObject({ column: noteColumn, source: 'user' });
  });

  it('forgets one field or all of them', async () => {
    const e = engine();
    unwrap(await e.openFile(sampleBytes(), '台账示例.xlsx'));
    unwrap(await e.remember(LEDGER, { note: null, spec: null }));
    expect(unwrap(await e.forget(LEDGER, ['note']))).toEqual({ spec: null });
    expect(unwrap(await e.inspect(1, LEDGER)).report.fields.note).toMatchObject({ source: 'auto' });
    expect(unwrap(await e.forget(LEDGER, 'all'))).toEqual({});
    expect(unwrap(await e.inspect(2, LEDGER)).remembered).toEqual({});
  });

  it('selects a cell, and the saved file opens there', async () => {
    const e = engine();
    unwrap(await e.openFile(sampleBytes(), '台账示例.xlsx'));
    unwrap(await e.select(LEDGER, 'H17'));
    const saved = unwrap(await e.save());
    // Read back with ExcelJS itself: the sheet is the active tab and its view keeps the active cell.
    const wb = new Workbook();
    await wb.xlsx.load(saved.bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet(LEDGER)?.views[0]?.activeCell).toBe('H17');
    expect(wb.worksheets[wb.views[0]?.activeTab ?? 0]?.name).toBe(LEDGER);
  });

  it('cancels a running inspect', async () => {
    const e = engine();
    unwrap(await e.openFile(sampleBytes(), '台账示例.xlsx'));
    const result = await e.inspect(7, LEDGER, () => void e.cancel(7));
    expect(result.ok).toBe(false);
    expect(() => unwrap(result)).toThrow(CancelledError);
  });

  it('turns a file that is not an .xlsx into a UserError in both languages, keeping the open workbook', async () => {
    const e = engine();
    unwrap(await e.openFile(sampleBytes(), '台账示例.xlsx'));
    const result = await e.openFile(new TextEncoder().encode('资产编号,名称\nA1,桌子\n'), '清单.csv');
    expect(result.ok).toBe(false);
    let caught: unknown;
    try {
      unwrap(result);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UserError);
    const ue = caught as UserError;
    expect(ue.localized['zh-CN']).toContain('清单.csv');
    expect(ue.localized['en-US']).toContain('清单.csv');
    expect(unwrap(await e.sheets()).map((s) => s.name)).toContain(LEDGER);
  });

  it('asks for a workbook before anything else', async () => {
    const e = engine();
    expect(() => unwrap({ ok: false, error: { kind: 'bug', message: 'x' } })).toThrow('x');
    const result = await e.sheets();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('user');
    expect((await e.save()).ok).toBe(false);
  });
});
