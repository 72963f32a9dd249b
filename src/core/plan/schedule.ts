/**
 * Schedule rules: when a task of the library comes due. Staff write them as text in the library
 * sheet ("每周一", "期末", "3月12日"); schedule-text.ts turns that text into these rules and back.
 */
import { z } from 'zod';
import { holidayKeySchema, seasonKeySchema, termAnchorSchema, termSeasonSchema } from './vocabulary';

/** A day within a month: a day number (clamped to the month's length) or its first/last working day. */
export const monthDaySchema = z.union([z.number().int().min(1).max(31), z.literal('firstWorkday'), z.literal('lastWorkday')]);
export type MonthDay = z.infer<typeof monthDaySchema>;

const month = z.number().int().min(1).max(12);

/**
 * Routines that only make sense while school is in session (class hygiene checks, canteen meetings):
 * dates outside every term (winter and summer breaks) are dropped. Written "学期内每周四".
 */
const termTime = z.boolean().optional();

export const scheduleRuleSchema = z.discriminatedUnion('kind', [
  /** Every week on a weekday, 1 = Monday … 7 = Sunday. */
  z.object({ kind: z.literal('weekly'), weekday: z.number().int().min(1).max(7), termTime: termTime }),
  z.object({ kind: z.literal('monthly'), day: monthDaySchema, termTime: termTime }),
  /**
   * Days (calendar days, negative = before) from a point of the term; `term` limits it to the
   * spring or autumn term (暑期维修计划 only before the summer).
   */
  z.object({ kind: z.literal('termPhase'), anchor: termAnchorSchema, offsetDays: z.number().int().min(-120).max(120), term: termSeasonSchema.optional() }),
  /** Every year on a month-day (植树节 03-12, 消防日 11-09). */
  z.object({ kind: z.literal('fixedDate'), month, day: z.number().int().min(1).max(31) }),
  /**
   * Around statutory holidays (empty list = every holiday): `before` = the Nth working day before
   * the first day off; `during` = the holiday itself (planned on the last working day before it,
   * when the duty roster must be in place).
   */
  z.object({
    kind: z.literal('holiday'),
    holidays: z.array(holidayKeySchema),
    when: z.enum(['before', 'during']),
    workdaysBefore: z.number().int().min(1).max(20),
  }),
  /** Each month of a named season (from–to may wrap the year end). */
  z.object({ kind: z.literal('season'), season: seasonKeySchema, from: month, to: month, day: monthDaySchema, termTime: termTime }),
  /** Each listed month. */
  z.object({ kind: z.literal('months'), months: z.array(month).min(1), day: monthDaySchema, termTime: termTime }),
]);
export type ScheduleRule = z.infer<typeof scheduleRuleSchema>;

/** Months a season covers, wrapping December → January. */
export function monthsInRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = from; ; m = (m % 12) + 1) {
    out.push(m);
    if (m === to || out.length === 12) break;
  }
  return out;
}
