/**
 * A UserError is a problem the user caused and can fix (a corrupt file, a missing sheet), with a
 * message in both languages. Faces show its message; anything else is a bug.
 */
import type { Localized } from './i18n/locale';

export class UserError extends Error {
  constructor(
    readonly code: string,
    readonly localized: Localized,
  ) {
    super(localized['en-US']);
    this.name = 'UserError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

/** Thrown when work is cancelled by the user; faces treat it as a quiet stop, not a failure. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}
