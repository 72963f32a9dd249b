/**
 * Finding and reading the damage register: Taizhang's own template sheet (with its pre-numbered
 * blank lines), an adopted sheet, a remembered column choice, and the JSON shape of the outcome.
 */
import { z } from 'zod';
import {
  chooseRegisterSheet,
  computeCompensation,
  listRegisterSheets,
  outcomeJson,
  parsePolicyJson,
  writeCompensationResults,
} from '../../src/app/compensation';
import { rememberMapping } from '../../src/app/inspect';
import { adoptSheet, createRegister } from '../../src/app/templates';
import { isUserError } from '../../src/core/errors';
import { DEFAULT_POLICY } from '../../src/core/compensation';
import { newXlsx } from '../../src/workbook/file';
import { openFixture, policyDoc, registerDoc } from './compensation-fixtures';

describe('the register Taizhang created from its template', () => {
  it('is found, and its numbered blank lines are not incidents', async () => {
    const port = newXlsx('t.xlsx');
    await port.writeSheet({ name: '封面', kind: 'user', blocks: [{ type: 'title', text: '2025年资产管理台账' }] });
    const created = await createRegister(port, { template: 'compensationRegister', asOf: '2025-11-30', sample: 4, blankRows: 10 });
    expect(await chooseRegisterSheet(port)).toBe(created.name);
    const outcome = await computeCompensation(port, { asOf: '2025-11-30' });
    expect(outcome.incidents).toHaveLength(4);
    expect(outcome.findings.filter((f) => f.code === 'compensation.nature.empty')).toEqual([]);
    // Every example incident ends computed or with an error at its row, never silently dropped.
    for (const { row } of outcome.incidents) {
      const computed = outcome.results.some((r) => r.row === row);
      const refused = outcome.findings.some((f) => f.severity === 'error' && new RegExp(`^[A-Z]+${row}$`).test(f.cell));
      expect({ row, ended: computed !== refused }).toEqual({ row, ended: true });
    }
  });

  it('lists the candidate sheets for a picker, adopted or recognized', async () => {
    const port = await openFixture(policyDoc.workbook);
    const list = await listRegisterSheets(port);
    expect(list).toEqual([
      { sheet: '赔偿办法', adopted: false, recognized: false, hidden: false },
      { sheet: '损坏登记', adopted: false, recognized: true, hidden: false },
    ]);
  });
});

describe('an adopted register', () => {
  it('is chosen before any other sheet that merely looks like one', async () => {
    const port = await openFixture(registerDoc.workbook);
    // A second register-like sheet, written first in the workbook order after the fixture's.
    await port.writeSheet({
      name: '上学期登记',
      kind: 'user',
      blocks: [
        {
          type: 'table',
          columns: [{ header: '损坏日期' }, { header: '物品名称' }, { header: '损坏性质' }, { header: '数量' }, { header: '原价' }, { header: '责任单位' }],
          rows: [[{ date: '2025-06-10' }, '水杯', '丢失', 1, 12, '初二(1)班']],
        },
      ],
    });
    expect(await chooseRegisterSheet(port)).toBe(registerDoc.sheet);
    await adoptSheet(port, '上学期登记', 'compensationRegister');
    expect(await chooseRegisterSheet(port)).toBe('上学期登记');
    const outcome = await computeCompensation(port, { asOf: '2025-11-30' });
    expect(outcome.sheet).toBe('上学期登记');
    expect(outcome.results.map((r) => [r.item, r.rule, r.amount])).toEqual([['水杯', 'original', 1200]]);
  });
});

describe('column choices', () => {
  it('a remembered choice applies: without a persons column, the class pays', async () => {
    const port = await openFixture(policyDoc.workbook);
    await rememberMapping(port, policyDoc.sheet, { persons: null });
    const outcome = await computeCompensation(port, { asOf: policyDoc.asOf });
    expect(outcome.mapping.persons).toBeUndefined();
    expect(outcome.results.find((r) => r.row === 3)?.payers).toEqual([{ name: '七(1)班', kind: 'unit', amount: 15000, paid: 0 }]);
  });

  it('this run’s override beats the remembered one', async () => {
    const port = await openFixture(policyDoc.workbook);
    await rememberMapping(port, policyDoc.sheet, { persons: null });
    const outcome = await computeCompensation(port, { asOf: policyDoc.asOf, overrides: { persons: 'I' } });
    expect(outcome.results.find((r) => r.row === 3)?.payers.map((p) => p.name)).toEqual(['刘一']);
  });
});

