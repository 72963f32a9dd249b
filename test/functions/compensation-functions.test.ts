/**
 * The compensation custom functions as plain functions: amounts to 人民币大写, serials and text to
 * dates, natures as registers word them, and the policy injected as the workbook would give it.
 */
import fc from 'fast-check';
import { DEFAULT_POLICY, type Policy } from '../../src/core/compensation';
import { toExcelSerial } from '../../src/core/dates';
import {
  compensationOf,
  FunctionFailure,
  netValueOf,
  readDate,
  rmb,
  type FunctionContext,
} from '../../src/functions/compensation-functions';
import { asExcelFunction, excelError, type CustomFunctionsErrors } from '../../src/functions/excel-errors';
import { createPolicyCache } from '../../src/functions/policy-cache';
import { FUNCTION_DEFINITIONS } from '../../src/functions/definitions';
import { buildFunctionsMetadata } from '../../src/functions/metadata';
import { createWorkbookPolicy } from '../../src/functions/workbook-policy';
import { createPolicySheet } from '../../src/app/compensation';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel } from '../fakes/office';

const TODAY = '2025-11-10';

function context(policy: Policy = DEFAULT_POLICY): FunctionContext & { reads: number } {
  const ctx = {
    reads: 0,
    today: () => TODAY,
    policy: async () => {
      ctx.reads++;
      return policy;
    },
  };
  return ctx;
}

function failureOf(f: () => unknown): FunctionFailure {
  try {
    f();
  } catch (e) {
    if (e instanceof FunctionFailure) return e;
    throw e;
  }
  throw new Error('no failure');
}

async function asyncFailureOf(p: Promise<unknown>): Promise<FunctionFailure> {
  const e = await p.then(
    () => new Error('no failure'),
    (x: unknown) => x,
  );
  if (e instanceof FunctionFailure) return e;
  throw e;
}

describe('=TAIZHANG.RMB', () => {
  it.each([
    [7560.31, '人民币柒仟伍佰陆拾元零叁角壹分'],
    [532, '人民币伍佰叁拾贰元整'],
    [425.03, '人民币肆佰贰拾伍元零叁分'],
    [325.2, '人民币叁佰贰拾伍元贰角'],
    [1004.56, '人民币壹仟零肆元伍角陆分'],
    [10.05, '人民币壹拾元零伍分'],
    [480, '人民币肆佰捌拾元整'],
  ])('%p → %s (DOMAIN.md)', (amount, words) => {
    expect(rmb(amount)).toBe(words);
  });

  it('reads amounts typed as text, as registers hold them', () => {
    expect(rmb('1,280.00')).toBe('人民币壹仟贰佰捌拾元整');
    expect(rmb('¥480')).toBe('人民币肆佰捌拾元整');
    expect(rmb(' 0.5 ')).toBe('人民币伍角');
  });

  it('rounds half-up to the fen, once', () => {
    expect(rmb(0.005)).toBe('人民币壹分');
    expect(rmb(2.675)).toBe('人民币贰元陆角捌分');
  });

  it('leaves 人民币 off when the form prints it (with_prefix FALSE or 0)', () => {
    expect(rmb(480, false)).toBe('肆佰捌拾元整');
    expect(rmb(480, 0)).toBe('肆佰捌拾元整');
    expect(rmb(480, true)).toBe('人民币肆佰捌拾元整');
    expect(rmb(480, null)).toBe('人民币肆佰捌拾元整');
  });

  it('gives empty text for an empty amount, so an unfilled form stays clean', () => {
    expect(rmb(null)).toBe('');
    expect(rmb(undefined)).toBe('');
    expect(rmb('')).toBe('');
  });

  it('writes a negative amount with 负', () => {
    expect(rmb(-12.5)).toBe('人民币负壹拾贰元伍角');
  });

  it('refuses what is not an amount, in both languages', () => {
    const f = failureOf(() => rmb('一百元'));
    expect(f.code).toBe('invalidValue');
    expect(f.localized['zh-CN']).toBe('金额“一百元”不是金额');
    expect(f.localized['en-US']).toBe('The amount "一百元" is not an amount');
    expect(failureOf(() => rmb(true)).code).toBe('invalidValue');
    expect(failureOf(() => rmb(1e20)).localized['zh-CN']).toContain('太大');
    expect(failureOf(() => rmb(1, 'yes')).code).toBe('invalidValue');
  });

  it('a number and its text give the same words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (fen) => {
        const text = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
        expect(rmb(text)).toBe(rmb(Number(text)));
      }),
    );
  });
});

