/**
 * The policy on a sheet staff read and edit in plain Chinese: a settings table (设置项 | 值 | 说明), the
 * price list (赔偿标准) and the useful lives (折旧年限). Reading it back validates every cell: a bad
 * cell is a finding pointing at it, and the default stands for that setting (a bad price-list or
 * category line is left out). Tables are found by their headers in either language, wherever the
 * adapter or the staff put them; a section title (一、… / 1. …) ends the table above it.
 */
import { finding, type Finding } from '../findings';
import type { Catalogue, Locale, Localized } from '../i18n/locale';
import { interpolate } from '../i18n/locale';
import { fenToYuanNumber, parseYuanText, yuanToFen } from '../money';
import { cellAddress } from '../sheet/address';
import { cellText, isEmptyCell, isErrorCell, type Cell, type Grid } from '../sheet/grid';
import type { SheetSpec, SpecValue } from '../sheet/spec';
import { cleanText, normalizeHeader } from '../text';
import type { DepreciationCategory, Life } from '../depreciation/categories';
import { BASIS_LABELS, ROUNDING_LABELS } from './messages';
import {
  DEFAULT_POLICY,
  multiplierSchema,
  priceEntrySchema,
  type Basis,
  type Policy,
  type PriceEntry,
  type Rounding,
} from './policy';
import { SHEET_TEXT, type SheetTextKey } from './sheetText';

export const POLICY_SHEET_KIND = 'compensation.policy';

type SettingKey =
  | 'schoolName' | 'collector' | 'accidental' | 'deliberate' | 'lost' | 'natural' | 'basis' | 'fallback' | 'dueDays'
  | 'overdueEnabled' | 'overdueDays' | 'overdueMultiplier' | 'rounding';

const SETTING_LABELS: Catalogue<SettingKey> = {
  schoolName: { 'zh-CN': '学校名称', 'en-US': 'School name' },
  collector: { 'zh-CN': '交款地点', 'en-US': 'Pay at' },
  accidental: { 'zh-CN': '人为损坏倍数', 'en-US': 'Accidental damage multiplier' },
  deliberate: { 'zh-CN': '故意损坏倍数', 'en-US': 'Deliberate damage multiplier' },
  lost: { 'zh-CN': '丢失倍数', 'en-US': 'Loss multiplier' },
  natural: { 'zh-CN': '自然损耗倍数', 'en-US': 'Natural wear multiplier' },
  basis: { 'zh-CN': '计价依据', 'en-US': 'Valuation basis' },
  fallback: { 'zh-CN': '无责任人时由责任单位赔偿', 'en-US': 'Responsible unit pays when nobody is named' },
  dueDays: { 'zh-CN': '交款期限（天）', 'en-US': 'Days to pay' },
  overdueEnabled: { 'zh-CN': '逾期加收', 'en-US': 'Overdue surcharge' },
  overdueDays: { 'zh-CN': '逾期宽限（天）', 'en-US': 'Days of grace' },
  overdueMultiplier: { 'zh-CN': '逾期加收倍数', 'en-US': 'Overdue multiplier' },
  rounding: { 'zh-CN': '金额取整', 'en-US': 'Rounding' },
};

