/**
 * 新建台账: choose a register from the catalogue, see its columns, set the title block and how many
 * example and blank rows, and add it to the workbook as a new sheet (never over an existing one).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  SpinButton,
  Text,
  makeStyles,
  tokens,
  type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import { TableAdd20Regular, TableSearch20Regular } from '@fluentui/react-icons';
import { TEMPLATES, findTemplate } from '../../core/templates/catalogue';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { ErrorBar } from '../shell/ErrorBar';
import { Heading } from '../shell/Heading';
import type { PaneMode } from '../shell/panels';
import { CallStatus } from './CallStatus';
import type { TemplatesClient } from './client';
import { ColumnsPreview } from './ColumnsPreview';
import type { CreatedRegister, TemplateSheet } from './engine';
import { templateUi } from './messages';
import { TemplatePicker } from './TemplatePicker';
import { useLongCall } from './useLongCall';
import { MAX_BLANK, MAX_SAMPLE, cardSources, createRequest, likelyTemplate, templateName, todayIso, type CreateForm, type CreateProblem } from './view-model';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    // In a task pane the options (and the button) come right after the choice; the columns follow.
    gridTemplateAreas: '"picker" "options" "preview"',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
    '@media (min-width: 960px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
      gridTemplateAreas: '"picker options" "picker preview"',
      columnGap: tokens.spacingHorizontalL,
    },
  },
  picker: {
    gridArea: 'picker',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  preview: { gridArea: 'preview' },
  options: {
    gridArea: 'options',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))',
    alignItems: 'start',
    gap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalM,
  },
  // A grid cell may be narrower than a control's natural width (a long sheet name in the select).
  field: {
    minWidth: 0,
  },
  select: {
    minWidth: 0,
    maxWidth: '100%',
  },
  selectInner: {
    minWidth: 0,
    width: '100%',
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

const PROBLEM_KEYS = {
  asOf: 'problem.asOf',
  sample: 'problem.sample',
  blankRows: 'problem.blankRows',
  cardsNeedSource: 'problem.cardsNeedSource',
} as const satisfies Record<CreateProblem, keyof typeof templateUi>;

/** A SpinButton's new number, whether stepped or typed. */
function spinValue(data: SpinButtonOnChangeData): number {
  if (data.value !== undefined && data.value !== null) return data.value;
  const typed = Number((data.displayValue ?? '').trim());
  return Number.isFinite(typed) ? typed : NaN;
}

export interface CreateTabProps {
  readonly client: TemplatesClient;
  readonly mode: PaneMode;
  readonly workbookKey: string;
  readonly sheets: readonly TemplateSheet[] | null;
  /** The workbook changed (a sheet was added). */
  readonly onChanged: () => void;
  readonly onCheck: (sheet: string, template: string) => void;
}

