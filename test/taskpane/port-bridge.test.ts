/** The port bridge carries a port across the worker boundary: same answers, errors and cancels intact. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CancelledError, UserError } from '../../src/core/errors';
import { RemotePort, portHost } from '../../src/taskpane/engine/port-bridge';
import { openXlsx } from '../../src/workbook/file';
import type { ReadOptions, WorkbookPort } from '../../src/workbook/port';
import { acrossBoundary } from './boundary';

const SAMPLE = path.join(__dirname, '../../assets/sample/台账示例.xlsx');
const LEDGER = '固定资产明细账';

async function pair(): Promise<{ direct: WorkbookPort; remote: RemotePort }> {
  const direct = await openXlsx(new Uint8Array(readFileSync(SAMPLE)), '台账示例.xlsx');
  return { direct, remote: new RemotePort(acrossBoundary(portHost(direct)), 'office', (fn) => fn) };
}

describe('port bridge', () => {
  it('answers as the port itself does', async () => {
    const { direct, remote } = await pair();
    expect(remote.kind).toBe('office');
    expect(await remote.listSheets()).toEqual(await direct.listSheets());
    expect(await remote.readGrid(LEDGER, { range: 'A1:N20' })).toEqual(await direct.readGrid(LEDGER, { range: 'A1:N20' }));
    await remote.writeSetting('probe', '值');
    expect(await direct.readSetting('probe')).toBe('值');
    expect(await remote.readSetting('probe')).toBe('值');
  });

  it('carries explicit cell edits to the workbook', async () => {
    const { direct, remote } = await pair();
    await remote.updateCells(LEDGER, [{ row: 4, col: 14, value: '已核对' }]);
    const grid = await direct.readGrid(LEDGER, { range: 'N4:N4' });
    expect(grid.rows[0]?.[0]).toBe('已核对');
  });

  it('passes progress back', async () => {
    const { remote } = await pair();
    const seen: number[] = [];
    await remote.readGrid(LEDGER, { onProgress: (p) => seen.push(p.done) });
    expect(seen.length).toBeGreaterThan(0);
  });

  it("brings a user's error back as a UserError with both languages", async () => {
    const { remote } = await pair();
    await expect(remote.readGrid('没有这张表')).rejects.toBeInstanceOf(UserError);
    await remote.readGrid('没有这张表').catch((e: UserError) => {
      expect(e.localized['zh-CN']).toContain('没有这张表');
      expect(e.localized['en-US']).toContain('没有这张表');
    });
  });

  it('cancels: an aborted signal stops the read', async () => {
    const { remote } = await pair();
    const controller = new AbortController();
    controller.abort();
    await expect(remote.readGrid(LEDGER, { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
  });

  it("carries an abort to the port's own signal on the other side", async () => {
    // A port that reads until told to stop, as a long read of a big sheet does.
    let sawAbort = false;
    const slow = {
      ...(await pair()).direct,
      kind: 'office' as const,
      readGrid: (_sheet: string, options: ReadOptions = {}) =>
        new Promise<never>((_resolve, reject) => {
          options.signal?.addEventListener('abort', () => {
            sawAbort = true;
            reject(new CancelledError());
          });
          options.onProgress?.({ done: 1, total: 100 });
        }),
    } as WorkbookPort;
    const remote = new RemotePort(portHost(slow), 'office', (fn) => fn);
    const controller = new AbortController();
    await expect(remote.readGrid(LEDGER, { signal: controller.signal, onProgress: () => controller.abort() })).rejects.toBeInstanceOf(CancelledError);
    expect(sawAbort).toBe(true);
  });
});
