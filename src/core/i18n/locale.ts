/**
 * Message catalogues: every user-facing message exists in zh-CN (the default) and en-US. A catalogue
 * is a plain table; TypeScript refuses a key that lacks either language.
 */
import { z } from 'zod';

export const localeSchema = z.enum(['zh-CN', 'en-US']);
export type Locale = z.infer<typeof localeSchema>;
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type Localized = Readonly<Record<Locale, string>>;
export const localizedSchema = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

export type Catalogue<K extends string> = Readonly<Record<K, Localized>>;

export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces {name} placeholders; a missing parameter stays visible rather than vanishing. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** Both languages of one catalogue entry, with parameters filled in. */
export function localize<K extends string>(catalogue: Catalogue<K>, key: K, params?: MessageParams): Localized {
  const entry = catalogue[key];
  return { 'zh-CN': interpolate(entry['zh-CN'], params), 'en-US': interpolate(entry['en-US'], params) };
}

/** Picks the user's language from a BCP-47 tag (Office's displayLanguage, navigator.language, LANG). */
export function pickLocale(tag: string | null | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  return /^en/i.test(tag) ? 'en-US' : 'zh-CN';
}
