/**
 * 套用已有表: map a sheet the office already keeps to a template — review the mapping (any field's
 * column can be changed), see which required fields are missing, adopt it (kept in the workbook,
 * the data untouched) and, on request, normalize it into a fresh template sheet listing every change.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Checkmark20Regular, TableSearch20Regular, Wand20Regular } from '@fluentui/react-icons';
import { parseDateText } from '../../core/dates';
import type { FieldDef } from '../../core/sheet/fields';
import type { MappingOverrides } from '../../core/sheet/mapping';
import { findTemplate } from '../../core/templates/catalogue';
import { templateFieldDefs } from '../../core/templates/fields';
import type { ValueChange } from '../../core/templates/normalize';
import { MappingTable, type MappingChoice } from '../inspect/MappingTable';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { ErrorBar } from '../shell/ErrorBar';
import { Heading } from '../shell/Heading';
import type { PaneMode } from '../shell/panels';
import { CallStatus } from './CallStatus';
import { ChangesList } from './ChangesList';
import type { TemplatesClient } from './client';
import type { AdoptView, NormalizeView, TemplateSheet } from './engine';
import { templateUi } from './messages';
import { SheetTemplateBar } from './SheetTemplateBar';
import { useLongCall } from './useLongCall';
import { defaultChoice, pendingRemembered, templateName, todayIso } from './view-model';

const useStyles = makeStyles({
  tab: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  intro: {
    color: tokens.colorNeutralForeground2,
  },
  sections: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gridTemplateAreas: '"mapping" "normalize" "changes"',
    gap: tokens.spacingVerticalM,
    alignItems: 'start',
    '@media (min-width: 960px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
      gridTemplateAreas: '"mapping normalize" "mapping changes"',
      columnGap: tokens.spacingHorizontalL,
    },
  },
  mapping: {
    gridArea: 'mapping',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  normalize: {
    gridArea: 'normalize',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  changes: { gridArea: 'changes' },
  help: {
    color: tokens.colorNeutralForeground3,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
  },
  dateField: {
    flexBasis: '180px',
  },
});

export interface AdoptTabProps {
  readonly client: TemplatesClient;
  readonly mode: PaneMode;
  readonly sheets: readonly TemplateSheet[] | null;
  readonly onChanged: () => void;
  readonly onReread: () => Promise<void>;
  readonly onLocate: (sheet: string, cell: string) => Promise<boolean>;
  /** Check a sheet (the normalized one) in the check tab. */
  readonly onCheck: (sheet: string, template: string) => void;
}

