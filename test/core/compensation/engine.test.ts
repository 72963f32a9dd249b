import fc from 'fast-check';
import { computeIncidents, type ComputeOptions } from '../../../src/core/compensation/engine';
import type { Incident } from '../../../src/core/compensation/incident';
import { compensationJson } from '../../../src/core/compensation/json';
import { DEFAULT_POLICY, policySchema, type Policy } from '../../../src/core/compensation/policy';

const OPTS: ComputeOptions = { sheet: '损坏登记', asOf: '2024-03-31' };

let nextRow = 5;
function inc(p: Partial<Incident>): Incident {
  return { row: nextRow++, item: '办公桌', natureText: '人为损坏', damageDate: '2024-03-10', ...p };
}

function one(i: Incident, policy: Policy = DEFAULT_POLICY, options: ComputeOptions = OPTS) {
  const { results, findings } = computeIncidents([i], policy, options);
  return { r: results[0], results, findings };
}

const withPolicy = (patch: Partial<Policy>): Policy => policySchema.parse({ ...DEFAULT_POLICY, ...patch });

describe('the default policy', () => {
  it('is valid under its own schema', () => {
    expect(policySchema.parse(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY.multipliers).toEqual({ natural: 0, accidental: 1, deliberate: 2, lost: 1 });
    expect(DEFAULT_POLICY.basis).toBe('original');
    expect(DEFAULT_POLICY.overdue.enabled).toBe(false);
  });
});

describe('rule 1: the price list', () => {
  const glass20 = withPolicy({
    priceList: [
      { name: '玻璃', keywords: ['窗玻璃'], unit: '块', priceFen: 2000 },
      { name: '玻璃', keywords: [], unit: '㎡', priceFen: 6000 },
    ],
  });

  it('prices deliberate damage double and explains it as a clerk would say it', () => {
    const { r, findings } = one(inc({ item: '窗玻璃', quantity: 2, unit: '块', natureText: '故意损坏', persons: '张三' }), glass20);
    expect(findings).toEqual([]);
    expect(r).toMatchObject({ rule: 'priceList', base: 4000, multiplier: 2, amount: 8000, nature: 'deliberate', disposition: 'compensate' });
    expect(r?.amountInWords).toBe('人民币捌拾元整');
    expect(r?.payers).toEqual([{ name: '张三', kind: 'person', amount: 8000, paid: 0 }]);
    expect(r?.explanation['zh-CN']).toBe('按赔偿标准「玻璃（块）」20.00元×2块=40.00元，故意损坏加倍赔偿×2，应赔80.00元。由张三赔偿。');
    expect(r?.explanation['en-US']).toBe('price list “玻璃 (块)” 20.00 × 2 块 = 40.00; deliberate damage paid double ×2; to pay 80.00. Paid by 张三.');
  });

  it('charges ×3 when the school’s policy says so', () => {
    const triple = withPolicy({ ...glass20, multipliers: { ...DEFAULT_POLICY.multipliers, deliberate: 3 } });
    const { r } = one(inc({ item: '窗玻璃', quantity: 2, natureText: '恶意', persons: '张三' }), triple);
    expect(r).toMatchObject({ base: 4000, multiplier: 3, amount: 12000 });
    expect(r?.explanation['zh-CN']).toContain('故意损坏按3倍赔偿×3，应赔120.00元');
  });

  it('uses the register’s unit to choose between 块 and ㎡, and rounds a fractional area once', () => {
    const { r } = one(inc({ item: '玻璃', quantity: 1.255, unit: '平方米', persons: '李四' }), glass20);
    expect(r).toMatchObject({ rule: 'priceList', base: 7530, baseRounded: false, amount: 7530 }); // 60.00 × 1.255
    const half = withPolicy({ priceList: [{ name: '窗帘', keywords: [], unit: '㎡', priceFen: 3333 }] });
    const { r: c } = one(inc({ item: '教室窗帘', quantity: 1.5, unit: '㎡', natureText: '故意', persons: '王五' }), half);
    // 33.33 × 1.5 = 49.995 → 50.00 (half-up, once) → ×2 = 100.00
    expect(c).toMatchObject({ base: 5000, baseRounded: true, amount: 10000 });
    expect(c?.explanation['zh-CN']).toContain('=50.00元（四舍五入到分）');
  });

  it('says so when two entries fit equally and takes the first', () => {
    const { r, findings } = one(inc({ item: '玻璃', quantity: 1, persons: '赵六' }), glass20);
    expect(r?.valuation).toMatchObject({ rule: 'priceList', entry: { unit: '块' } });
    expect(findings.map((f) => f.code)).toEqual(['compensation.priceList.ambiguous']);
  });

  it('does not use an entry priced in another unit', () => {
    const onlyPanes = withPolicy({ priceList: [{ name: '玻璃', keywords: [], unit: '块', priceFen: 2000 }] });
    const { r, findings } = one(inc({ item: '玻璃', quantity: 2, unit: '㎡', originalUnitFen: 5000, persons: '甲' }), onlyPanes);
    expect(r).toMatchObject({ rule: 'original', base: 10000 });
    expect(findings.map((f) => f.code)).toEqual(['compensation.priceList.unitMismatch']);
  });

  it('prefers the longest keyword (锁芯 over 锁)', () => {
    expect(one(inc({ item: '锁芯', persons: '甲' })).r?.valuation).toMatchObject({ rule: 'priceList', entry: { name: '锁芯' } });
    expect(one(inc({ item: '器材室挂锁', persons: '甲' })).r?.valuation).toMatchObject({ rule: 'priceList', entry: { name: '门锁' } });
  });
});

describe('rule 2: the repair cost', () => {
  it('charges the repair cost when the item can be repaired (the whole cost, not per item)', () => {
    const { r } = one(inc({ item: '办公桌', quantity: 2, repairable: true, repairCostFen: 15000, originalUnitFen: 48000, persons: '张三' }));
    expect(r).toMatchObject({ rule: 'repair', base: 15000, amount: 15000 });
    expect(r?.explanation['zh-CN']).toBe('可以修复，按维修费用150.00元，人为损坏照价赔偿，应赔150.00元。由张三赔偿。');
  });

  it('takes a repair cost without a word on repairability as repairable', () => {
    expect(one(inc({ repairCostFen: 8000, originalUnitFen: 48000, persons: '甲' })).r).toMatchObject({ rule: 'repair', amount: 8000 });
  });

  it('reports a repairable item without a repair cost instead of guessing', () => {
    const { results, findings } = one(inc({ repairable: true, originalUnitFen: 48000, cells: { repairCost: 'H9' } }));
    expect(results).toEqual([]);
    expect(findings).toMatchObject([{ code: 'compensation.repair.noCost', severity: 'error', cell: 'H9', sheet: '损坏登记' }]);
  });
});

describe('rule 3: the valuation basis', () => {
  it('original: unit value × quantity; nobody named → the responsible unit pays', () => {
    const { r, findings } = one(inc({ row: 5, item: '办公桌', repairable: false, originalUnitFen: 48000, responsibleUnit: '高二(4)班' }));
    expect(findings).toEqual([]);
    expect(r).toMatchObject({ row: 5, rule: 'original', base: 48000, multiplier: 1, amount: 48000, amountInWords: '人民币肆佰捌拾元整' });
    expect(r?.payers).toEqual([{ name: '高二(4)班', kind: 'unit', amount: 48000, paid: 0 }]);
    expect(r?.explanation['zh-CN']).toBe('按原值480.00元×1=480.00元，人为损坏照价赔偿，应赔480.00元。未写明责任人，由责任单位高二(4)班赔偿。');
  });

  it('net: the depreciated value at the damage date (worked by hand)', () => {
    const net = withPolicy({ basis: 'net' });
    // 6000.00, bought 2020-03-15, 计算机 6 years; lost 2022-03-10: months 2020-03…2022-03 = 25;
    // accumulated 600000 × 25 / 72 = 208333.33 → 208333; net 391667.
    const { r, findings } = one(
      inc({ item: '笔记本电脑', natureText: '遗失', repairable: false, originalUnitFen: 600000, acquiredOn: '2020-03-15', category: '计算机', damageDate: '2022-03-10', persons: '李老师' }),
      net,
    );
    expect(findings).toEqual([]);
    expect(r).toMatchObject({ rule: 'net', base: 391667, amount: 391667, nature: 'lost' });
    expect(r?.explanation['zh-CN']).toBe(
      '按净值3916.67元×1=3916.67元（原值6000.00元，2020-03-15购置，折旧年限6年（计算机设备），至2022-03-10已折旧25个月），丢失照价赔偿，应赔3916.67元。由李老师赔偿。',
    );
  });

  it('net, asked for on the command line over an original-basis policy', () => {
    const { r } = one(
      inc({ originalUnitFen: 720000, acquiredOn: '2023-09-01', lifeYears: 6, damageDate: '2024-02-10', repairable: false, persons: '甲' }),
      DEFAULT_POLICY,
      { ...OPTS, basis: 'net' },
    );
    expect(r).toMatchObject({ rule: 'net', base: 660000 }); // 6 months of 10000
  });

  it('net with no acquisition date: a finding, then the original value, said in the result', () => {
    const net = withPolicy({ basis: 'net' });
    const { r, findings } = one(inc({ originalUnitFen: 48000, category: '家具', repairable: false, persons: '甲', cells: { acquiredOn: 'F7' } }), net);
    expect(findings).toMatchObject([{ code: 'compensation.net.noAcquisitionDate', severity: 'warning', cell: 'F7' }]);
    expect(r).toMatchObject({ rule: 'original', base: 48000, valuation: { fallback: 'noAcquisitionDate' } });
    expect(r?.explanation['zh-CN']).toContain('（没有购置日期，未能按净值计算，改按原值）');
  });

  it('net with a category too broad for one life: a finding, then the original value', () => {
    const net = withPolicy({ basis: 'net' });
    const { r, findings } = one(inc({ originalUnitFen: 48000, acquiredOn: '2020-01-01', category: '通用设备', repairable: false, persons: '甲' }), net);
    expect(findings.map((f) => f.code)).toEqual(['compensation.net.noLife']);
    expect(findings[0]?.message['zh-CN']).toContain('类别「通用设备」范围太宽');
    expect(r).toMatchObject({ rule: 'original', valuation: { fallback: 'noLife' } });
  });

  it('net for books: not depreciated, the net value is the original', () => {
    const net = withPolicy({ basis: 'net' });
    const { r } = one(inc({ item: '词典', natureText: '丢失', originalUnitFen: 8800, acquiredOn: '2015-09-01', category: '图书', persons: '甲' }), net);
    expect(r).toMatchObject({ rule: 'net', base: 8800 });
    expect(r?.explanation['zh-CN']).toContain('图书和档案不计提折旧');
  });

  it('reports an item with neither a price-list entry nor a value', () => {
    const { results, findings } = one(inc({ item: '投影仪', repairable: false }));
    expect(results).toEqual([]);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['compensation.value.missing', 'error']]);
  });
});