describe('dates as Excel passes them', () => {
  it('reads 1900-system serials (a date-time counts for its day) and dates typed as text', () => {
    expect(readDate(43709, 'argAcquired')).toBe('2019-09-01');
    expect(readDate(43709.75, 'argAcquired')).toBe('2019-09-01');
    expect(readDate(toExcelSerial('2024-02-29'), 'argAcquired')).toBe('2024-02-29');
    expect(readDate('2019年9月1日', 'argAcquired')).toBe('2019-09-01');
    expect(readDate('2019.09.01', 'argAcquired')).toBe('2019-09-01');
    expect(readDate('', 'argAcquired')).toBeNull();
  });

  it('refuses numbers that are amounts rather than dates, and text that is no date', () => {
    expect(failureOf(() => readDate(3680, 'argAcquired')).localized['zh-CN']).toContain('购置日期“3680”不是日期');
    expect(failureOf(() => readDate('去年', 'argAcquired')).code).toBe('invalidValue');
  });
});

describe('=TAIZHANG.NETVALUE', () => {
  it('works like DOMAIN.md: 3680.00 bought 2020-09-15, 6 years, on 2025-11-10 → 63 of 72 months → 460.00', async () => {
    const ctx = context();
    // 368000 × 63 / 72 = 322000 depreciated.
    expect(await netValueOf(ctx, 3680, toExcelSerial('2020-09-15'), 6, toExcelSerial('2025-11-10'))).toBe(460);
    expect(await netValueOf(ctx, '3,680.00', '2020年9月15日', '6年', '2025-11-10')).toBe(460);
    expect(ctx.reads).toBe(0);
  });

  it('takes the life from the policy’s category table when given a category', async () => {
    const ctx = context();
    expect(await netValueOf(ctx, 3680, '2020-09-15', '办公设备', '2025-11-10')).toBe(460);
    expect(ctx.reads).toBe(1);
    const own = context({ ...DEFAULT_POLICY, categories: [{ name: '办公设备', aliases: [], life: 8, codes: [] }] });
    // 8 years: 368000 × 63 / 96 = 241500 depreciated → 1265.00.
    expect(await netValueOf(own, 3680, '2020-09-15', '办公设备', '2025-11-10')).toBe(1265);
  });

  it('counts the month of acquisition, leap day included, and never goes below zero', async () => {
    const ctx = context();
    // 1200.00 bought on 2024-02-29, 5 years: February is the first month → 120000 / 60 = 2000 → 1180.00.
    expect(await netValueOf(ctx, 1200, toExcelSerial('2024-02-29'), 5, '2024-02-29')).toBe(1180);
    // Fully depreciated after 72 months.
    expect(await netValueOf(ctx, 4680, '2015-09-01', 6, '2025-11-10')).toBe(0);
    // Before acquisition, nothing is depreciated.
    expect(await netValueOf(ctx, 4680, '2025-12-01', 6, '2025-11-10')).toBe(4680);
  });

  it('is as of today by default', async () => {
    expect(await netValueOf(context(), 3680, '2020-09-15', 6)).toBe(460);
  });

  it('does not depreciate books (图书), and refuses a class too broad or unknown', async () => {
    expect(await netValueOf(context(), 800, '2010-01-01', '图书')).toBe(800);
    expect((await asyncFailureOf(netValueOf(context(), 800, '2010-01-01', '设备'))).localized['zh-CN']).toContain('太宽泛');
    expect((await asyncFailureOf(netValueOf(context(), 800, '2010-01-01', '魔法道具'))).localized['zh-CN']).toContain('魔法道具');
    expect((await asyncFailureOf(netValueOf(context(), 800, '2010-01-01', 150))).code).toBe('invalidValue');
  });

  it('says which argument is missing or wrong', async () => {
    expect((await asyncFailureOf(netValueOf(context(), null, '2010-01-01', 6))).localized['zh-CN']).toBe('缺少原值');
    expect((await asyncFailureOf(netValueOf(context(), 800, null, 6))).localized['en-US']).toBe('The acquisition date is missing');
    expect((await asyncFailureOf(netValueOf(context(), -800, '2010-01-01', 6))).localized['zh-CN']).toContain('不能为负数');
  });
});

