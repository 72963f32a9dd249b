import fc from 'fast-check';
import { readPolicyFromGrid, renderPolicySheet } from '../../../src/core/compensation/policySheet';
import { DEFAULT_POLICY, policySchema, type Policy } from '../../../src/core/compensation/policy';
import { cellAddress } from '../../../src/core/sheet/address';
import type { Cell, Grid } from '../../../src/core/sheet/grid';
import { sheetSpecSchema } from '../../../src/core/sheet/spec';
import { findCell, specToGrid as layoutSpec } from '../../helpers/spec-grid';

/** The value cell of a setting (the cell right of its label) in a laid-out policy sheet. */
function valueCellOf(grid: Grid, label: string): { row: number; col: number } {
  const at = findCell(grid, label);
  if (!at) throw new Error(`no ${label}`);
  return { row: at.row, col: at.col + 1 };
}

function setCell(grid: Grid, row: number, col: number, value: Cell): Grid {
  const rows = grid.rows.map((r) => [...r]);
  const r = rows[row - grid.top] ?? [];
  while (r.length <= col - grid.left) r.push(null);
  r[col - grid.left] = value;
  rows[row - grid.top] = r;
  return { ...grid, rows };
}

const roundTrip = (policy: Policy, locale: 'zh-CN' | 'en-US', gap = 0) => readPolicyFromGrid(layoutSpec(renderPolicySheet(policy, locale), { gap }));

describe('renderPolicySheet', () => {
  it('is a valid sheet spec in plain Chinese', () => {
    const spec = sheetSpecSchema.parse(renderPolicySheet(DEFAULT_POLICY, 'zh-CN'));
    expect(spec.kind).toBe('compensation.policy');
    const grid = layoutSpec(spec);
    for (const text of ['设置项', '值', '说明', '故意损坏倍数', '计价依据', '原值', '物品名称', '关键词', '单价（元）', '资产类别', '折旧年限（年）', '不折旧', '按细类']) {
      expect(findCell(grid, text)).not.toBeNull();
    }
    expect(JSON.stringify(grid.rows)).toContain('以下价格为台账助手提供的示例');
  });
});

