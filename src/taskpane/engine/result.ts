/**
 * Errors do not survive a worker boundary: structured clone drops a UserError's class, code and
 * both-language message. Calls across it therefore return a Result, and the receiving side turns a
 * failed one back into the UserError or CancelledError it was.
 */
import { CancelledError, UserError, isUserError } from '../../core/errors';
import type { Localized } from '../../core/i18n/locale';

export type EngineError =
  | { readonly kind: 'user'; readonly code: string; readonly message: Localized }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'bug'; readonly message: string };

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };

export function toEngineError(e: unknown): EngineError {
  if (isUserError(e)) return { kind: 'user', code: e.code, message: { 'zh-CN': e.localized['zh-CN'], 'en-US': e.localized['en-US'] } };
  if (e instanceof CancelledError || (e instanceof Error && e.name === 'AbortError')) return { kind: 'cancelled' };
  if (e instanceof Error) return { kind: 'bug', message: e.message || e.name };
  return { kind: 'bug', message: String(e) };
}

export async function settle<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    return { ok: false, error: toEngineError(e) };
  }
}

export function fromEngineError(error: EngineError): Error {
  switch (error.kind) {
    case 'user':
      return new UserError(error.code, error.message);
    case 'cancelled':
      return new CancelledError();
    case 'bug':
      return new Error(error.message);
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw fromEngineError(result.error);
}
