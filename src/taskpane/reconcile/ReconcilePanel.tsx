/**
 * 账物核对 — the count against the books: choose the ledger and the count (a sheet of this workbook,
 * another file, or a scanner export), review both mappings, choose the fields to compare, run with
 * progress and cancel, review and decide possible matches, write the result sheets; marking the
 * ledger's own rows only behind a preview, a confirm and an undo.
 */
import {
  Button,
  Card,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  Toast,
  ToastBody,
  ToastTitle,
  makeStyles,
  tokens,
  useToastController,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CancelledError } from '../../core/errors';
import { compareFieldSchema, type CompareField, type Decision } from '../../core/reconcile';
import { ASSET_FIELDS, type FieldDef } from '../../core/sheet/fields';
import { MappingTable, type MappingChoice } from '../inspect/MappingTable';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { ErrorBar } from '../shell/ErrorBar';
import { Heading } from '../shell/Heading';
import type { PanelProps } from '../shell/panels';
import { ReconcileClient } from './client';
import type { CountChoice, CountFile, MarksPreview, ReconcileProgressView, ReconcileSetup, ReconcileView, SideMappingView } from './engine';
import { reconcileUi, type ReconcileUiKey } from './messages';
import { ResultList } from './ResultList';

const DEFAULT_COMPARE: readonly CompareField[] = ['department', 'location', 'custodian', 'status'];
const SUMMARY_KEYS = ['ledgerRows', 'countRows', 'agreed', 'mismatched', 'shortage', 'surplus', 'duplicates', 'possibleMatches', 'ledgerAmount', 'shortageAmount'] as const;
const PREVIEW_LINES = 12;

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  grow: { flexGrow: 1, flexBasis: '180px', maxWidth: '420px' },
  help: { color: tokens.colorNeutralForeground3 },
  checks: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  progress: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  progressBar: { flexGrow: 1 },
  summary: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(7.5rem, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  figure: { display: 'flex', flexDirection: 'column', padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  figureValue: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  preview: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  hiddenInput: { display: 'none' },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function isoToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function ReconcilePanel(props: PanelProps): JSX.Element {
  const { engine, mode, workbookKey, onWorkbookChanged, toasterId } = props;
  const client = useMemo(() => new ReconcileClient(engine), [engine]);
  const t = useCatalogue(reconcileUi);
  const { locale } = useI18n();
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);

  const [setup, setSetup] = useState<ReconcileSetup | null>(null);
  const [ledgerSheet, setLedgerSheet] = useState<string>('');
  const [countSheet, setCountSheet] = useState<string>('');
  const [countFile, setCountFile] = useState<CountFile | null>(null);
  const [fileSheet, setFileSheet] = useState<string>('');
  const [compare, setCompare] = useState<CompareField[]>([...DEFAULT_COMPARE]);
  const [mappingSide, setMappingSide] = useState<'ledger' | 'count' | null>(null);
  const [mapping, setMapping] = useState<SideMappingView | null>(null);
  const [mappingNotice, setMappingNotice] = useState<string | null>(null);
  const [progress, setProgress] = useState<ReconcileProgressView | null>(null);
  const [view, setView] = useState<ReconcileView | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);
  const [writeOffs, setWriteOffs] = useState(false);
  const [draftLedger, setDraftLedger] = useState(false);
  const [countDate, setCountDate] = useState(isoToday());
  const [unitName, setUnitName] = useState('');
  const [marks, setMarks] = useState<MarksPreview | null>(null);
  const [undoId, setUndoId] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    setSetup(null);
    setView(null);
    setMarks(null);
    setUndoId(null);
    setCountFile(null);
    setMapping(null);
    setMappingSide(null);
    if (workbookKey === null) return;
    let live = true;
    client.setup().then(
      (s) => {
        if (!live) return;
        setSetup(s);
        setLedgerSheet(s.ledger ?? '');
        setCountSheet(s.count ?? '');
      },
      (e: unknown) => live && setProblem(e),
    );
    return () => {
      live = false;
    };
  }, [client, workbookKey]);

  useEffect(() => () => running.current?.abort(), []);

  const countChoice = useMemo((): CountChoice | null => {
    if (countFile) {
      if (countFile.kind === 'scan') return { kind: 'scan' };
      return fileSheet ? { kind: 'file', sheet: fileSheet } : null;
    }
    return countSheet ? { kind: 'sheet', sheet: countSheet } : null;
  }, [countFile, fileSheet, countSheet]);

  const showMapping = useCallback(
    async (side: 'ledger' | 'count') => {
      const sheet = side === 'ledger' ? ledgerSheet : countChoice && countChoice.kind !== 'scan' ? countChoice.sheet : '';
      if (!sheet) return;
      setMappingSide(side);
      setMapping(null);
      setMappingNotice(null);
      try {
        setMapping(await client.mapping(side, countChoice, sheet));
      } catch (e) {
        setProblem(e);
      }
    },
    [client, ledgerSheet, countChoice],
  );

  const chooseMapping = useCallback(
    async (field: FieldDef, choice: MappingChoice) => {
      if (!mappingSide || !mapping) return;
      setBusy(true);
      try {
        const value = choice.kind === 'auto' ? undefined : choice.column;
        const choices = { ...mapping.remembered };
        if (value === undefined) delete choices[field.key];
        else choices[field.key] = value ?? null;
        const next = await client.remember(mappingSide, countChoice, mapping.report.name, choices);
        setMapping(next);
        setMappingNotice(choice.kind === 'auto' ? t('mappingReset') : t('mappingSaved', { field: locale === 'zh-CN' ? field.zh : field.en }));
        if (mappingSide === 'ledger' || countChoice?.kind === 'sheet') onWorkbookChanged();
      } catch (e) {
        setProblem(e);
      } finally {
        setBusy(false);
      }
    },
    [client, mapping, mappingSide, countChoice, t, locale, onWorkbookChanged],
  );

  const run = useCallback(async () => {
    if (!ledgerSheet || !countChoice) return;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setProblem(null);
    setCancelled(false);
    setMarks(null);
    setProgress({ phase: 'ledger', done: 0, total: 0 });
    try {
      const result = await client.run(ledgerSheet, countChoice, compare, { signal: controller.signal, onProgress: (p) => setProgress(p) });
      if (running.current !== controller) return;
      if (controller.signal.aborted) setCancelled(true);
      else setView(result);
    } catch (e) {
      if (running.current !== controller) return;
      if (e instanceof CancelledError) setCancelled(true);
      else setProblem(e);
    } finally {
      if (running.current === controller) {
        running.current = null;
        setProgress(null);
      }
    }
  }, [client, ledgerSheet, countChoice, compare]);

  const decide = useCallback(
    async (decisions: Decision[]) => {
      setBusy(true);
      try {
        setView(await client.decide(decisions));
        setMarks(null);
      } catch (e) {
        setProblem(e);
      } finally {
        setBusy(false);
      }
    },
    [client],
  );

  const openCount = useCallback(
    async (file: File) => {
      setProblem(null);
      try {
        const opened = await client.openCount(new Uint8Array(await file.arrayBuffer()), file.name);
        setCountFile(opened);
        setFileSheet(opened.suggested ?? '');
        setView(null);
        if (mappingSide === 'count') setMappingSide(null);
      } catch (e) {
        setProblem(e);
      }
    },
    [client, mappingSide],
  );

  const write = useCallback(async () => {
    setBusy(true);
    setProblem(null);
    try {
      const sheets = await client.write({ locale, asOf: countDate || isoToday(), countDate: countDate || undefined, unitName: unitName.trim() || undefined, writeOffs, draftLedger });
      onWorkbookChanged();
      dispatchToast(
        <Toast>
          <ToastTitle>{t('written', { sheets: sheets.join(locale === 'zh-CN' ? '、' : ', ') })}</ToastTitle>
          {mode === 'workbench' && <ToastBody>{t('writtenWorkbench')}</ToastBody>}
        </Toast>,
        { intent: 'success' },
      );
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }, [client, locale, countDate, unitName, writeOffs, draftLedger, onWorkbookChanged, dispatchToast, t, mode]);

  const planMarks = useCallback(async () => {
    setBusy(true);
    try {
      setMarks(await client.planMarks(locale));
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }, [client, locale]);

  const applyMarks = useCallback(async () => {
    setBusy(true);
    try {
      const done = await client.applyMarks(locale);
      setMarks(null);
      onWorkbookChanged();
      if (done) {
        setUndoId(done.id);
        dispatchToast(
          <Toast>
            <ToastTitle>{t('marksDone', { count: done.changed })}</ToastTitle>
          </Toast>,
          { intent: 'success' },
        );
      }
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }, [client, locale, onWorkbookChanged, dispatchToast, t]);

  const undoMarks = useCallback(async () => {
    if (!undoId) return;
    setBusy(true);
    try {
      const r = await client.undoMarks(undoId);
      setUndoId(null);
      onWorkbookChanged();
      dispatchToast(
        <Toast>
          <ToastTitle>{t('undone', { count: r.restored })}</ToastTitle>
          {r.skipped.length > 0 && <ToastBody>{t('undoSkipped', { cells: r.skipped.join(', ') })}</ToastBody>}
        </Toast>,
        { intent: 'info' },
      );
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }, [client, undoId, onWorkbookChanged, dispatchToast, t]);

  if (workbookKey === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('needFile')}</MessageBarBody>
      </MessageBar>
    );
  }

  const sheets = setup?.sheets ?? [];
  const progressText = progress === null ? '' : progress.phase === 'match' ? t('phase.match') : progress.total > 0 ? t(`phase.${progress.phase}` as ReconcileUiKey, { done: progress.done, total: progress.total }) : t('phase.start');
  const summaryValue = (key: (typeof SUMMARY_KEYS)[number]): string => {
    if (!view) return '';
    const s = view.summary;
    return String(s[key]);
  };
  const summaryLabel = (key: (typeof SUMMARY_KEYS)[number]): string => t(`sum.${key}` as ReconcileUiKey);
  const fieldLabel = (key: string): string => {
    const def = ASSET_FIELDS.find((f) => f.key === key);
    return def ? (locale === 'zh-CN' ? def.zh : def.en) : key;
  };

  return (
    <section className={styles.panel} aria-label={t('sources')}>
      <Text className={styles.help}>{t('intro')}</Text>

      <Card className={styles.card}>
        <Heading id="reconcile-sources">{t('sources')}</Heading>
        <div className={styles.row}>
          <Field label={t('ledgerSheet')} className={styles.grow}>
            <Select value={ledgerSheet} onChange={(_, d) => setLedgerSheet(d.value)} data-testid="reconcile-ledger">
              {ledgerSheet === '' && <option value="">{t('pickSheet')}</option>}
              {sheets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
          {countFile === null ? (
            <Field label={t('countSheet')} className={styles.grow}>
              <Select value={countSheet} onChange={(_, d) => setCountSheet(d.value)} data-testid="reconcile-count">
                {countSheet === '' && <option value="">{t('pickSheet')}</option>}
                {sheets.filter((s) => s !== ledgerSheet).map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
            </Field>
          ) : countFile.kind === 'workbook' ? (
            <Field label={t('countFile', { file: countFile.fileName })} className={styles.grow}>
              <Select value={fileSheet} onChange={(_, d) => setFileSheet(d.value)} data-testid="reconcile-count-file-sheet">
                {fileSheet === '' && <option value="">{t('pickSheet')}</option>}
                {countFile.sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
            </Field>
          ) : (
            <Text className={styles.grow}>{t('scanFile', { file: countFile.fileName })}</Text>
          )}
        </div>
        <div className={styles.row}>
          <Button onClick={() => fileInput.current?.click()} data-testid="reconcile-open-count">
            {t('openCount')}
          </Button>
          {countFile !== null && (
            <Button
              appearance="subtle"
              onClick={() => {
                setCountFile(null);
                setView(null);
                void client.clearCount();
              }}
            >
              {t('useOwnSheet')}
            </Button>
          )}
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,.csv,.txt,.tsv"
            className={styles.hiddenInput}
            aria-label={t('openCount')}
            data-testid="reconcile-count-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void openCount(file);
            }}
          />
        </div>
        <Text size={200} className={styles.help}>
          {t('openCountHint')}
        </Text>
        <div className={styles.row}>
          <Button appearance="subtle" disabled={!ledgerSheet} onClick={() => (mappingSide === 'ledger' ? setMappingSide(null) : void showMapping('ledger'))}>
            {mappingSide === 'ledger' ? t('hideMapping') : t('reviewLedger')}
          </Button>
          <Button appearance="subtle" disabled={!countChoice || countChoice.kind === 'scan'} onClick={() => (mappingSide === 'count' ? setMappingSide(null) : void showMapping('count'))}>
            {mappingSide === 'count' ? t('hideMapping') : t('reviewCount')}
          </Button>
        </div>
        {mappingSide !== null && mapping && (
          <MappingTable
            report={mapping.report}
            remembered={mapping.remembered}
            fields={ASSET_FIELDS}
            busy={busy}
            notice={mappingNotice}
            onChoose={(field, choice) => void chooseMapping(field, choice)}
            onResetAll={() => undefined}
          />
        )}
      </Card>

      <Card className={styles.card}>
        <Heading id="reconcile-compare">{t('compare')}</Heading>
        <Text size={200} className={styles.help}>
          {t('compareHint')}
        </Text>
        <div className={styles.checks} role="group" aria-label={t('compare')}>
          {compareFieldSchema.options.map((f) => (
            <Checkbox
              key={f}
              label={fieldLabel(f)}
              checked={compare.includes(f)}
              onChange={(_, d) => setCompare((prev) => (d.checked ? [...prev, f] : prev.filter((x) => x !== f)))}
            />
          ))}
        </div>
        <div className={styles.row}>
          <Button appearance="primary" disabled={!ledgerSheet || !countChoice || progress !== null} onClick={() => void run()} data-testid="reconcile-run">
            {view ? t('rerun') : t('run')}
          </Button>
        </div>
        {progress !== null && (
          <div className={styles.progress} role="status" aria-live="polite">
            <Field validationMessage={progressText} validationState="none" className={styles.progressBar}>
              <ProgressBar value={progress.total > 0 ? progress.done : undefined} max={progress.total > 0 ? progress.total : undefined} />
            </Field>
            <Button onClick={() => running.current?.abort()} data-testid="reconcile-cancel">
              {t('cancel')}
            </Button>
          </div>
        )}
        {cancelled && progress === null && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('cancelled')}</MessageBarBody>
          </MessageBar>
        )}
      </Card>

      {problem !== null && <ErrorBar error={problem} onDismiss={() => setProblem(null)} />}

      {view && (
        <Card className={styles.card} data-testid="reconcile-result">
          <Heading id="reconcile-summary">{t('summary', { ledger: view.ledgerSheet, count: view.countName })}</Heading>
          <div className={styles.summary}>
            {SUMMARY_KEYS.map((k) => (
              <div key={k} className={styles.figure}>
                <Text size={200}>{summaryLabel(k)}</Text>
                <Text className={styles.figureValue} data-testid={`reconcile-sum-${k}`}>
                  {summaryValue(k)}
                </Text>
              </div>
            ))}
          </div>
          {view.decisions.length > 0 && (
            <div className={styles.row}>
              <Text role="status">{t('decisions', { count: view.decisions.length })}</Text>
              <Button size="small" appearance="subtle" disabled={busy} onClick={() => void decide([])}>
                {t('undoDecisions')}
              </Button>
            </div>
          )}
          <ResultList
            items={view.items}
            busy={busy}
            onDecide={(countRow, ledgerRow, decision) => void decide([...view.decisions.filter((d) => d.countRow !== countRow), { countRow, ledgerRow, decision }])}
          />
          {view.findings.length > 0 && (
            <details>
              <summary>{t('findings', { count: view.findings.length })}</summary>
              <ul className={styles.findings}>
                {view.findings.slice(0, 50).map((f, k) => (
                  <li key={k}>
                    <Text size={200}>{`${f.cell ? `${f.sheet}!${f.cell}` : f.sheet}  ${f.message[locale]}`}</Text>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </Card>
      )}

      {view && (
        <Card className={styles.card}>
          <Heading id="reconcile-write-heading">{t('write')}</Heading>
          <Text size={200} className={styles.help}>
            {t('writeHint')}
          </Text>
          <div className={styles.row}>
            <Field label={t('countDate')} className={styles.grow}>
              <Input type="date" value={countDate} onChange={(_, d) => setCountDate(d.value)} />
            </Field>
            <Field label={t('unitName')} className={styles.grow}>
              <Input value={unitName} onChange={(_, d) => setUnitName(d.value)} />
            </Field>
          </div>
          <div className={styles.checks}>
            <Checkbox label={t('writeOffs')} checked={writeOffs} onChange={(_, d) => setWriteOffs(d.checked === true)} />
            <Checkbox label={t('draftLedger')} checked={draftLedger} onChange={(_, d) => setDraftLedger(d.checked === true)} />
          </div>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={() => void write()} data-testid="reconcile-write">
              {t('write')}
            </Button>
            <Button disabled={busy} onClick={() => void planMarks()} data-testid="reconcile-marks">
              {t('marks')}
            </Button>
            {undoId && (
              <Button disabled={busy} onClick={() => void undoMarks()} data-testid="reconcile-undo">
                {t('undo')}
              </Button>
            )}
          </div>
          {marks && (
            <MessageBar intent="warning" layout="multiline" data-testid="reconcile-marks-preview">
              <MessageBarBody>
                <Text block>{t('marksHint', { sheet: marks.sheet, column: marks.column })}</Text>
                <Text block>{marks.lines.length === 0 ? t('marksNone') : t('marksPreview', { count: marks.lines.length })}</Text>
                <ul className={styles.preview}>
                  {marks.lines.slice(0, PREVIEW_LINES).map((l) => (
                    <li key={l.address}>{`${l.address}: ${l.before || t('blank')} → ${l.after}`}</li>
                  ))}
                </ul>
                {marks.lines.length > PREVIEW_LINES && <Text size={200}>{t('marksMore', { count: marks.lines.length - PREVIEW_LINES })}</Text>}
                <div className={styles.row}>
                  <Button appearance="primary" disabled={busy || marks.lines.length === 0} onClick={() => void applyMarks()} data-testid="reconcile-marks-apply">
                    {t('marksApply')}
                  </Button>
                  <Button disabled={busy} onClick={() => setMarks(null)}>
                    {t('marksCancel')}
                  </Button>
                </div>
              </MessageBarBody>
            </MessageBar>
          )}
        </Card>
      )}
    </section>
  );
}
