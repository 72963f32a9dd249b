/** The one layout both adapters write: where blocks land, and that text is never cut off. */
import fc from 'fast-check';
import {
  displayWidth,
  linesHeight,
  planSheet,
  signatureSlots,
  signatureText,
  uniqueHeaders,
  validTableName,
  wrappedLines,
  type SheetPlan,
  type StyledRange,
} from '../../../src/core/sheet/layout';
import { blockRowCount, sheetSpecSchema, type SheetSpec } from '../../../src/core/sheet/spec';

function spec(s: Omit<SheetSpec, 'name' | 'kind'>): SheetSpec {
  return sheetSpecSchema.parse({ name: '表', kind: 'test', ...s });
}

/** What the styles say about one cell, later ranges over earlier ones, as both adapters apply them. */
function lookAt(plan: SheetPlan, row: number, col: number): Partial<StyledRange> {
  const look: { -readonly [K in keyof StyledRange]?: StyledRange[K] } = {};
  for (const s of plan.styles) {
    const r = s.range;
    if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
    look.style = s.style;
    if (s.wrap !== undefined) look.wrap = s.wrap;
    if (s.align !== undefined) look.align = s.align;
  }
  return look;
}

const LONG = '课间两名学生在教室后门打闹，撞碎门上玻璃两块，无人受伤，已与家长沟通并确认照价赔偿。';

describe('text measures', () => {
  it('counts a CJK character as two and takes the widest line', () => {
    expect(displayWidth('制表人：')).toBe(8);
    expect(displayWidth('ZX-0001')).toBe(7);
    expect(displayWidth('单价\nunit price')).toBe(10);
  });

  it('estimates wrapped lines from the width, each line break starting a line', () => {
    expect(wrappedLines('课桌', 10)).toBe(1);
    expect(wrappedLines('课'.repeat(10), 10)).toBe(3);
    expect(wrappedLines('课'.repeat(10), 22)).toBe(1);
    expect(wrappedLines('一\n二\n三', 10)).toBe(3);
    expect(wrappedLines('课'.repeat(10), 10, 22)).toBeGreaterThan(wrappedLines('课'.repeat(10), 10));
    expect(linesHeight(3)).toBeGreaterThan(linesHeight(2));
    expect(linesHeight(1_000)).toBe(409);
  });

  it('gives Excel tables distinct header names and names that are not cell references', () => {
    expect(uniqueHeaders(['名称', '名称', '', 'a', 'A'])).toEqual(['名称', '名称2', '列3', 'a', 'A2']);
    expect(['T1', 'AB12', 'R1C1', 'R', 'c', 'RC', '资产', 'Table'].map(validTableName)).toEqual(['_T1', '_AB12', '_R1C1', '_R', '_c', '_RC', '资产', 'Table']);
    expect(signatureText('制表人')).toBe('制表人：');
    expect(signatureText('班主任：')).toBe('班主任：');
  });
});

