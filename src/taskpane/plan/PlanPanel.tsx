/**
 * 月度计划 — next month's work plan in one click: choose the month (or a whole term), generate it from
 * the task library, the school calendar, the holidays and the workbook's own registers, review and
 * edit the items, then write the plan sheet, export the .ics and copy the seed-style text. The task
 * library sheet and the term dates are kept in the workbook from here too.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
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
import { CalendarSparkle20Regular } from '@fluentui/react-icons';
import { CancelledError } from '../../core/errors';
import type { Finding } from '../../core/findings';
import type { PlanItem } from '../../core/plan/plan-item';
import { termKeyOfMonth, termLabel } from '../../core/plan/school-calendar';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { ErrorBar } from '../shell/ErrorBar';
import type { PanelProps } from '../shell/panels';
import { CalendarSettings } from './CalendarSettings';
import { PlanClient } from './client';
import type { EditedPlan, GeneratedPlan } from './engine';
import { LibraryCard } from './LibraryCard';
import { planUi } from './messages';
import { PlanItems } from './PlanItems';
import { PlanOutputs } from './PlanOutputs';
import { PlanSources } from './PlanSources';
import { defaultTerm, isEdited, isMonthKey, nextMonth, sortItems, termOptions, type PeriodChoice } from './view-model';

/** Warnings listed before "show the rest": a narrow pane keeps the items in reach. */
const FIRST_WARNINGS = 2;

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  periodCard: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  periodRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  periodField: {
    flexGrow: 1,
    flexBasis: '180px',
    maxWidth: '320px',
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  progress: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  // One column in a task pane; on a wide screen the items on the left, the rest beside them.
  body: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
    '@media (min-width: 1000px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(300px, 360px)',
      columnGap: tokens.spacingHorizontalL,
    },
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