/** The `--json` shape of the issue (more keys allowed). */
export const compensationJsonSchema = z.object({
  summary: z.object({ incidents: z.number().int(), chargeable: z.number().int(), total: z.string().regex(/^\d+\.\d{2}$/), writeOffs: z.number().int() }),
  incidents: z.array(
    z.object({
      row: z.number().int(),
      item: z.string(),
      nature: z.enum(['accidental', 'deliberate', 'lost', 'natural']),
      rule: z.enum(['priceList', 'repair', 'original', 'net', 'none']),
      base: z.string().regex(/^\d+\.\d{2}$/),
      multiplier: z.number(),
      amount: z.string().regex(/^\d+\.\d{2}$/),
      amountInWords: z.string().startsWith('人民币'),
      payers: z.array(z.object({ name: z.string(), amount: z.string().regex(/^\d+\.\d{2}$/) })),
      disposition: z.enum(['compensate', 'schoolRepair', 'writeOff']),
    }),
  ),
});

describe('the outcome as JSON', () => {
  it('has the shape the issue shows, with the findings in the requested language', async () => {
    const outcome = await computeCompensation(await openFixture(registerDoc.workbook), { asOf: registerDoc.asOf });
    const zh = outcomeJson(outcome, 'zh-CN');
    expect(() => compensationJsonSchema.parse(JSON.parse(JSON.stringify(zh)))).not.toThrow();
    const en = outcomeJson(outcome, 'en-US');
    expect(en.findings.find((f) => f.cell === 'K11')?.message).toMatch(/Cannot tell the nature/);
  });
});

describe('policy files (--policy)', () => {
  it('merge over the default policy, key by key', () => {
    const p = parsePolicyJson(JSON.stringify({ multipliers: { deliberate: 3 }, basis: 'net', overdue: { enabled: true } }), 'p.json');
    expect(p.multipliers).toEqual({ ...DEFAULT_POLICY.multipliers, deliberate: 3 });
    expect(p.basis).toBe('net');
    expect(p.overdue).toEqual({ ...DEFAULT_POLICY.overdue, enabled: true });
    expect(p.priceList).toEqual(DEFAULT_POLICY.priceList);
  });

  it.each([
    ['not JSON', '{multipliers:', 'compensation.policyFile.notJson', /JSON/],
    ['a bad multiplier', JSON.stringify({ multipliers: { deliberate: -1 } }), 'compensation.policyFile.invalid', /multipliers\.deliberate/],
    ['a misspelt key', JSON.stringify({ mutlipliers: { deliberate: 2 } }), 'compensation.policyFile.invalid', /mutlipliers/],
    ['a bad basis', JSON.stringify({ basis: 'market' }), 'compensation.policyFile.invalid', /basis/],
  ])('refuse %s with a message naming the problem', (_what, text, code, message) => {
    let err: unknown;
    try {
      parsePolicyJson(text, 'p.json');
    } catch (e) {
      err = e;
    }
    expect(isUserError(err) && err.code).toBe(code);
    expect(isUserError(err) && err.localized['zh-CN']).toMatch(message);
    expect(isUserError(err) && err.localized['zh-CN']).toContain('p.json');
  });
});

describe('writing results', () => {
  it('refuses a month that is not YYYY-MM', async () => {
    const port = await openFixture(policyDoc.workbook);
    const outcome = await computeCompensation(port, { asOf: policyDoc.asOf });
    const err = await writeCompensationResults(port, outcome, { month: '2025-13' }).catch((e: unknown) => e);
    expect(isUserError(err) && err.code).toBe('compensation.month.invalid');
  });

  it('writes no notices or write-off sheet when there is nothing for them', async () => {
    const port = newXlsx('n.xlsx');
    await port.writeSheet({
      name: '登记',
      kind: 'user',
      blocks: [{ type: 'table', columns: [{ header: '损坏日期' }, { header: '物品名称' }, { header: '损坏性质' }, { header: '能否修复' }], rows: [[{ date: '2025-11-02' }, '饮水机', '自然老化', '是']] }],
    });
    const outcome = await computeCompensation(port, { asOf: '2025-11-30' });
    const written = await writeCompensationResults(port, outcome);
    expect(written.notices).toBeNull();
    expect(written.noticeCount).toBe(0);
    expect(written.writeOffs).toBeNull();
    expect(written.settlement.name).toBe('赔偿兑现2025-11');
  });
});
