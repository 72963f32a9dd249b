/**
 * Starts the pane: inside Excel on the workbook through Office.js, outside Office (Office.onReady's
 * host is null, or office.js could not load) as the browser workbench on .xlsx files.
 */
import { createRoot } from 'react-dom/client';
import { UserError, isUserError } from '../core/errors';
import { localeSchema, localize, pickLocale, type Locale } from '../core/i18n/locale';
import { uiMessages } from './i18n/messages';
import { EngineClient } from './engine/client';
import { detectHost } from './host/office';
import { App } from './shell/App';
import { parsePanel } from './shell/jobs';

const LOCALE_KEY = 'taizhang.locale';

function storedLocale(): Locale | null {
  try {
    const parsed = localeSchema.safeParse(window.localStorage.getItem(LOCALE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    // Storage can be switched off; the browser's language then decides.
    return null;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Not remembered across visits; nothing else depends on it.
  }
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const host = await detectHost();
  const params = new URLSearchParams(window.location.search);
  const engine = EngineClient.start();
  const root = createRoot(container);

  if (host.mode === 'excel') {
    let startupError: unknown;
    try {
      await engine.attachPort(host.createPort());
    } catch (e) {
      startupError = isUserError(e)
        ? e
        : new UserError('excel.unavailable', localize(uiMessages, 'error.excelUnavailable', { detail: e instanceof Error ? e.message : String(e) }));
    }
    root.render(
      <App
        mode="excel"
        engine={engine}
        initialLocale={pickLocale(host.displayLanguage)}
        initialPanel={parsePanel(params.get('panel'))}
        openSample={false}
        {...(startupError === undefined ? {} : { startupError })}
      />,
    );
    return;
  }

  root.render(
    <App
      mode="workbench"
      engine={engine}
      initialLocale={pickLocale(params.get('lang') ?? storedLocale() ?? navigator.language)}
      initialPanel={parsePanel(params.get('panel'))}
      openSample={params.get('sample') === '1'}
      onLocaleChange={storeLocale}
    />,
  );
}

void main();
