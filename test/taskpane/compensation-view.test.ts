/**
 * The 损坏赔偿 panel's pure parts: the policy form (typed numbers → a policy, or the problem with
 * each), price-list lines, totals, rule wording, the print view of the notices, and the catalogue.
 */
import fc from 'fast-check';
import { DEFAULT_POLICY, noticesFor, type IncidentResult, type Notice, type Policy } from '../../src/core/compensation';
import { computeCompensation } from '../../src/app/compensation';
import type { Locale } from '../../src/core/i18n/locale';
import { formatFen } from '../../src/core/money';
import { compensationUi } from '../../src/taskpane/compensation/messages';
import { entryFromForm, formChanged, formFromPolicy, policyFromForm, priceFormFrom, splitKeywords, type PolicyForm } from '../../src/taskpane/compensation/policy-form';
import { escapeHtml, noticeDateText, noticesHtml } from '../../src/taskpane/compensation/print-view';
import { defaultRegister, effectiveMultiplier, filterIncidents, ruleWords, summarize, todayIso, validDate, validMonth } from '../../src/taskpane/compensation/view-model';
import { openFixture, registerDoc } from '../app/compensation-fixtures';

const form = (patch: Partial<PolicyForm> = {}): PolicyForm => ({ ...formFromPolicy(DEFAULT_POLICY), ...patch });

describe('policy form', () => {
  it('round-trips the default policy unchanged', () => {
    const check = policyFromForm(formFromPolicy(DEFAULT_POLICY), DEFAULT_POLICY);
    expect(check).toEqual({ ok: true, policy: DEFAULT_POLICY });
    expect(formChanged(formFromPolicy(DEFAULT_POLICY), DEFAULT_POLICY)).toBe(false);
  });

  it('takes the common settings the panel edits, and keeps the rest of the policy', () => {
    const edited = form({
      multipliers: { natural: '0', accidental: '1', deliberate: '３', lost: '1.5' },
      basis: 'net',
      overdueEnabled: true,
      overdueDays: '15',
      overdueMultiplier: '2',
      schoolName: ' 青山县第一中学 ',
      dueDays: '10',
    });
    expect(formChanged(edited, DEFAULT_POLICY)).toBe(true);
    const check = policyFromForm(edited, DEFAULT_POLICY);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.policy.multipliers).toEqual({ natural: 0, accidental: 1, deliberate: 3, lost: 1.5 });
    expect(check.policy.basis).toBe('net');
    expect(check.policy.overdue).toEqual({ enabled: true, days: 15, multiplier: 2 });
    expect(check.policy.schoolName).toBe('青山县第一中学');
    expect(check.policy.dueDays).toBe(10);
    expect(check.policy.categories).toEqual(DEFAULT_POLICY.categories);
    expect(check.policy.rounding).toBe(DEFAULT_POLICY.rounding);
  });

  it('names the problem of each bad number instead of saving', () => {
    const check = policyFromForm(
      form({ multipliers: { natural: '', accidental: '-1', deliberate: '2.125', lost: '101' }, dueDays: '3.5', overdueMultiplier: '0.5', overdueDays: 'abc' }),
      DEFAULT_POLICY,
    );
    expect(check).toEqual({
      ok: false,
      problems: {
        'multiplier.natural': 'notNumber',
        'multiplier.accidental': 'negative',
        'multiplier.deliberate': 'decimals',
        'multiplier.lost': 'tooLarge',
        dueDays: 'notWhole',
        overdueMultiplier: 'belowOne',
        overdueDays: 'notNumber',
      },
    });
  });

  it('accepts every multiplier the schema accepts, and only those (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const text = (hundredths / 100).toString();
        const check = policyFromForm(form({ multipliers: { ...form().multipliers, deliberate: text } }), DEFAULT_POLICY);
        return check.ok && check.policy.multipliers.deliberate === hundredths / 100;
      }),
    );
  });
});