const SETTING_HELP: Catalogue<SettingKey> = {
  schoolName: { 'zh-CN': '印在赔偿通知单上', 'en-US': 'Printed on notices' },
  collector: { 'zh-CN': '印在赔偿通知单上，如“总务处”“财务室”', 'en-US': 'Printed on notices, e.g. the general-affairs office' },
  accidental: { 'zh-CN': '无意损坏，通常照价赔偿：1', 'en-US': 'Usually 1' },
  deliberate: { 'zh-CN': '故意损坏，通常加倍赔偿：2；视情节可填3', 'en-US': 'Usually 2 (double); 3 in serious cases' },
  lost: { 'zh-CN': '丢失、遗失，通常照价赔偿：1', 'en-US': 'Usually 1' },
  natural: { 'zh-CN': '自然损耗不赔偿：0（可修复的由学校维修，不能修复的报损注销）', 'en-US': '0: no charge (the school repairs it or writes it off)' },
  basis: { 'zh-CN': '填“原值”（照价赔偿）或“净值”（按购置日期和折旧年限折算后的价值）', 'en-US': '“original” or “net” (depreciated value at the damage date)' },
  fallback: { 'zh-CN': '填“是”或“否”：没有写明责任人时，是否由班级、宿舍或部门赔偿', 'en-US': '“yes” or “no”: whether the class, dorm or office pays when no person is named' },
  dueDays: { 'zh-CN': '登记表没有交款期限时，损坏日期后多少天内交款', 'en-US': 'Days after the damage date to pay, when the register gives no due date' },
  overdueEnabled: { 'zh-CN': '填“是”或“否”：逾期未交是否加收', 'en-US': '“yes” or “no”' },
  overdueDays: { 'zh-CN': '过了交款期限多少天后开始加收', 'en-US': 'Days after the due date before the surcharge applies' },
  overdueMultiplier: { 'zh-CN': '逾期未交时按应赔金额的几倍收取，如2', 'en-US': 'Times the amount, e.g. 2' },
  rounding: { 'zh-CN': '基数四舍五入到“分”“角”或“元”', 'en-US': 'Base rounded half-up to fen, jiao or yuan' },
};

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

interface SettingDef {
  readonly key: SettingKey;
  write(policy: Policy, locale: Locale): SpecValue;
  /** The setting's value as shown in a message (the default kept). */
  show(policy: Policy, locale: Locale): string;
  read(cell: Cell, policy: Policy): Parsed<Policy>;
  /** What the cell should hold, for the finding. */
  readonly expected: Localized;
}

const norm = (c: Cell): string => cleanText(cellText(c)).toLowerCase().replace(/\s+/g, '');

function parseMultiplier(c: Cell): Parsed<number> {
  let n: number | null = null;
  if (typeof c === 'number') n = c;
  else if (typeof c === 'string') {
    const m = /^[x×*]?(\d+(?:\.\d+)?)倍?$/u.exec(norm(c));
    n = m ? Number(m[1]) : null;
  }
  return n !== null && multiplierSchema.safeParse(n).success ? { ok: true, value: n } : { ok: false };
}

function parseDays(c: Cell): Parsed<number> {
  let n: number | null = null;
  if (typeof c === 'number') n = c;
  else if (typeof c === 'string') {
    const m = /^(\d+)天?$/u.exec(norm(c));
    n = m ? Number(m[1]) : null;
  }
  return n !== null && Number.isInteger(n) && n >= 0 && n <= 3650 ? { ok: true, value: n } : { ok: false };
}

const YES = ['是', 'yes', 'y', 'true', '√', '✓', '开', '启用', '1'];
const NO = ['否', 'no', 'n', 'false', '×', '关', '不启用', '0'];
function parseBool(c: Cell): Parsed<boolean> {
  if (typeof c === 'boolean') return { ok: true, value: c };
  const t = norm(c);
  if (YES.includes(t)) return { ok: true, value: true };
  if (NO.includes(t)) return { ok: true, value: false };
  return { ok: false };
}

function parseChoice<T extends string>(c: Cell, choices: Readonly<Record<T, readonly string[]>>): Parsed<T> {
  const t = norm(c);
  for (const [value, words] of Object.entries(choices) as Array<[T, readonly string[]]>) {
    if (words.includes(t)) return { ok: true, value };
  }
  return { ok: false };
}

const BASIS_WORDS: Readonly<Record<Basis, readonly string[]>> = {
  original: ['原值', '原价', '照价', '照价赔偿', 'original'],
  net: ['净值', '折旧后价值', '作价', '作价赔偿', 'net'],
};
const ROUNDING_WORDS: Readonly<Record<Rounding, readonly string[]>> = {
  fen: ['分', '到分', '0.01', 'fen'],
  jiao: ['角', '到角', '0.1', 'jiao'],
  yuan: ['元', '到元', '1', 'yuan'],
};

