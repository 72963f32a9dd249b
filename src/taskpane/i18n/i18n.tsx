/**
 * The pane's language: a context with the current locale and `t`, which looks a key up in the UI
 * catalogue. In Excel the locale follows Office's display language; in the workbench the user can
 * switch it.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { interpolate, type Catalogue, type Locale, type Localized, type MessageParams } from '../../core/i18n/locale';
import { uiMessages, type UiKey } from './messages';

export function translate(locale: Locale, key: UiKey, params?: MessageParams): string {
  return interpolate(uiMessages[key][locale], params);
}

export interface I18n {
  readonly locale: Locale;
  readonly t: (key: UiKey, params?: MessageParams) => string;
  /** A message that already carries both languages (findings, file errors). */
  readonly pick: (message: Localized) => string;
  /** Present only where the user may switch (the workbench). */
  readonly setLocale?: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider(props: { locale: Locale; setLocale?: (l: Locale) => void; children: ReactNode }): JSX.Element {
  const { locale, setLocale, children } = props;
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: (key, params) => translate(locale, key, params),
      pick: (message) => message[locale],
      ...(setLocale ? { setLocale } : {}),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/**
 * A job panel's own catalogue (src/taskpane/<job>/messages.ts), in the current language:
 * `const t = useCatalogue(templateUi); t('create.button')`.
 */
export function useCatalogue<K extends string>(catalogue: Catalogue<K>): (key: K, params?: MessageParams) => string {
  const { locale } = useI18n();
  return useMemo(() => (key: K, params?: MessageParams) => interpolate(catalogue[key][locale], params), [catalogue, locale]);
}
