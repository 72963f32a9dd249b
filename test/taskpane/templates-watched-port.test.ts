/** The port a template call works through: each sheet read once, progress relayed, cancel at reads only. */
import { CancelledError } from '../../src/core/errors';
import type { Grid } from '../../src/core/sheet/grid';
import type { SheetSpec } from '../../src/core/sheet/spec';
import { watchedPort, type TemplateProgress } from '../../src/taskpane/templates/watched-port';
import type { ReadOptions, WorkbookPort, WriteOptions } from '../../src/workbook/port';

function grid(sheet: string): Grid {
  return { sheet, top: 1, left: 1, rows: [['资产编号'], ['ZX-1']], merges: [], hiddenRows: [] } as unknown as Grid;
}

/** A port that counts reads and reports two steps of progress on each read and write. */
function countingPort(): WorkbookPort & { reads: string[]; readOptions: ReadOptions[]; writes: string[] } {
  const reads: string[] = [];
  const readOptions: ReadOptions[] = [];
  const writes: string[] = [];
  return {
    kind: 'file',
    reads,
    readOptions,
    writes,
    listSheets: async () => [],
    readGrid: async (sheet: string, options: ReadOptions = {}) => {
      reads.push(sheet);
      readOptions.push(options);
      options.onProgress?.({ done: 1, total: 2 });
      options.onProgress?.({ done: 2, total: 2 });
      return grid(sheet);
    },
    writeSheet: async (spec: SheetSpec, options: WriteOptions = {}) => {
      writes.push(spec.name);
      options.onProgress?.({ done: 5, total: 5 });
    },
    updateCells: async () => {},
    deleteSheet: async () => {},
    select: async () => {},
    readSetting: async () => null,
    writeSetting: async () => {},
  };
}

describe('watchedPort', () => {
  it('reads a sheet once per call and relays its progress', async () => {
    const inner = countingPort();
    const progress: TemplateProgress[] = [];
    const port = watchedPort(inner, new AbortController().signal, (p) => progress.push(p));
    const a = await port.readGrid('台账');
    const b = await port.readGrid('台账');
    expect(b).toBe(a);
    expect(inner.reads).toEqual(['台账']);
    expect(progress).toEqual([
      { sheet: '台账', phase: 'read', done: 1, total: 2 },
      { sheet: '台账', phase: 'read', done: 2, total: 2 },
    ]);
    // A range read is its own read.
    await port.readGrid('台账', { range: 'A1:B2' });
    expect(inner.reads).toEqual(['台账', '台账']);
  });

  it('reads again after any write (the sheet may have changed)', async () => {
    const inner = countingPort();
    const progress: TemplateProgress[] = [];
    const port = watchedPort(inner, new AbortController().signal, (p) => progress.push(p));
    await port.readGrid('台账');
    await port.writeSheet({ name: '台账（检查）', kind: 'x', blocks: [] });
    await port.readGrid('台账');
    expect(inner.reads).toEqual(['台账', '台账']);
    expect(progress).toContainEqual({ sheet: '台账（检查）', phase: 'write', done: 5, total: 5 });
  });

  it('passes the cancel signal to reads and stops before a read once cancelled', async () => {
    const inner = countingPort();
    const controller = new AbortController();
    const port = watchedPort(inner, controller.signal);
    await port.readGrid('甲');
    expect(inner.readOptions[0]?.signal).toBe(controller.signal);
    controller.abort();
    await expect(port.readGrid('乙')).rejects.toBeInstanceOf(CancelledError);
    expect(inner.reads).toEqual(['甲']);
  });

  it('never cuts a write short', async () => {
    const inner = countingPort();
    const controller = new AbortController();
    const port = watchedPort(inner, controller.signal);
    controller.abort();
    await port.writeSheet({ name: '新表', kind: 'x', blocks: [] });
    expect(inner.writes).toEqual(['新表']);
  });

  it('forgets a failed read, so the next one tries again', async () => {
    const inner = countingPort();
    let fail = true;
    const port = watchedPort({ ...inner, readGrid: async (sheet: string) => { if (fail) throw new Error('busy'); return grid(sheet); } }, new AbortController().signal);
    await expect(port.readGrid('台账')).rejects.toThrow('busy');
    fail = false;
    await expect(port.readGrid('台账')).resolves.toMatchObject({ sheet: '台账' });
  });
});
