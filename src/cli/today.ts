/** Today's date as the office's calendar has it (local time), overridable for reproducible runs. */
import { ymd, type IsoDate } from '../core/dates';
import { parseDateText } from '../core/dates';

export function today(flag?: string): IsoDate {
  const given = flag ?? process.env.TAIZHANG_TODAY;
  if (given) {
    const parsed = parseDateText(given);
    if (parsed) return parsed.date;
  }
  const d = new Date();
  return ymd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
