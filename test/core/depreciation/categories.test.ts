import {
  DEFAULT_DEPRECIATION_TABLE,
  depreciationTableSchema,
  findCategory,
  normalizeCategory,
  resolveLife,
  type DepreciationTable,
} from '../../../src/core/depreciation/categories';

const months = (query: { category?: string; lifeYears?: number }, table?: DepreciationTable): number | string => {
  const r = resolveLife(query, table);
  return r.kind === 'life' || r.kind === 'notDepreciated' ? r.lifeMonths : r.kind;
};

describe('the default category table', () => {
  it('is valid under its own schema, so the school can edit it', () => {
    expect(depreciationTableSchema.parse(DEFAULT_DEPRECIATION_TABLE)).toEqual(DEFAULT_DEPRECIATION_TABLE);
  });

  it('has no name or alias that means two categories', () => {
    const seen = new Map<string, string>();
    for (const c of DEFAULT_DEPRECIATION_TABLE) {
      for (const n of [c.name, ...c.aliases, ...c.codes].map(normalizeCategory)) {
        expect(seen.get(n) ?? c.name).toBe(c.name);
        seen.set(n, c.name);
      }
    }
  });

  it.each([
    // DOMAIN.md's minimum lives, in months
    ['钢筋混凝土结构', 600],
    ['钢结构', 600],
    ['砖混结构', 360],
    ['简易房', 96],
    ['构筑物', 96],
    ['计算机', 72],
    ['计算机设备', 72],
    ['电脑', 72],
    ['办公设备', 72],
    ['车辆', 96],
    ['图书档案设备', 60],
    ['机械设备', 120],
    ['电气设备', 60],
    ['通信设备', 60],
    ['广播、电视、电影设备', 60],
    ['仪器仪表', 60],
    ['家具', 180],
    ['办公家具', 180],
    ['课桌椅', 60],
    ['学生课桌椅', 60],
    ['用具、装具', 60],
    ['教学仪器', 60],
    ['体育器材', 60],
    ['文艺设备', 60],
    // not depreciated
    ['图书', 0],
    ['图书和档案', 0],
    ['档案', 0],
    ['文物和陈列品', 0],
    ['动植物', 0],
    // broad classes need a sub-category or years
    ['通用设备', 'tooBroad'],
    ['专用设备', 'tooBroad'],
    ['电子设备', 'tooBroad'],
    ['房屋及构筑物', 'tooBroad'],
    ['家具、用具、装具及动植物', 'tooBroad'],
    ['家具用具装具及动植物', 'tooBroad'],
  ])('%s → %s', (category, expected) => {
    expect(months({ category })).toBe(expected);
  });
});

describe('findCategory', () => {
  it('reads what offices type: punctuation, full-width, sub-categories after a class', () => {
    expect(findCategory('通用设备-计算机')?.name).toBe('计算机设备');
    expect(findCategory('通用设备／计算机设备及软件')?.name).toBe('计算机设备');
    expect(findCategory(' 专用设备 体育设备 ')?.name).toBe('文艺体育设备');
    expect(findCategory('学生家具（课桌椅）')?.name).toBe('学生家具');
    expect(findCategory('音乐器材类')?.name).toBe('文艺体育设备');
    expect(findCategory('２０１００００')?.name).toBe('计算机设备');
    expect(findCategory('A02')?.name).toBe('设备');
  });

  it('finds nothing for text that names no category', () => {
    expect(findCategory('')).toBeNull();
    expect(findCategory('其他')).toBeNull();
    expect(findCategory('2')).toBeNull();
  });
});

describe('resolveLife', () => {
  it('prefers explicit years to the category (the register is more specific)', () => {
    const r = resolveLife({ category: '计算机', lifeYears: 8 });
    expect(r).toMatchObject({ kind: 'life', lifeMonths: 96, source: 'years', category: { name: '计算机设备' } });
  });

  it('takes years of 0 as not depreciated, and refuses impossible years', () => {
    expect(months({ lifeYears: 0 })).toBe(0);
    expect(months({ lifeYears: -3 })).toBe('invalidYears');
    expect(months({ lifeYears: Number.NaN })).toBe('invalidYears');
  });

  it('says when nothing was given or the category is unknown', () => {
    expect(months({})).toBe('missing');
    expect(months({ category: '   ' })).toBe('missing');
    expect(resolveLife({ category: '宇宙飞船' })).toEqual({ kind: 'unknownCategory', text: '宇宙飞船' });
  });

  it('follows the school’s edited table', () => {
    const edited = DEFAULT_DEPRECIATION_TABLE.map((c) => (c.name === '计算机设备' ? { ...c, life: 8 } : c));
    expect(months({ category: '电脑' }, edited)).toBe(96);
    const added: DepreciationTable = [...DEFAULT_DEPRECIATION_TABLE, { name: '录播设备', aliases: ['录播'], life: 7, codes: [] }];
    expect(months({ category: '录播系统' }, added)).toBe(84);
  });
});