describe('natural wear', () => {
  it('is not charged: repairable → the school repairs it; not repairable → write-off', () => {
    const repair = one(inc({ natureText: '自然损耗', repairable: true, originalUnitFen: 48000 })).r;
    expect(repair).toMatchObject({ rule: 'none', amount: 0, multiplier: 0, payers: [], disposition: 'schoolRepair', amountInWords: '人民币零元整' });
    const gone = one(inc({ natureText: '老化', repairable: false, originalUnitFen: 48000, persons: '张三' })).r;
    expect(gone).toMatchObject({ rule: 'none', amount: 0, payers: [], disposition: 'writeOff' });
    expect(gone?.explanation['zh-CN']).toBe('自然损耗，不需赔偿；无法修复，列入报损注销。');
  });

  it('with no word on repairability: school repair, and a note asking', () => {
    const { r, findings } = one(inc({ natureText: '正常损耗' }));
    expect(r?.disposition).toBe('schoolRepair');
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['compensation.natural.repairUnknown', 'info']]);
  });
});

describe('payers', () => {
  it('share equally to the fen, the first names taking the remainder', () => {
    const { r } = one(inc({ item: '课桌面板', natureText: '人为', quantity: 5, persons: '张三、李四，王五' })); // 5 × 60.00 = 300.00
    expect(r?.payers.map((p) => p.amount)).toEqual([10000, 10000, 10000]);
    const { r: odd } = one(inc({ repairable: true, repairCostFen: 10000, persons: '张三 李四/王五' }));
    expect(odd?.payers.map((p) => [p.name, p.amount])).toEqual([['张三', 3334], ['李四', 3333], ['王五', 3333]]);
    expect(odd?.explanation['zh-CN']).toContain('由3人平均分摊：张三33.34元，李四33.33元，王五33.33元');
  });

  it('split whatever the amount and the names, adding up exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.uniqueArray(fc.constantFrom('张三', '李四', '王五', '赵六', '钱七', '孙八', '周九', '吴十'), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('、', '，', ',', ';', '/', ' ', '；', '　'),
        (cost, names, sep) => {
          const { r } = one(inc({ repairable: true, repairCostFen: cost, persons: names.join(sep) }));
          const amounts = r?.payers.map((p) => p.amount) ?? [];
          expect(r?.payers.map((p) => p.name)).toEqual(names);
          expect(amounts.reduce((a, b) => a + b, 0)).toBe(cost);
          expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
          // Remainder fen go to the first names: the shares never increase along the list.
          amounts.forEach((a, i) => expect(a).toBeLessThanOrEqual(amounts[i - 1] ?? a));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splits what was paid like the amount', () => {
    const { r } = one(inc({ repairable: true, repairCostFen: 10000, persons: '甲、乙', paidFen: 5001 }));
    expect(r?.payers.map((p) => [p.amount, p.paid])).toEqual([[5000, 2501], [5000, 2500]]);
    expect(r).toMatchObject({ paid: 5001, outstanding: 4999 });
  });

  it('counts a name written twice once, with a finding', () => {
    const { r, findings } = one(inc({ repairable: true, repairCostFen: 100, persons: '甲、甲' }));
    expect(r?.payers).toHaveLength(1);
    expect(findings.map((f) => f.code)).toEqual(['compensation.payer.duplicate']);
  });

  it('reports that nobody pays when neither a person nor a unit is named, or the policy forbids the fallback', () => {
    expect(one(inc({ repairable: true, repairCostFen: 100 })).findings.map((f) => f.code)).toEqual(['compensation.payer.none']);
    const noFallback = withPolicy({ responsibleUnitFallback: false });
    const { r, findings } = one(inc({ repairable: true, repairCostFen: 100, responsibleUnit: '初一(2)班' }), noFallback);
    expect(r?.payers).toEqual([]);
    expect(findings[0]?.message['zh-CN']).toContain('不由责任单位代赔');
  });
});

