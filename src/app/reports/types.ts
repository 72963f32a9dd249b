/** What every report use case takes and gives back, so faces treat all reports alike. */
import type { IsoDate } from '../../core/dates';
import type { Finding } from '../../core/findings';
import type { Locale, Localized } from '../../core/i18n/locale';
import type { SheetSpec } from '../../core/sheet/spec';
import type { ReadContext } from './sources';

export interface RunContext extends ReadContext {
  readonly locale: Locale;
  /** Today's date as the office's calendar has it (the default "as of" date). */
  readonly today: IsoDate;
}

export interface ReportOutput<J = unknown> {
  /** The report kind's key ("summary", "four-pillar", "compare"). */
  readonly kind: string;
  /** The JSON the CLI prints and the task pane shows (the kind's zod schema describes it). */
  readonly json: J;
  /** The report sheets, ready to write (print setup and charts included). */
  readonly sheets: SheetSpec[];
  /** Everything in the data worth a look; written to a notes sheet beside the report. */
  readonly findings: Finding[];
  /** One line saying what was produced, for a status bar or the CLI. */
  readonly headline: Localized;
  /** The result as a few lines of text (a row per group, or the comparison's sentences). */
  readonly lines: Localized[];
}