describe('=TAIZHANG.COMPENSATION', () => {
  it('charges by the workbook’s policy: original × multiplier, repair cost, quantity, natural wear', async () => {
    const ctx = context();
    expect(await compensationOf(ctx, 3680, '故意损坏')).toBe(7360);
    expect(await compensationOf(ctx, 260, '人为损坏', 35.5)).toBe(35.5);
    expect(await compensationOf(ctx, 128, '丢失', null, null, null, null, 2)).toBe(256);
    expect(await compensationOf(ctx, 899, '自然老化')).toBe(0);
    expect(await compensationOf(ctx, '4,280.00', '不慎摔坏')).toBe(4280);
  });

  it('follows a school’s own multipliers and basis', async () => {
    const strict = context({ ...DEFAULT_POLICY, multipliers: { ...DEFAULT_POLICY.multipliers, deliberate: 3 } });
    expect(await compensationOf(strict, 3680, '故意损坏')).toBe(11040);
    const net = context({ ...DEFAULT_POLICY, basis: 'net' });
    // 460.00 net (see NETVALUE) × 2.
    expect(await compensationOf(net, 3680, '故意损坏', null, toExcelSerial('2020-09-15'), '办公设备', '2025-11-10')).toBe(920);
    expect(await compensationOf(net, 3680, '故意损坏', null, '2020-09-15', 6, '2025-11-10')).toBe(920);
    // Without an acquisition date the net basis falls back to the original value, as in a register.
    expect(await compensationOf(net, 3680, '故意损坏')).toBe(7360);
  });

  it('rounds the base once, then multiplies whole fen', async () => {
    const ctx = context({ ...DEFAULT_POLICY, multipliers: { ...DEFAULT_POLICY.multipliers, deliberate: 1.5 } });
    // 0.35 × 3 = 1.05 → 105 fen × 1.5 = 157.5 → 158 fen.
    expect(await compensationOf(ctx, 0.35, '故意', null, null, null, null, 3)).toBe(1.58);
  });

  it('refuses an unclear nature with the register’s message, not a guess', async () => {
    const f = await asyncFailureOf(compensationOf(context(), 1200, '待查'));
    expect(f.code).toBe('invalidValue');
    expect(f.localized['zh-CN']).toContain('无法从「待查」判断损坏性质');
    expect((await asyncFailureOf(compensationOf(context(), 1200, 3))).localized['zh-CN']).toContain('损坏性质应为文字');
  });

  it('asks for the original value when nothing else values the item', async () => {
    expect((await asyncFailureOf(compensationOf(context(), null, '人为损坏'))).localized['zh-CN']).toBe('缺少原值');
  });

  it('returns #N/A with a reason when the policy cannot be read', async () => {
    const broken: FunctionContext = { today: () => TODAY, policy: () => Promise.reject(new Error('Excel is busy')) };
    const f = await asyncFailureOf(compensationOf(broken, 3680, '故意损坏'));
    expect(f.code).toBe('notAvailable');
    expect(f.localized['zh-CN']).toContain('Excel is busy');
  });
});