describe('overdue surcharge', () => {
  const strict = withPolicy({ overdue: { enabled: true, days: 30, multiplier: 2 } });
  // damaged 2024-03-01, 7 days to pay → due 2024-03-08; surcharge after 2024-04-07.
  const base = { repairable: true, repairCostFen: 5000, persons: '张三', damageDate: '2024-03-01' } as const;

  it('applies when still unpaid past the due date plus the days of grace', () => {
    const { r } = one(inc(base), strict, { ...OPTS, asOf: '2024-04-08' });
    expect(r).toMatchObject({ dueDate: '2024-03-08', surcharge: { multiplier: 2, days: 30 }, amount: 10000, outstanding: 10000, overdue: true });
    expect(r?.amountInWords).toBe('人民币壹佰元整');
    expect(r?.explanation['zh-CN']).toContain('逾期未交（2024-03-08到期，宽限30天）加收×2，应赔100.00元');
  });

  it('does not apply within the grace days (the incident is overdue all the same)', () => {
    const { r } = one(inc(base), strict, { ...OPTS, asOf: '2024-04-07' });
    expect(r).toMatchObject({ surcharge: null, amount: 5000, overdue: true });
  });

  it('does not apply when paid in time, applies when paid late', () => {
    expect(one(inc({ ...base, paidFen: 5000, paidOn: '2024-03-05' }), strict, { ...OPTS, asOf: '2024-06-01' }).r).toMatchObject({ surcharge: null, outstanding: 0, overdue: false });
    expect(one(inc({ ...base, paidFen: 5000, paidOn: '2024-05-01' }), strict, { ...OPTS, asOf: '2024-06-01' }).r).toMatchObject({ amount: 10000, outstanding: 5000 });
  });

  it('is off by default', () => {
    expect(one(inc(base), DEFAULT_POLICY, { ...OPTS, asOf: '2025-01-01' }).r).toMatchObject({ surcharge: null, amount: 5000, overdue: true });
  });

  it('uses the register’s own due date when it has one', () => {
    expect(one(inc({ ...base, dueDate: '2024-05-31' }), strict, { ...OPTS, asOf: '2024-06-15' }).r).toMatchObject({ surcharge: null, overdue: true });
  });
});