const yesNo = (b: boolean, locale: Locale): string => SHEET_TEXT[b ? 'yes' : 'no'][locale];

function expectedOf(zh: string, en: string): Localized {
  return { 'zh-CN': zh, 'en-US': en };
}

function multiplierSetting(key: 'accidental' | 'deliberate' | 'lost' | 'natural'): SettingDef {
  return {
    key,
    write: (p) => p.multipliers[key],
    show: (p) => String(p.multipliers[key]),
    read: (c, p) => {
      const r = parseMultiplier(c);
      return r.ok ? { ok: true, value: { ...p, multipliers: { ...p.multipliers, [key]: r.value } } } : r;
    },
    expected: expectedOf('0到100之间的数，最多两位小数', 'a number from 0 to 100 with at most two decimals'),
  };
}

function textSetting(key: 'schoolName' | 'collector'): SettingDef {
  return {
    key,
    write: (p) => p[key],
    show: (p) => p[key],
    read: (c, p) => (isErrorCell(c) ? { ok: false } : { ok: true, value: { ...p, [key]: cleanText(cellText(c)) } }),
    expected: expectedOf('文字', 'text'),
  };
}

const SETTINGS: readonly SettingDef[] = [
  textSetting('schoolName'),
  textSetting('collector'),
  multiplierSetting('accidental'),
  multiplierSetting('deliberate'),
  multiplierSetting('lost'),
  multiplierSetting('natural'),
  {
    key: 'basis',
    write: (p, l) => BASIS_LABELS[p.basis][l],
    show: (p, l) => BASIS_LABELS[p.basis][l],
    read: (c, p) => {
      const r = parseChoice(c, BASIS_WORDS);
      return r.ok ? { ok: true, value: { ...p, basis: r.value } } : r;
    },
    expected: expectedOf('“原值”或“净值”', '“original” or “net”'),
  },
  {
    key: 'fallback',
    write: (p, l) => yesNo(p.responsibleUnitFallback, l),
    show: (p, l) => yesNo(p.responsibleUnitFallback, l),
    read: (c, p) => {
      const r = parseBool(c);
      return r.ok ? { ok: true, value: { ...p, responsibleUnitFallback: r.value } } : r;
    },
    expected: expectedOf('“是”或“否”', '“yes” or “no”'),
  },
  {
    key: 'dueDays',
    write: (p) => p.dueDays,
    show: (p) => String(p.dueDays),
    read: (c, p) => {
      const r = parseDays(c);
      return r.ok && r.value <= 365 ? { ok: true, value: { ...p, dueDays: r.value } } : { ok: false };
    },
    expected: expectedOf('0到365之间的整数天数', 'a whole number of days from 0 to 365'),
  },
  {
    key: 'overdueEnabled',
    write: (p, l) => yesNo(p.overdue.enabled, l),
    show: (p, l) => yesNo(p.overdue.enabled, l),
    read: (c, p) => {
      const r = parseBool(c);
      return r.ok ? { ok: true, value: { ...p, overdue: { ...p.overdue, enabled: r.value } } } : r;
    },
    expected: expectedOf('“是”或“否”', '“yes” or “no”'),
  },
  {
    key: 'overdueDays',
    write: (p) => p.overdue.days,
    show: (p) => String(p.overdue.days),
    read: (c, p) => {
      const r = parseDays(c);
      return r.ok ? { ok: true, value: { ...p, overdue: { ...p.overdue, days: r.value } } } : r;
    },
    expected: expectedOf('0到3650之间的整数天数', 'a whole number of days from 0 to 3650'),
  },
  {
    key: 'overdueMultiplier',
    write: (p) => p.overdue.multiplier,
    show: (p) => String(p.overdue.multiplier),
    read: (c, p) => {
      const r = parseMultiplier(c);
      return r.ok && r.value >= 1 ? { ok: true, value: { ...p, overdue: { ...p.overdue, multiplier: r.value } } } : { ok: false };
    },
    expected: expectedOf('不小于1的数，最多两位小数', 'a number of at least 1 with at most two decimals'),
  },
  {
    key: 'rounding',
    write: (p, l) => ROUNDING_LABELS[p.rounding][l],
    show: (p, l) => ROUNDING_LABELS[p.rounding][l],
    read: (c, p) => {
      const r = parseChoice(c, ROUNDING_WORDS);
      return r.ok ? { ok: true, value: { ...p, rounding: r.value } } : r;
    },
    expected: expectedOf('“分”“角”或“元”', '“fen”, “jiao” or “yuan”'),
  },
];