describe('policy ↔ sheet round trip', () => {
  it.each(['zh-CN', 'en-US'] as const)('reads the default policy back unchanged (%s)', (locale) => {
    expect(roundTrip(DEFAULT_POLICY, locale)).toEqual({ policy: DEFAULT_POLICY, findings: [] });
  });

  it('does not depend on where the adapter puts the blocks', () => {
    const spec = renderPolicySheet(DEFAULT_POLICY, 'zh-CN');
    const shifted = { ...layoutSpec(spec, { gap: 2 }), top: 4, left: 3 };
    expect(readPolicyFromGrid(shifted)).toEqual({ policy: DEFAULT_POLICY, findings: [] });
  });

  it('reads back a school’s own policy', () => {
    const own: Policy = {
      ...DEFAULT_POLICY,
      schoolName: '某某县第一中学',
      collector: '财务室',
      multipliers: { natural: 0, accidental: 1, deliberate: 3, lost: 1.5 },
      basis: 'net',
      responsibleUnitFallback: false,
      dueDays: 14,
      overdue: { enabled: true, days: 15, multiplier: 2.5 },
      rounding: 'yuan',
      priceList: [
        { name: '玻璃', keywords: ['窗玻璃', '门玻璃'], unit: '㎡', priceFen: 4550, note: '5毫米' },
        { name: '篮球', keywords: [], unit: '个', priceFen: 12000 },
      ],
      categories: [{ name: '计算机设备', aliases: ['电脑'], life: 8, codes: ['2010000'] }, { name: '图书', aliases: [], life: 'none', codes: [] }],
    };
    expect(roundTrip(own, 'zh-CN', 1)).toEqual({ policy: own, findings: [] });
    expect(roundTrip(own, 'en-US')).toEqual({ policy: own, findings: [] });
  });

  it('reads back any valid policy (property)', () => {
    const word = fc.constantFrom('玻璃', '灯管', '桌', '椅', '门锁', '篮球', '足球', '拖把', '电脑', '钢琴');
    const multiplier = fc.integer({ min: 0, max: 1000 }).map((n) => n / 100);
    const policyArb: fc.Arbitrary<Policy> = fc.record({
      schoolName: fc.constantFrom('', '实验小学', '第二中学'),
      collector: fc.constantFrom('总务处', '财务室'),
      multipliers: fc.record({ natural: multiplier, accidental: multiplier, deliberate: multiplier, lost: multiplier }),
      basis: fc.constantFrom('original' as const, 'net' as const),
      priceList: fc.array(
        fc.record({
          name: word,
          keywords: fc.uniqueArray(word, { maxLength: 3 }),
          unit: fc.constantFrom('块', '㎡', '根', ''),
          priceFen: fc.integer({ min: 0, max: 10_000_000 }),
        }),
        { maxLength: 6 },
      ),
      responsibleUnitFallback: fc.boolean(),
      dueDays: fc.integer({ min: 0, max: 365 }),
      overdue: fc.record({ enabled: fc.boolean(), days: fc.integer({ min: 0, max: 3650 }), multiplier: fc.integer({ min: 100, max: 1000 }).map((n) => n / 100) }),
      rounding: fc.constantFrom('fen' as const, 'jiao' as const, 'yuan' as const),
      categories: fc.array(
        fc.record({
          name: word,
          aliases: fc.uniqueArray(word, { maxLength: 3 }),
          life: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom('none' as const, 'specify' as const)),
          codes: fc.uniqueArray(fc.constantFrom('A01', '2010000', '2020000'), { maxLength: 2 }),
        }),
        { maxLength: 5 },
      ),
    });
    fc.assert(
      fc.property(policyArb, fc.constantFrom('zh-CN' as const, 'en-US' as const), (policy, locale) => {
        expect(policySchema.parse(policy)).toEqual(policy);
        expect(roundTrip(policy, locale)).toEqual({ policy, findings: [] });
      }),
      { numRuns: 150 },
    );
  });
});