describe('price-list lines', () => {
  it('splits keywords as the policy sheet writes them, dropping repeats and the name itself', () => {
    expect(splitKeywords('窗玻璃、门玻璃，黑板玻璃; 窗玻璃  玻璃窗')).toEqual(['窗玻璃', '门玻璃', '黑板玻璃', '玻璃窗']);
    const check = entryFromForm({ name: '玻璃', keywords: '玻璃、窗玻璃', unit: '块', price: '３０', note: '' });
    expect(check).toEqual({ ok: true, entry: { name: '玻璃', keywords: ['窗玻璃'], unit: '块', priceFen: 3000 } });
  });

  it('round-trips an entry through its form', () => {
    for (const entry of DEFAULT_POLICY.priceList) expect(entryFromForm(priceFormFrom(entry))).toEqual({ ok: true, entry });
  });

  it('refuses a line without a name or with a price that is not an amount', () => {
    expect(entryFromForm({ name: ' ', keywords: '', unit: '', price: '', note: '' })).toEqual({ ok: false, problems: { name: 'required', price: 'required' } });
    expect(entryFromForm({ name: '锁', keywords: '', unit: '把', price: '十元', note: '' })).toEqual({ ok: false, problems: { price: 'notAmount' } });
    expect(entryFromForm({ name: '锁', keywords: '', unit: '把', price: '-5', note: '' })).toEqual({ ok: false, problems: { price: 'negative' } });
    expect(entryFromForm({ name: '锁', keywords: '', unit: '把', price: '1.005', note: '' })).toEqual({ ok: false, problems: { price: 'decimals' } });
    expect(entryFromForm({ name: '锁', keywords: '', unit: '把', price: '1,280.50', note: '进口' })).toEqual({
      ok: true,
      entry: { name: '锁', keywords: [], unit: '把', priceFen: 128050, note: '进口' },
    });
  });
});

describe('results on the fixture register', () => {
  let results: readonly IncidentResult[];
  let incidents: number;
  let policy: Policy;
  beforeAll(async () => {
    const outcome = await computeCompensation(await openFixture(registerDoc.workbook), { asOf: registerDoc.asOf });
    results = outcome.results;
    incidents = outcome.incidents.length;
    policy = outcome.policy;
  });

  it('totals what is due, paid and outstanding as the hand-worked summary does', () => {
    const s = summarize(results, incidents);
    expect(formatFen(s.totalFen)).toBe(registerDoc.original.summary.total);
    expect(formatFen(s.outstandingFen)).toBe(registerDoc.original.summary.outstanding);
    expect(s.totalFen - s.paidFen).toBe(s.outstandingFen);
    expect(s.chargeable).toBe(registerDoc.original.summary.chargeable);
    expect(s.writeOffs).toBe(registerDoc.original.summary.writeOffs);
    expect(s.computed + s.notComputed).toBe(incidents);
    expect(filterIncidents(results, 'chargeable').length + filterIncidents(results, 'noCharge').length).toBe(results.length);
    expect(filterIncidents(results, 'overdue').every((r) => r.overdue)).toBe(true);
  });

  it('says the rule in words, naming the price-list line', () => {
    const glass = results.find((r) => r.row === 4);
    const repair = results.find((r) => r.row === 7);
    expect(glass && ruleWords(glass, 'zh-CN')).toBe('赔偿标准「玻璃（块）」');
    expect(glass && ruleWords(glass, 'en-US')).toBe('Price list: 玻璃 (块)');
    expect(repair && ruleWords(repair, 'zh-CN')).toBe('维修费用');
    expect(glass && effectiveMultiplier(glass)).toBe(2);
  });

  describe('print view of the notices', () => {
    const options = { locale: 'zh-CN' as Locale, noticeDate: '2025-11-30', deadline: '2025-12-07', paper: 'A5' as const };
    let notices: Notice[];
    let html: string;
    beforeAll(() => {
      notices = noticesFor(results);
      html = noticesHtml(notices, policy, options);
    });

    it('has one notice per payer, each on its own page', () => {
      expect((html.match(/<section class="notice"/g) ?? []).length).toBe(registerDoc.original.notices.length);
      expect(html).toContain('@page { size: A5 landscape;');
      expect(html).toMatch(/break-after: page/);
      expect(noticesHtml(notices, policy, { ...options, paper: 'A4' })).toContain('@page { size: A4 portrait;');
    });

    it('prints each payer’s amount in figures and in capital numerals, with the deadline and the signature lines', () => {
      for (const expected of registerDoc.original.notices) {
        const section = html.split('<section').find((s) => s.includes(`data-payer="${escapeHtml(expected.payer)}"`));
        expect(section).toBeDefined();
        expect(section).toContain(`>${expected.toPay}`);
        expect(section).toMatch(/人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+</);
        expect(section).toContain('2025年12月7日');
        for (const sign of ['经办人', '班主任', '家长']) expect(section).toContain(sign);
      }
    });

    it('escapes every text from the workbook', () => {
      const [first] = notices;
      if (!first) throw new Error('no notice');
      const sneaky: Notice = { ...first, payer: '<img src=x onerror=alert(1)>' };
      const out = noticesHtml([sneaky], { ...policy, schoolName: '"><script>x</script>' }, options);
      expect(out).not.toContain('<img');
      expect(out).not.toContain('<script>x');
      expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });

    it('writes dates the Chinese way on Chinese notices', () => {
      expect(noticeDateText('2025-01-05', 'zh-CN')).toBe('2025年1月5日');
      expect(noticeDateText('2025-01-05', 'en-US')).toBe('2025-01-05');
    });
  });
});

