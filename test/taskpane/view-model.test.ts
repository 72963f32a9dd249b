import type { SheetReport } from '../../src/app/inspect';
import { finding, type Finding } from '../../src/core/findings';
import { LOW_CONFIDENCE } from '../../src/core/sheet/analyze';
import { ASSET_FIELDS } from '../../src/core/sheet/fields';
import {
  HIGH_CONFIDENCE,
  compactRows,
  confidenceLevel,
  excludedSummary,
  fieldName,
  locateAddress,
  mappingRows,
  orderMappingRows,
  percent,
  previewFields,
  rowSpan,
  severityCounts,
  sortFindings,
} from '../../src/taskpane/inspect/view-model';

const msg = { 'zh-CN': '问题', 'en-US': 'problem' };

function report(over: Partial<SheetReport> = {}): SheetReport {
  return {
    name: '固定资产明细账',
    hidden: false,
    status: 'ok',
    headerRows: [3],
    firstDataRow: 4,
    lastDataRow: 20,
    dataRowCount: 15,
    columns: [
      { column: 'A', header: '序号' },
      { column: 'B', header: '资产编号' },
      { column: 'C', header: '名称' },
      { column: 'D', header: '数量' },
      { column: 'AA', header: '备注' },
    ],
    fields: {
      note: { field: 'note', column: 'AA', header: '备注', confidence: 0.9, source: 'auto' },
      code: { field: 'code', column: 'B', header: '资产编号', confidence: 0.97, source: 'auto' },
      name: { field: 'name', column: 'C', header: '名称', confidence: 1, source: 'user' },
      quantity: { field: 'quantity', column: 'D', header: '数量', confidence: 0.6, source: 'auto' },
    },
    candidates: {},
    excludedRows: [
      { row: 21, kind: 'total' },
      { row: 12, kind: 'subtotal' },
      { row: 8, kind: 'subtotal' },
      { row: 9, kind: 'blank' },
      { row: 23, kind: 'signature' },
    ],
    hiddenRows: [],
    findings: [],
    omittedFindings: 0,
    preview: [],
    ...over,
  };
}

describe('confidence', () => {
  it('has three levels with the documented edges', () => {
    expect(HIGH_CONFIDENCE).toBe(0.85);
    expect(confidenceLevel(1)).toBe('high');
    expect(confidenceLevel(0.85)).toBe('high');
    expect(confidenceLevel(0.849)).toBe('medium');
    expect(confidenceLevel(LOW_CONFIDENCE)).toBe('medium');
    expect(confidenceLevel(LOW_CONFIDENCE - 0.01)).toBe('low');
    expect(confidenceLevel(0.5)).toBe('low');
  });

  it('shows whole percents', () => {
    expect(percent(0.974)).toBe(97);
    expect(percent(0.975)).toBe(98);
  });
});

describe('mappingRows', () => {
  it('tells automatic, user, user-none and not-found fields apart', () => {
    const rows = mappingRows(report(), { name: 'C', spec: null }, ASSET_FIELDS);
    const byKey = Object.fromEntries(rows.map((r) => [r.field.key, r]));
    expect(byKey.code?.state).toEqual({ kind: 'auto', column: 'B', header: '资产编号', confidence: 0.97 });
    expect(byKey.code?.remembered).toBe(false);
    expect(byKey.name?.state).toEqual({ kind: 'user', column: 'C', header: '名称' });
    expect(byKey.name?.remembered).toBe(true);
    expect(byKey.spec?.state).toEqual({ kind: 'userNone' });
    expect(byKey.spec?.remembered).toBe(true);
    expect(byKey.location?.state).toEqual({ kind: 'notFound' });
    expect(rows).toHaveLength(ASSET_FIELDS.length);
  });

  it('puts mapped fields first, each group in catalogue order', () => {
    const ordered = orderMappingRows(mappingRows(report(), {}, ASSET_FIELDS)).map((r) => r.field.key);
    expect(ordered.slice(0, 4)).toEqual(['code', 'name', 'quantity', 'note']);
    expect(ordered.slice(4, 6)).toEqual(['category', 'spec']);
    expect(new Set(ordered).size).toBe(ASSET_FIELDS.length);
  });

  it('names fields in the pane language', () => {
    const code = ASSET_FIELDS.find((f) => f.key === 'code');
    if (!code) throw new Error('no code field');
    expect(fieldName(code, 'zh-CN')).toBe('资产编号');
    expect(fieldName(code, 'en-US')).toBe('Asset code');
  });
});

describe('left-out rows', () => {
  it('groups them by kind in a fixed order, rows sorted', () => {
    expect(excludedSummary(report().excludedRows)).toEqual([
      { kind: 'subtotal', rows: [8, 12] },
      { kind: 'total', rows: [21] },
      { kind: 'signature', rows: [23] },
      { kind: 'blank', rows: [9] },
    ]);
    expect(excludedSummary([])).toEqual([]);
  });

  it('compacts row numbers into runs and caps the list', () => {
    expect(compactRows([5, 3, 4, 9, 11, 12])).toEqual({ items: ['3–5', '9', '11–12'], more: false });
    expect(compactRows([1, 3, 5, 7], 2)).toEqual({ items: ['1', '3'], more: true });
    expect(compactRows([])).toEqual({ items: [], more: false });
  });
});

describe('findings', () => {
  const fs: Finding[] = [
    finding('S', 'J9', 'info', 'value.textDates', msg),
    finding('S', 'E110', 'warning', 'cell.error', msg),
    finding('S', 'A1:N10', 'error', 'sheet.noHeader', msg),
    finding('S', 'I117', 'warning', 'cell.error', msg),
  ];

  it('counts by severity', () => {
    expect(severityCounts(fs)).toEqual({ error: 1, warning: 2, info: 1 });
  });

  it('sorts errors first and keeps the sheet order within a severity', () => {
    expect(sortFindings(fs).map((f) => f.cell)).toEqual(['A1:N10', 'E110', 'I117', 'J9']);
  });

  it('selects the header cell for a column, the table width for whole rows, else the cell', () => {
    const r = report();
    expect(locateAddress(finding('S', 'H', 'warning', 'mapping.missingColumn', msg), r)).toBe('H3');
    expect(locateAddress(finding('S', '16:16', 'info', 'structure.hiddenRows', msg), r)).toBe('A16:AA16');
    expect(locateAddress(finding('S', '28:30', 'info', 'structure.blankRows', msg), r)).toBe('A28:AA30');
    expect(locateAddress(finding('S', 'E110', 'warning', 'cell.error', msg), r)).toBe('E110');
  });

  it('reads whole-row addresses', () => {
    expect(rowSpan('16:16')).toEqual({ from: 16, to: 16 });
    expect(rowSpan('30:28')).toEqual({ from: 28, to: 30 });
    expect(rowSpan('B4:B9')).toBeNull();
    expect(rowSpan('')).toBeNull();
  });
});

describe('previewFields', () => {
  it('lists mapped fields in the sheet column order', () => {
    expect(previewFields(report(), ASSET_FIELDS).map((f) => f.key)).toEqual(['code', 'name', 'quantity', 'note']);
  });
});
