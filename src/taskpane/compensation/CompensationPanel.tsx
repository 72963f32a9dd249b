/**
 * 损坏赔偿 — pick the register, review its column mapping and the school's policy (editable, saved on
 * the policy sheet), compute as of a date, review every incident with the rule that produced it,
 * then write the result sheets, print the notices, and — only on an explicit, previewed confirm —
 * fill the register's own 应赔金额 column.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Card,
  Field,
  Input,
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
import { ArrowSync20Regular, Calculator20Regular } from '@fluentui/react-icons';
import type { RegisterCandidate } from '../../app/compensation';
import type { IncidentResult, Policy } from '../../core/compensation';
import { CancelledError } from '../../core/errors';
import type { Finding } from '../../core/findings';
import { qualifiedAddress } from '../../core/sheet/address';
import type { FieldDef } from '../../core/sheet/fields';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { FindingsList } from '../inspect/FindingsList';
import { MappingTable, type MappingChoice } from '../inspect/MappingTable';
import { fieldName, locateAddress } from '../inspect/view-model';
import { ErrorBar } from '../shell/ErrorBar';
import { Heading } from '../shell/Heading';
import type { PanelProps } from '../shell/panels';
import { CompensationClient } from './client';
import type { CompensationProgress, CompensationView, PolicyView, RegisterView } from './engine';
import { FillCard } from './FillCard';
import { IncidentList } from './IncidentList';
import { compensationUi } from './messages';
import { OutputCard } from './OutputCard';
import { PolicyEditor } from './PolicyEditor';
import { formFromPolicy, type PolicyForm } from './policy-form';
import { ResultsSummary } from './ResultsSummary';
import { defaultRegister, todayIso, validDate } from './view-model';

/** The columns a register cannot be computed without. */
const REQUIRED = ['nature', 'name'] as const;

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  // One column in a task pane; on a wide screen the policy sits beside the register and the computing.
  setup: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gridTemplateAreas: '"register" "policy" "compute"',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
    '@media (min-width: 960px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
      gridTemplateRows: 'auto auto 1fr',
      gridTemplateAreas: '"register policy" "compute policy" ". policy"',
      columnGap: tokens.spacingHorizontalL,
    },
  },
  results: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gridTemplateAreas: '"summary" "findings" "incidents" "output" "fill"',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
    '@media (min-width: 960px)': {
      gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
      gridTemplateRows: 'auto auto auto auto 1fr',
      gridTemplateAreas: '"summary summary" "incidents output" "incidents fill" "incidents findings" "incidents ."',
      columnGap: tokens.spacingHorizontalL,
    },
  },
  register: { gridArea: 'register' },
  policy: { gridArea: 'policy' },
  compute: { gridArea: 'compute' },
  summary: { gridArea: 'summary' },
  findings: { gridArea: 'findings' },
  incidents: { gridArea: 'incidents' },
  output: { gridArea: 'output' },
  fill: { gridArea: 'fill' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  sheetField: {
    flexGrow: 1,
    flexBasis: '12rem',
  },
  dateField: {
    flexBasis: '10rem',
  },
  help: {
    color: tokens.colorNeutralForeground3,
  },
  progress: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  grow: {
    flexGrow: 1,
  },
  accordionHeader: {
    fontWeight: tokens.fontWeightSemibold,
  },
  mappingPanel: {
    marginLeft: 0,
    marginRight: 0,
  },
});

type Progress = CompensationProgress | { readonly step: 'read'; readonly sheet: string; readonly done: 0; readonly total: 0 };

