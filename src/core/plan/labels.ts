/** Dates as plans write them: "10月1日" / "Oct 1", "三月" / "March". */
import type { Localized } from '../i18n/locale';
import { splitIso, type IsoDate } from '../dates';
import { MONTH_ABBR_EN, MONTH_NAMES_EN, MONTH_NAMES_ZH } from './vocabulary';

export function dayLabel(date: IsoDate): Localized {
  const { m, d } = splitIso(date);
  return { 'zh-CN': `${m}月${d}日`, 'en-US': `${MONTH_ABBR_EN[m - 1] ?? ''} ${d}` };
}

/** "三月" / "March" for a "YYYY-MM" month. */
export function monthName(month: string): Localized {
  const m = Number(month.slice(5, 7));
  return { 'zh-CN': MONTH_NAMES_ZH[m - 1] ?? '', 'en-US': MONTH_NAMES_EN[m - 1] ?? '' };
}