/** Keywords are short words: 、 (or , ; / spaces) separates them, as staff write lists. */
const KEYWORD_SEPARATOR = '、';
const splitKeywords = (text: string): string[] =>
  cleanText(text)
    .split(/[、,;/\s]+/u)
    .filter((s) => s !== '');

/** Category names contain 、 themselves (家具、用具、装具及动植物), so aliases and codes are separated by ；. */
const ALIAS_SEPARATOR = '；';
const splitAliases = (text: string): string[] =>
  text
    .split(/[;；\n\r]+/u)
    .map(cleanText)
    .filter((s) => s !== '');

function lifeText(life: Life, locale: Locale): string | number {
  if (life === 'none') return SHEET_TEXT.lifeNone[locale];
  if (life === 'specify') return SHEET_TEXT.lifeSpecify[locale];
  return life;
}

const t = (key: SheetTextKey, locale: Locale, params: Record<string, string | number> = {}): string => interpolate(SHEET_TEXT[key][locale], params);

/** The policy as a sheet staff can read and edit. */
export function renderPolicySheet(policy: Policy, locale: Locale): SheetSpec {
  return {
    name: t('policySheet', locale),
    kind: POLICY_SHEET_KIND,
    width: 5,
    // The three tables share columns: A names, B values, C the long text (help, keywords, aliases).
    columnWidths: [28, 20, 50, 16, 24],
    blocks: [
      { type: 'title', text: t('policyTitle', locale, { school: policy.schoolName }) },
      { type: 'lines', lines: [t('policyIntro', locale), t('policyIntro2', locale)] },
      { type: 'spacer' },
      { type: 'lines', lines: [t('settingsSection', locale)] },
      {
        type: 'table',
        columns: [
          { header: t('colSetting', locale), width: 28 },
          { header: t('colValue', locale), width: 20 },
          { header: t('colHelp', locale), width: 50, wrap: true },
        ],
        rows: SETTINGS.map((s) => [SETTING_LABELS[s.key][locale], s.write(policy, locale), SETTING_HELP[s.key][locale]]),
      },
      { type: 'spacer' },
      { type: 'lines', lines: [t('priceSection', locale), t('priceNote', locale)] },
      {
        type: 'table',
        columns: [
          { header: t('colPriceItem', locale), width: 28 },
          { header: t('colPrice', locale), width: 20, numFmt: '0.00' },
          { header: t('colKeywords', locale), width: 50, wrap: true },
          { header: t('colPriceUnit', locale), width: 16, align: 'center' },
          { header: t('colNote', locale), width: 24 },
        ],
        rows: policy.priceList.map((e) => [e.name, fenToYuanNumber(e.priceFen), e.keywords.join(KEYWORD_SEPARATOR), e.unit, e.note ?? '']),
        blankRows: 5,
      },
      { type: 'spacer' },
      { type: 'lines', lines: [t('categorySection', locale), t('categoryNote', locale)] },
      {
        type: 'table',
        columns: [
          { header: t('colCategory', locale), width: 28 },
          { header: t('colLife', locale), width: 20, align: 'center' },
          { header: t('colAliases', locale), width: 50, wrap: true },
          { header: t('colCodes', locale), width: 16, wrap: true },
        ],
        rows: policy.categories.map((c) => [c.name, lifeText(c.life, locale), c.aliases.join(ALIAS_SEPARATOR), c.codes.join(ALIAS_SEPARATOR)]),
      },
    ],
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatHeader: false },
  };
}