describe('rounding to 角 or 元 and fractional multipliers', () => {
  it('rounds the base once to the policy’s unit, then multiplies whole amounts', () => {
    const yuan = withPolicy({ rounding: 'yuan', priceList: [{ name: '窗帘', keywords: [], unit: '㎡', priceFen: 3333 }] });
    const { r } = one(inc({ item: '窗帘', quantity: 1.5, natureText: '故意', persons: '甲' }), yuan);
    expect(r).toMatchObject({ base: 5000, amount: 10000 }); // 49.995 → 50 元 → ×2
    const jiao = withPolicy({ rounding: 'jiao' });
    expect(one(inc({ repairable: true, repairCostFen: 1234, persons: '甲' }), jiao).r).toMatchObject({ base: 1230 });
    expect(one(inc({ repairable: true, repairCostFen: 1235, persons: '甲' }), jiao).r).toMatchObject({ base: 1240 });
  });

  it('rounds a fractional multiplier half-up on whole fen', () => {
    const oneAndHalf = withPolicy({ multipliers: { ...DEFAULT_POLICY.multipliers, deliberate: 1.5 } });
    expect(one(inc({ natureText: '故意', repairable: true, repairCostFen: 1, persons: '甲' }), oneAndHalf).r).toMatchObject({ base: 1, amount: 2 });
  });
});

