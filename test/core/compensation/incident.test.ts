import { incidentFromCells, type CellRef, type IncidentField } from '../../../src/core/compensation/incident';
import { computeIncidents } from '../../../src/core/compensation/engine';
import { DEFAULT_POLICY } from '../../../src/core/compensation/policy';
import type { Cell } from '../../../src/core/sheet/grid';

const COLUMNS: Partial<Record<IncidentField, string>> = {
  item: 'B', quantity: 'C', unit: 'D', nature: 'E', repairable: 'F', repairCost: 'G', originalUnit: 'H', acquiredOn: 'I',
  category: 'J', lifeYears: 'K', damageDate: 'L', persons: 'M', responsibleUnit: 'N', paid: 'O', paidOn: 'P', dueDate: 'Q',
};

function row(r: number, values: Partial<Record<IncidentField, Cell>>): Partial<Record<IncidentField, CellRef>> {
  const out: Partial<Record<IncidentField, CellRef>> = {};
  for (const [f, v] of Object.entries(values) as Array<[IncidentField, Cell]>) out[f] = { value: v, address: `${COLUMNS[f] ?? 'A'}${r}` };
  return out;
}

describe('incidentFromCells', () => {
  it('reads cells as offices write them', () => {
    const { incident, findings } = incidentFromCells(
      7,
      row(7, {
        item: ' 窗玻璃 ',
        quantity: '2块',
        nature: '故意损坏',
        repairable: '否',
        repairCost: null,
        originalUnit: '1,280.00',
        acquiredOn: '2019年9月1日',
        category: '通用设备',
        lifeYears: '6年',
        damageDate: { date: '2024-03-15' },
        persons: '张三、李四',
        responsibleUnit: '高一(3)班',
        paid: 20,
        paidOn: 45383, // 2024-04-01 as an Excel serial
        dueDate: '2024.04.30',
      }),
      { sheet: '损坏登记' },
    );
    expect(findings).toEqual([]);
    expect(incident).toMatchObject({
      row: 7,
      item: '窗玻璃',
      quantity: 2,
      unit: '块',
      natureText: '故意损坏',
      repairable: false,
      repairCostFen: null,
      originalUnitFen: 128000,
      acquiredOn: '2019-09-01',
      category: '通用设备',
      lifeYears: 6,
      damageDate: '2024-03-15',
      persons: '张三、李四',
      responsibleUnit: '高一(3)班',
      paidFen: 2000,
      paidOn: '2024-04-01',
      dueDate: '2024-04-30',
    });
    expect(incident.cells?.nature).toBe('E7');
  });

  it.each([
    ['是', true], ['能', true], ['可修复', true], ['√', true], [true, true],
    ['否', false], ['不能', false], ['无法修复', false], ['×', false], [false, false],
  ])('reads repairable %p as %p', (value, expected) => {
    expect(incidentFromCells(3, row(3, { repairable: value }), { sheet: 'S' }).incident.repairable).toBe(expected);
  });

  it('turns unreadable cells into findings that point at them, and keeps going', () => {
    const { incident, findings } = incidentFromCells(
      9,
      row(9, {
        item: '办公桌',
        nature: '人为',
        repairable: '也许',
        repairCost: '一百元',
        originalUnit: { error: '#N/A' },
        acquiredOn: '去年',
        lifeYears: '很久',
        paid: true,
      }),
      { sheet: '损坏登记' },
    );
    expect(findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ['F9', 'compensation.repairable.invalid', 'warning'],
      ['G9', 'compensation.repairCost.invalid', 'warning'],
      ['H9', 'cell.error', 'warning'],
      ['I9', 'compensation.acquiredOn.invalid', 'warning'],
      ['K9', 'compensation.lifeYears.invalid', 'warning'],
      ['O9', 'compensation.paid.invalid', 'warning'],
    ]);
    expect(findings[1]?.message['zh-CN']).toBe('维修费用「一百元」不是金额，已按未填写处理');
    expect(findings[1]?.message['en-US']).toBe('Repair cost “一百元” is not an amount and was treated as empty.');
    expect(incident).toMatchObject({ repairable: null, repairCostFen: null, originalUnitFen: null, acquiredOn: null, lifeYears: null, paidFen: null });
  });

  it('stops an incident whose quantity cannot be read, reporting it once', () => {
    const { incident, findings } = incidentFromCells(4, row(4, { item: '凳腿', quantity: '两根', nature: '人为', persons: '甲' }), { sheet: 'S' });
    expect(findings.map((f) => [f.cell, f.code, f.severity])).toEqual([['C4', 'compensation.quantity.invalid', 'error']]);
    const out = computeIncidents([incident], DEFAULT_POLICY, { sheet: 'S' });
    expect(out).toEqual({ results: [], findings: [] });
  });

  it('keeps a negative amount for the engine to report at its cell', () => {
    const { incident } = incidentFromCells(4, row(4, { item: '办公桌', nature: '人为', originalUnit: -480, repairable: '否', persons: '甲' }), { sheet: 'S' });
    expect(incident.originalUnitFen).toBe(-48000);
    const { findings } = computeIncidents([incident], DEFAULT_POLICY, { sheet: 'S' });
    expect(findings.map((f) => [f.cell, f.code])).toEqual([
      ['H4', 'compensation.originalUnit.negative'],
      ['H4', 'compensation.value.missing'],
    ]);
  });

  it('reads 1904-system serials', () => {
    const { incident } = incidentFromCells(2, row(2, { damageDate: 43921 }), { sheet: 'S', date1904: true });
    expect(incident.damageDate).toBe('2024-04-01');
  });
});