// ---- reading ----

type TableKind = 'settings' | 'prices' | 'categories';

const TABLE_COLUMNS: Readonly<Record<TableKind, readonly SheetTextKey[]>> = {
  settings: ['colSetting', 'colValue'],
  prices: ['colPriceItem', 'colKeywords', 'colPriceUnit', 'colPrice', 'colNote'],
  categories: ['colCategory', 'colAliases', 'colLife', 'colCodes'],
};
/** Columns a table cannot be read without. */
const REQUIRED: Readonly<Record<TableKind, readonly SheetTextKey[]>> = {
  settings: ['colSetting', 'colValue'],
  prices: ['colPriceItem', 'colPrice'],
  categories: ['colCategory', 'colLife'],
};
const TABLE_NAMES: Readonly<Record<TableKind, SheetTextKey>> = {
  settings: 'settingsSection',
  prices: 'priceSection',
  categories: 'categorySection',
};

const SECTION_TITLE = /^([一二三四五六七八九十]+、|\d+\.\s)/u;

const headerMatches = (cell: Cell, key: SheetTextKey): boolean => {
  const h = normalizeHeader(cellText(cell));
  return h !== '' && (h === normalizeHeader(SHEET_TEXT[key]['zh-CN']) || h === normalizeHeader(SHEET_TEXT[key]['en-US']));
};

interface FoundTable {
  readonly kind: TableKind;
  readonly headerRow: number;
  /** Sheet column of each header key found. */
  readonly columns: Partial<Record<SheetTextKey, number>>;
  /** Sheet rows of its data (blank rows skipped). */
  readonly rows: number[];
}

function rowCells(grid: Grid, row: number): readonly Cell[] {
  return grid.rows[row - grid.top] ?? [];
}

function findHeader(grid: Grid, row: number): { kind: TableKind; columns: Partial<Record<SheetTextKey, number>> } | null {
  const cells = rowCells(grid, row);
  for (const kind of ['settings', 'prices', 'categories'] as const) {
    const columns: Partial<Record<SheetTextKey, number>> = {};
    cells.forEach((c, i) => {
      for (const key of TABLE_COLUMNS[kind]) if (columns[key] === undefined && headerMatches(c, key)) columns[key] = grid.left + i;
    });
    if (REQUIRED[kind].every((k) => columns[k] !== undefined)) return { kind, columns };
  }
  return null;
}

function isSectionTitle(grid: Grid, row: number): boolean {
  const filled = rowCells(grid, row).filter((c) => !isEmptyCell(c));
  const [only] = filled;
  return filled.length === 1 && only !== undefined && SECTION_TITLE.test(cellText(only).trim());
}

function findTables(grid: Grid): Map<TableKind, FoundTable> {
  const found = new Map<TableKind, FoundTable>();
  let current: { kind: TableKind; headerRow: number; columns: Partial<Record<SheetTextKey, number>>; rows: number[] } | null = null;
  const close = (): void => {
    if (current && !found.has(current.kind)) found.set(current.kind, current);
    current = null;
  };
  for (let i = 0; i < grid.rows.length; i++) {
    const row = grid.top + i;
    const header = findHeader(grid, row);
    if (header) {
      close();
      current = { ...header, headerRow: row, rows: [] };
      continue;
    }
    if (isSectionTitle(grid, row)) {
      close();
      continue;
    }
    if (current && rowCells(grid, row).some((c) => !isEmptyCell(c))) current.rows.push(row);
  }
  close();
  return found;
}

interface Reading {
  readonly grid: Grid;
  readonly findings: Finding[];
}