export function CreateTab(props: CreateTabProps): JSX.Element {
  const { client, mode, workbookKey, sheets, onChanged, onCheck } = props;
  const { locale } = useI18n();
  const t = useCatalogue(templateUi);
  const styles = useStyles();
  const call = useLongCall();

  const [form, setForm] = useState<CreateForm>(() => ({
    template: TEMPLATES[0]?.key ?? '',
    school: '',
    period: '',
    asOf: todayIso(),
    sample: 0,
    blankRows: 20,
    fromSheet: '',
  }));
  const [categories, setCategories] = useState<string[]>([]);
  const [formProblem, setFormProblem] = useState<CreateProblem | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [confirmReplace, setConfirmReplace] = useState<string | null>(null);
  const [created, setCreated] = useState<(CreatedRegister & { template: string; cards: boolean }) | null>(null);

  const template = findTemplate(form.template) ?? TEMPLATES[0];
  const cards = template?.cardsFrom !== undefined;
  const sources = useMemo(() => (template?.cardsFrom ? cardSources(sheets ?? [], template.cardsFrom) : []), [sheets, template]);

  // The category drop-down comes from the workbook's own list.
  useEffect(() => {
    let live = true;
    client.categories().then(
      (list) => live && setCategories(list),
      (e: unknown) => live && setProblem(e),
    );
    return () => {
      live = false;
    };
  }, [client, workbookKey]);

  // Cards come from an asset register: offer the first one the workbook keeps as such.
  useEffect(() => {
    if (!cards) return;
    setForm((f) =>
      f.fromSheet !== '' && sources.some((s) => s.name === f.fromSheet) ? f : { ...f, fromSheet: sources.find((s) => likelyTemplate(s) === template?.cardsFrom)?.name ?? '' },
    );
  }, [cards, sources, template]);

  const update = useCallback((patch: Partial<CreateForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setFormProblem(null);
    setConfirmReplace(null);
  }, []);

  const create = useCallback(
    async (replaceConfirmed: boolean) => {
      setProblem(null);
      setCreated(null);
      const checked = createRequest(form);
      if (!checked.ok) {
        setFormProblem(checked.problem);
        return;
      }
      try {
        if (!replaceConfirmed) {
          const replaces = await client.wouldReplace(checked.request.template);
          if (replaces !== null) {
            setConfirmReplace(replaces);
            return;
          }
        }
        setConfirmReplace(null);
        const result = await call.run((c) => client.create(checked.request, c), { writes: true });
        if (result === undefined) return;
        setCreated({ ...result, template: checked.request.template, cards: findTemplate(checked.request.template)?.cardsFrom !== undefined });
        onChanged();
      } catch (e) {
        setProblem(e);
      }
    },
    [form, client, call, onChanged],
  );

  if (!template) return <></>;
  const name = templateName(template, locale);
  const pickHeading = 'template-pick-heading';

  return (
    <div className={styles.layout}>
      <section className={styles.picker} aria-labelledby={pickHeading}>
        <Heading id={pickHeading}>{t('create.pickHeading')}</Heading>
        <TemplatePicker templates={TEMPLATES} value={template.key} onChange={(key) => update({ template: key })} labelledBy={pickHeading} disabled={call.busy} />
      </section>

      <ColumnsPreview className={styles.preview} template={template} categories={categories} />

      <Card className={styles.options} aria-labelledby="template-options-heading">
        <Heading id="template-options-heading">{t('create.optionsHeading')}</Heading>
        <div className={styles.fields}>
          <Field className={styles.field} label={t('create.school')} hint={t('create.schoolHint')}>
            <Input value={form.school} onChange={(_, d) => update({ school: d.value })} data-testid="create-school" />
          </Field>
          {cards ? (
            <>
              <Field className={styles.field} label={t('create.fromSheet')} hint={t('create.fromSheetHint')}>
                <Select className={styles.select} select={{ className: styles.selectInner }} value={form.fromSheet} onChange={(_, d) => update({ fromSheet: d.value })} data-testid="create-from">
                  <option value="">{t('create.fromSample')}</option>
                  {sources.map((s) => (
                    <option key={s.name} value={s.name}>
                      {s.name}
                    </option>
                  ))}
                </Select>
              </Field>
              {form.fromSheet === '' && (
                <Field className={styles.field} label={t('create.sampleCards')} validationState={formProblem === 'sample' ? 'error' : 'none'}>
                  <SpinButton value={form.sample} min={0} max={MAX_SAMPLE} onChange={(_, d) => update({ sample: spinValue(d) })} data-testid="create-sample" />
                </Field>
              )}
            </>
          ) : (
            <>
              <Field className={styles.field} label={t('create.period')} hint={t('create.periodHint')}>
                <Input value={form.period} onChange={(_, d) => update({ period: d.value })} data-testid="create-period" />
              </Field>
              <Field className={styles.field} label={t('create.asOf')} hint={t('create.asOfHint')} validationState={formProblem === 'asOf' ? 'error' : 'none'}>
                <Input type="date" value={form.asOf} onChange={(_, d) => update({ asOf: d.value })} data-testid="create-as-of" />
              </Field>
              <Field className={styles.field} label={t('create.sample')} hint={t('create.sampleHint')} validationState={formProblem === 'sample' ? 'error' : 'none'}>
                <SpinButton value={form.sample} min={0} max={MAX_SAMPLE} onChange={(_, d) => update({ sample: spinValue(d) })} data-testid="create-sample" />
              </Field>
              <Field className={styles.field} label={t('create.blank')} hint={t('create.blankHint')} validationState={formProblem === 'blankRows' ? 'error' : 'none'}>
                <SpinButton value={form.blankRows} min={0} max={MAX_BLANK} onChange={(_, d) => update({ blankRows: spinValue(d) })} data-testid="create-blank" />
              </Field>
            </>
          )}
        </div>
        <Text size={200} className={styles.hint}>
          {t('create.never')}
        </Text>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<TableAdd20Regular />}
            disabled={call.busy}
            aria-label={t('create.buttonLabel', { template: name })}
            onClick={() => void create(false)}
            data-testid="create-button"
          >
            {t('create.button')}
          </Button>
        </div>

        {formProblem !== null && (
          <MessageBar intent="error" data-testid="create-form-problem">
            <MessageBarBody>{t(PROBLEM_KEYS[formProblem], { max: formProblem === 'blankRows' ? MAX_BLANK : MAX_SAMPLE })}</MessageBarBody>
          </MessageBar>
        )}
        {confirmReplace !== null && (
          <MessageBar intent="warning" layout="multiline" data-testid="create-replace">
            <MessageBarBody>{t('create.replaceWarn', { sheet: confirmReplace })}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void create(true)}>{t('create.replaceConfirm')}</Button>
              <Button appearance="primary" onClick={() => setConfirmReplace(null)}>
                {t('create.replaceCancel')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <CallStatus call={call} />
        {problem !== null && <ErrorBar error={problem} onDismiss={() => setProblem(null)} />}
        {created !== null && (
          <MessageBar intent="success" layout="multiline" data-testid="create-result">
            <MessageBarBody>
              <MessageBarTitle>{t('create.done', { sheet: created.name })}</MessageBarTitle>
              {created.renamed && <div data-testid="create-renamed">{t('create.renamed', { requested: created.requested, sheet: created.name })}</div>}
              {created.replaced && <div>{t('create.replaced', { sheet: created.name })}</div>}
              <div>{t(mode === 'workbench' ? 'create.nextWorkbench' : 'create.nextExcel')}</div>
            </MessageBarBody>
            {!created.cards && (
              <MessageBarActions>
                <Button icon={<TableSearch20Regular />} onClick={() => onCheck(created.name, created.template)}>
                  {t('create.check')}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
      </Card>
    </div>
  );
}
