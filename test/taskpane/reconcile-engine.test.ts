/**
 * The reconcile job's engine module in Node, over the sample: setup, a run, a decision re-running the
 * totals, a second file as the count, writing, marks with undo — plain data across the boundary.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { EngineContext } from '../../src/taskpane/engine/job-engine';
import { unwrap } from '../../src/taskpane/engine/result';
import { createReconcileEngine } from '../../src/taskpane/reconcile/engine';
import { openXlsx, type FileWorkbook } from '../../src/workbook/file';

const SAMPLE = path.resolve(__dirname, '../../assets/sample/台账示例.xlsx');

function context(port: FileWorkbook): EngineContext {
  return {
    current: () => port,
    operation: (_id, work) => work(new AbortController().signal),
    sendable: (fn) => fn,
    movable: (b) => b,
  };
}

describe('reconcile engine module', () => {
  it('runs, re-runs on a decision, writes, marks and undoes', async () => {
    const wb = await openXlsx(readFileSync(SAMPLE), '台账示例.xlsx');
    const api = createReconcileEngine(context(wb));
    const setup = unwrap(await api.reconcileSetup());
    expect(setup).toMatchObject({ ledger: '固定资产明细账', count: '资产盘点表' });
    const phases: string[] = [];
    const view = unwrap(await api.reconcileRun(1, '固定资产明细账', { kind: 'sheet', sheet: '资产盘点表' }, ['location', 'custodian', 'status'], (p) => phases.push(p.phase)));
    expect(phases).toEqual(expect.arrayContaining(['ledger', 'count', 'match']));
    expect(view.summary).toMatchObject({ shortage: 4, possibleMatches: 1, shortageAmount: '20699.00' });
    expect(structuredClone(view)).toEqual(view);
    const confirmed = unwrap(await api.reconcileDecide([{ countRow: 101, ledgerRow: 25, decision: 'confirm' }]));
    expect(confirmed.summary).toMatchObject({ shortage: 3, possibleMatches: 0, shortageAmount: '15499.00' });
    const names = unwrap(await api.reconcileWrite({ locale: 'zh-CN', asOf: '2025-12-31', writeOffs: true, draftLedger: false }));
    expect(names).toHaveLength(4);
    const preview = unwrap(await api.reconcilePlanMarks('zh-CN'));
    expect(preview.column).toBe('O');
    const applied = unwrap(await api.reconcileApplyMarks('zh-CN'));
    expect(applied?.changed).toBe(preview.lines.length);
    const undone = unwrap(await api.reconcileUndoMarks(applied?.id ?? ''));
    expect(undone.restored).toBe(preview.lines.length);
  });

  it('takes the count from a second file, and says so when none is open', async () => {
    const wb = await openXlsx(readFileSync(SAMPLE), '台账示例.xlsx');
    const api = createReconcileEngine(context(wb));
    const missing = await api.reconcileRun(1, '固定资产明细账', { kind: 'file', sheet: '资产盘点表' }, []);
    expect(missing.ok).toBe(false);
    const opened = unwrap(await api.reconcileOpenCount(new Uint8Array(readFileSync(SAMPLE)), '盘点.xlsx'));
    expect(opened).toMatchObject({ kind: 'workbook', suggested: '资产盘点表' });
    const view = unwrap(await api.reconcileRun(2, '固定资产明细账', { kind: 'file', sheet: '资产盘点表' }, ['location']));
    expect(view.summary.countRows).toBe(133);
    const scan = unwrap(await api.reconcileOpenCount(new TextEncoder().encode('ZX-2020-0002\n'), 'scan.txt'));
    expect(scan.kind).toBe('scan');
    const scanned = unwrap(await api.reconcileRun(3, '固定资产明细账', { kind: 'scan' }, []));
    expect(scanned.summary).toMatchObject({ countRows: 1, matched: 1 });
  });
});