export function AdoptTab(props: AdoptTabProps): JSX.Element {
  const { client, mode, sheets, onChanged, onReread, onLocate, onCheck } = props;
  const { locale, pick } = useI18n();
  const t = useCatalogue(templateUi);
  const styles = useStyles();
  const call = useLongCall();
  const { run, clearCancelled } = call;

  const [sheet, setSheet] = useState<string | null>(null);
  const [templateKey, setTemplateKey] = useState<string | null>(null);
  const [pending, setPending] = useState<MappingOverrides>({});
  const [view, setView] = useState<AdoptView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [justAdopted, setJustAdopted] = useState(false);
  const [normalized, setNormalized] = useState<NormalizeView | null>(null);
  const [asOf, setAsOf] = useState(todayIso());
  const [selectedChange, setSelectedChange] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  const template = templateKey === null ? undefined : findTemplate(templateKey);
  const fields: readonly FieldDef[] = useMemo(() => (template ? templateFieldDefs(template) : []), [template]);

  const choose = useCallback((nextSheet: string | null, nextTemplate: string | null) => {
    setSheet(nextSheet);
    setTemplateKey(nextTemplate);
    setPending({});
    setView(null);
    setNotice(null);
    setJustAdopted(false);
    setNormalized(null);
    setSelectedChange(null);
    setProblem(null);
  }, []);

  // A new sheet list keeps the chosen sheet if it is still there.
  useEffect(() => {
    if (sheets === null) return;
    if (sheet !== null && sheets.some((s) => s.name === sheet)) return;
    const d = defaultChoice(sheets, 'adopt');
    choose(d.sheet, d.template);
  }, [sheets, sheet, choose]);

  // Read the sheet against the template whenever either, or a pending choice, changes.
  useEffect(() => {
    if (sheet === null || templateKey === null || sheets === null || !sheets.some((s) => s.name === sheet)) return;
    let live = true;
    clearCancelled();
    run((c) => client.analyze(sheet, templateKey, pending, c)).then(
      (v) => live && v !== undefined && setView(v),
      (e: unknown) => live && setProblem(e),
    );
    return () => {
      live = false;
    };
  }, [run, clearCancelled, client, sheet, templateKey, pending, sheets, generation]);

  const onChoose = useCallback(
    async (field: FieldDef, choice: MappingChoice) => {
      if (sheet === null) return;
      setJustAdopted(false);
      if (choice.kind === 'column') {
        setPending((p) => ({ ...p, [field.key]: choice.column }));
        setNotice(t('adopt.pending'));
        return;
      }
      // Back to automatic: a choice not yet adopted is dropped; one kept in the workbook is forgotten there.
      setPending((p) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== field.key)));
      if (view && Object.prototype.hasOwnProperty.call(view.remembered, field.key)) {
        try {
          await client.forget(sheet, [field.key]);
          onChanged();
          setGeneration((g) => g + 1);
        } catch (e) {
          setProblem(e);
        }
      }
      setNotice(t('adopt.reset'));
    },
    [sheet, view, client, onChanged, t],
  );

  const onResetAll = useCallback(async () => {
    if (sheet === null) return;
    setPending({});
    setJustAdopted(false);
    const kept = Object.keys(view?.remembered ?? {});
    if (kept.length > 0) {
      try {
        await client.forget(sheet, kept);
        onChanged();
        setGeneration((g) => g + 1);
      } catch (e) {
        setProblem(e);
      }
    }
    setNotice(t('adopt.reset'));
  }, [sheet, view, client, onChanged, t]);

  const adopt = useCallback(async () => {
    if (sheet === null || templateKey === null) return;
    setProblem(null);
    setNotice(null);
    try {
      const v = await run((c) => client.adopt(sheet, templateKey, pending, c), { writes: true });
      if (v === undefined) return;
      setView(v);
      setJustAdopted(true);
      setNormalized(null);
      onChanged();
      // The pending choices are now the workbook's; reading again shows them as kept.
      setPending({});
    } catch (e) {
      setProblem(e);
    }
  }, [sheet, templateKey, pending, run, client, onChanged]);

  const normalize = useCallback(async () => {
    if (sheet === null || templateKey === null) return;
    setProblem(null);
    setSelectedChange(null);
    const date = parseDateText(asOf);
    try {
      const result = await run((c) => client.normalize(sheet, templateKey, { asOf: date?.date ?? todayIso() }, c), { writes: true });
      if (result === undefined) return;
      setNormalized(result);
      onChanged();
    } catch (e) {
      setProblem(e);
    }
  }, [sheet, templateKey, asOf, run, client, onChanged]);

  const locateChange = useCallback(
    async (change: ValueChange) => {
      if (normalized && (await onLocate(normalized.sheet, change.cell))) setSelectedChange(change.cell);
    },
    [normalized, onLocate],
  );

  const current = view !== null && view.sheet === sheet && view.template === templateKey ? view : null;
  const report = current?.report ?? null;
  const dirty = Object.keys(pending).length > 0;
  const name = template ? templateName(template, locale) : '';
  const adopted = current?.adopted === true && !dirty;

  return (
    <div className={styles.tab}>
      <Text className={styles.intro}>{t('adopt.intro')}</Text>
      <SheetTemplateBar
        idPrefix="adopt"
        sheets={sheets}
        sheet={sheet}
        template={templateKey}
        disabled={call.busy}
        onSheet={(s) => choose(s, defaultChoice(sheets ?? [], 'adopt', s).template)}
        onTemplate={(k) => choose(sheet, k)}
        onReread={() => void onReread().then(() => setGeneration((g) => g + 1))}
      />
      {sheets !== null && sheets.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('pick.noSheets')}</MessageBarBody>
        </MessageBar>
      )}
      <CallStatus call={call} />
      {problem !== null && <ErrorBar error={problem} onDismiss={() => setProblem(null)} />}

      {current !== null && template && report && (
        <>
          {current.tooDifferent !== null ? (
            <MessageBar intent="warning" layout="multiline" data-testid="adopt-too-different">
              <MessageBarBody>{pick(current.tooDifferent)}</MessageBarBody>
            </MessageBar>
          ) : justAdopted && !dirty ? (
            <MessageBar intent="success" layout="multiline" data-testid="adopt-done">
              <MessageBarBody>
                {t('adopt.done', { sheet: current.sheet, template: name })}
                {mode === 'workbench' && <> {t('adopt.doneWorkbench')}</>}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="info" layout="multiline" data-testid="adopt-ready">
              <MessageBarBody>{adopted ? t('adopt.isAdopted', { sheet: current.sheet, template: name }) : t('adopt.ready')}</MessageBarBody>
            </MessageBar>
          )}
          {report.status !== 'ok' &&
            report.findings.map((f) => (
              <MessageBar key={`${f.code}:${f.cell}`} intent="error" layout="multiline">
                <MessageBarBody>{pick(f.message)}</MessageBarBody>
              </MessageBar>
            ))}

          <div className={styles.sections}>
            <div className={styles.mapping}>
              <MappingTable
                report={report}
                remembered={pendingRemembered(current.remembered, pending)}
                fields={fields}
                busy={call.busy}
                notice={notice}
                onChoose={(field, choice) => void onChoose(field, choice)}
                onResetAll={() => void onResetAll()}
              />
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  icon={<Checkmark20Regular />}
                  disabled={call.busy || current.missing.length > 0 || (adopted && !dirty)}
                  aria-label={t('adopt.buttonLabel', { sheet: current.sheet, template: name })}
                  onClick={() => void adopt()}
                  data-testid="adopt-button"
                >
                  {t('adopt.button')}
                </Button>
                {adopted && (
                  <Badge appearance="filled" color="success" data-testid="adopt-badge">
                    {t('adopt.adoptedBadge')}
                  </Badge>
                )}
              </div>
            </div>

            {adopted && (
              <Card className={styles.normalize} aria-labelledby="normalize-heading">
                <Heading id="normalize-heading">{t('normalize.heading')}</Heading>
                <Text size={200} className={styles.help}>
                  {t('normalize.help', { sheet: current.sheet, template: name })}
                </Text>
                <div className={styles.actions}>
                  <Field label={t('create.asOf')} hint={t('create.asOfHint')} className={styles.dateField}>
                    <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} data-testid="normalize-as-of" />
                  </Field>
                </div>
                <div className={styles.actions}>
                  <Button icon={<Wand20Regular />} disabled={call.busy} onClick={() => void normalize()} data-testid="normalize-button">
                    {t('normalize.button')}
                  </Button>
                </div>
                {normalized !== null && normalized.sheet === current.sheet && (
                  <MessageBar intent="success" layout="multiline" data-testid="normalize-result">
                    <MessageBarBody>
                      <MessageBarTitle>{t('normalize.done', { sheet: normalized.written })}</MessageBarTitle>
                      {normalized.changesSheet !== null
                        ? t('normalize.changes', { count: normalized.changes.length, sheet: normalized.changesSheet })
                        : t('normalize.noChanges')}
                    </MessageBarBody>
                    <MessageBarActions>
                      <Button icon={<TableSearch20Regular />} onClick={() => onCheck(normalized.written, current.template)}>
                        {t('create.check')}
                      </Button>
                    </MessageBarActions>
                  </MessageBar>
                )}
              </Card>
            )}

            {adopted && normalized !== null && normalized.sheet === current.sheet && normalized.changes.length > 0 && (
              <ChangesList className={styles.changes} changes={normalized.changes} template={template} selected={selectedChange} onLocate={(c) => void locateChange(c)} />
            )}
          </div>
        </>
      )}
    </div>
  );
}