describe('panel helpers', () => {
  it('starts with the adopted register, else the first understood visible sheet', () => {
    const c = (sheet: string, patch: Partial<{ adopted: boolean; recognized: boolean; hidden: boolean }> = {}) => ({ sheet, adopted: false, recognized: false, hidden: false, ...patch });
    expect(defaultRegister([c('a'), c('b', { recognized: true }), c('c', { adopted: true })])).toBe('c');
    expect(defaultRegister([c('a', { recognized: true, hidden: true }), c('b', { recognized: true })])).toBe('b');
    expect(defaultRegister([c('a', { hidden: true }), c('b')])).toBe('b');
    expect(defaultRegister([])).toBeNull();
  });

  it('reads dates and months as the inputs give them', () => {
    expect(validDate('2025-02-29')).toBeNull();
    expect(validDate('2024-02-29')).toBe('2024-02-29');
    expect(validMonth('2025-13')).toBeNull();
    expect(validMonth('2025-11')).toBe('2025-11');
    expect(todayIso(new Date(2025, 0, 9))).toBe('2025-01-09');
  });
});

describe('panel catalogue', () => {
  const entries = Object.entries(compensationUi) as Array<[string, Record<string, string>]>;
  const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

  it('has every key in both languages, none empty', () => {
    for (const [key, entry] of entries) {
      expect([key, Object.keys(entry).sort()]).toEqual([key, ['en-US', 'zh-CN']]);
      for (const [locale, text] of Object.entries(entry)) expect([key, locale, text.trim().length > 0]).toEqual([key, locale, true]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, entry] of entries) expect([key, placeholders(entry['en-US'] ?? '')]).toEqual([key, placeholders(entry['zh-CN'] ?? '')]);
  });

  it('keeps Chinese in the Chinese strings and none in the English ones', () => {
    for (const [key, entry] of entries) {
      // A Chinese string with words in it must carry Chinese, or it was left untranslated.
      const zh = (entry['zh-CN'] ?? '').replace(/\{\w+\}/g, '');
      expect([key, /[A-Za-z]{3,}/.test(zh) && !/[\u4e00-\u9fff]/.test(zh)]).toEqual([key, false]);
      // English strings may quote Chinese examples (keywords) — only those.
      const english = (entry['en-US'] ?? '').replace(/窗玻璃、门玻璃|、|块|㎡|根/g, '');
      expect([key, /[\u4e00-\u9fff]/.test(english)]).toEqual([key, false]);
    }
  });
});