describe('errors as Excel shows them', () => {
  class FakeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const runtime: CustomFunctionsErrors = { Error: FakeError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };

  it('is #VALUE! or #N/A with the message in Excel’s language', () => {
    const f = failureOf(() => rmb('abc'));
    expect(excelError(f, runtime, 'zh-CN')).toEqual(new FakeError('#VALUE!', '金额“abc”不是金额'));
    expect(excelError(f, runtime, 'en-US')).toEqual(new FakeError('#VALUE!', 'The amount "abc" is not an amount'));
    expect(excelError(new FunctionFailure('notAvailable', { 'zh-CN': '无', 'en-US': 'none' }), runtime, 'en-US')).toEqual(new FakeError('#N/A', 'none'));
  });

  it('outside Excel the failure itself is thrown, sync or async; other errors pass through', async () => {
    const sync = asExcelFunction((a: number) => rmb(a === 0 ? 'bad' : a));
    expect(() => sync(0)).toThrow(FunctionFailure);
    expect(sync(1)).toBe('人民币壹元整');
    const later = asExcelFunction(() => compensationOf(context(), 100, '待查'));
    await expect(later()).rejects.toBeInstanceOf(FunctionFailure);
    const bug = asExcelFunction(() => {
      throw new TypeError('bug');
    });
    expect(() => bug()).toThrow(TypeError);
  });
});

describe('the policy cache', () => {
  const policy = DEFAULT_POLICY;

  it('shares one read among the calls of a recalculation, and reads again after its time', async () => {
    let t = 0;
    let loads = 0;
    const cache = createPolicyCache(async () => {
      loads++;
      return policy;
    }, { ttlMs: 10_000, now: () => t });
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(loads).toBe(1);
    t = 9_999;
    await cache.get();
    expect(loads).toBe(1);
    t = 10_000;
    await cache.get();
    expect(loads).toBe(2);
    cache.invalidate();
    await cache.get();
    expect(loads).toBe(3);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const cache = createPolicyCache(async () => {
      if (fail) throw new Error('busy');
      return policy;
    }, { now: () => 0 });
    await expect(cache.get()).rejects.toThrow('busy');
    fail = false;
    await expect(cache.get()).resolves.toBe(policy);
  });
});

describe('the declarations', () => {
  it('are =TAIZHANG.RMB, NETVALUE and COMPENSATION with the issue’s parameters', () => {
    const en = buildFunctionsMetadata(FUNCTION_DEFINITIONS, 'en-US').functions.map((f) => [f.name, f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')]);
    expect(en).toEqual([
      ['RMB', 'amount, [with_prefix]'],
      ['NETVALUE', 'original, acquired, life_or_category, [at]'],
      ['COMPENSATION', 'original, nature, [repair_cost], [acquired], [category], [damage_date], [quantity]'],
    ]);
    const zh = buildFunctionsMetadata(FUNCTION_DEFINITIONS, 'zh-CN').functions;
    expect(zh.map((f) => f.name)).toEqual(['RMB', 'NETVALUE', 'COMPENSATION']);
    expect(zh[2]?.parameters.map((p) => p.name)).toEqual(['原值', '损坏性质', '维修费用', '购置日期', '资产类别', '损坏日期', '数量']);
  });
});

describe('the workbook’s policy in Excel', () => {
  it('is read from the policy sheet through the Office adapter, once per time to live', async () => {
    const excel = new FakeExcel();
    const own: Policy = { ...DEFAULT_POLICY, schoolName: '青山县第一中学', multipliers: { ...DEFAULT_POLICY.multipliers, deliberate: 3 } };
    await createPolicySheet(new OfficeWorkbook(excel), { policy: own });
    let t = 0;
    const cache = createWorkbookPolicy(excel, { now: () => t });
    const ctx: FunctionContext = { today: () => TODAY, policy: () => cache.get() };
    expect(await compensationOf(ctx, 3680, '故意损坏')).toBe(11040);
    const runs = excel.stats.runs;
    expect(await compensationOf(ctx, 100, '故意损坏')).toBe(300);
    expect(excel.stats.runs).toBe(runs);
    t = 60_000;
    expect(await compensationOf(ctx, 100, '人为损坏')).toBe(100);
    expect(excel.stats.runs).toBeGreaterThan(runs);
  });

  it('is the default policy in a workbook without a policy sheet', async () => {
    const cache = createWorkbookPolicy(new FakeExcel());
    expect(await cache.get()).toEqual(DEFAULT_POLICY);
  });
});
