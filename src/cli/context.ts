/**
 * What every CLI command shares: the language, printing, and turning errors into messages.
 * Commands are thin: they open files through the file adapter and call app/ use cases.
 */
import { interpolate, pickLocale, type Catalogue, type Locale, type MessageParams } from '../core/i18n/locale';
import { CancelledError, isUserError } from '../core/errors';
import { cliMessages, type CliMessageKey } from './messages';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

export class CliContext {
  constructor(
    readonly locale: Locale,
    readonly io: CliIO,
  ) {}

  t(key: CliMessageKey, params?: MessageParams): string {
    return interpolate(cliMessages[key][this.locale], params);
  }

  tr<K extends string>(catalogue: Catalogue<K>, key: K, params?: MessageParams): string {
    return interpolate(catalogue[key][this.locale], params);
  }

  json(value: unknown): void {
    this.io.out(JSON.stringify(value, null, 2));
  }
}

/** --lang wins; else LC_ALL/LANG (en_US.UTF-8 → en-US); else zh-CN. */
export function cliLocale(flag: string | undefined): Locale {
  return pickLocale(flag ?? process.env.TAIZHANG_LANG ?? process.env.LC_ALL ?? process.env.LANG ?? null);
}

/** Exit codes: 0 done, 1 the user's input needs fixing, 2 usage, 3 an internal error. */
export function reportError(ctx: CliContext, e: unknown): number {
  if (isUserError(e)) {
    ctx.io.err(ctx.t('error.prefix') + e.localized[ctx.locale]);
    return 1;
  }
  if (e instanceof CancelledError) return 130;
  ctx.io.err(ctx.t('error.unexpected'));
  ctx.io.err(e instanceof Error ? (e.stack ?? e.message) : String(e));
  return 3;
}
