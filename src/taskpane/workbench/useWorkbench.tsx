/**
 * The workbench's file life cycle: open a file (picker, drop or the bundled sample), keep track of
 * changes not yet downloaded, and download the result as a new file.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Toast, ToastTitle, useToastController } from '@fluentui/react-components';
import { UserError } from '../../core/errors';
import { localize, type Locale, type Localized } from '../../core/i18n/locale';
import { uiMessages } from '../i18n/messages';
import type { EngineClient } from '../engine/client';
import { translate } from '../i18n/i18n';
import { downloadName, fetchSample, saveBytes, SAMPLE_FILE } from './files';

export interface WorkbenchState {
  readonly fileName: string | null;
  /** Changes on every opened file, so panels start afresh; null while no file is open. */
  readonly workbookKey: string | null;
  readonly dirty: boolean;
  /** What is being done right now (opening, saving), for the bar's spinner. */
  readonly busy: string | null;
  readonly error: unknown;
  readonly saveWarning: Localized | null;
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  download(): Promise<void>;
  markDirty(): void;
  clearError(): void;
}

export interface WorkbenchOptions {
  readonly engine: EngineClient;
  readonly enabled: boolean;
  readonly openSampleAtStart: boolean;
  readonly locale: Locale;
  readonly toasterId: string;
  readonly onOpened: () => void;
}

export function useWorkbench(options: WorkbenchOptions): WorkbenchState {
  const { engine, enabled, openSampleAtStart, locale, toasterId, onOpened } = options;
  const [fileName, setFileName] = useState<string | null>(null);
  const [workbookKey, setWorkbookKey] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saveWarning, setSaveWarning] = useState<Localized | null>(null);
  const opened = useRef(0);
  const { dispatchToast } = useToastController(toasterId);

  const openBytes = useCallback(
    async (load: () => Promise<Uint8Array>, name: string) => {
      setBusy(translate(locale, 'workbench.opening', { file: name }));
      setError(null);
      try {
        const result = await engine.openFile(await load(), name);
        opened.current += 1;
        setFileName(result.fileName);
        setSaveWarning(result.saveWarning);
        setWorkbookKey(`${opened.current}:${result.fileName}`);
        setDirty(false);
        onOpened();
      } catch (e) {
        // The file that was open (if any) stays open: a bad file replaces nothing.
        setError(e);
      } finally {
        setBusy(null);
      }
    },
    [engine, locale, onOpened],
  );

  const openFile = useCallback((file: File) => openBytes(async () => new Uint8Array(await file.arrayBuffer()), file.name), [openBytes]);

  const openSample = useCallback(
    () =>
      openBytes(async () => {
        try {
          return await fetchSample();
        } catch (e) {
          throw new UserError('sample.unavailable', localize(uiMessages, 'workbench.sampleFailed', { detail: e instanceof Error ? e.message : String(e) }));
        }
      }, SAMPLE_FILE),
    [openBytes],
  );

  const download = useCallback(async () => {
    setBusy(translate(locale, 'workbench.saving'));
    setError(null);
    try {
      const saved = await engine.save();
      const name = downloadName(saved.fileName, translate(locale, 'workbench.downloadNameSuffix'));
      saveBytes(saved.bytes, name);
      setDirty(false);
      dispatchToast(
        <Toast>
          <ToastTitle>{translate(locale, 'workbench.downloaded', { file: name })}</ToastTitle>
        </Toast>,
        { intent: 'success' },
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }, [engine, locale, dispatchToast]);

  const markDirty = useCallback(() => {
    if (enabled) setDirty(true);
  }, [enabled]);

  const clearError = useCallback(() => setError(null), []);

  // `npm start` opens the workbench with the sample (…/taskpane.html?sample=1).
  const started = useRef(false);
  useEffect(() => {
    if (!enabled || !openSampleAtStart || started.current) return;
    started.current = true;
    void openSample();
  }, [enabled, openSampleAtStart, openSample]);

  // Remembered mappings live in the in-memory workbook until downloaded.
  useEffect(() => {
    if (!enabled || !dirty) return;
    const warn = (event: BeforeUnloadEvent): string => {
      event.preventDefault();
      const message = translate(locale, 'workbench.leaveWarning');
      event.returnValue = message;
      return message;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [enabled, dirty, locale]);

  return { fileName, workbookKey, dirty, busy, error, saveWarning, openFile, openSample, download, markDirty, clearError };
}