describe('reading a policy sheet with bad cells', () => {
  const grid = layoutSpec(renderPolicySheet(DEFAULT_POLICY, 'zh-CN'));

  it('keeps the default for a bad setting and points at the cell', () => {
    const at = valueCellOf(grid, '故意损坏倍数');
    const { policy, findings } = readPolicyFromGrid(setCell(grid, at.row, at.col, '两倍'));
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ sheet: '赔偿办法', cell: cellAddress(at.row, at.col), severity: 'error', code: 'compensation.policy.cellInvalid' });
    expect(findings[0]?.message['zh-CN']).toBe('「故意损坏倍数」的值「两倍」无效（应为0到100之间的数，最多两位小数），沿用默认值 2');
  });

  it('accepts what staff naturally type', () => {
    let g = grid;
    const put = (label: string, v: Cell): void => {
      const at = valueCellOf(g, label);
      g = setCell(g, at.row, at.col, v);
    };
    put('故意损坏倍数', '3倍');
    put('计价依据', '作价赔偿');
    put('逾期加收', '√');
    put('交款期限（天）', '10天');
    put('逾期加收倍数', '×2');
    put('金额取整', '元');
    put('无责任人时由责任单位赔偿', false);
    const { policy, findings } = readPolicyFromGrid(g);
    expect(findings).toEqual([]);
    expect(policy).toMatchObject({
      multipliers: { deliberate: 3 },
      basis: 'net',
      overdue: { enabled: true, multiplier: 2 },
      dueDays: 10,
      rounding: 'yuan',
      responsibleUnitFallback: false,
    });
  });

  it.each([
    ['计价依据', '半价'],
    ['逾期加收', '也许'],
    ['交款期限（天）', -3],
    ['交款期限（天）', 2.5],
    ['逾期加收倍数', 0.5],
    ['人为损坏倍数', 1.234],
    ['丢失倍数', { error: '#REF!' }],
    ['金额取整', '毛'],
    ['自然损耗倍数', null],
  ] as Array<[string, Cell]>)('refuses %s = %p, keeping the default', (label, value) => {
    const at = valueCellOf(grid, label);
    const { policy, findings } = readPolicyFromGrid(setCell(grid, at.row, at.col, value));
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(findings.map((f) => [f.cell, f.code])).toEqual([[cellAddress(at.row, at.col), 'compensation.policy.cellInvalid']]);
  });

  it('leaves out a price line with a bad price or no name, pointing at the cell', () => {
    const glass = findCell(grid, '日光灯管');
    if (!glass) throw new Error('no row');
    const priceCol = (findCell(grid, '单价（元）')?.col ?? 0);
    let g = setCell(grid, glass.row, priceCol, '十五元');
    const mop = findCell(g, '拖把');
    if (!mop) throw new Error('no row');
    g = setCell(g, mop.row, mop.col, '');
    const { policy, findings } = readPolicyFromGrid(g);
    expect(policy.priceList.map((e) => e.name)).toEqual(DEFAULT_POLICY.priceList.map((e) => e.name).filter((n) => n !== '日光灯管' && n !== '拖把'));
    expect(findings.map((f) => [f.cell, f.code])).toEqual([
      [cellAddress(glass.row, priceCol), 'compensation.policy.priceInvalid'],
      [cellAddress(mop.row, mop.col), 'compensation.policy.priceNoName'],
    ]);
  });

  it('reads prices typed as text and lines added in the blank rows', () => {
    const header = findCell(grid, '物品名称');
    if (!header) throw new Error('no header');
    const lastRow = header.row + DEFAULT_POLICY.priceList.length + 1;
    const unitCol = findCell(grid, '计价单位')?.col ?? 0;
    const priceCol = findCell(grid, '单价（元）')?.col ?? 0;
    let g = setCell(grid, lastRow, header.col, '篮球');
    g = setCell(g, lastRow, unitCol, '个');
    g = setCell(g, lastRow, priceCol, '¥120.00');
    const { policy, findings } = readPolicyFromGrid(g);
    expect(findings).toEqual([]);
    expect(policy.priceList.at(-1)).toEqual({ name: '篮球', keywords: [], unit: '个', priceFen: 12000 });
  });

  it('leaves out a category line with a bad life', () => {
    const computers = findCell(grid, '计算机设备');
    const lifeCol = findCell(grid, '折旧年限（年）')?.col ?? 0;
    if (!computers) throw new Error('no row');
    const { policy, findings } = readPolicyFromGrid(setCell(grid, computers.row, lifeCol, '六年'));
    expect(policy.categories.map((c) => c.name)).not.toContain('计算机设备');
    expect(findings.map((f) => [f.cell, f.code])).toEqual([[cellAddress(computers.row, lifeCol), 'compensation.policy.lifeInvalid']]);
  });

  it('uses the defaults, saying so, for a sheet without the tables or with a setting deleted', () => {
    const empty: Grid = { sheet: '赔偿办法', top: 1, left: 1, rows: [['随便写的']], merges: [], hiddenRows: [], date1904: false };
    const r = readPolicyFromGrid(empty);
    expect(r.policy).toEqual(DEFAULT_POLICY);
    expect(r.findings.map((f) => f.code)).toEqual(['compensation.policy.tableMissing', 'compensation.policy.tableMissing', 'compensation.policy.tableMissing']);

    const label = findCell(grid, '丢失倍数');
    if (!label) throw new Error('no row');
    const withoutLost = { ...grid, rows: grid.rows.filter((_, i) => i !== label.row - grid.top) };
    const r2 = readPolicyFromGrid(withoutLost);
    expect(r2.policy).toEqual(DEFAULT_POLICY);
    expect(r2.findings.map((f) => [f.code, f.severity])).toEqual([['compensation.policy.settingMissing', 'warning']]);
    expect(r2.findings[0]?.message['zh-CN']).toContain('「丢失倍数」');
  });
});
