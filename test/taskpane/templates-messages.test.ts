/** The templates panel's catalogue: every string in both languages, none empty, same placeholders. */
import { templateUi } from '../../src/taskpane/templates/messages';

const entries = Object.entries(templateUi) as Array<[string, Record<string, string>]>;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('templates panel message catalogue', () => {
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

  it('keeps Chinese in the Chinese catalogue and none in the English one, besides examples of what to type', () => {
    const prose = (text: string): string => text.replace(/\{\w+\}/g, '');
    for (const [key, entry] of entries) {
      expect([key, /[\u4e00-\u9fff]/.test(entry['zh-CN'] ?? '')]).toEqual([key, true]);
      // English strings quote a Chinese example only inside quotation marks ("青山县第一中学").
      const english = prose(entry['en-US'] ?? '').replace(/"[^"]*"/g, '');
      expect([key, /[\u4e00-\u9fff]/.test(english)]).toEqual([key, false]);
    }
  });
});
