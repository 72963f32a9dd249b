/**
 * 读表检查 — "is my sheet understood?": pick a sheet; see its header, data range and left-out rows,
 * the column mapping (editable, remembered in the workbook), a preview and the cells to check.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Text,
  Toast,
  ToastBody,
  ToastTitle,
  makeStyles,
  tokens,
  useToastController,
} from '@fluentui/react-components';
import { ArrowSync20Regular } from '@fluentui/react-icons';
import { CancelledError } from '../../core/errors';
import type { Finding } from '../../core/findings';
import { ASSET_FIELDS, type FieldDef } from '../../core/sheet/fields';
import { qualifiedAddress } from '../../core/sheet/address';
import type { InspectView, SheetChoice, SheetProgress } from '../engine/api';
import type { EngineClient } from '../engine/client';
import { useI18n } from '../i18n/i18n';
import { ErrorBar } from '../shell/ErrorBar';
import { FindingsList } from './FindingsList';
import { MappingTable, type MappingChoice } from './MappingTable';
import { PreviewTable } from './PreviewTable';
import { SheetSummary } from './SheetSummary';
import { fieldName, locateAddress } from './view-model';

export interface InspectPanelProps {
  readonly engine: EngineClient;
  readonly mode: 'excel' | 'workbench';
  /** Changes when another workbook is opened; null while none is. */
  readonly workbookKey: string | null;
  readonly onWorkbookChanged: () => void;
  readonly toasterId: string;
}

const FIELDS: readonly FieldDef[] = ASSET_FIELDS;

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  picker: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  sheetField: {
    flexGrow: 1,
    flexBasis: '200px',
    maxWidth: '480px',
  },
  progress: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  progressBar: {
    flexGrow: 1,
  },
  // One column in a task pane; on a wide screen the findings sit beside summary and mapping.
  sections: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gridTemplateAreas: '"summary" "mapping" "preview" "findings"',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
    '@media (min-width: 960px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
      gridTemplateAreas: '"summary findings" "mapping findings" "preview preview"',
      columnGap: tokens.spacingHorizontalL,
    },
  },
  summary: { gridArea: 'summary' },
  mapping: { gridArea: 'mapping' },
  preview: { gridArea: 'preview' },
  findings: { gridArea: 'findings' },
});

function defaultSheet(sheets: readonly SheetChoice[]): string | null {
  return (sheets.find((s) => !s.hidden) ?? sheets[0])?.name ?? null;
}

