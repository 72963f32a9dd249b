import type { Catalogue } from '../../src/core/i18n/locale';
import { uiMessages, type UiKey } from '../../src/taskpane/i18n/messages';
import { translate } from '../../src/taskpane/i18n/i18n';

const entries = Object.entries(uiMessages) as Array<[string, Record<string, string>]>;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('task pane message catalogue', () => {
  it('has every key in both languages and no other language', () => {
    for (const [key, entry] of entries) {
      expect([key, Object.keys(entry).sort()]).toEqual([key, ['en-US', 'zh-CN']]);
    }
  });

  it('has no empty or blank strings', () => {
    for (const [key, entry] of entries) {
      for (const [locale, text] of Object.entries(entry)) {
        expect([key, locale, text.trim().length > 0]).toEqual([key, locale, true]);
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, entry] of entries) {
      expect([key, placeholders(entry['en-US'] ?? '')]).toEqual([key, placeholders(entry['zh-CN'] ?? '')]);
    }
  });

  it('keeps Chinese in the Chinese catalogue', () => {
    // Every zh-CN string with letters in it must also carry Chinese, or it was left untranslated.
    const prose = (text: string): string => text.replace(/\{\w+\}/g, '');
    const untranslated = entries.filter(([, e]) => /[A-Za-z]{3,}/.test(prose(e['zh-CN'] ?? '')) && !/[\u4e00-\u9fff]/.test(e['zh-CN'] ?? ''));
    // The language switch names the other language in that language, on purpose.
    expect(untranslated.map(([k]) => k)).toEqual(['language.switch']);
  });

  it('translates with parameters', () => {
    expect(translate('zh-CN', 'findings.selected', { address: '固定资产明细账!H17' })).toBe('已定位到 固定资产明细账!H17');
    expect(translate('en-US', 'findings.selected', { address: 'Sheet1!H17' })).toBe('Selected Sheet1!H17');
    expect(translate('zh-CN', 'app.name')).toBe('台账助手');
  });
});

// Checked by `npm run typecheck` (tsc covers test/): the catalogue's type refuses an entry that lacks
// a language, so a missing translation cannot be built.
// @ts-expect-error an entry without en-US is not a catalogue entry
const missingEnglish = { 'app.name': { 'zh-CN': '台账助手' } } as const satisfies Catalogue<string>;
const wholeCatalogue: Catalogue<UiKey> = uiMessages;
void missingEnglish;
void wholeCatalogue;
