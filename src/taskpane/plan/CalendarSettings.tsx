/**
 * The school calendar settings (校历设置): a term's start and end and its exam weeks, kept in the
 * workbook so the add-in, the workbench and the CLI plan with the same dates. Empty fields keep the
 * defaults (shown beside them). Dates that do not fit together — a term ending before it starts, an
 * exam week outside its term, terms overlapping — are refused with the reason, nothing saved.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowReset20Regular, Save20Regular } from '@fluentui/react-icons';
import type { Localized } from '../../core/i18n/locale';
import { dayLabel } from '../../core/plan/labels';
import { termLabel } from '../../core/plan/school-calendar';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { ErrorBar } from '../shell/ErrorBar';
import { Heading } from '../shell/Heading';
import type { PlanClient } from './client';
import type { CalendarView, TermDates } from './engine';
import { planUi, type PlanUiKey } from './messages';
import { EMPTY_TERM_FORM, formToOverride, termForm, TERM_FORM_FIELDS, type FormProblem, type TermForm, type TermFormField } from './view-model';

const FIELD_KEYS: Readonly<Record<TermFormField, PlanUiKey>> = {
  start: 'calendar.start',
  end: 'calendar.end',
  midtermStart: 'calendar.midtermStart',
  midtermEnd: 'calendar.midtermEnd',
  finalsStart: 'calendar.finalsStart',
  finalsEnd: 'calendar.finalsEnd',
};

const PROBLEM_KEYS: Readonly<Record<FormProblem, PlanUiKey>> = {
  badDate: 'calendar.badDate',
  weekEndWithoutStart: 'calendar.weekEndWithoutStart',
};

function defaultOf(field: TermFormField, d: TermDates): string {
  switch (field) {
    case 'start':
      return d.start;
    case 'end':
      return d.end;
    case 'midtermStart':
      return d.midterm.start;
    case 'midtermEnd':
      return d.midterm.end;
    case 'finalsStart':
      return d.finals.start;
    case 'finalsEnd':
      return d.finals.end;
  }
}

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

export interface CalendarSettingsProps {
  readonly client: PlanClient;
  readonly workbookKey: string | null;
  /** The term being planned: the settings open on it. */
  readonly initialTerm: string;
  readonly terms: readonly string[];
  onWorkbookChanged(): void;
}

export function CalendarSettings(props: CalendarSettingsProps): JSX.Element {
  const { client, workbookKey, initialTerm, terms, onWorkbookChanged } = props;
  const t = useCatalogue(planUi);
  const { locale, pick } = useI18n();
  const styles = useStyles();
  const [term, setTerm] = useState(initialTerm);
  const [view, setView] = useState<CalendarView | null>(null);
  const [form, setForm] = useState<TermForm>(EMPTY_TERM_FORM);
  const [formProblems, setFormProblems] = useState<Partial<Record<TermFormField, FormProblem>>>({});
  const [refused, setRefused] = useState<readonly Localized[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  useEffect(() => setTerm(initialTerm), [initialTerm]);

  const show = useCallback((v: CalendarView) => {
    setView(v);
    setForm(termForm(v.override));
    setFormProblems({});
    setRefused([]);
  }, []);

  useEffect(() => {
    let live = true;
    setView(null);
    setSaved(false);
    setProblem(null);
    if (workbookKey === null) return;
    client.calendar(term).then(
      (v) => live && show(v),
      (e: unknown) => live && setProblem(e),
    );
    return () => {
      live = false;
    };
  }, [client, term, workbookKey, show]);

  const save = async (clear: boolean): Promise<void> => {
    setSaved(false);
    setRefused([]);
    let override = null;
    if (!clear) {
      const result = formToOverride(form);
      if (!result.ok) {
        setFormProblems(result.problems);
        return;
      }
      override = result.override;
    }
    setFormProblems({});
    setBusy(true);
    setProblem(null);
    try {
      const result = await client.saveCalendar(term, override);
      if (result.saved) {
        show(result.view);
        setSaved(true);
        onWorkbookChanged();
      } else {
        setRefused(result.problems);
      }
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  };

  const options = terms.includes(term) ? terms : [...terms, term].sort();
  const day = (d: string): string => dayLabel(d)[locale];
  const current = view?.current;

  return (
    <Card className={styles.card} aria-labelledby="plan-calendar-heading" data-testid="plan-calendar">
      <Heading id="plan-calendar-heading">{t('calendar.heading')}</Heading>
      <Text size={200} className={styles.hint}>
        {t('calendar.help')}
      </Text>
      <Field label={t('calendar.term')}>
        <Select value={term} onChange={(_, d) => setTerm(d.value)} data-testid="plan-calendar-term">
          {options.map((k) => (
            <option key={k} value={k}>
              {pick(termLabel(k))}
            </option>
          ))}
        </Select>
      </Field>
      {view?.problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('calendar.unreadable', { detail: pick(view.problem) })}</MessageBarBody>
        </MessageBar>
      )}
      {current && (
        <Text size={200} data-testid="plan-calendar-current">
          {t('calendar.current', {
            start: day(current.start),
            end: day(current.end),
            midFrom: day(current.midterm.start),
            midTo: day(current.midterm.end),
            finFrom: day(current.finals.start),
            finTo: day(current.finals.end),
          })}
        </Text>
      )}
      {view && (
        <div className={styles.fields}>
          {TERM_FORM_FIELDS.map((f) => {
            const bad = formProblems[f];
            return (
              <Field
                key={f}
                label={t(FIELD_KEYS[f])}
                hint={t('calendar.default', { date: defaultOf(f, view.defaults) })}
                validationState={bad ? 'error' : 'none'}
                validationMessage={bad ? t(PROBLEM_KEYS[bad]) : undefined}
              >
                <Input type="date" value={form[f]} onChange={(_, d) => setForm((old) => ({ ...old, [f]: d.value }))} data-testid={`plan-calendar-${f}`} />
              </Field>
            );
          })}
        </div>
      )}
      {refused.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="plan-calendar-refused">
          <MessageBarBody>
            <MessageBarTitle>{t('calendar.refused')}</MessageBarTitle>
            <ul className={styles.list}>
              {refused.map((r, i) => (
                <li key={i}>{pick(r)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {saved && (
        <MessageBar intent="success" data-testid="plan-calendar-saved">
          <MessageBarBody>{t('calendar.saved')}</MessageBarBody>
        </MessageBar>
      )}
      {problem !== null && <ErrorBar error={problem} onDismiss={() => setProblem(null)} />}
      {view && (
        <div className={styles.buttons}>
          <Button appearance="primary" icon={<Save20Regular />} disabled={busy} onClick={() => void save(false)}>
            {t('calendar.save')}
          </Button>
          <Button icon={<ArrowReset20Regular />} disabled={busy || view.override === null} onClick={() => void save(true)}>
            {t('calendar.reset')}
          </Button>
        </div>
      )}
    </Card>
  );
}
