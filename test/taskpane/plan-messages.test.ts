/** The 月度计划 panel's catalogue: both languages, nothing empty, the same placeholders, Chinese in Chinese. */
import { planUi } from '../../src/taskpane/plan/messages';

const entries = Object.entries(planUi) as Array<[string, Record<string, string>]>;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('plan panel message catalogue', () => {
  it('has every key in both languages and no other', () => {
    for (const [key, entry] of entries) expect([key, Object.keys(entry).sort()]).toEqual([key, ['en-US', 'zh-CN']]);
  });

  it('has no empty or blank strings', () => {
    for (const [key, entry] of entries) {
      for (const [locale, text] of Object.entries(entry)) expect([key, locale, text.trim().length > 0]).toEqual([key, locale, true]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, entry] of entries) expect([key, placeholders(entry['en-US'] ?? '')]).toEqual([key, placeholders(entry['zh-CN'] ?? '')]);
  });

  it('keeps Chinese in the Chinese catalogue and none of it untranslated in the English one', () => {
    const prose = (text: string): string => text.replace(/\{\w+\}/g, '');
    const noChinese = entries.filter(([, e]) => !/[\u4e00-\u9fff]/.test(prose(e['zh-CN'] ?? '')));
    // A separator, and a count next to a source name given as a parameter, are punctuation and placeholders only.
    expect(noChinese.map(([k]) => k).sort()).toEqual(['list.separator', 'sources.count']);
    // English may quote Chinese sheet words (完成情况, 计划任务库) but is never wholly Chinese.
    const untranslated = entries.filter(([, e]) => !/[A-Za-z]{2,}/.test(prose(e['en-US'] ?? '')) && prose(e['en-US'] ?? '').trim().length > 2);
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });
});
