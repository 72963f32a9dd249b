import { indexList, judgeScan, roomProgress, roomsOf, type CountEntry, type SavedScan } from '../../../src/core/labels';

const entry = (code: string, name: string, location: string, quantity = 1, department = ''): CountEntry => ({ key: code, code, name, location, department, quantity });
const LIST = [entry('ZX-1', '讲台', '教学楼301'), entry('ZX-2', '投影仪', '教学楼301'), entry('KZ-1', '学生课桌椅', '教学楼301', 50), entry('ZX-3', '电脑', '教学楼302')];
const index = indexList(LIST);
const room301 = { field: 'location', value: '教学楼 301' } as const;
let n = 0;
const saved = (code: string, quantity = 1): SavedScan => ({ id: String(n++), key: code, code, quantity, location: '教学楼301', time: '2026-12-04T09:00:00', counter: '张', note: '' });

describe('a phone count', () => {
  test('已盘 / 位置不符 / 不在清单中 / 重复扫描, codes matched in the normalized form', () => {
    expect(judgeScan(index, [], ' zx－1 ', room301)).toMatchObject({ kind: 'counted', entry: { name: '讲台' }, total: 1 });
    expect(judgeScan(index, [], 'ZX-3', room301)).toMatchObject({ kind: 'wrongPlace', entry: { location: '教学楼302' } });
    expect(judgeScan(index, [], 'XX-9', room301)).toEqual({ kind: 'notOnList' });
    expect(judgeScan(index, [saved('ZX-1')], 'ZX-1', room301)).toMatchObject({ kind: 'duplicate', previous: { key: 'ZX-1' } });
    expect(judgeScan(index, [], '  ', room301)).toEqual({ kind: 'empty' });
  });

  test('a class set takes a quantity on each scan and adds up', () => {
    expect(judgeScan(index, [saved('KZ-1', 20)], 'KZ-1', room301, 25)).toMatchObject({ kind: 'counted', total: 45 });
  });

  test('per room 已盘 n / 应盘 m with what is not yet found; rooms from the list', () => {
    const p = roomProgress(LIST, [saved('ZX-1'), saved('KZ-1', 10), saved('ZX-3')], room301);
    expect([p.counted, p.expected]).toEqual([2, 3]);
    expect(p.missing.map((e) => e.code)).toEqual(['ZX-2']);
    expect(roomsOf(LIST, 'location')).toEqual(['教学楼301', '教学楼302']);
  });
});