export function CompensationPanel(props: PanelProps): JSX.Element {
  const { engine, mode, workbookKey, onWorkbookChanged, toasterId } = props;
  const t = useCatalogue(compensationUi);
  const i18n = useI18n();
  const { locale } = i18n;
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);
  const client = useMemo(() => new CompensationClient(engine), [engine]);

  const [candidates, setCandidates] = useState<RegisterCandidate[] | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [register, setRegister] = useState<RegisterView | null>(null);
  const [reading, setReading] = useState<Progress | null>(null);
  const [mappingBusy, setMappingBusy] = useState(false);
  const [mappingNotice, setMappingNotice] = useState<string | null>(null);

  const [policy, setPolicy] = useState<PolicyView | null>(null);
  const [form, setForm] = useState<PolicyForm | null>(null);
  const [policyBusy, setPolicyBusy] = useState(false);
  const [policyNotice, setPolicyNotice] = useState<string | null>(null);

  const [asOf, setAsOf] = useState<string>(() => todayIso());
  const [view, setView] = useState<CompensationView | null>(null);
  const [generation, setGeneration] = useState(0);
  const [computing, setComputing] = useState<Progress | null>(null);
  const [cancelled, setCancelled] = useState(false);

  const [problem, setProblem] = useState<unknown>(null);
  const [selected, setSelected] = useState<Finding | null>(null);
  const readOp = useRef<AbortController | null>(null);
  const computeOp = useRef<AbortController | null>(null);

  const readRegister = useCallback(
    async (name: string) => {
      readOp.current?.abort();
      const controller = new AbortController();
      readOp.current = controller;
      setReading({ step: 'read', sheet: name, done: 0, total: 0 });
      try {
        // Progress comes over its own channel and can arrive after the result: only this run's, while it runs.
        const r = await client.register(name, { signal: controller.signal, onProgress: (p) => readOp.current === controller && setReading(p) });
        if (readOp.current === controller && !controller.signal.aborted) setRegister(r);
      } catch (e) {
        if (readOp.current === controller && !(e instanceof CancelledError)) setProblem(e);
      } finally {
        if (readOp.current === controller) {
          readOp.current = null;
          setReading(null);
        }
      }
    },
    [client],
  );

  /** Computes the chosen register; `again` keeps what was written (the same results, read again). */
  const compute = useCallback(
    async (options: { again?: boolean } = {}) => {
      const date = validDate(asOf);
      if (sheet === null || date === null) return;
      computeOp.current?.abort();
      const controller = new AbortController();
      computeOp.current = controller;
      setComputing({ step: 'read', sheet, done: 0, total: 0 });
      setCancelled(false);
      setProblem(null);
      try {
        const v = await client.compute(sheet, date, { signal: controller.signal, onProgress: (p) => computeOp.current === controller && setComputing(p) });
        if (computeOp.current !== controller) return;
        if (controller.signal.aborted) setCancelled(true);
        else {
          setView(v);
          if (!options.again) setGeneration((g) => g + 1);
        }
      } catch (e) {
        if (computeOp.current !== controller) return;
        if (e instanceof CancelledError) setCancelled(true);
        else setProblem(e);
      } finally {
        if (computeOp.current === controller) {
          computeOp.current = null;
          setComputing(null);
        }
      }
    },
    [client, sheet, asOf],
  );

  // Another workbook: its registers and its policy; nothing of the last one stays.
  useEffect(() => {
    readOp.current?.abort();
    computeOp.current?.abort();
    setCandidates(null);
    setRegister(null);
    setView(null);
    setPolicy(null);
    setForm(null);
    setSelected(null);
    setProblem(null);
    setMappingNotice(null);
    setPolicyNotice(null);
    if (workbookKey === null) return;
    let live = true;
    Promise.all([client.registers(), client.policy()]).then(
      ([list, p]) => {
        if (!live) return;
        setCandidates(list);
        setSheet((prev) => (prev !== null && list.some((c) => c.sheet === prev) ? prev : defaultRegister(list)));
        setPolicy(p);
        setForm(formFromPolicy(p.policy));
      },
      (e: unknown) => live && setProblem(e),
    );
    return () => {
      live = false;
    };
  }, [client, workbookKey]);

  // Read the chosen register once the workbook's list has it.
  useEffect(() => {
    if (sheet === null || candidates === null || !candidates.some((c) => c.sheet === sheet)) return;
    setView(null);
    setSelected(null);
    void readRegister(sheet);
  }, [sheet, candidates, readRegister]);

  useEffect(
    () => () => {
      readOp.current?.abort();
      computeOp.current?.abort();
    },
    [],
  );

  /** In Excel the user may have added or renamed sheets, or edited the policy sheet, meanwhile. */
  const reread = useCallback(async () => {
    setProblem(null);
    setMappingNotice(null);
    try {
      const [list, p] = await Promise.all([client.registers(), client.policy()]);
      setPolicy(p);
      setForm(formFromPolicy(p.policy));
      setCandidates(list);
      setSheet((prev) => (prev !== null && list.some((c) => c.sheet === prev) ? prev : defaultRegister(list)));
    } catch (e) {
      setProblem(e);
    }
  }, [client]);

  /** Changes what is remembered for the register, reads it again, and recomputes results on screen. */
  const changeMapping = useCallback(
    async (work: (name: string) => Promise<unknown>, done: string) => {
      if (sheet === null) return;
      setMappingBusy(true);
      setProblem(null);
      setMappingNotice(null);
      try {
        await work(sheet);
        onWorkbookChanged();
        setMappingNotice(done);
        await readRegister(sheet);
        if (view) await compute();
      } catch (e) {
        setProblem(e);
      } finally {
        setMappingBusy(false);
      }
    },
    [sheet, readRegister, onWorkbookChanged, view, compute],
  );

  const chooseColumn = useCallback(
    (field: FieldDef, choice: MappingChoice) => {
      if (choice.kind === 'auto') return changeMapping((s) => client.forget(s, [field.key]), i18n.t('mapping.resetDone'));
      const done = i18n.t(mode === 'workbench' ? 'mapping.rememberedWorkbench' : 'mapping.remembered', { field: fieldName(field, locale) });
      return changeMapping((s) => client.remember(s, { [field.key]: choice.column }), done);
    },
    [changeMapping, client, i18n, mode, locale],
  );

  const savePolicy = useCallback(
    async (next: Policy) => {
      setPolicyBusy(true);
      setProblem(null);
      setPolicyNotice(null);
      try {
        const saved = await client.savePolicy(next, locale);
        setPolicy(saved);
        setForm(formFromPolicy(saved.policy));
        setPolicyNotice(t('policy.saved', { sheet: saved.sheet ?? '' }));
        onWorkbookChanged();
        if (view) await compute();
      } catch (e) {
        setProblem(e);
      } finally {
        setPolicyBusy(false);
      }
    },
    [client, locale, t, onWorkbookChanged, view, compute],
  );

  const select = useCallback(
    async (sheetName: string, address: string) => {
      await client.select(sheetName, address);
      if (mode === 'workbench') {
        onWorkbookChanged();
        dispatchToast(
          <Toast>
            <ToastTitle>{i18n.t('findings.selected', { address: qualifiedAddress(sheetName, address) })}</ToastTitle>
            <ToastBody>{i18n.t('findings.selectedWorkbench')}</ToastBody>
          </Toast>,
          { intent: 'info' },
        );
      }
    },
    [client, mode, onWorkbookChanged, dispatchToast, i18n],
  );

  const locateFinding = useCallback(
    async (f: Finding) => {
      if (!register) return;
      try {
        await select(f.sheet, f.sheet === register.report.name ? locateAddress(f, register.report) : f.cell);
        setSelected(f);
      } catch (e) {
        setProblem(e);
      }
    },
    [register, select],
  );

  const locateIncident = useCallback(
    async (r: IncidentResult) => {
      if (!register) return;
      const columns = register.report.columns;
      const first = columns[0]?.column ?? 'A';
      const last = columns[columns.length - 1]?.column ?? first;
      try {
        await select(register.report.name, `${first}${r.row}:${last}${r.row}`);
      } catch (e) {
        setProblem(e);
      }
    },
    [register, select],
  );

  if (workbookKey === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('needFile')}</MessageBarBody>
      </MessageBar>
    );
  }

  const report = register && register.report.name === sheet ? register.report : null;
  const missing = report && report.status === 'ok' ? REQUIRED.filter((k) => !report.fields[k]) : [];
  const missingNames = missing.map((k) => {
    const def = register?.fields.find((f) => f.key === k);
    return def ? fieldName(def, locale) : k;
  });
  const computable = report !== null && report.status === 'ok' && missing.length === 0;
  const goodAsOf = validDate(asOf);
  const stale = view !== null && (view.sheet !== sheet || view.asOf !== asOf);
  const busy = computing !== null || reading !== null || policyBusy || mappingBusy;

  const optionText = (c: RegisterCandidate): string => {
    const key = c.hidden ? 'register.hidden' : c.adopted ? 'register.adopted' : c.recognized ? 'register.recognized' : 'register.unrecognized';
    return t(key, { sheet: c.sheet });
  };
  const progressText = (p: Progress): string => (p.total > 0 ? t('register.readingRows', { sheet: p.sheet, done: p.done, total: p.total }) : t('register.reading', { sheet: p.sheet }));
  const progress = (p: Progress, onCancel: () => void, cancelLabel: string): JSX.Element => (
    <div className={styles.progress} role="status" aria-live="polite">
      {p.total > 0 ? (
        <Field validationMessage={progressText(p)} validationState="none" className={styles.grow}>
          <ProgressBar value={p.done} max={p.total} />
        </Field>
      ) : (
        <Spinner size="tiny" label={progressText(p)} labelPosition="after" className={styles.grow} />
      )}
      <Button onClick={onCancel}>{cancelLabel}</Button>
    </div>
  );
  // Before computing: the register's and the policy sheet's own problems; after: everything the computation found.
  const findingsReport = report
    ? { ...report, findings: view ? view.findings : [...(policy?.findings ?? []), ...report.findings], omittedFindings: view ? 0 : report.omittedFindings }
    : null;
  const mappedCount = report ? Object.keys(report.fields).length : 0;

  return (
    <section className={styles.panel} aria-label={i18n.t('job.compensation.title')}>
      {problem !== null && <ErrorBar error={problem} onDismiss={() => setProblem(null)} />}

      <div className={styles.setup}>
        <Card className={`${styles.card} ${styles.register}`} aria-labelledby="register-heading" data-testid="register-card">
          <Heading id="register-heading">{t('register.heading')}</Heading>
          <div className={styles.row}>
            <Field label={t('register.sheet')} className={styles.sheetField}>
              <Select
                value={sheet ?? ''}
                disabled={candidates === null || candidates.length === 0}
                onChange={(_, d) => {
                  setMappingNotice(null);
                  setSheet(d.value);
                }}
                data-testid="register-select"
              >
                {sheet === null && <option value="">{t('register.placeholder')}</option>}
                {(candidates ?? []).map((c) => (
                  <option key={c.sheet} value={c.sheet}>
                    {optionText(c)}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              icon={<ArrowSync20Regular />}
              disabled={candidates === null || busy}
              aria-label={sheet === null ? t('register.reread') : t('register.rereadLabel', { sheet })}
              onClick={() => void reread()}
            >
              {t('register.reread')}
            </Button>
          </div>
          {candidates !== null && candidates.length === 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('register.noSheets')}</MessageBarBody>
            </MessageBar>
          )}
          {reading !== null && progress(reading, () => readOp.current?.abort(), t('register.cancel'))}
          {report && report.status === 'ok' && (
            <Text size={200} className={styles.help} data-testid="register-summary">
              {t('register.summary', { header: report.headerRows.join('–'), first: report.firstDataRow, last: report.lastDataRow, count: mappedCount })}
            </Text>
          )}
          {report && report.status !== 'ok' && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t('register.noHeader', { sheet: report.name })}</MessageBarBody>
            </MessageBar>
          )}
          {missing.length > 0 && (
            <MessageBar intent="warning" layout="multiline" data-testid="register-missing">
              <MessageBarBody>{t('register.missing', { fields: missingNames.join(locale === 'zh-CN' ? '”“' : ', ') })}</MessageBarBody>
            </MessageBar>
          )}
          {report && register && report.status === 'ok' && (
            // Open by itself when the register is not understood: the mapping is then the next step.
            <Accordion collapsible defaultOpenItems={missing.length > 0 ? ['mapping'] : []} key={`${report.name}:${missing.length > 0}`}>
              <AccordionItem value="mapping">
                <AccordionHeader className={styles.accordionHeader} data-testid="mapping-toggle">
                  {t('register.mapping')}
                </AccordionHeader>
                <AccordionPanel className={styles.mappingPanel}>
                  <MappingTable
                    report={report}
                    remembered={register.remembered}
                    fields={register.fields}
                    busy={busy}
                    notice={mappingNotice}
                    onChoose={(field, choice) => void chooseColumn(field, choice)}
                    onResetAll={() => void changeMapping((s) => client.forget(s, 'all'), i18n.t('mapping.resetDone'))}
                  />
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
        </Card>

        {policy && form ? (
          <PolicyEditor
            className={styles.policy}
            view={policy}
            form={form}
            onChange={(f) => {
              setPolicyNotice(null);
              setForm(f);
            }}
            busy={policyBusy || computing !== null}
            recomputes={view !== null}
            notice={policyNotice}
            onSave={(p) => void savePolicy(p)}
            onRevert={() => setForm(formFromPolicy(policy.policy))}
          />
        ) : (
          <Card className={styles.policy}>
            <Spinner size="tiny" label={t('policy.loading')} labelPosition="after" />
          </Card>
        )}

        <Card className={`${styles.card} ${styles.compute}`} aria-labelledby="compute-heading" data-testid="compute-card">
          <Heading id="compute-heading">{t('compute.heading')}</Heading>
          <div className={styles.row}>
            <Field label={t('compute.asOf')} validationMessage={goodAsOf ? undefined : t('compute.asOfInvalid')} className={styles.dateField}>
              <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} data-testid="as-of" />
            </Field>
            <Button appearance="primary" icon={<Calculator20Regular />} disabled={!computable || !goodAsOf || busy} onClick={() => void compute()} data-testid="compute">
              {view ? t('compute.again') : t('compute.button')}
            </Button>
          </div>
          <Text size={200} className={styles.help}>
            {t('compute.asOfHint')}
          </Text>
          {computing !== null && progress(computing, () => computeOp.current?.abort(), t('compute.cancel'))}
          {cancelled && computing === null && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('compute.cancelled')}</MessageBarBody>
            </MessageBar>
          )}
          {stale && computing === null && (
            <MessageBar intent="warning" data-testid="results-stale">
              <MessageBarBody>{t('compute.stale')}</MessageBarBody>
            </MessageBar>
          )}
        </Card>
      </div>

      {view && findingsReport && (
        <div className={styles.results}>
          <ResultsSummary className={styles.summary} view={view} />
          <IncidentList className={styles.incidents} results={view.results} onLocate={(r) => void locateIncident(r)} />
          <OutputCard className={styles.output} client={client} view={view} generation={generation} mode={mode} onWritten={onWorkbookChanged} onError={setProblem} />
          <FillCard
            className={styles.fill}
            client={client}
            view={view}
            onChanged={async () => {
              onWorkbookChanged();
              await compute({ again: true });
            }}
            onError={setProblem}
          />
          <FindingsList className={styles.findings} report={findingsReport} selected={selected} onLocate={(f) => void locateFinding(f)} />
        </div>
      )}
      {!view && findingsReport && findingsReport.findings.length > 0 && (
        <FindingsList report={findingsReport} selected={selected} onLocate={(f) => void locateFinding(f)} />
      )}
    </section>
  );
}