describe('planSheet', () => {
  it('stacks the blocks from row 1 with as many rows as blockRowCount says', () => {
    const s = spec({
      blocks: [
        { type: 'title', text: '标题' },
        { type: 'lines', lines: ['一', '二'] },
        { type: 'fields', pairs: [['a', 1], ['b', 2], ['c', 3]] },
        { type: 'table', columns: [{ header: 'x' }], rows: [], tableName: 'T' },
        { type: 'table', columns: [{ header: 'x' }], rows: [[1]], blankRows: 2, groups: [{ label: 'g', from: 0, to: 0 }], total: { label: '合计', labelColumn: 0, sumColumns: [] } },
        { type: 'spacer', rows: 3 },
        { type: 'pageBreak' },
        { type: 'signatures', labels: ['制表人'] },
      ],
    });
    const plan = planSheet(s);
    expect(plan.rows.length).toBe(s.blocks.reduce((n, b) => n + blockRowCount(b), 0));
    expect(plan.pageBreaks).toEqual([plan.rows.length]);
    expect(plan.rows.every((r) => r.length === plan.width)).toBe(true);
  });

  it('writes the total as a SUM with the sum of numbers and numeric formula results as its cached value', () => {
    const plan = planSheet(
      spec({
        blocks: [
          {
            type: 'table',
            columns: [{ header: '名称' }, { header: '金额' }],
            rows: [['a', 0.1], ['b', { formula: '=1+{row}', result: 0.2 }], ['c', 'x'], ['d', { date: '2024-01-01' }]],
            blankRows: 1,
            total: { label: '合计', labelColumn: 0, sumColumns: [1] },
          },
        ],
      }),
    );
    expect(plan.rows[2]?.[1]).toEqual({ formula: '=1+3', result: 0.2 });
    expect(plan.rows[6]).toEqual(['合计', { formula: '=SUM(B2:B6)', result: 0.3 }]);
  });

  it('replaces {row} in formulas of fields too', () => {
    const plan = planSheet(spec({ blocks: [{ type: 'spacer' }, { type: 'fields', pairs: [['行', { formula: '=ROW()+{row}' }]] }] }));
    expect(plan.rows[1]?.[1]).toEqual({ formula: '=ROW()+2' });
  });

  it('puts long or comma-holding lists in hidden columns two after the layout, short ones inline', () => {
    const plan = planSheet(
      spec({
        blocks: [
          {
            type: 'table',
            columns: [{ header: 'a', list: ['是', '否'] }, { header: 'b', list: ['东楼,一层'] }, { header: 'c', list: Array.from({ length: 80 }, (_, i) => `选项${i}`) }],
            rows: [[null, null, null]],
          },
        ],
      }),
    );
    expect(plan.validations.map((v) => v.listSource)).toEqual(['是,否', '=$E$1:$E$1', '=$F$1:$F$80']);
    expect([...plan.listColumns.keys()]).toEqual([5, 6]);
  });

  it('keeps a taken table name out by numbering it, and prefixes one that reads as a cell', () => {
    const t = (name: string) => spec({ blocks: [{ type: 'table', tableName: name, columns: [{ header: 'a' }], rows: [[1]] }] });
    expect(planSheet(t('台账'), new Set(['台账', '台账2'])).tables[0]?.name).toBe('台账3');
    expect(planSheet(t('A1')).tables[0]?.name).toBe('_A1');
  });
});

describe('signatures are never cut off', () => {
  it('keeps label, blank, label, blank from column A when the columns are wide enough', () => {
    const widths = [12, 12, 12, 12, 12, 12];
    const slots = signatureSlots(['制表人：', '审核：', '日期：'], widths);
    expect(slots.map((s) => [s.labelFrom, s.labelTo, s.blankFrom, s.blankTo])).toEqual([
      [1, 1, 2, 2],
      [3, 3, 4, 4],
      [5, 5, 6, 6],
    ]);
    expect(widths).toEqual([12, 12, 12, 12, 12, 12]);
  });

  it('merges a label over narrow columns (a register with a 序号 column) rather than cut it', () => {
    const plan = planSheet(
      spec({
        blocks: [
          { type: 'table', columns: [5, 14, 16, 12, 7, 9, 9, 7, 7, 7, 10, 16].map((width, i) => ({ header: `列${i}`, width })), rows: [] },
          { type: 'signatures', labels: ['班主任（保管人）', '总务处', '日期'] },
        ],
      }),
    );
    const row = plan.rows.length;
    expect(plan.rows[row - 1]?.[0]).toBe('班主任（保管人）：');
    expect(plan.merges).toContainEqual({ top: row, left: 1, bottom: row, right: 3 });
    expect(plan.columnWidths.slice(0, 3)).toEqual([5, 14, 16]);
    expect(lookAt(plan, row, 1).style).toBe('signatureLabel');
    // Each blank is underlined and wide enough to sign on.
    expect(plan.underlined.length).toBe(3);
    for (const u of plan.underlined) {
      let w = 0;
      for (let c = u.left; c <= u.right; c++) w += plan.columnWidths[c - 1] ?? 0;
      expect(w).toBeGreaterThanOrEqual(8);
    }
  });

  it('widens a column when the sheet has no columns to spare', () => {
    const plan = planSheet(spec({ columnWidths: [4, 4], blocks: [{ type: 'signatures', labels: ['制表人'] }] }));
    expect(plan.rows[0]).toEqual(['制表人：', null]);
    expect(plan.columnWidths[0]).toBeGreaterThanOrEqual(10);
  });

  it('fits every label in the columns it takes, whatever the widths (property)', () => {
    const label = fc.stringMatching(/^[制表人审核日期班主任（保管）总务处ab]{1,9}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: 3, max: 20 }), { minLength: 8, maxLength: 14 }), (labels, given) => {
        const widths = given.slice(0, Math.max(labels.length * 2, given.length));
        const slots = signatureSlots(labels.map(signatureText), widths);
        let next = 1;
        for (const s of slots) {
          expect(s.labelFrom).toBe(next);
          expect(s.blankFrom).toBe(s.labelTo + 1);
          expect(s.blankTo).toBeGreaterThanOrEqual(s.blankFrom);
          expect(s.blankTo).toBeLessThanOrEqual(widths.length);
          let w = 0;
          for (let c = s.labelFrom; c <= s.labelTo; c++) w += widths[c - 1] ?? 0;
          expect(w).toBeGreaterThanOrEqual(displayWidth(s.label));
          next = s.blankTo + 1;
        }
      }),
    );
  });
});

