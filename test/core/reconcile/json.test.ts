import { reconcile } from '../../../src/core/reconcile/engine';
import { reconcileGroups } from '../../../src/core/reconcile/groups';
import { reconcileJson, reconcileJsonSchema } from '../../../src/core/reconcile/json';
import { row } from './helpers';

const ledger = [
  row(17, ' GD-2018-0112 ', 50, { name: '学生课桌椅', category: '家具', location: '初一(1)班', unitPrice: '320.00' }),
  row(18, 'GD-2018-0113', 1, { name: '投影仪', category: '通用设备', location: '多媒体教室', amount: '3280.00' }),
  row(19, 'GD-2018-0114', 1, { name: '钢琴', category: '专用设备', location: '音乐室', amount: '12800.00' }),
];
const count = [
  row(52, 'gd-2018-0112', 48, { name: '学生课桌椅', location: '初一(2)班' }),
  row(53, 'GD-2018-0113', 1, { name: '投影仪', location: '多媒体教室' }),
  row(54, 'GD-2018-0113', 1, { name: '投影仪', location: '多媒体教室' }),
  row(55, '', 1, { name: '钢琴', location: '音乐室' }),
  row(56, 'X-1', 2, { name: '篮球架', category: '体育器材' }),
];

describe('reconcile --json', () => {
  const result = reconcile(ledger, count);
  const json = reconcileJson(result, { groups: reconcileGroups(result, 'category'), includeFindings: true });

  it('validates against its schema and round-trips through JSON text', () => {
    expect(reconcileJsonSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json);
  });

  it('carries the issue\'s summary keys with amounts as strings in 元', () => {
    expect(json.summary).toMatchObject({
      ledgerRows: 3, countRows: 5, matched: 2, shortage: 1, surplus: 1, quantityMismatch: 1, fieldMismatch: 1,
      duplicates: 1, possibleMatches: 1, ledgerQuantity: 52, ledgerAmount: '32080.00', shortageAmount: '13440.00',
    });
  });

  it('lists items with the ledger code as written and trimmed, sheet rows and canonical difference keys', () => {
    expect(json.items.map((i) => [i.status, i.code, i.name, i.ledgerRow, i.countRow, i.differences])).toEqual([
      ['matched', 'GD-2018-0112', '学生课桌椅', 17, 52, ['quantity', 'location']],
      ['matched', 'GD-2018-0113', '投影仪', 18, 53, []],
      ['duplicate', 'GD-2018-0113', '投影仪', 18, 54, []],
      ['shortage', 'GD-2018-0114', '钢琴', 19, null, []],
      ['possibleMatch', '', '钢琴', 19, 55, []],
      ['surplus', 'X-1', '篮球架', null, 56, []],
    ]);
    expect(json.items[0]).toMatchObject({ quantityDifference: -2, amountDifference: '-640.00' });
    expect(json.items[4]?.candidates).toEqual([{ ledgerRow: 19, score: 1 }]);
  });

  it('adds groups with --by', () => {
    expect(json.groups?.map((g) => [g.key, g.left.quantity, g.left.amount, g.right.quantity, g.right.amount, g.quantityDifference, g.amountDifference])).toEqual([
      ['专用设备', 1, '12800.00', 0, '0.00', -1, '-12800.00'],
      ['体育器材', 0, '0.00', 2, '0.00', 2, '0.00'],
      ['家具', 50, '16000.00', 48, '15360.00', -2, '-640.00'],
      ['通用设备', 1, '3280.00', 1, '3280.00', 0, '0.00'],
      ['', 0, '0.00', 1, '0.00', 1, '0.00'],
    ]);
  });

  it('can leave agreeing rows out', () => {
    expect(reconcileJson(result, { problemsOnly: true }).items.map((i) => i.countRow)).toEqual([52, 54, null, 55, 56]);
  });
});
