import { labelPayload, parseFilter, selectItems, type LabelItem } from '../../../src/core/labels';
import { normalizeCode } from '../../../src/core/text';

const item = (row: number, code: string, department: string, location = '', category = '家具'): LabelItem => ({ row, code, name: `物品${row}`, category, department, location, acquiredOn: '', quantity: 1 });
const ITEMS = [item(4, 'zx-2019-0001', '初一(3)班', '教学楼301'), item(5, ' ＺＸ－２０１９－０００２ ', '初一（3） 班', '教学楼301'), item(6, '', '初一(3)班'), item(7, 'ZX 2019 0003', '初二(1)班', '教学楼302', '计算机'), item(8, 'ZX-2019-0004', '总务处')];

describe('choosing label items', () => {
  test('the payload is reconciliation\'s normalized code', () => {
    for (const c of ['zx-2019-0001', ' ＺＸ－２０１９－０００２ ', 'ZX 2019 0003', 'a\u3000b—c']) expect(labelPayload(c)).toBe(normalizeCode(c));
    expect(labelPayload(' ＺＸ－２０１９－０００２ ')).toBe('ZX-2019-0002');
    expect(labelPayload('ZX 2019 0003')).toBe('ZX20190003');
  });

  test('all items; a filter by 使用部门 matching as people mean it; items without code listed, not labelled', () => {
    const all = selectItems(ITEMS);
    expect(all.labelled.map((i) => i.payload)).toEqual(['ZX-2019-0001', 'ZX-2019-0002', 'ZX20190003', 'ZX-2019-0004']);
    expect(all.withoutCode.map((i) => i.row)).toEqual([6]);
    const cls = selectItems(ITEMS, { filters: { department: ['初一(3)班'] } });
    expect(cls.labelled.map((i) => i.row)).toEqual([4, 5]);
    expect(cls.withoutCode.map((i) => i.row)).toEqual([6]);
  });

  test('by 存放地点 and 资产分类 together, by chosen rows', () => {
    expect(selectItems(ITEMS, { filters: { location: ['教学楼302', '教学楼301'], category: ['计算机'] } }).labelled.map((i) => i.row)).toEqual([7]);
    expect(selectItems(ITEMS, { rows: [8, 4] }).labelled.map((i) => i.row)).toEqual([4, 8]);
  });

  test('filters from the command line', () => {
    expect(parseFilter('使用部门=初一(3)班')).toEqual({ field: 'department', values: ['初一(3)班'] });
    expect(parseFilter('存放地点＝教学楼301，教学楼302')).toEqual({ field: 'location', values: ['教学楼301', '教学楼302'] });
    expect(parseFilter('category=家具')).toEqual({ field: 'category', values: ['家具'] });
    expect(parseFilter('颜色=红')).toBeNull();
    expect(parseFilter('使用部门=')).toBeNull();
  });
});
