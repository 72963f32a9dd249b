/**
 * The engine behind the pane: holds the workbook being worked on and runs the app's use cases on
 * it. It runs inside the Web Worker (engine.worker.ts) and, in tests, directly in Node.
 */
import { inspectWorkbook, rememberMapping, userSheets } from '../../app/inspect';
import { loadMapping, saveMapping } from '../../app/mapping-store';
import type { MappingOverrides } from '../../core/sheet/mapping';
import type { WorkbookPort } from '../../workbook/port';
import type { EngineApi, InspectView } from './api';
import { RemotePort } from './port-bridge';
import { settle } from './result';
import { UserError } from '../../core/errors';
import { localize, type Localized } from '../../core/i18n/locale';
import { uiMessages } from '../i18n/messages';
import type { EngineContext } from './job-engine';
import { createJobEngines } from './jobs';

/** A workbook opened from a file: the port plus a way to write it back out. */
export interface SavableWorkbook extends WorkbookPort {
  save(): Promise<Uint8Array>;
  /** What saving will not keep (charts, pivot tables…), said before the user downloads. */
  saveWarning?(): Localized | null;
}

export interface EngineDeps {
  openWorkbook(bytes: Uint8Array, fileName: string): Promise<SavableWorkbook>;
  /** Makes a callback callable from the other side of the worker boundary (identity in-process). */
  sendable<F extends (...args: never[]) => unknown>(fn: F): F;
  /** Marks bytes to be moved, not copied, across the boundary (identity in-process). */
  movable(bytes: Uint8Array): Uint8Array;
}

export const PREVIEW_ROWS = 8;

export function createEngine(deps: EngineDeps): EngineApi {
  let port: WorkbookPort | null = null;
  let file: { workbook: SavableWorkbook; fileName: string } | null = null;
  const running = new Map<number, AbortController>();

  function current(): WorkbookPort {
    if (!port) throw new UserError('workbook.none', localize(uiMessages, 'engine.noWorkbook'));
    return port;
  }

  const context: EngineContext = {
    current,
    operation: async (opId, work) => {
      const controller = new AbortController();
      running.set(opId, controller);
      try {
        return await work(controller.signal);
      } finally {
        running.delete(opId);
      }
    },
    sendable: deps.sendable,
    movable: deps.movable,
  };

  return {
    ...createJobEngines(context),
    openFile: (bytes, fileName) =>
      settle(async () => {
        const workbook = await deps.openWorkbook(bytes, fileName);
        // Only a file that opened replaces the one being worked on.
        file = { workbook, fileName };
        port = workbook;
        return { fileName, sheets: await userSheets(workbook), saveWarning: workbook.saveWarning?.() ?? null };
      }),

    attachPort: (host, kind) =>
      settle(async () => {
        port = new RemotePort(host, kind, deps.sendable);
        file = null;
      }),

    sheets: () => settle(() => userSheets(current())),

    inspect: (opId, sheet, onProgress) =>
      settle(() =>
        context.operation(opId, async (signal): Promise<InspectView> => {
          const p = current();
          const { sheets } = await inspectWorkbook(p, {
            sheet,
            previewRows: PREVIEW_ROWS,
            signal,
            ...(onProgress ? { onProgress } : {}),
          });
          const report = sheets[0];
          if (!report) throw new UserError('sheet.notFound', localize(uiMessages, 'engine.sheetMissing', { sheet }));
          return { report, remembered: await loadMapping(p, sheet) };
        }),
      ),

    remember: (sheet, choices) => settle(() => rememberMapping(current(), sheet, choices)),

    forget: (sheet, fields) =>
      settle(async () => {
        const p = current();
        const kept: MappingOverrides = {};
        if (fields !== 'all') {
          for (const [k, v] of Object.entries(await loadMapping(p, sheet))) if (!fields.includes(k)) kept[k] = v;
        }
        await saveMapping(p, sheet, kept);
        return kept;
      }),

    select: (sheet, cell) => settle(() => current().select(sheet, cell)),

    save: () =>
      settle(async () => {
        if (!file) throw new UserError('workbook.none', localize(uiMessages, 'engine.noWorkbook'));
        return { bytes: deps.movable(await file.workbook.save()), fileName: file.fileName };
      }),

    cancel: async (opId) => {
      running.get(opId)?.abort();
    },
  };
}