export function PlanPanel(props: PanelProps): JSX.Element {
  const { engine, mode, workbookKey, onWorkbookChanged, toasterId } = props;
  const client = useMemo(() => new PlanClient(engine), [engine]);
  const t = useCatalogue(planUi);
  const { locale, pick } = useI18n();
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);

  const today = useMemo(() => new Date(), []);
  const [kind, setKind] = useState<'month' | 'term'>('month');
  const [month, setMonth] = useState(() => nextMonth(today));
  const [term, setTerm] = useState(() => defaultTerm(today));
  const [generated, setGenerated] = useState<GeneratedPlan | null>(null);
  const [items, setItems] = useState<PlanItem[]>([]);
  const [dropped, setDropped] = useState<PlanItem[]>([]);
  const [generating, setGenerating] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [allWarnings, setAllWarnings] = useState(false);
  const [replaced, setReplaced] = useState(false);
  const running = useRef<AbortController | null>(null);

  const hasWorkbook = workbookKey !== null;
  const monthValid = isMonthKey(month);

  // Another workbook: a plan made from the last one no longer applies (and the user is told why it went).
  const hadPlan = useRef(false);
  hadPlan.current = generated !== null || generating !== null;
  useEffect(() => {
    running.current?.abort();
    setReplaced(hadPlan.current);
    setGenerated(null);
    setItems([]);
    setDropped([]);
    setProblem(null);
    setCancelled(false);
  }, [workbookKey]);

  useEffect(() => () => running.current?.abort(), []);

  const generate = useCallback(async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const period: PeriodChoice = kind === 'month' ? { kind, month: month.trim() } : { kind, term };
    setGenerating(kind === 'month' ? month.trim() : pick(termLabel(term)));
    setCancelled(false);
    setReplaced(false);
    setProblem(null);
    try {
      const result = await client.generate(period, { signal: controller.signal });
      if (running.current !== controller) return;
      if (controller.signal.aborted) {
        setCancelled(true);
        return;
      }
      setGenerated(result);
      setAllWarnings(result.plan.warnings.length <= FIRST_WARNINGS + 1);
      setItems([...result.plan.items]);
      setDropped([]);
    } catch (e) {
      if (running.current !== controller) return;
      if (e instanceof CancelledError) setCancelled(true);
      else setProblem(e);
    } finally {
      if (running.current === controller) {
        running.current = null;
        setGenerating(null);
      }
    }
  }, [client, kind, month, term, pick]);

  const original = useMemo(() => new Map((generated?.plan.items ?? []).map((i) => [i.id, i])), [generated]);

  const updateItem = useCallback((item: PlanItem) => setItems((list) => list.map((i) => (i.id === item.id ? item : i))), []);
  const revertItem = useCallback((id: string) => {
    const o = original.get(id);
    if (o) setItems((list) => list.map((i) => (i.id === id ? o : i)));
  }, [original]);
  const dropItem = useCallback(
    (id: string) => {
      const gone = items.find((i) => i.id === id);
      if (!gone) return;
      setItems((list) => list.filter((i) => i.id !== id));
      setDropped((d) => [...d, gone]);
    },
    [items],
  );
  const restoreDropped = useCallback(() => {
    setItems((list) => sortItems([...list, ...dropped]));
    setDropped([]);
  }, [dropped]);
  /** An edited item takes its place in date order once its editor closes (never while typing). */
  const settleOrder = useCallback(() => setItems((list) => sortItems(list)), []);

  const locate = useCallback(
    async (ref: string) => {
      try {
        const target = await client.locate(ref);
        const address = `${target.sheet}!${target.address}`;
        if (mode === 'workbench') onWorkbookChanged();
        dispatchToast(
          <Toast>
            <ToastTitle>{t('locate.done', { address })}</ToastTitle>
            {mode === 'workbench' && <ToastBody>{t('locate.workbench')}</ToastBody>}
          </Toast>,
          { intent: 'info' },
        );
      } catch (e) {
        setProblem(e);
      }
    },
    [client, mode, onWorkbookChanged, dispatchToast, t],
  );
  const locateFinding = useCallback((f: Finding) => void locate(f.cell === '' ? `'${f.sheet.replace(/'/g, "''")}'!A1` : `'${f.sheet.replace(/'/g, "''")}'!${f.cell}`), [locate]);

  const view: EditedPlan | null = useMemo(
    () => (generated ? { period: generated.plan.period, months: generated.plan.months, items, generatedAt: generated.plan.generatedAt } : null),
    [generated, items],
  );

  const plan = generated?.plan ?? null;
  const edits = useMemo(() => items.filter((i) => isEdited(i, original.get(i.id))).length, [items, original]);

  // The calendar settings open on the term being planned.
  const calendarTerm = kind === 'term' ? term : monthValid ? termKeyOfMonth(month.trim()) : defaultTerm(today);

  return (
    <section className={styles.panel} aria-label={t('panel.title')}>
      <Card className={styles.periodCard}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, d) => setKind(d.value === 'term' ? 'term' : 'month')} aria-label={t('period.kind')}>
          <Radio value="month" label={t('period.month')} />
          <Radio value="term" label={t('period.term')} />
        </RadioGroup>
        <div className={styles.periodRow}>
          {kind === 'month' ? (
            <Field
              label={t('period.monthLabel')}
              className={styles.periodField}
              validationState={monthValid ? 'none' : 'error'}
              validationMessage={monthValid ? undefined : t('period.monthInvalid')}
            >
              <Input type="month" value={month} placeholder="2026-10" onChange={(_, d) => setMonth(d.value)} data-testid="plan-month" />
            </Field>
          ) : (
            <Field label={t('period.termLabel')} className={styles.periodField}>
              <Select value={term} onChange={(_, d) => setTerm(d.value)} data-testid="plan-term">
                {termOptions(today).map((k) => (
                  <option key={k} value={k}>
                    {pick(termLabel(k))}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Button appearance="primary" icon={<CalendarSparkle20Regular />} disabled={generating !== null || (kind === 'month' && !monthValid)} onClick={() => void generate()}>
            {generated ? t('generate.again') : t('generate.button')}
          </Button>
        </div>
        <Text size={200} className={styles.hint}>
          {hasWorkbook ? t('generate.hint') : t('generate.noWorkbook')}
          {edits + dropped.length > 0 && ` ${t('generate.losesEdits')}`}
        </Text>
      </Card>

      {generating !== null && (
        <div className={styles.progress} role="status" aria-live="polite">
          <Spinner size="tiny" label={t('generate.running', { period: generating })} labelPosition="after" />
          <Button onClick={() => running.current?.abort()}>{t('generate.cancel')}</Button>
        </div>
      )}
      {cancelled && generating === null && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('generate.cancelled')}</MessageBarBody>
        </MessageBar>
      )}
      {replaced && generated === null && generating === null && (
        <MessageBar intent="info">
          <MessageBarBody>{t('generate.workbookChanged')}</MessageBarBody>
        </MessageBar>
      )}
      {problem !== null && <ErrorBar error={problem} onDismiss={() => setProblem(null)} />}

      {plan && plan.blocked && (
        <MessageBar intent="error" layout="multiline" data-testid="plan-blocked">
          <MessageBarBody>
            <MessageBarTitle>{t('blocked.title')}</MessageBarTitle>
            <ul className={styles.list}>
              {plan.findings
                .filter((f) => f.severity === 'error')
                .map((f, i) => (
                  <li key={`${f.code}:${i}`}>{pick(f.message)}</li>
                ))}
            </ul>
            {t('blocked.fix')}
          </MessageBarBody>
        </MessageBar>
      )}
      {plan && plan.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="plan-warnings">
          <MessageBarBody>
            <MessageBarTitle>{t('warnings.title', { count: plan.warnings.length })}</MessageBarTitle>
            <ul className={styles.list}>
              {(allWarnings ? plan.warnings : plan.warnings.slice(0, FIRST_WARNINGS)).map((w, i) => (
                <li key={`${w.code}:${i}`}>{pick(w.message)}</li>
              ))}
            </ul>
            {!allWarnings && plan.warnings.length > FIRST_WARNINGS && (
              <Button size="small" appearance="transparent" onClick={() => setAllWarnings(true)}>
                {t('warnings.more', { count: plan.warnings.length - FIRST_WARNINGS })}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.body}>
        <div className={styles.column}>
          {generated && view && !generated.plan.blocked && (
            <PlanItems
              items={items}
              original={original}
              months={generated.plan.months}
              days={generated.days}
              dropped={dropped.length}
              edits={edits}
              onChange={updateItem}
              onRevert={revertItem}
              onDrop={dropItem}
              onRestore={restoreDropped}
              onSettle={settleOrder}
              onLocate={(ref) => void locate(ref)}
            />
          )}
          {generated && view && !generated.plan.blocked && (
            <PlanOutputs
              client={client}
              view={view}
              sheetName={generated.sheetName}
              canWrite={hasWorkbook}
              mode={mode}
              locale={locale}
              toasterId={toasterId}
              onWritten={onWorkbookChanged}
              onLocate={(ref) => void locate(ref)}
            />
          )}
        </div>
        <div className={styles.column}>
          {generated && <PlanSources generated={generated} items={items} onLocate={locateFinding} />}
          {hasWorkbook ? (
            <>
              <LibraryCard client={client} workbookKey={workbookKey} toasterId={toasterId} onWorkbookChanged={onWorkbookChanged} onLocate={locateFinding} onOpen={(ref) => void locate(ref)} />
              <CalendarSettings client={client} workbookKey={workbookKey} initialTerm={calendarTerm} terms={termOptions(today)} onWorkbookChanged={onWorkbookChanged} />
            </>
          ) : (
            <MessageBar intent="info">
              <MessageBarBody>{t('settings.needWorkbook')}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </div>
    </section>
  );
}