describe('bad input is a finding, and nothing else changes', () => {
  it('an unclear nature stops that incident only', () => {
    const rows = [
      inc({ natureText: '不清楚', repairable: true, repairCostFen: 100, persons: '甲', cells: { nature: 'E5' } }),
      inc({ natureText: '自然损耗或人为损坏', repairable: true, repairCostFen: 100, persons: '甲' }),
      inc({ natureText: '', repairable: true, repairCostFen: 100, persons: '甲' }),
      inc({ natureText: '人为', repairable: true, repairCostFen: 100, persons: '乙' }),
    ];
    const { results, findings } = computeIncidents(rows, DEFAULT_POLICY, OPTS);
    expect(results.map((r) => r.payers[0]?.name)).toEqual(['乙']);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['compensation.nature.unknown', 'error'],
      ['compensation.nature.conflict', 'error'],
      ['compensation.nature.empty', 'error'],
    ]);
    expect(findings[0]).toMatchObject({ sheet: '损坏登记', cell: 'E5', field: 'nature' });
    expect(findings[1]?.message['zh-CN']).toContain('自然损耗、人为损坏');
  });

  it('a quantity of zero, below zero or not a number stops the incident', () => {
    for (const quantity of [0, -2, Number.NaN]) {
      const { results, findings } = one(inc({ quantity, repairable: true, repairCostFen: 100, persons: '甲', row: 9 }));
      expect(results).toEqual([]);
      expect(findings).toMatchObject([{ code: 'compensation.quantity.invalid', severity: 'error', cell: '9:9' }]);
    }
  });

  it('a negative amount is reported and treated as empty', () => {
    const { results, findings } = one(inc({ repairable: false, repairCostFen: -500, originalUnitFen: -48000, persons: '甲' }));
    expect(results).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(['compensation.repairCost.negative', 'compensation.originalUnit.negative', 'compensation.value.missing']);
    const paid = one(inc({ repairable: true, repairCostFen: 500, paidFen: -1, persons: '甲' }));
    expect(paid.r).toMatchObject({ paid: 0, outstanding: 500 });
    expect(paid.findings.map((f) => f.code)).toEqual(['compensation.paid.negative']);
  });

  it('a date that is no date is reported and ignored', () => {
    const { r, findings } = one(inc({ repairable: true, repairCostFen: 500, persons: '甲', damageDate: '2024-02-30' }));
    expect(r?.damageDate).toBeNull();
    expect(findings.map((f) => f.code)).toEqual(['compensation.damageDate.invalid', 'compensation.damageDate.missing']);
  });

  it('overpayment is pointed out', () => {
    expect(one(inc({ repairable: true, repairCostFen: 500, paidFen: 600, persons: '甲' })).findings.map((f) => f.code)).toEqual(['compensation.paid.exceeds']);
  });
});

describe('JSON for the CLI', () => {
  it('has the issue’s shape: amounts as strings in 元, the register’s row', () => {
    const rows = [
      inc({ row: 5, item: '办公桌', repairable: false, originalUnitFen: 48000, responsibleUnit: '高二(4)班' }),
      inc({ row: 6, item: '日光灯管', natureText: '老化', repairable: false }),
      inc({ row: 7, natureText: '?' }),
    ];
    const json = compensationJson(computeIncidents(rows, DEFAULT_POLICY, OPTS), rows.length);
    expect(json.summary).toEqual({ incidents: 3, chargeable: 1, total: '480.00', outstanding: '480.00', writeOffs: 1, findings: 1 });
    expect(json.incidents[0]).toMatchObject({
      row: 5,
      item: '办公桌',
      nature: 'accidental',
      rule: 'original',
      base: '480.00',
      multiplier: 1,
      amount: '480.00',
      amountInWords: '人民币肆佰捌拾元整',
      payers: [{ name: '高二(4)班', amount: '480.00' }],
      disposition: 'compensate',
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
