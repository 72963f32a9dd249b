/**
 * The pane: header, (in the workbench) the file bar, and the current panel. Panels are switched
 * from the home's cards and from the ribbon's buttons (through the panel bus).
 */
import { useCallback, useEffect, useState } from 'react';
import { FluentProvider, Toaster, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Locale } from '../../core/i18n/locale';
import { isPanelKey, onPanelRequest } from '../../commands/panel-bus';
import { I18nProvider, translate } from '../i18n/i18n';
import type { EngineClient } from '../engine/client';
import { WorkbenchBar } from '../workbench/WorkbenchBar';
import { useWorkbench } from '../workbench/useWorkbench';
import { ComingPanel } from './ComingPanel';
import { ErrorBar } from './ErrorBar';
import { Header } from './Header';
import { Home } from './Home';
import { jobById, type PanelId } from './jobs';
import { JOB_PANELS, type PaneMode } from './panels';
import { paneTheme } from './theme';

export type { PaneMode } from './panels';

export interface AppProps {
  readonly mode: PaneMode;
  readonly engine: EngineClient;
  readonly initialLocale: Locale;
  readonly initialPanel: PanelId;
  /** Workbench: open the bundled sample at start (`?sample=1`). */
  readonly openSample: boolean;
  /** Excel: set when the pane could not attach to the workbook. */
  readonly startupError?: unknown;
  /** Workbench: remembers the user's language choice. */
  readonly onLocaleChange?: (locale: Locale) => void;
}

const useStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
  },
  main: {
    flexGrow: 1,
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '1280px',
    marginLeft: 'auto',
    marginRight: 'auto',
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
});

export function App(props: AppProps): JSX.Element {
  const { mode, engine, initialPanel, openSample, startupError, onLocaleChange } = props;
  const styles = useStyles();
  const [locale, setLocaleState] = useState<Locale>(props.initialLocale);
  const [panel, setPanel] = useState<PanelId>(initialPanel);
  const toasterId = useId('toaster');

  const setLocale = useCallback(
    (l: Locale) => {
      setLocaleState(l);
      onLocaleChange?.(l);
    },
    [onLocaleChange],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.name');
  }, [locale]);

  // Ribbon buttons ask for a panel; a request made before the pane rendered arrives here at once.
  useEffect(() => onPanelRequest((requested) => setPanel(isPanelKey(requested) ? requested : 'home')), []);

  // Opening a file from the home goes to where the file is understood.
  const goToInspectFromHome = useCallback(() => setPanel((p) => (p === 'home' ? 'inspect' : p)), []);

  const workbench = useWorkbench({
    engine,
    enabled: mode === 'workbench',
    openSampleAtStart: openSample,
    locale,
    toasterId,
    onOpened: goToInspectFromHome,
  });

  const workbookKey = mode === 'excel' ? 'excel' : workbench.workbookKey;

  // A plain function, not a component: the panel's own component type stays the same across renders.
  function renderPanel(job: Exclude<PanelId, 'home'>): JSX.Element {
    const Panel = JOB_PANELS[job];
    if (!Panel) return <ComingPanel job={jobById(job)} onInspect={() => setPanel('inspect')} />;
    return <Panel engine={engine} mode={mode} workbookKey={workbookKey} onWorkbookChanged={workbench.markDirty} toasterId={toasterId} onNavigate={setPanel} />;
  }

  return (
    // No layout styles on the provider: Fluent copies its classes onto every portal (tooltips, toasts).
    <FluentProvider theme={paneTheme} lang={locale}>
      <I18nProvider locale={locale} {...(mode === 'workbench' ? { setLocale } : {})}>
        <div className={styles.root}>
          <Header panel={panel} onHome={() => setPanel('home')} workbench={mode === 'workbench'} />
          {mode === 'workbench' && <WorkbenchBar state={workbench} />}
          <main className={styles.main} id="main">
            {startupError !== undefined && <ErrorBar error={startupError} />}
            {mode === 'workbench' && workbench.error !== null && <ErrorBar error={workbench.error} onDismiss={workbench.clearError} />}
            {panel === 'home' && <Home onOpen={setPanel} needsFile={mode === 'workbench' && workbookKey === null} />}
            {panel !== 'home' && renderPanel(panel)}
          </main>
        </div>
        <Toaster toasterId={toasterId} position="bottom" />
      </I18nProvider>
    </FluentProvider>
  );
}
