/** The templates panel's pure rules: previews, likely templates, the create form, filters. */
import { finding } from '../../src/core/findings';
import { TEMPLATES, findTemplate } from '../../src/core/templates/catalogue';
import type { TemplateSheet } from '../../src/taskpane/templates/engine';
import {
  LIST_PREVIEW,
  MAX_BLANK,
  MAX_SAMPLE,
  TABLE_TEMPLATES,
  cardSources,
  createRequest,
  defaultChoice,
  fieldColumn,
  filterFindings,
  likelyTemplate,
  listPreview,
  pendingRemembered,
  shownValue,
  todayIso,
  type CreateForm,
} from '../../src/taskpane/templates/view-model';

const asset = findTemplate('assetRegister')!;
const field = (key: string) => asset.fields.find((f) => f.key === key)!;

const sheet = (name: string, over: Partial<TemplateSheet> = {}): TemplateSheet => ({ name, hidden: false, template: null, register: false, ...over });

const form = (over: Partial<CreateForm> = {}): CreateForm => ({
  template: 'assetRegister',
  school: '',
  period: '',
  asOf: '2025-12-31',
  sample: 0,
  blankRows: 20,
  fromSheet: '',
  ...over,
});

describe('todayIso', () => {
  it('is the local calendar date', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(todayIso(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
  });
});

describe('column preview', () => {
  it('puts the first field in column B (column A is 序号)', () => {
    expect(fieldColumn(asset, 'code')).toBe('B');
    expect(fieldColumn(asset, asset.fields[asset.fields.length - 1]!.key)).toBe('Q');
  });

  it('names the first drop-down values and counts the rest', () => {
    expect(listPreview(field('status'), [])).toEqual({ shown: ['在用', '闲置', '损坏', '待报废', '已报废'], more: 0 });
    const categories = Array.from({ length: 10 }, (_, i) => `分类${i + 1}`);
    const preview = listPreview(field('category'), categories);
    expect(preview?.shown).toHaveLength(LIST_PREVIEW);
    expect(preview?.shown[0]).toBe('分类1');
    expect(preview?.more).toBe(10 - LIST_PREVIEW);
    expect(listPreview(field('name'), categories)).toBeNull();
    // No categories in the workbook's list: nothing to show rather than an empty drop-down.
    expect(listPreview(field('category'), [])).toBeNull();
  });
});

describe('likely template', () => {
  it('is the adopted or created one first', () => {
    expect(likelyTemplate(sheet('随便什么表', { template: 'loanRegister' }))).toBe('loanRegister');
  });

  it('else is found from the sheet name', () => {
    expect(likelyTemplate(sheet('固定资产明细账'))).toBe('assetRegister');
    expect(likelyTemplate(sheet('高一(1)班财产登记册'))).toBe('classRegister');
    expect(likelyTemplate(sheet('2025 资产盘点表'))).toBe('countSheet');
    expect(likelyTemplate(sheet('名单'))).toBeNull();
    expect(likelyTemplate(undefined)).toBeNull();
  });

  it('never offers custody cards as a table to adopt or check', () => {
    expect(TABLE_TEMPLATES.some((t) => t.cardsFrom)).toBe(false);
    expect(TABLE_TEMPLATES).toHaveLength(TEMPLATES.length - 1);
    expect(likelyTemplate(sheet('公物保管卡'))).toBeNull();
  });
});

describe('default choice', () => {
  const sheets = [
    sheet('说明', { hidden: true }),
    sheet('固定资产明细账', { template: 'assetRegister' }),
    sheet('高一(1)班财产登记册'),
    sheet('固定资产明细账 (2)', { template: 'assetRegister', register: true }),
  ];

  it('adopting starts on the first visible sheet not yet kept as a template', () => {
    expect(defaultChoice(sheets, 'adopt')).toEqual({ sheet: '高一(1)班财产登记册', template: 'classRegister' });
  });

  it('checking starts on a sheet that is', () => {
    expect(defaultChoice(sheets, 'validate')).toEqual({ sheet: '固定资产明细账', template: 'assetRegister' });
  });

  it('gives a named sheet its template, the first table template when none fits', () => {
    expect(defaultChoice(sheets, 'validate', '固定资产明细账 (2)')).toEqual({ sheet: '固定资产明细账 (2)', template: 'assetRegister' });
    expect(defaultChoice([sheet('名单')], 'adopt')).toEqual({ sheet: '名单', template: TABLE_TEMPLATES[0]!.key });
    expect(defaultChoice([], 'adopt')).toEqual({ sheet: null, template: null });
  });

  it('offers for cards the asset registers first, then sheets kept as nothing yet', () => {
    expect(cardSources(sheets, 'assetRegister').map((s) => s.name)).toEqual(['固定资产明细账', '固定资产明细账 (2)', '说明', '高一(1)班财产登记册']);
  });
});

describe('create request', () => {
  it('trims the title block and leaves out what is empty', () => {
    expect(createRequest(form({ school: ' 青山县第一中学 ', period: '', sample: 3, blankRows: 5 }))).toEqual({
      ok: true,
      request: { template: 'assetRegister', asOf: '2025-12-31', school: '青山县第一中学', sample: 3, blankRows: 5 },
    });
    expect(createRequest(form({ period: '2025—2026学年第一学期' }))).toMatchObject({ ok: true, request: { period: '2025—2026学年第一学期' } });
  });

  it('takes the dates people type', () => {
    expect(createRequest(form({ asOf: '2025年12月31日' }))).toMatchObject({ ok: true, request: { asOf: '2025-12-31' } });
  });

  it('says what is wrong', () => {
    expect(createRequest(form({ asOf: '' }))).toEqual({ ok: false, problem: 'asOf' });
    expect(createRequest(form({ asOf: '2025年12月' }))).toEqual({ ok: false, problem: 'asOf' });
    expect(createRequest(form({ asOf: '2025-02-30' }))).toEqual({ ok: false, problem: 'asOf' });
    expect(createRequest(form({ sample: -1 }))).toEqual({ ok: false, problem: 'sample' });
    expect(createRequest(form({ sample: 1.5 }))).toEqual({ ok: false, problem: 'sample' });
    expect(createRequest(form({ sample: MAX_SAMPLE + 1 }))).toEqual({ ok: false, problem: 'sample' });
    expect(createRequest(form({ blankRows: Number.NaN }))).toEqual({ ok: false, problem: 'blankRows' });
    expect(createRequest(form({ blankRows: MAX_BLANK + 1 }))).toEqual({ ok: false, problem: 'blankRows' });
  });

  it('makes custody cards from a register sheet, or example cards, never from nothing', () => {
    expect(createRequest(form({ template: 'custodyCard', fromSheet: '固定资产明细账', period: '不用' }))).toEqual({
      ok: true,
      request: { template: 'custodyCard', asOf: '2025-12-31', fromSheet: '固定资产明细账' },
    });
    expect(createRequest(form({ template: 'custodyCard', sample: 4 }))).toEqual({ ok: true, request: { template: 'custodyCard', asOf: '2025-12-31', sample: 4 } });
    expect(createRequest(form({ template: 'custodyCard' }))).toEqual({ ok: false, problem: 'cardsNeedSource' });
  });
});

describe('findings and changes', () => {
  const list = [
    finding('表', 'B4', 'error', 'a', { 'zh-CN': '甲', 'en-US': 'a' }),
    finding('表', 'C5', 'warning', 'b', { 'zh-CN': '乙', 'en-US': 'b' }),
    finding('表', 'D6', 'info', 'c', { 'zh-CN': '丙', 'en-US': 'c' }),
    finding('表', 'E7', 'error', 'd', { 'zh-CN': '丁', 'en-US': 'd' }),
  ];

  it('filters by severity', () => {
    expect(filterFindings(list, 'all')).toEqual(list);
    expect(filterFindings(list, 'error').map((f) => f.cell)).toEqual(['B4', 'E7']);
    expect(filterFindings(list, 'warning').map((f) => f.cell)).toEqual(['C5']);
    expect(filterFindings(list, 'info').map((f) => f.cell)).toEqual(['D6']);
  });

  it('shows values quoted, so spaces can be seen, and an empty cell as such', () => {
    expect(shownValue('ZX-2016-0002  ')).toBe('“ZX-2016-0002  ”');
    expect(shownValue('')).toBeNull();
  });

  it('shows choices not yet adopted over what the workbook keeps', () => {
    expect(pendingRemembered({ code: 'B', note: 'N' }, { code: null, status: 'N' })).toEqual({ code: null, note: 'N', status: 'N' });
  });
});
