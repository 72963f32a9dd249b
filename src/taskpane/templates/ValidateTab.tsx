/**
 * 检查: a sheet against its template — the findings, errors first, filtered by severity; each one,
 * chosen, selects its cell. On request the findings go to a sheet of their own.
 */
import { useCallback, useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentBulletList20Regular, TableSearch20Regular } from '@fluentui/react-icons';
import type { Finding } from '../../core/findings';
import { findTemplate } from '../../core/templates/catalogue';
import { FindingsList } from '../inspect/FindingsList';
import { locateAddress, severityCounts } from '../inspect/view-model';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { ErrorBar } from '../shell/ErrorBar';
import { CallStatus } from './CallStatus';
import type { TemplatesClient } from './client';
import type { TemplateSheet, ValidateView } from './engine';
import { templateUi } from './messages';
import { SheetTemplateBar } from './SheetTemplateBar';
import { useLongCall } from './useLongCall';
import { defaultChoice, filterFindings, templateName, todayIso, type SeverityFilter, type SheetTarget } from './view-model';

const FILTERS: readonly SeverityFilter[] = ['all', 'error', 'warning', 'info'];
const FILTER_KEYS = { all: 'filter.all', error: 'filter.error', warning: 'filter.warning', info: 'filter.info' } as const;

const useStyles = makeStyles({
  tab: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  intro: {
    color: tokens.colorNeutralForeground2,
  },
  results: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  filter: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  filterGroup: {
    flexWrap: 'wrap',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  help: {
    color: tokens.colorNeutralForeground3,
    flexBasis: '240px',
    flexGrow: 1,
  },
});

export interface ValidateTabProps {
  readonly client: TemplatesClient;
  readonly sheets: readonly TemplateSheet[] | null;
  readonly target: SheetTarget | null;
  readonly onChanged: () => void;
  readonly onReread: () => Promise<void>;
  readonly onLocate: (sheet: string, cell: string) => Promise<boolean>;
}

export function ValidateTab(props: ValidateTabProps): JSX.Element {
  const { client, sheets, target, onChanged, onReread, onLocate } = props;
  const { locale } = useI18n();
  const t = useCatalogue(templateUi);
  const styles = useStyles();
  const call = useLongCall();
  const { run } = call;

  const [sheet, setSheet] = useState<string | null>(null);
  const [templateKey, setTemplateKey] = useState<string | null>(null);
  const [view, setView] = useState<ValidateView | null>(null);
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [selected, setSelected] = useState<Finding | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [pendingRun, setPendingRun] = useState(false);

  const choose = useCallback((nextSheet: string | null, nextTemplate: string | null) => {
    setSheet(nextSheet);
    setTemplateKey(nextTemplate);
    setView(null);
    setSelected(null);
    setWritten(null);
    setFilter('all');
    setProblem(null);
  }, []);

  useEffect(() => {
    // A sheet just asked for may not be in the list yet (it was just created): wait for it.
    if (sheets === null || pendingRun) return;
    if (sheet !== null && sheets.some((s) => s.name === sheet)) return;
    const d = defaultChoice(sheets, 'validate');
    choose(d.sheet, d.template);
  }, [sheets, sheet, choose, pendingRun]);

  const validate = useCallback(
    async (writeSheet: boolean) => {
      if (sheet === null || templateKey === null) return;
      setProblem(null);
      setSelected(null);
      try {
        const result = await run((c) => client.validate(sheet, templateKey, { today: todayIso(), writeSheet }, c), { writes: writeSheet });
        if (result === undefined) return;
        setView(result);
        if (writeSheet) {
          setWritten(result.findingsSheet);
          onChanged();
        } else setWritten(null);
      } catch (e) {
        setProblem(e);
      }
    },
    [sheet, templateKey, run, client, onChanged],
  );

  // "Check this sheet" from elsewhere: show it and check it at once.
  useEffect(() => {
    if (target === null) return;
    choose(target.sheet, target.template);
    setPendingRun(true);
  }, [target, choose]);

  useEffect(() => {
    if (!pendingRun || sheet === null || sheets === null || !sheets.some((s) => s.name === sheet)) return;
    setPendingRun(false);
    void validate(false);
  }, [pendingRun, sheet, sheets, validate]);

  const locate = useCallback(
    async (f: Finding) => {
      if (!view) return;
      if (await onLocate(f.sheet, locateAddress(f, view.report))) setSelected(f);
    },
    [view, onLocate],
  );

  const template = templateKey === null ? undefined : findTemplate(templateKey);
  const name = template ? templateName(template, locale) : '';
  const current = view !== null && view.sheet === sheet && view.template === templateKey ? view : null;
  const counts = current ? severityCounts(current.report.findings) : null;

  return (
    <div className={styles.tab}>
      <Text className={styles.intro}>{t('validate.intro')}</Text>
      <SheetTemplateBar
        idPrefix="validate"
        sheets={sheets}
        sheet={sheet}
        template={templateKey}
        disabled={call.busy}
        onSheet={(s) => choose(s, defaultChoice(sheets ?? [], 'validate', s).template)}
        onTemplate={(k) => choose(sheet, k)}
        onReread={() => void onReread()}
      >
        <Button
          appearance="primary"
          icon={<TableSearch20Regular />}
          disabled={call.busy || sheet === null || templateKey === null}
          aria-label={sheet === null ? t('validate.button') : t('validate.buttonLabel', { sheet, template: name })}
          onClick={() => void validate(false)}
          data-testid="validate-button"
        >
          {t('validate.button')}
        </Button>
      </SheetTemplateBar>
      {sheets !== null && sheets.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('pick.noSheets')}</MessageBarBody>
        </MessageBar>
      )}
      <CallStatus call={call} />
      {problem !== null && <ErrorBar error={problem} onDismiss={() => setProblem(null)} />}

      {current !== null && counts !== null && (
        <div className={styles.results}>
          <Text data-testid="validate-summary">{t('validate.summary', { sheet: current.sheet, template: name, rows: current.rows })}</Text>
          {current.report.findings.length > 0 && (
            <div className={styles.filter}>
              <Text id="validate-filter-label">{t('validate.filter')}</Text>
              <RadioGroup
                layout="horizontal"
                className={styles.filterGroup}
                value={filter}
                onChange={(_, d) => setFilter(d.value as SeverityFilter)}
                aria-labelledby="validate-filter-label"
                data-testid="validate-filter"
              >
                {FILTERS.map((f) => (
                  <Radio
                    key={f}
                    value={f}
                    disabled={f !== 'all' && counts[f] === 0}
                    label={t(FILTER_KEYS[f], { count: f === 'all' ? current.report.findings.length : counts[f] })}
                    data-filter={f}
                  />
                ))}
              </RadioGroup>
            </div>
          )}
          <FindingsList report={{ ...current.report, findings: filterFindings(current.report.findings, filter) }} selected={selected} onLocate={(f) => void locate(f)} />
          <div className={styles.actions}>
            <Button icon={<DocumentBulletList20Regular />} disabled={call.busy} onClick={() => void validate(true)} data-testid="validate-write">
              {t('validate.writeSheet')}
            </Button>
            <Text size={200} className={styles.help}>
              {t('validate.writeSheetHelp')}
            </Text>
          </div>
          {written !== null && (
            <MessageBar intent="success" data-testid="validate-written">
              <MessageBarBody>{t('validate.sheetWritten', { sheet: written })}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </div>
  );
}
