/**
 * What the pane says about an error: a user's problem in their language (the UserError's own
 * message), a cancel as nothing, and anything else as an unexpected problem — never a stack trace.
 */
import { CancelledError, isUserError } from '../../core/errors';
import type { Locale } from '../../core/i18n/locale';
import { translate } from '../i18n/i18n';

export function describeError(error: unknown, locale: Locale): string | null {
  if (error instanceof CancelledError) return null;
  if (isUserError(error)) return error.localized[locale];
  const detail = error instanceof Error ? error.message || error.name : String(error);
  // One line of what happened, never the stack.
  return translate(locale, 'error.unexpected', { detail: detail.split('\n')[0] ?? '' });
}