export function InspectPanel(props: InspectPanelProps): JSX.Element {
  const { engine, mode, workbookKey, onWorkbookChanged, toasterId } = props;
  const { t, locale } = useI18n();
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);

  const [sheets, setSheets] = useState<SheetChoice[] | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [view, setView] = useState<InspectView | null>(null);
  const [reading, setReading] = useState<SheetProgress | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [selected, setSelected] = useState<Finding | null>(null);
  const running = useRef<AbortController | null>(null);

  const read = useCallback(
    async (name: string) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setReading({ sheet: name, done: 0, total: 0 });
      setCancelled(false);
      setProblem(null);
      try {
        const result = await engine.inspect(name, { signal: controller.signal, onProgress: (p) => setReading(p) });
        if (running.current !== controller) return;
        // A cancel that came after the last read still means "not this result".
        if (controller.signal.aborted) setCancelled(true);
        else setView(result);
      } catch (e) {
        if (running.current !== controller) return;
        if (e instanceof CancelledError) setCancelled(true);
        else setProblem(e);
      } finally {
        if (running.current === controller) {
          running.current = null;
          setReading(null);
        }
      }
    },
    [engine],
  );

  // Another workbook: list its sheets, keep the chosen sheet if it has one of that name.
  useEffect(() => {
    setView(null);
    setSelected(null);
    setNotice(null);
    setSheets(null);
    if (workbookKey === null) return;
    let live = true;
    engine.sheets().then(
      (list) => {
        if (!live) return;
        setSheets(list);
        setSheet((prev) => (prev !== null && list.some((s) => s.name === prev) ? prev : defaultSheet(list)));
      },
      (e: unknown) => live && setProblem(e),
    );
    return () => {
      live = false;
    };
  }, [engine, workbookKey]);

  /** Reads the sheet list again too: in Excel the user may have added or renamed sheets meanwhile. */
  const reread = useCallback(async () => {
    setNotice(null);
    setSelected(null);
    try {
      const list = await engine.sheets();
      // A new list reads the chosen sheet again (the effect below).
      setSheets(list);
      setSheet((prev) => (prev !== null && list.some((s) => s.name === prev) ? prev : defaultSheet(list)));
    } catch (e) {
      setProblem(e);
    }
  }, [engine]);

  // Read the chosen sheet once the workbook's list has it (never a name left over from another file).
  useEffect(() => {
    if (sheet === null || sheets === null || !sheets.some((s) => s.name === sheet)) return;
    void read(sheet);
  }, [sheet, sheets, read]);

  // Stop reading when the panel goes away.
  useEffect(() => () => running.current?.abort(), []);

  /** Changes what is remembered for the sheet, then reads it again with the new mapping. */
  const change = useCallback(
    async (work: (sheetName: string) => Promise<unknown>, done: string) => {
      if (sheet === null) return;
      setSaving(true);
      setProblem(null);
      setNotice(null);
      try {
        await work(sheet);
        onWorkbookChanged();
        setNotice(done);
        await read(sheet);
      } catch (e) {
        setProblem(e);
      } finally {
        setSaving(false);
      }
    },
    [sheet, read, onWorkbookChanged],
  );

  const choose = useCallback(
    (field: FieldDef, choice: MappingChoice) => {
      if (choice.kind === 'auto') return change((s) => engine.forget(s, [field.key]), t('mapping.resetDone'));
      const done = t(mode === 'workbench' ? 'mapping.rememberedWorkbench' : 'mapping.remembered', { field: fieldName(field, locale) });
      return change((s) => engine.remember(s, { [field.key]: choice.column }), done);
    },
    [change, engine, mode, t, locale],
  );

  const resetAll = useCallback(() => change((s) => engine.forget(s, 'all'), t('mapping.resetDone')), [change, engine, t]);

  const locate = useCallback(
    async (f: Finding) => {
      if (!view) return;
      const address = locateAddress(f, view.report);
      try {
        await engine.select(f.sheet, address);
        setSelected(f);
        if (mode === 'workbench') {
          onWorkbookChanged();
          dispatchToast(
            <Toast>
              <ToastTitle>{t('findings.selected', { address: qualifiedAddress(f.sheet, address) })}</ToastTitle>
              <ToastBody>{t('findings.selectedWorkbench')}</ToastBody>
            </Toast>,
            { intent: 'info' },
          );
        }
      } catch (e) {
        setProblem(e);
      }
    },
    [engine, view, mode, onWorkbookChanged, dispatchToast, t],
  );

  if (workbookKey === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('inspect.needFile')}</MessageBarBody>
      </MessageBar>
    );
  }

  const report = view && view.report.name === sheet ? view.report : null;
  const progressText =
    reading === null ? '' : reading.total > 0 ? t('inspect.readingRows', { sheet: reading.sheet, done: reading.done, total: reading.total }) : t('inspect.reading', { sheet: reading.sheet });

  return (
    <section className={styles.panel} aria-label={t('job.inspect.title')}>
      <div className={styles.picker}>
        <Field label={t('inspect.sheet')} className={styles.sheetField}>
          <Select
            value={sheet ?? ''}
            disabled={sheets === null || sheets.length === 0}
            onChange={(_, data) => {
              setSelected(null);
              setNotice(null);
              setSheet(data.value);
            }}
            data-testid="sheet-select"
          >
            {sheet === null && <option value="">{t('inspect.sheetPlaceholder')}</option>}
            {(sheets ?? []).map((s) => (
              <option key={s.name} value={s.name}>
                {s.hidden ? t('inspect.hiddenSheet', { sheet: s.name }) : s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          icon={<ArrowSync20Regular />}
          disabled={sheets === null || reading !== null}
          aria-label={sheet === null ? t('inspect.reread') : t('inspect.rereadLabel', { sheet })}
          onClick={() => void reread()}
        >
          {t('inspect.reread')}
        </Button>
      </div>

      {sheets !== null && sheets.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('inspect.noSheets')}</MessageBarBody>
        </MessageBar>
      )}

      {reading !== null && (
        <div className={styles.progress} role="status" aria-live="polite">
          {reading.total > 0 ? (
            <Field validationMessage={progressText} validationState="none" className={styles.progressBar}>
              <ProgressBar value={reading.done} max={reading.total} />
            </Field>
          ) : (
            <Spinner size="tiny" label={progressText} className={styles.progressBar} labelPosition="after" />
          )}
          <Button onClick={() => running.current?.abort()}>{t('inspect.cancel')}</Button>
        </div>
      )}

      {cancelled && reading === null && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('inspect.cancelled')}</MessageBarBody>
        </MessageBar>
      )}

      {problem !== null && <ErrorBar error={problem} onDismiss={() => setProblem(null)} />}

      {report && view && report.status === 'ok' && (
        <div className={styles.sections}>
          <SheetSummary report={report} className={styles.summary} />
          <MappingTable
            className={styles.mapping}
            report={report}
            remembered={view.remembered}
            fields={FIELDS}
            busy={saving || reading !== null}
            notice={notice}
            onChoose={(field, choice) => void choose(field, choice)}
            onResetAll={() => void resetAll()}
          />
          <PreviewTable className={styles.preview} report={report} fields={FIELDS} />
          <FindingsList className={styles.findings} report={report} selected={selected} onLocate={(f) => void locate(f)} />
        </div>
      )}
      {/* An empty sheet or one without a header: what was found and why, nothing to map. */}
      {report && report.status !== 'ok' && (
        <div className={styles.panel}>
          <SheetSummary report={report} />
          <FindingsList report={report} selected={selected} onLocate={(f) => void locate(f)} />
        </div>
      )}
      {saving && <Text role="status">{t('mapping.saving')}</Text>}
    </section>
  );
}
