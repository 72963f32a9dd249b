/**
 * 统计报表 — the office's reports from the workbooks it keeps: pick a report (资产汇总, 四柱清册,
 * 同期对比 … as the report table lists them), the sheet it draws from and its inputs (a form built
 * from the report's params), run it (progress, cancel), read the result, then write it into the
 * workbook as Taizhang's own sheets with charts, and print it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
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
import { ArrowSync20Regular, DataBarVertical20Regular } from '@fluentui/react-icons';
import type { SheetReport } from '../../app/inspect';
import type { ReportSource } from '../../app/reports';
import { CancelledError } from '../../core/errors';
import type { Finding } from '../../core/findings';
import { qualifiedAddress } from '../../core/sheet/address';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { FindingsList } from '../inspect/FindingsList';
import { rowSpan } from '../inspect/view-model';
import { ErrorBar } from '../shell/ErrorBar';
import { Heading } from '../shell/Heading';
import type { PanelProps } from '../shell/panels';
import { ReportsClient } from './client';
import type { ReportKindView, ReportView, ReportsProgress } from './engine';
import { reportsUi } from './messages';
import { OutputCard } from './OutputCard';
import { ParamFields } from './ParamFields';
import { ResultCard } from './ResultCard';
import { buildRequest, defaultValues, formProblem, sourcesFor, todayIso, type FormValue } from './view-model';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  help: {
    color: tokens.colorNeutralForeground3,
  },
  kinds: {
    display: 'flex',
    flexWrap: 'wrap',
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  sourceField: {
    flexGrow: 1,
    flexBasis: '200px',
    maxWidth: '480px',
    minWidth: 0,
  },
  progress: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  grow: {
    flexGrow: 1,
  },
  // One column in a task pane; on a wide screen the output and findings sit beside the result.
  results: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gridTemplateAreas: '"result" "output" "findings"',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
    '@media (min-width: 960px)': {
      gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
      gridTemplateAreas: '"result output" "result findings"',
      columnGap: tokens.spacingHorizontalL,
    },
  },
  result: { gridArea: 'result' },
  output: { gridArea: 'output' },
  findings: { gridArea: 'findings' },
});

/** The findings as the shared findings list takes them: a report over the source sheet. */
function findingsReport(sheet: string, findings: readonly Finding[]): SheetReport {
  return {
    name: sheet,
    hidden: false,
    status: 'ok',
    headerRows: [],
    firstDataRow: 0,
    lastDataRow: 0,
    dataRowCount: 0,
    columns: [],
    fields: {},
    candidates: {},
    excludedRows: [],
    hiddenRows: [],
    findings: [...findings],
    omittedFindings: 0,
    preview: [],
  };
}

type Reading = ReportsProgress | 'start';

