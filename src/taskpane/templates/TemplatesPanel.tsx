/**
 * 台账模板 — the registers a school office keeps, to a standard: create one from the catalogue,
 * adopt a sheet the office already keeps (and normalize it), check a sheet against its template.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { MessageBar, MessageBarBody, Tab, TabList, Toast, ToastBody, ToastTitle, makeStyles, tokens, useToastController } from '@fluentui/react-components';
import { TableAdd20Regular, TableEdit20Regular, TableSearch20Regular } from '@fluentui/react-icons';
import { qualifiedAddress } from '../../core/sheet/address';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { ErrorBar } from '../shell/ErrorBar';
import type { PanelProps } from '../shell/panels';
import { AdoptTab } from './AdoptTab';
import { TemplatesClient } from './client';
import { CreateTab } from './CreateTab';
import type { TemplateSheet } from './engine';
import { templateUi } from './messages';
import { ValidateTab } from './ValidateTab';
import type { SheetTarget } from './view-model';

type TabId = 'create' | 'adopt' | 'validate';

const TABS: ReadonlyArray<{ id: TabId; label: 'tab.create' | 'tab.adopt' | 'tab.validate'; icon: JSX.Element }> = [
  { id: 'create', label: 'tab.create', icon: <TableAdd20Regular /> },
  { id: 'adopt', label: 'tab.adopt', icon: <TableEdit20Regular /> },
  { id: 'validate', label: 'tab.validate', icon: <TableSearch20Regular /> },
];

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  tabs: {
    flexWrap: 'wrap',
  },
});

export function TemplatesPanel(props: PanelProps): JSX.Element {
  const { engine, mode, workbookKey, onWorkbookChanged, toasterId } = props;
  const i18n = useI18n();
  const t = useCatalogue(templateUi);
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);
  const client = useMemo(() => new TemplatesClient(engine), [engine]);

  const [tab, setTab] = useState<TabId>('create');
  // A tab reads its sheet only once it has been opened, then stays mounted.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(['create']));
  const show = useCallback((id: TabId) => {
    setTab(id);
    setOpened((o) => (o.has(id) ? o : new Set([...o, id])));
  }, []);
  const [sheets, setSheets] = useState<TemplateSheet[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [checkTarget, setCheckTarget] = useState<SheetTarget | null>(null);

  const refresh = useCallback(async () => {
    try {
      setSheets(await client.sheets());
    } catch (e) {
      setProblem(e);
    }
  }, [client]);

  useEffect(() => {
    setSheets(null);
    setProblem(null);
    setCheckTarget(null);
    if (workbookKey !== null) void refresh();
  }, [workbookKey, refresh]);

  const changed = useCallback(() => {
    onWorkbookChanged();
    void refresh();
  }, [onWorkbookChanged, refresh]);

  const check = useCallback((sheet: string, template: string) => {
    setCheckTarget({ sheet, template });
    show('validate');
  }, [show]);

  /** Selects a cell; in the workbench the downloaded file opens there, which the toast says. */
  const locate = useCallback(
    async (sheet: string, cell: string): Promise<boolean> => {
      try {
        await client.select(sheet, cell);
      } catch (e) {
        setProblem(e);
        return false;
      }
      if (mode === 'workbench') {
        onWorkbookChanged();
        dispatchToast(
          <Toast>
            <ToastTitle>{i18n.t('findings.selected', { address: qualifiedAddress(sheet, cell) })}</ToastTitle>
            <ToastBody>{i18n.t('findings.selectedWorkbench')}</ToastBody>
          </Toast>,
          { intent: 'info' },
        );
      }
      return true;
    },
    [client, mode, onWorkbookChanged, dispatchToast, i18n],
  );

  if (workbookKey === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('needFile')}</MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <section className={styles.panel} aria-label={i18n.t('job.templates.title')} data-testid="templates-panel">
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => show(d.value as TabId)} aria-label={t('tabs.label')}>
        {TABS.map((x) => (
          <Tab key={x.id} id={`templates-tab-${x.id}`} value={x.id} icon={x.icon} aria-controls={`templates-tabpanel-${x.id}`} data-testid={`templates-tab-${x.id}`}>
            {t(x.label)}
          </Tab>
        ))}
      </TabList>
      {problem !== null && <ErrorBar error={problem} onDismiss={() => setProblem(null)} />}
      {/* Every tab stays mounted, so switching keeps what each shows; a new workbook starts them afresh. */}
      <div role="tabpanel" id="templates-tabpanel-create" aria-labelledby="templates-tab-create" hidden={tab !== 'create'}>
        {opened.has('create') && <CreateTab key={workbookKey} client={client} mode={mode} workbookKey={workbookKey} sheets={sheets} onChanged={changed} onCheck={check} />}
      </div>
      <div role="tabpanel" id="templates-tabpanel-adopt" aria-labelledby="templates-tab-adopt" hidden={tab !== 'adopt'}>
        {opened.has('adopt') && <AdoptTab key={workbookKey} client={client} mode={mode} sheets={sheets} onChanged={changed} onReread={refresh} onLocate={locate} onCheck={check} />}
      </div>
      <div role="tabpanel" id="templates-tabpanel-validate" aria-labelledby="templates-tab-validate" hidden={tab !== 'validate'}>
        {opened.has('validate') && <ValidateTab key={workbookKey} client={client} sheets={sheets} target={checkTarget} onChanged={changed} onReread={refresh} onLocate={locate} />}
      </div>
    </section>
  );
}
