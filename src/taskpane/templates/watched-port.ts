/**
 * The port a template call works through in the engine: reads report their progress and stop on
 * cancel, and each sheet is read once per call (the use cases read a sheet more than once — for the
 * mapping, then for the rows). Writes are never cut short: a half-written register or a replaced
 * sheet without its successor would be worse than a late stop.
 */
import { throwIfAborted } from '../../core/errors';
import type { Grid } from '../../core/sheet/grid';
import type { Progress, WorkbookPort } from '../../workbook/port';

export interface TemplateProgress {
  readonly sheet: string;
  readonly phase: 'read' | 'write';
  readonly done: number;
  readonly total: number;
}

export function watchedPort(port: WorkbookPort, signal: AbortSignal, onProgress?: (p: TemplateProgress) => void): WorkbookPort {
  const grids = new Map<string, Promise<Grid>>();
  const relay =
    (sheet: string, phase: TemplateProgress['phase'], also?: (p: Progress) => void) =>
    (p: Progress): void => {
      also?.(p);
      onProgress?.({ sheet, phase, done: p.done, total: p.total });
    };
  return {
    kind: port.kind,
    listSheets: () => port.listSheets(),
    readGrid: async (sheet, options = {}) => {
      throwIfAborted(signal);
      if (options.range !== undefined) return port.readGrid(sheet, { ...options, signal, onProgress: relay(sheet, 'read', options.onProgress) });
      const cached = grids.get(sheet);
      if (cached) return cached;
      const reading = port.readGrid(sheet, { signal, onProgress: relay(sheet, 'read', options.onProgress) });
      grids.set(sheet, reading);
      reading.catch(() => grids.delete(sheet));
      return reading;
    },
    writeSheet: async (spec, options = {}) => {
      grids.clear();
      await port.writeSheet(spec, { ...options, onProgress: relay(spec.name, 'write', options.onProgress) });
    },
    updateCells: async (sheet, edits, options) => {
      grids.clear();
      await port.updateCells(sheet, edits, options);
    },
    deleteSheet: async (name) => {
      grids.clear();
      await port.deleteSheet(name);
    },
    select: (sheet, address) => port.select(sheet, address),
    readSetting: (key) => port.readSetting(key),
    writeSetting: (key, value) => port.writeSetting(key, value),
  };
}
