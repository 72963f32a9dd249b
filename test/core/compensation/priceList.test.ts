import { matchPriceEntry, normalizeUnit } from '../../../src/core/compensation/priceList';
import { splitPersons } from '../../../src/core/compensation/payers';
import { DEFAULT_PRICE_LIST, priceEntrySchema } from '../../../src/core/compensation/policy';

const name = (item: string, unit?: string): string | null => {
  const m = matchPriceEntry(item, unit, DEFAULT_PRICE_LIST);
  return m.kind === 'match' ? `${m.entry.name}/${m.entry.unit}` : m.kind;
};

describe('the default price list', () => {
  it('is valid data with the items school rules list', () => {
    for (const e of DEFAULT_PRICE_LIST) expect(priceEntrySchema.parse(e)).toEqual(e);
    const names = DEFAULT_PRICE_LIST.map((e) => e.name);
    for (const n of ['玻璃', '日光灯管', '灯泡', '课桌面板', '凳腿', '门锁', '插座', '开关', '黑板擦', '扫把', '拖把', '窗帘', '水龙头']) expect(names).toContain(n);
    expect(DEFAULT_PRICE_LIST.filter((e) => e.name === '玻璃').map((e) => e.unit)).toEqual(['块', '㎡']);
  });
});

describe('matchPriceEntry', () => {
  it.each([
    ['窗玻璃', undefined, '玻璃/块'],
    ['教室窗户玻璃', '块', '玻璃/块'],
    ['玻璃', '平方米', '玻璃/㎡'],
    ['玻璃', 'm2', '玻璃/㎡'],
    ['玻璃', '件', '玻璃/块'],
    ['日光灯管', '支', '日光灯管/根'],
    ['LED灯管', undefined, '日光灯管/根'],
    ['课桌面板', undefined, '课桌面板/块'],
    ['凳子腿', undefined, '凳腿/根'],
    ['门锁', undefined, '门锁/把'],
    ['锁芯', undefined, '锁芯/个'],
    ['扫帚', undefined, '扫把/把'],
    ['墩布', undefined, '拖把/把'],
    ['水龙头', '只', '水龙头/个'],
    ['办公桌', undefined, 'none'],
    ['', undefined, 'none'],
    ['窗玻璃', '米', 'unitMismatch'],
  ])('%s (%s) → %s', (item, unit, expected) => {
    expect(name(item, unit)).toBe(expected);
  });

  it('reports equally good entries as ties', () => {
    const m = matchPriceEntry('玻璃', null, DEFAULT_PRICE_LIST);
    expect(m.kind === 'match' && m.tiedWith.map((e) => e.unit)).toEqual(['㎡']);
  });

  it('normalizes the ways units are written', () => {
    expect(normalizeUnit('平方米')).toBe('㎡');
    expect(normalizeUnit(' M2 ')).toBe('㎡');
    expect(normalizeUnit('支')).toBe('根');
    expect(normalizeUnit('片')).toBe('块');
    expect(normalizeUnit('箱')).toBe('箱');
  });
});

describe('splitPersons', () => {
  it.each([
    ['张三', ['张三']],
    ['张三、李四', ['张三', '李四']],
    ['张三，李四,王五', ['张三', '李四', '王五']],
    ['张三；李四;王五', ['张三', '李四', '王五']],
    ['张三/李四／王五', ['张三', '李四', '王五']],
    ['张三 李四　王五', ['张三', '李四', '王五']],
    ['  张三 、 李四  ', ['张三', '李四']],
    ['', []],
  ])('%s → %j', (text, names) => {
    expect(splitPersons(text).names).toEqual(names);
  });

  it('keeps the first of repeated names and lists the repeats', () => {
    expect(splitPersons('甲、乙、甲')).toEqual({ names: ['甲', '乙'], duplicates: ['甲'] });
  });
});
