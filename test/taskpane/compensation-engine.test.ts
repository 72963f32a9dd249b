/**
 * 损坏赔偿's engine calls, run in-process on the real file adapter and the fixture register: what the
 * worker does for the panel, against the amounts worked out by hand.
 */
import { Workbook } from 'exceljs';
import { CancelledError, UserError } from '../../src/core/errors';
import { DEFAULT_POLICY } from '../../src/core/compensation';
import { formatFen } from '../../src/core/money';
import type { EngineApi } from '../../src/taskpane/engine/api';
import { createEngine } from '../../src/taskpane/engine/engine';
import { unwrap } from '../../src/taskpane/engine/result';
import { openXlsx } from '../../src/workbook/file';
import { fixtureBytes, registerDoc } from '../app/compensation-fixtures';

const doc = registerDoc;

async function opened(): Promise<EngineApi> {
  const e = createEngine({ openWorkbook: (bytes, name) => openXlsx(bytes, name), sendable: (fn) => fn, movable: (b) => b });
  unwrap(await e.openFile(fixtureBytes(doc.workbook), doc.workbook));
  return e;
}

async function reopen(e: EngineApi): Promise<Workbook> {
  const saved = unwrap(await e.save());
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(saved.bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('compensation engine on the fixture register', () => {
  it('lists the register as understood, and reads its mapping with the register’s own fields', async () => {
    const e = await opened();
    const list = unwrap(await e.compensationRegisters());
    expect(list.find((c) => c.sheet === doc.sheet)).toMatchObject({ recognized: true, hidden: false });
    const progress: number[] = [];
    const view = unwrap(await e.compensationRegister(1, doc.sheet, (p) => progress.push(p.done)));
    expect(view.report.name).toBe(doc.sheet);
    expect(view.report.status).toBe('ok');
    expect(view.report.headerRows).toEqual([3]);
    expect(view.report.fields.nature).toBeDefined();
    expect(view.report.fields.amountDue?.column).toBe(doc.original.amountDue.column);
    expect(view.fields.map((f) => f.key)).toEqual(expect.arrayContaining(['nature', 'name', 'persons', 'amountDue']));
    expect(view.remembered).toEqual({});
    expect(progress.length).toBeGreaterThan(0);
  });

  it('computes every incident to the fen with its rule, and offers one notice per payer', async () => {
    const e = await opened();
    const view = unwrap(await e.compensationCompute(1, doc.sheet, doc.asOf));
    expect(view.results.map((r) => r.row)).toEqual(doc.original.incidents.map((i) => i.row));
    for (const expected of doc.original.incidents) {
      const r = view.results.find((x) => x.row === expected.row);
      expect([expected.row, r?.rule, r && formatFen(r.amount), r?.amountInWords, r?.payers.map((p) => `${p.name}:${formatFen(p.amount)}`)]).toEqual([
        expected.row,
        expected.rule,
        expected.amount,
        expected.amountInWords,
        expected.payers.map((p) => `${p.name}:${p.amount}`),
      ]);
    }
    expect(formatFen(view.summary.totalFen)).toBe(doc.original.summary.total);
    expect(formatFen(view.summary.outstandingFen)).toBe(doc.original.summary.outstanding);
    expect(view.summary).toMatchObject({ incidents: doc.original.summary.incidents, chargeable: doc.original.summary.chargeable, writeOffs: doc.original.summary.writeOffs });
    expect(view.summary.notComputed).toBe(doc.original.summary.incidents - doc.original.incidents.length);
    expect(view.notices.map((n) => n.payer)).toEqual(doc.original.notices.map((n) => n.payer));
    expect(view.policySource).toBe('default');
    // Everything crosses the worker boundary as plain data.
    expect(structuredClone(view)).toEqual(view);
  });

  it('saves an edited policy to the policy sheet; computing follows it (deliberate ×3)', async () => {
    const e = await opened();
    const before = unwrap(await e.compensationPolicy());
    expect(before).toMatchObject({ source: 'default', sheet: null, findings: [] });
    const saved = unwrap(await e.compensationSavePolicy({ ...before.policy, multipliers: { ...before.policy.multipliers, deliberate: 3 } }, 'zh-CN'));
    expect(saved.source).toBe('sheet');
    expect(saved.sheet).toBe('赔偿办法');
    expect(saved.policy.multipliers.deliberate).toBe(3);
    expect(saved.findings).toEqual([]);

    const view = unwrap(await e.compensationCompute(1, doc.sheet, doc.asOf));
    const deliberate = doc.original.incidents.filter((i) => i.nature === 'deliberate');
    expect(deliberate.length).toBeGreaterThan(0);
    for (const i of deliberate) {
      const r = view.results.find((x) => x.row === i.row);
      expect([i.row, r && formatFen(r.amount)]).toEqual([i.row, formatFen(Math.round(Number(i.base) * 100) * 3)]);
      expect(r?.explanation['zh-CN']).toContain('×3');
    }
    expect(view.policySheet).toBe('赔偿办法');
  });

  it('refuses a policy that breaks the schema and leaves the workbook without a policy sheet', async () => {
    const e = await opened();
    const bad = { ...DEFAULT_POLICY, multipliers: { ...DEFAULT_POLICY.multipliers, deliberate: -1 } };
    await expect(e.compensationSavePolicy(bad, 'zh-CN').then(unwrap)).rejects.toBeInstanceOf(UserError);
    expect(unwrap(await e.compensationPolicy()).source).toBe('default');
  });

  it('writes the result sheets and leaves the notices selected', async () => {
    const e = await opened();
    const view = unwrap(await e.compensationCompute(1, doc.sheet, doc.asOf));
    const sheets: string[] = [];
    const written = unwrap(
      await e.compensationWrite(2, view.outcomeId, { locale: 'zh-CN', month: doc.month, notices: { date: doc.asOf, paper: 'A5' } }, (p) => sheets.push(p.sheet)),
    );
    expect(written).toMatchObject({ results: '赔偿计算结果', notices: '赔偿通知单', noticeCount: doc.original.notices.length, selected: '赔偿通知单' });
    expect(written.settlement).toContain(doc.month);
    expect(written.writeOffs).not.toBeNull();
    expect(new Set(sheets)).toContain('赔偿通知单');
    const wb = await reopen(e);
    for (const name of [written.results, written.notices, written.settlement, written.writeOffs]) expect(wb.getWorksheet(name ?? '')).toBeDefined();
    expect(wb.worksheets[wb.views[0]?.activeTab ?? 0]?.name).toBe('赔偿通知单');
  });

  it('fills 应赔金额 only as previewed, logs it, and undoes it', async () => {
    const e = await opened();
    const view = unwrap(await e.compensationCompute(1, doc.sheet, doc.asOf));
    expect(view.amountDue.edits.map((x) => x.address)).toEqual(doc.original.amountDue.edits.map((x) => x.address));
    const filled = unwrap(await e.compensationFillAmountDue(view.outcomeId, '填入应赔金额'));
    expect(filled.changed).toBe(doc.original.amountDue.edits.length);
    expect(filled.editId).not.toBeNull();

    const after = unwrap(await e.compensationCompute(2, doc.sheet, doc.asOf));
    expect(after.amountDue.edits).toEqual([]);
    const wb = await reopen(e);
    const first = doc.original.amountDue.edits[0];
    expect(Number(wb.getWorksheet(doc.sheet)?.getCell(first?.address ?? '').value)).toBe(Number(first?.value));
    expect(wb.getWorksheet('台账助手修改记录')).toBeDefined();

    const undone = unwrap(await e.compensationUndoFill(filled.editId ?? ''));
    expect(undone).toEqual({ restored: doc.original.amountDue.edits.length, skipped: [] });
    const restored = await reopen(e);
    for (const edit of doc.original.amountDue.edits) {
      const value = restored.getWorksheet(doc.sheet)?.getCell(edit.address).value ?? null;
      expect([edit.address, value]).toEqual([edit.address, edit.previous]);
    }
  });

  it('refuses to write or fill results a newer computation replaced', async () => {
    const e = await opened();
    const first = unwrap(await e.compensationCompute(1, doc.sheet, doc.asOf));
    unwrap(await e.compensationCompute(2, doc.sheet, doc.asOf));
    const write = await e.compensationWrite(3, first.outcomeId, { locale: 'zh-CN', month: doc.month, notices: { date: doc.asOf, paper: 'A4' } });
    expect(write.ok).toBe(false);
    expect(!write.ok && write.error.kind).toBe('user');
    const fill = await e.compensationFillAmountDue(first.outcomeId, 'x');
    expect(!fill.ok && fill.error.kind).toBe('user');
  });

  it('cancels a computation', async () => {
    const e = await opened();
    const running = e.compensationCompute(7, doc.sheet, doc.asOf);
    await e.cancel(7);
    const result = await running;
    // The operation is registered before the call's first await, so the cancel reaches it while it reads.
    expect(() => unwrap(result)).toThrow(CancelledError);
  });

  it('reads a sheet that is not a register without failing, and refuses to compute it, saying what is missing', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('资产清单');
    ws.addRow(['资产编号', '资产名称', '数量', '单价']);
    ws.addRow(['ZX-1', '课桌', 2, 120]);
    const e = createEngine({ openWorkbook: (bytes, name) => openXlsx(bytes, name), sendable: (fn) => fn, movable: (b) => b });
    unwrap(await e.openFile(new Uint8Array(await wb.xlsx.writeBuffer()), '资产.xlsx'));
    expect(unwrap(await e.compensationRegisters())).toEqual([{ sheet: '资产清单', adopted: false, recognized: false, hidden: false }]);
    const view = unwrap(await e.compensationRegister(1, '资产清单'));
    expect(view.report.status).toBe('ok');
    expect(view.report.fields.name).toBeDefined();
    expect(view.report.fields.nature).toBeUndefined();
    const computed = await e.compensationCompute(2, '资产清单', doc.asOf);
    expect(computed.ok).toBe(false);
    expect(() => unwrap(computed)).toThrow(/损坏性质/);
  });
});
