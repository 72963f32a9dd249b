/**
 * The school's calendar settings (term dates, exam weeks): kept in the workbook as a JSON setting so
 * the add-in, the workbench and the CLI plan with the same dates, or given for one run.
 */
import { UserError } from '../../core/errors';
import type { Localized } from '../../core/i18n/locale';
import { schoolCalendarConfigSchema, type SchoolCalendarConfig } from '../../core/plan';
import type { WorkbookPort } from '../../workbook/port';
import { writeJsonSetting } from '../settings';
import { planAppMessage } from './messages';

export const CALENDAR_SETTING = 'plan.calendar';

export interface CalendarChoice {
  readonly config: SchoolCalendarConfig;
  readonly source: 'given' | 'workbook' | 'default';
  readonly message: Localized;
}

function configError(label: Localized, detail: string): UserError {
  return new UserError('plan.badConfig', {
    'zh-CN': planAppMessage('calendar.bad', { label: label['zh-CN'], detail })['zh-CN'],
    'en-US': planAppMessage('calendar.bad', { label: label['en-US'], detail })['en-US'],
  });
}

function validate(value: unknown, label: Localized): SchoolCalendarConfig {
  const parsed = schoolCalendarConfigSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw configError(label, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
}

/** The settings kept in the workbook, validated; null when there are none. A setting that does not validate is an error, not a silent default. */
export async function loadCalendarConfig(port: WorkbookPort): Promise<SchoolCalendarConfig | null> {
  const raw = await port.readSetting(CALENDAR_SETTING);
  if (raw === null) return null;
  const label = planAppMessage('calendar.storedLabel');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw configError(label, e instanceof Error ? e.message : String(e));
  }
  return validate(value, label);
}

export async function saveCalendarConfig(port: WorkbookPort, config: unknown): Promise<SchoolCalendarConfig> {
  const valid = validate(config, planAppMessage('calendar.givenLabel'));
  await writeJsonSetting(port, CALENDAR_SETTING, schoolCalendarConfigSchema, valid);
  return valid;
}

/** Given settings win over the workbook's; the defaults apply when there are neither. */
export async function chooseCalendar(port: WorkbookPort | null, given: unknown, givenLabel?: Localized): Promise<CalendarChoice> {
  if (given !== undefined) {
    const label = givenLabel ?? planAppMessage('calendar.givenLabel');
    const config = validate(given, label);
    return {
      config,
      source: 'given',
      message: { 'zh-CN': planAppMessage('calendar.given', { label: label['zh-CN'] })['zh-CN'], 'en-US': planAppMessage('calendar.given', { label: label['en-US'] })['en-US'] },
    };
  }
  const stored = port ? await loadCalendarConfig(port) : null;
  if (stored) return { config: stored, source: 'workbook', message: planAppMessage('calendar.workbook') };
  return { config: schoolCalendarConfigSchema.parse({}), source: 'default', message: planAppMessage('calendar.default') };
}
