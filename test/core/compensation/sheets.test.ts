import { computeIncidents } from '../../../src/core/compensation/engine';
import type { Incident } from '../../../src/core/compensation/incident';
import { DEFAULT_POLICY, type Policy } from '../../../src/core/compensation/policy';
import { settleMonthly } from '../../../src/core/compensation/settlement';
import { noticesFor, renderNoticesSheet, renderResultsSheet, renderSettlementSheet } from '../../../src/core/compensation/sheets';
import { sheetSpecSchema, type SheetSpec } from '../../../src/core/sheet/spec';
import { findCell, specToGrid as layoutSpec } from '../../helpers/spec-grid';

const policy: Policy = { ...DEFAULT_POLICY, schoolName: '城关第一小学' };
const register: Incident[] = [
  { row: 3, item: '窗玻璃', quantity: 2, natureText: '故意', persons: '张三', responsibleUnit: '五(1)班', damageDate: '2024-03-04' },
  { row: 4, item: '日光灯管', natureText: '人为', persons: '李四、张三', responsibleUnit: '五(1)班', damageDate: '2024-03-12' },
  { row: 5, item: '课桌面板', natureText: '不慎', responsibleUnit: '五(2)班', damageDate: '2024-03-20' },
  { row: 6, item: '讲台', natureText: '老化', repairable: false, originalUnitFen: 80000, responsibleUnit: '五(2)班', damageDate: '2024-03-21' },
  { row: 7, item: '黑板擦', natureText: '丢失', persons: '王五', responsibleUnit: '五(3)班', damageDate: '2024-03-22', paidFen: 500 },
  { row: 8, item: '?', natureText: '说不清', persons: '赵六' },
];
const { results, findings } = computeIncidents(register, policy, { sheet: '损坏登记', asOf: '2024-03-31' });

const texts = (spec: SheetSpec): string[] => layoutSpec(spec).rows.flat().filter((c): c is string => typeof c === 'string');

describe('renderResultsSheet', () => {
  const spec = sheetSpecSchema.parse(renderResultsSheet(results, findings, policy, { locale: 'zh-CN', sheet: '损坏登记', asOf: '2024-03-31' }));

  it('lists every computed incident with its rule, amount in figures and words, and the findings to check', () => {
    const table = spec.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.length).toBe(5);
    const grid = layoutSpec(spec);
    expect(findCell(grid, '人民币壹佰贰拾元整')).not.toBeNull(); // 窗玻璃 2 × 30.00 × 2
    expect(findCell(grid, '赔偿标准')).not.toBeNull();
    expect(findCell(grid, '报损注销')).not.toBeNull();
    expect(texts(spec).some((t) => t.includes('说不清'))).toBe(true);
    expect(findings.map((f) => f.code)).toEqual(['compensation.nature.unknown']);
    expect(findCell(grid, '需要核对的问题（1条）')).not.toBeNull();
    expect(spec.print).toMatchObject({ orientation: 'landscape' });
  });

  it('links each line back to its register row', () => {
    const table = spec.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows[0]?.[0]).toEqual({ text: '3', link: '损坏登记!A3' });
  });

  it('speaks English too', () => {
    const en = renderResultsSheet(results, findings, policy, { locale: 'en-US', sheet: '损坏登记', asOf: '2024-03-31' });
    expect(en.name).toBe('Compensation');
    expect(texts(en)).toContain('Price list');
  });
});

describe('notices', () => {
  const notices = noticesFor(results);

  it('makes one notice per payer for what they still owe', () => {
    expect(notices.map((n) => [n.payer, n.kind, n.unit, n.lines.length, n.toPay])).toEqual([
      ['张三', 'person', '五(1)班', 2, 12000 + 750],
      ['李四', 'person', '五(1)班', 1, 750],
      ['五(2)班', 'unit', '五(2)班', 1, 6000],
    ]);
  });

  it('lays the notices out for A5 printing, a page each, with 大写 and the three signatures', () => {
    const spec = sheetSpecSchema.parse(renderNoticesSheet(notices, policy, { locale: 'zh-CN', noticeDate: '2024-04-01' }));
    expect(spec.print).toMatchObject({ paper: 'A5', orientation: 'landscape' });
    expect(spec.blocks.filter((b) => b.type === 'pageBreak')).toHaveLength(notices.length - 1);
    expect(spec.blocks.filter((b) => b.type === 'title').map((b) => b.type === 'title' && b.text)).toEqual(Array(3).fill('城关第一小学损坏公物赔偿通知单'));
    const t = texts(spec);
    expect(t).toContain('人民币壹佰贰拾柒元伍角'); // 张三: 120.00 + 7.50
    expect(t).toContain('人民币柒元伍角');
    expect(t).toContain('人民币陆拾元整');
    expect(t.filter((x) => x === '经办人：')).toHaveLength(3);
    expect(t.filter((x) => x === '班主任：')).toHaveLength(3);
    expect(t.filter((x) => x === '家长：')).toHaveLength(3);
    expect(t).toContain('请于2024-04-08前到总务处交纳赔偿款，交款时请带本通知单，由总务处开具收据。');
    expect(t.some((x) => x.startsWith('按赔偿标准「玻璃（块）」30.00元×2块=60.00元'))).toBe(true);
  });

  it('prints on A4 when asked, and mentions the surcharge when the policy has one', () => {
    const strict = { ...policy, overdue: { enabled: true, days: 30, multiplier: 2 } };
    const spec = renderNoticesSheet(notices, strict, { locale: 'zh-CN', noticeDate: '2024-04-01', paper: 'A4', deadline: '2024-04-15' });
    expect(spec.print).toMatchObject({ paper: 'A4', orientation: 'portrait' });
    expect(texts(spec)).toContain('逾期30天仍未交纳的，按应赔金额的2倍收取。');
  });
});

describe('renderSettlementSheet', () => {
  it('shows the month by unit and by person with the totals', () => {
    const s = settleMonthly(results, '2024-03');
    const spec = sheetSpecSchema.parse(renderSettlementSheet(s, policy, 'zh-CN'));
    expect(spec.name).toBe('赔偿兑现2024-03');
    const grid = layoutSpec(spec);
    expect(findCell(grid, '城关第一小学2024年3月损坏赔偿兑现表')).not.toBeNull();
    for (const unit of ['五(1)班', '五(2)班', '五(3)班']) expect(findCell(grid, unit)).not.toBeNull();
    const totalRow = findCell(grid, '合计');
    // Total due this month: 120.00 + 15.00 + 60.00 + 5.00 = 200.00
    expect(totalRow && grid.rows[totalRow.row - 1]?.[2]).toBe(200);
  });
});