function cellOf(grid: Grid, row: number, col: number | undefined): Cell {
  if (col === undefined) return null;
  return rowCells(grid, row)[col - grid.left] ?? null;
}

function addFinding(r: Reading, row: number, col: number | undefined, severity: 'error' | 'warning' | 'info', code: string, message: Localized): void {
  r.findings.push(finding(r.grid.sheet, col === undefined ? (row > 0 ? `${row}:${row}` : '') : cellAddress(row, col), severity, code, message));
}

function readSettings(r: Reading, table: FoundTable | undefined, base: Policy): Policy {
  let policy = base;
  if (!table) {
    addFinding(r, 0, undefined, 'warning', 'compensation.policy.tableMissing', tableMissing('settings'));
    return policy;
  }
  const labelCol = table.columns.colSetting;
  const valueCol = table.columns.colValue;
  const seen = new Set<SettingKey>();
  for (const row of table.rows) {
    const label = normalizeHeader(cellText(cellOf(r.grid, row, labelCol)));
    const def = SETTINGS.find(
      (s) => normalizeHeader(SETTING_LABELS[s.key]['zh-CN']) === label || normalizeHeader(SETTING_LABELS[s.key]['en-US']) === label,
    );
    if (!def || seen.has(def.key)) continue;
    seen.add(def.key);
    const cell = cellOf(r.grid, row, valueCol);
    const parsed = def.read(cell, policy);
    if (parsed.ok) policy = parsed.value;
    else {
      addFinding(r, row, valueCol, 'error', 'compensation.policy.cellInvalid', {
        'zh-CN': `「${SETTING_LABELS[def.key]['zh-CN']}」的值「${cellText(cell)}」无效（应为${def.expected['zh-CN']}），沿用默认值 ${def.show(base, 'zh-CN')}`,
        'en-US': `“${SETTING_LABELS[def.key]['en-US']}” has the value “${cellText(cell)}”, which is not valid (expected ${def.expected['en-US']}); the default ${def.show(base, 'en-US')} is used.`,
      });
    }
  }
  for (const s of SETTINGS) {
    if (seen.has(s.key)) continue;
    addFinding(r, table.headerRow, labelCol, 'warning', 'compensation.policy.settingMissing', {
      'zh-CN': `赔偿办法中没有「${SETTING_LABELS[s.key]['zh-CN']}」这一项，使用默认值 ${s.show(base, 'zh-CN')}`,
      'en-US': `The policy sheet has no “${SETTING_LABELS[s.key]['en-US']}” line; the default ${s.show(base, 'en-US')} is used.`,
    });
  }
  return policy;
}

function tableMissing(kind: TableKind): Localized {
  const name = SHEET_TEXT[TABLE_NAMES[kind]];
  return {
    'zh-CN': `赔偿办法中找不到「${name['zh-CN'].replace(SECTION_TITLE, '')}」的表头，使用默认内容`,
    'en-US': `The policy sheet has no header for “${name['en-US'].replace(SECTION_TITLE, '')}”; the defaults are used.`,
  };
}

function readMoneyCell(c: Cell): number | null {
  if (typeof c === 'number') return Number.isFinite(c) ? yuanToFen(c) : null;
  if (typeof c === 'string') return parseYuanText(c);
  return null;
}