export function ReportsPanel(props: PanelProps): JSX.Element {
  const { engine, mode, workbookKey, onWorkbookChanged, toasterId } = props;
  const client = useMemo(() => new ReportsClient(engine), [engine]);
  const i18n = useI18n();
  const { locale, pick } = i18n;
  const t = useCatalogue(reportsUi);
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);

  const [kinds, setKinds] = useState<ReportKindView[] | null>(null);
  const [kindKey, setKindKey] = useState<string>('');
  const [sources, setSources] = useState<ReportSource[] | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, FormValue>>({});
  const [loading, setLoading] = useState<Reading | null>(null);
  const [running, setRunning] = useState<Reading | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [view, setView] = useState<ReportView | null>(null);
  const [selected, setSelected] = useState<Finding | null>(null);
  const work = useRef<AbortController | null>(null);
  const today = useMemo(() => todayIso(), []);

  const kind = kinds?.find((k) => k.key === kindKey) ?? null;
  const fitting = useMemo(() => (kind && sources ? sourcesFor(kind.key, sources) : []), [kind, sources]);
  const source = fitting.find((s) => s.sheet === sheet) ?? null;
  const defaults = useMemo(() => (kind ? defaultValues(kind.params, source, today) : {}), [kind, source, today]);
  const values = useMemo(() => ({ ...defaults, ...edits }), [defaults, edits]);
  const invalid = kind ? formProblem(kind.params, values) : null;

  /** Runs one long call at a time, with progress and cancel; a newer call or a cancel drops the older result. */
  const long = useCallback(async <T,>(setStage: (r: Reading | null) => void, call: (signal: AbortSignal, onProgress: (p: ReportsProgress) => void) => Promise<T>): Promise<T | null> => {
    work.current?.abort();
    const controller = new AbortController();
    work.current = controller;
    setStage('start');
    setCancelled(false);
    setProblem(null);
    try {
      const result = await call(controller.signal, (p) => setStage(p));
      if (work.current !== controller) return null;
      if (controller.signal.aborted) {
        setCancelled(true);
        return null;
      }
      return result;
    } catch (e) {
      if (work.current !== controller) return null;
      if (e instanceof CancelledError) setCancelled(true);
      else setProblem(e);
      return null;
    } finally {
      if (work.current === controller) {
        work.current = null;
        setStage(null);
      }
    }
  }, []);

  const loadSources = useCallback(async () => {
    const list = await long(setLoading, (signal, onProgress) => client.sources({ signal, onProgress }));
    if (list) setSources(list);
  }, [client, long]);

  // Another workbook: the report table once, then the sheets this workbook offers.
  useEffect(() => {
    setView(null);
    setSources(null);
    setSelected(null);
    if (workbookKey === null) return;
    let live = true;
    client.kinds().then(
      (list) => {
        if (!live) return;
        setKinds(list);
        setKindKey((prev) => (list.some((k) => k.key === prev) ? prev : (list[0]?.key ?? '')));
      },
      (e: unknown) => live && setProblem(e),
    );
    void loadSources();
    return () => {
      live = false;
    };
  }, [client, workbookKey, loadSources]);

  // Keep the chosen sheet when it can feed the report, else the first one that can.
  useEffect(() => {
    setSheet((prev) => (prev !== null && fitting.some((s) => s.sheet === prev) ? prev : (fitting.find((s) => !s.hidden) ?? fitting[0])?.sheet ?? null));
  }, [fitting]);

  // Another report or sheet: its own defaults (columns and groups belong to the sheet).
  useEffect(() => setEdits({}), [kindKey, sheet]);

  useEffect(() => () => work.current?.abort(), []);

  const run = async (): Promise<void> => {
    if (!kind || !source || invalid) return;
    setView(null);
    setSelected(null);
    const request = buildRequest(kind.params, source.sheet, values);
    const result = await long(setRunning, (signal, onProgress) => client.run(kind.key, request, { locale, today }, { signal, onProgress }));
    if (result) setView(result);
  };

  const locate = useCallback(
    async (target: string, cell: string, finding: Finding | null) => {
      try {
        await client.select(target, cell);
        setSelected(finding);
        if (mode === 'workbench') {
          onWorkbookChanged();
          dispatchToast(
            <Toast>
              <ToastTitle>{t('check.selected', { address: qualifiedAddress(target, cell) })}</ToastTitle>
              <ToastBody>{t('check.selectedWorkbench')}</ToastBody>
            </Toast>,
            { intent: 'info' },
          );
        }
      } catch (e) {
        setProblem(e);
      }
    },
    [client, mode, onWorkbookChanged, dispatchToast, t],
  );

  const locateFinding = (f: Finding): void => {
    // Whole rows: their first cell, which both Excel and the downloaded file open at.
    const rows = rowSpan(f.cell);
    void locate(f.sheet, rows ? `A${rows.from}` : f.cell, f);
  };

  if (workbookKey === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{i18n.t('inspect.needFile')}</MessageBarBody>
      </MessageBar>
    );
  }

  const busy = loading !== null || running !== null;
  const stage = running ?? loading;
  const stageText =
    stage === null
      ? ''
      : stage === 'start'
        ? running !== null && kind
          ? t('form.running', { kind: pick(kind.label) })
          : t('form.loadingSources')
        : stage.total > 0
          ? t('form.readingRows', { sheet: stage.sheet, done: stage.done, total: stage.total })
          : t('form.readingSheet', { sheet: stage.sheet });
  const problemText = invalid && kind ? t(invalid.key, { param: pick(kind.params.find((p) => p.key === invalid.param)?.label ?? { 'zh-CN': invalid.param, 'en-US': invalid.param }) }) : null;

  return (
    <section className={styles.panel} aria-label={i18n.t('job.reports.title')}>
      {problem !== null && <ErrorBar error={problem} onDismiss={() => setProblem(null)} />}

      <Card className={styles.card} aria-labelledby="report-form-heading" data-testid="report-form">
        <Heading id="report-form-heading">{t('form.heading')}</Heading>
        <Field label={t('form.kind')}>
          <RadioGroup
            layout="horizontal"
            className={styles.kinds}
            value={kindKey}
            disabled={kinds === null || running !== null}
            onChange={(_, d) => {
              setView(null);
              setKindKey(d.value);
            }}
            data-testid="report-kind"
          >
            {(kinds ?? []).map((k) => (
              <Radio key={k.key} value={k.key} label={pick(k.label)} data-testid={`report-kind-${k.key}`} />
            ))}
          </RadioGroup>
        </Field>
        {kind && (
          <Text size={200} className={styles.help}>
            {pick(kind.description)}
          </Text>
        )}

        <div className={styles.row}>
          <Field label={t('form.source')} className={styles.sourceField}>
            <Select value={sheet ?? ''} disabled={fitting.length === 0 || busy} onChange={(_, d) => setSheet(d.value)} data-testid="report-source">
              {sheet === null && <option value="" />}
              {fitting.map((s) => (
                <option key={s.sheet} value={s.sheet}>
                  {t(s.hidden ? 'form.sourceHidden' : 'form.sourceOption', { sheet: s.sheet, rows: s.rows })}
                </option>
              ))}
            </Select>
          </Field>
          <Button icon={<ArrowSync20Regular />} disabled={busy} aria-label={t('form.rereadLabel')} onClick={() => void loadSources()}>
            {t('form.reread')}
          </Button>
        </div>

        {kind && sources !== null && fitting.length === 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('form.noSources', { kind: pick(kind.label) })}</MessageBarBody>
          </MessageBar>
        )}

        {kind && source && (
          <ParamFields
            params={kind.params}
            source={source}
            sheets={(sources ?? []).map((s) => s.sheet)}
            values={values}
            problem={invalid && problemText ? { param: invalid.param, text: problemText } : null}
            disabled={busy}
            onChange={(key, value) => setEdits((prev) => ({ ...prev, [key]: value }))}
          />
        )}

        {stage !== null ? (
          <div className={styles.progress} role="status" aria-live="polite">
            {stage !== 'start' && stage.total > 0 ? (
              <Field validationMessage={stageText} validationState="none" className={styles.grow}>
                <ProgressBar value={stage.done} max={stage.total} />
              </Field>
            ) : (
              <Spinner size="tiny" label={stageText} labelPosition="after" className={styles.grow} />
            )}
            <Button onClick={() => work.current?.abort()} data-testid="report-cancel">
              {t('form.cancel')}
            </Button>
          </div>
        ) : (
          <div className={styles.row}>
            <Button appearance="primary" icon={<DataBarVertical20Regular />} disabled={!kind || !source || invalid !== null} onClick={() => void run()} data-testid="report-run">
              {t('form.run')}
            </Button>
          </div>
        )}
        {cancelled && stage === null && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('form.cancelled')}</MessageBarBody>
          </MessageBar>
        )}
      </Card>

      {view && kind && (
        <div className={styles.results}>
          <ResultCard className={styles.result} view={view} kindLabel={pick(kind.label)} onLocate={(s, c) => void locate(s, c, null)} />
          <OutputCard className={styles.output} client={client} view={view} mode={mode} onWritten={onWorkbookChanged} onError={setProblem} />
          <FindingsList className={styles.findings} report={findingsReport(source?.sheet ?? '', view.findings)} selected={selected} onLocate={locateFinding} />
        </div>
      )}
    </section>
  );
}
