import { isDisposedStatus } from '../../../src/core/reports/disposal';
import { Grouper, resolveGroupField } from '../../../src/core/reports/groups';

describe('grouping fields by the names people use', () => {
  test.each([
    ['department', 'department'], ['使用部门', 'department'], ['部门', 'department'], ['班级', 'department'], ['Dept', 'department'],
    ['category', 'category'], ['资产分类', 'category'], ['类别', 'category'], ['分类', 'category'],
    ['存放地点', 'location'], ['位置', 'location'], ['location', 'location'],
    ['使用状况', 'status'], ['状态', 'status'], ['保管人', 'custodian'], ['责任人', 'custodian'],
  ])('%s → %s', (text, key) => {
    expect(resolveGroupField(text)).toBe(key);
  });

  test('what is not a grouping field', () => {
    for (const t of ['金额', '颜色', '', 'name', '资产名称']) expect(resolveGroupField(t)).toBeNull();
  });
});

describe('groups', () => {
  test('values differing in width or spacing are one group, shown as first written; blanks come last', () => {
    const g = new Grouper(() => ({ n: 0 }), '（未填）');
    for (const v of ['教务处', undefined, ' 教务处', '总务处', '教务处　', '', 'ＡＢ', 'ab']) g.get(v).n++;
    expect(g.entries().map((e) => [e.label, e.value.n])).toEqual([['教务处', 3], ['总务处', 1], ['ＡＢ', 2], ['（未填）', 2]]);
  });
});

describe('disposal statuses', () => {
  test.each(['已报废', '报废', '已注销', '已处置', '报损', '调出', '已报废（2025.10）', ' 已 报 废 ', 'Disposed'])('%s means gone', (s) => {
    expect(isDisposedStatus(s)).toBe(true);
  });
  test.each(['在用', '待报废', '申请报损', '闲置', '损坏', '', undefined])('%s does not', (s) => {
    expect(isDisposedStatus(s)).toBe(false);
  });
});