describe('wrapped text gets the height it needs', () => {
  const table = (text: string) =>
    planSheet(
      spec({
        blocks: [
          {
            type: 'table',
            columns: [{ header: '编号', width: 8 }, { header: '情况说明', width: 12, wrap: true }, { header: '备注', width: 6 }],
            rows: [['ZX-1', text, LONG], ['ZX-2', '短', null]],
          },
        ],
      }),
    );

  it('makes a row with long text in a wrap column tall enough for its lines; short rows keep the default', () => {
    const plan = table(LONG);
    const lines = wrappedLines(LONG, 12);
    expect(lines).toBeGreaterThan(3);
    expect(plan.rowHeights.get(2)).toBe(linesHeight(lines));
    expect(plan.rowHeights.has(3)).toBe(false);
    expect(lookAt(plan, 2, 2).wrap).toBe(true);
    // Columns without wrap are left as they are: the spec chose to let them overflow.
    expect(lookAt(plan, 2, 3).wrap).toBeUndefined();
  });

  it('counts explicit line breaks', () => {
    expect(table('一\n二\n三\n四').rowHeights.get(2)).toBe(linesHeight(4));
  });

  it('gives a header that wraps in a narrow column a taller row', () => {
    const plan = planSheet(spec({ blocks: [{ type: 'table', columns: [{ header: '期初数量（件、套、台）', width: 6 }], rows: [[1]] }] }));
    expect(plan.rowHeights.get(1)).toBeGreaterThan(linesHeight(2));
  });

  it('wraps a title or a line longer than the sheet, and grows its row', () => {
    const plan = planSheet(
      spec({
        width: 2,
        columnWidths: [10, 10],
        blocks: [
          { type: 'title', text: '青山县第一中学二〇二五学年第一学期班级财产损坏赔偿登记汇总表', size: 16 },
          { type: 'title', text: '短标题', size: 16 },
          { type: 'lines', lines: [LONG, '单位：元'] },
        ],
      }),
    );
    expect(lookAt(plan, 1, 1).wrap).toBe(true);
    expect(plan.rowHeights.get(1)).toBeGreaterThan(Math.round(16 * 1.7));
    expect(plan.rowHeights.get(2)).toBe(Math.round(16 * 1.7));
    expect(lookAt(plan, 2, 1).wrap).toBeUndefined();
    expect(lookAt(plan, 3, 1).wrap).toBe(true);
    expect(plan.rowHeights.get(3)).toBe(linesHeight(wrappedLines(LONG, 20)));
    expect(plan.rowHeights.has(4)).toBe(false);
  });

  it('spreads a long field value alone on its row over the free columns, and wraps one that has a neighbour', () => {
    const plan = planSheet(
      spec({
        blocks: [
          { type: 'fields', pairs: [['班级', LONG], ['日期', { date: '2025-10-31' }], ['事由', LONG]] },
          { type: 'table', columns: [10, 10, 10, 10, 10, 10].map((width, i) => ({ header: `列${i}`, width })), rows: [] },
        ],
      }),
    );
    expect(lookAt(plan, 1, 2).wrap).toBe(true);
    expect(plan.rowHeights.get(1)).toBe(linesHeight(wrappedLines(LONG, 10)));
    expect(plan.merges).toContainEqual({ top: 2, left: 2, bottom: 2, right: 6 });
    expect(plan.rowHeights.get(2)).toBe(linesHeight(wrappedLines(LONG, 50)));
  });
});