function readPrices(r: Reading, table: FoundTable | undefined, base: readonly PriceEntry[]): PriceEntry[] {
  if (!table) {
    addFinding(r, 0, undefined, 'warning', 'compensation.policy.tableMissing', tableMissing('prices'));
    return [...base];
  }
  const col = table.columns;
  const out: PriceEntry[] = [];
  for (const row of table.rows) {
    const name = cleanText(cellText(cellOf(r.grid, row, col.colPriceItem)));
    const priceCell = cellOf(r.grid, row, col.colPrice);
    if (name === '') {
      addFinding(r, row, col.colPriceItem, 'error', 'compensation.policy.priceNoName', {
        'zh-CN': '赔偿标准这一行没有物品名称，本行未采用',
        'en-US': 'This price-list line has no item name and was left out.',
      });
      continue;
    }
    const price = isEmptyCell(priceCell) ? null : readMoneyCell(priceCell);
    if (price === null || price < 0) {
      addFinding(r, row, col.colPrice, 'error', 'compensation.policy.priceInvalid', {
        'zh-CN': `「${name}」的单价「${cellText(priceCell)}」无效（应为不小于0的金额），本行未采用`,
        'en-US': `The price “${cellText(priceCell)}” of “${name}” is not a valid amount (0 or more); the line was left out.`,
      });
      continue;
    }
    const note = cleanText(cellText(cellOf(r.grid, row, col.colNote)));
    const entry = {
      name,
      keywords: splitKeywords(cellText(cellOf(r.grid, row, col.colKeywords))),
      unit: cleanText(cellText(cellOf(r.grid, row, col.colPriceUnit))),
      priceFen: price,
      ...(note !== '' ? { note } : {}),
    };
    out.push(priceEntrySchema.parse(entry));
  }
  return out;
}

function parseLife(c: Cell): Life | null {
  if (isEmptyCell(c)) return 'specify';
  if (typeof c === 'number') return c === 0 ? 'none' : Number.isInteger(c) && c >= 1 && c <= 100 ? c : null;
  const v = norm(c);
  if (['不折旧', '不计提折旧', '不提折旧', 'none', '0'].includes(v)) return 'none';
  if (['按细类', '细类', 'specify'].includes(v)) return 'specify';
  const m = /^(\d+)年?$/u.exec(v);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 100 ? n : null;
}

function readCategories(r: Reading, table: FoundTable | undefined, base: readonly DepreciationCategory[]): DepreciationCategory[] {
  if (!table) {
    addFinding(r, 0, undefined, 'info', 'compensation.policy.tableMissing', tableMissing('categories'));
    return [...base];
  }
  const col = table.columns;
  const out: DepreciationCategory[] = [];
  for (const row of table.rows) {
    const name = cleanText(cellText(cellOf(r.grid, row, col.colCategory)));
    const lifeCell = cellOf(r.grid, row, col.colLife);
    if (name === '') {
      addFinding(r, row, col.colCategory, 'error', 'compensation.policy.categoryNoName', {
        'zh-CN': '折旧年限这一行没有类别名称，本行未采用',
        'en-US': 'This useful-life line has no category name and was left out.',
      });
      continue;
    }
    const life = parseLife(lifeCell);
    if (life === null) {
      addFinding(r, row, col.colLife, 'error', 'compensation.policy.lifeInvalid', {
        'zh-CN': `「${name}」的折旧年限「${cellText(lifeCell)}」无效（应为1到100的整数年、“不折旧”或“按细类”），本行未采用`,
        'en-US': `The useful life “${cellText(lifeCell)}” of “${name}” is not valid (whole years 1–100, “none” or “specify”); the line was left out.`,
      });
      continue;
    }
    out.push({
      name,
      aliases: splitAliases(cellText(cellOf(r.grid, row, col.colAliases))),
      life,
      codes: splitAliases(cellText(cellOf(r.grid, row, col.colCodes))),
    });
  }
  return out;
}

/**
 * The policy from a policy sheet. Every setting, price line and category line is validated; a bad
 * setting keeps `base`'s value (the default policy unless given), a bad line is left out, and each
 * is a finding pointing at its cell.
 */
export function readPolicyFromGrid(grid: Grid, base: Policy = DEFAULT_POLICY): { policy: Policy; findings: Finding[] } {
  const r: Reading = { grid, findings: [] };
  const tables = findTables(grid);
  const settings = readSettings(r, tables.get('settings'), base);
  const policy: Policy = {
    ...settings,
    priceList: readPrices(r, tables.get('prices'), base.priceList),
    categories: readCategories(r, tables.get('categories'), base.categories),
  };
  return { policy, findings: r.findings };
}
