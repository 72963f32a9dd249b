/**
 * Charts in the .xlsx the file adapter writes: DrawingML parts as Excel writes them (element order
 * per the schema, which Excel enforces), relationships, content types, the sheet's <drawing>, and
 * a workbook that still opens.
 */
import ExcelJS from 'exceljs';
import { chartPlacements, sheetSpecSchema, type SheetSpec } from '../../../src/core/sheet/spec';
import { newXlsx, openXlsx } from '../../../src/workbook/file';
import { addCharts, chartXml } from '../../../src/workbook/file/charts';
import { sheetMetrics, twoCellAnchor } from '../../../src/workbook/file/charts/anchor';
import { resolveTarget } from '../../../src/workbook/file/charts/inject';
import { parseXml, walk, type XmlElement } from '../../manifest/xml-tree';
import { unzip } from './helpers';

const SPEC: SheetSpec = sheetSpecSchema.parse({
  name: '资产汇总',
  kind: 'reports.summary',
  blocks: [
    { type: 'title', text: '资产汇总表' },
    {
      type: 'table',
      columns: [{ header: '使用部门', width: 18 }, { header: '项数', width: 8 }, { header: '原值', width: 15 }, { header: '净值', width: 15 }],
      rows: [['教务处', 3, 80699, 5078.21], ['高一年级 & <A>', 1, 7220, 0], ['总务处', 2, 5150.5, null]],
      total: { label: '合计', labelColumn: 0, sumColumns: [1, 2, 3] },
      tableName: '汇总',
    },
    { type: 'spacer', rows: 20 },
    { type: 'signatures', labels: ['制表人', '审核'] },
  ],
  charts: [
    { type: 'column', title: '按使用部门：原值与净值', table: 0, categoryColumn: 0, valueColumns: [2, 3], anchor: { block: 2, width: 480, height: 270 } },
    { type: 'line', title: '折线', table: 0, categoryColumn: 0, valueColumns: [2], anchor: { block: 2, column: 5 } },
    { type: 'pie', title: '饼图', table: 0, categoryColumn: 0, valueColumns: [2], seriesNames: ['原值'], anchor: { block: 3 } },
    { type: 'bar', title: '条形', table: 0, categoryColumn: 0, valueColumns: [3], anchor: { block: 3, column: 5 } },
  ],
});

const ORDER: Record<string, readonly string[]> = {
  chartSpace: ['date1904', 'lang', 'roundedCorners', 'AlternateContent', 'style', 'clrMapOvr', 'pivotSource', 'protection', 'chart', 'spPr', 'txPr', 'externalData', 'printSettings', 'userShapes', 'extLst'],
  chart: ['title', 'autoTitleDeleted', 'pivotFmts', 'view3D', 'floor', 'sideWall', 'backWall', 'plotArea', 'legend', 'plotVisOnly', 'dispBlanksAs', 'showDLblsOverMax', 'extLst'],
  plotArea: ['layout', 'barChart', 'lineChart', 'pieChart', 'catAx', 'valAx', 'dTable', 'spPr', 'extLst'],
  barChart: ['barDir', 'grouping', 'varyColors', 'ser', 'dLbls', 'gapWidth', 'overlap', 'serLines', 'axId', 'extLst'],
  lineChart: ['grouping', 'varyColors', 'ser', 'dLbls', 'dropLines', 'hiLowLines', 'upDownBars', 'marker', 'smooth', 'axId', 'extLst'],
  pieChart: ['varyColors', 'ser', 'dLbls', 'firstSliceAng', 'extLst'],
  ser: ['idx', 'order', 'tx', 'spPr', 'invertIfNegative', 'pictureOptions', 'marker', 'explosion', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'shape', 'smooth', 'extLst'],
  catAx: ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', 'crosses', 'crossesAt', 'auto', 'lblAlgn', 'lblOffset', 'tickLblSkip', 'tickMarkSkip', 'noMultiLvlLbl', 'extLst'],
  valAx: ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', 'crosses', 'crossesAt', 'crossBetween', 'majorUnit', 'minorUnit', 'dispUnits', 'extLst'],
  legend: ['legendPos', 'legendEntry', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
  title: ['tx', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
  dLbls: ['dLbl', 'delete', 'numFmt', 'spPr', 'txPr', 'dLblPos', 'showLegendKey', 'showVal', 'showCatName', 'showSerName', 'showPercent', 'showBubbleSize', 'separator', 'showLeaderLines', 'leaderLines', 'extLst'],
  worksheet: ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'],
};

const local = (name: string) => name.replace(/^.*:/, '');

/** Every element whose children the schema orders has them in that order. */
function expectSchemaOrder(root: XmlElement): void {
  for (const { element } of walk(root)) {
    const order = ORDER[local(element.name)];
    if (!order) continue;
    const seen = element.children.map((c) => local(c.name)).filter((n) => order.includes(n));
    const positions = seen.map((n) => order.indexOf(n));
    expect({ element: element.name, children: seen, sorted: positions.every((p, i) => i === 0 || p >= (positions[i - 1] ?? 0)) }).toEqual({ element: element.name, children: seen, sorted: true });
  }
}

function texts(root: XmlElement, name: string): string[] {
  return walk(root).filter((w) => w.element.name === name).map((w) => w.element.text);
}

/** A workbook saved without charts (the spec's sheet layout), and the charts to add to it. */
async function savedWithoutCharts(spec = SPEC): Promise<Uint8Array> {
  const wb = newXlsx();
  await wb.writeSheet({ ...spec, charts: [] });
  return wb.save();
}

describe('chart parts', () => {
  test('a column chart as Excel writes it: references and cached values, schema order', async () => {
    const [placement] = chartPlacements(SPEC);
    const root = await parseXml(chartXml(placement!, '资产汇总'));
    expect(root.name).toBe('c:chartSpace');
    expectSchemaOrder(root);
    expect(walk(root).some((w) => w.element.name === 'c:barChart')).toBe(true);
    // Title row 1, header row 2, data rows 3–5.
    expect(texts(root, 'c:f')).toEqual(['资产汇总!$C$2', '资产汇总!$A$3:$A$5', '资产汇总!$C$3:$C$5', '资产汇总!$D$2', '资产汇总!$A$3:$A$5', '资产汇总!$D$3:$D$5']);
    expect(texts(root, 'c:v')).toEqual(['原值', '教务处', '高一年级 & <A>', '总务处', '80699', '7220', '5150.5', '净值', '教务处', '高一年级 & <A>', '总务处', '5078.21', '0']);
    expect(texts(root, 'a:t')).toEqual(['按使用部门：原值与净值']);
  });

  test('line, pie and bar charts are in schema order too; a pie has no axes and names its series literally', async () => {
    for (const p of chartPlacements(SPEC).slice(1)) {
      const root = await parseXml(chartXml(p, 'My sheet'));
      expectSchemaOrder(root);
      const names = walk(root).map((w) => local(w.element.name));
      expect(names.includes('catAx')).toBe(p.chart.type !== 'pie');
      if (p.chart.type !== 'pie') expect(texts(root, 'c:f')[0]).toMatch(/^'My sheet'!\$/);
      if (p.chart.type === 'pie') expect(texts(root, 'c:f')).toEqual(["'My sheet'!$A$3:$A$5", "'My sheet'!$C$3:$C$5"]);
      if (p.chart.type === 'bar') expect(walk(root).find((w) => w.element.name === 'c:barDir')?.element.attributes.val).toBe('bar');
    }
  });
});

describe('anchors', () => {
  test('from the sheet part’s column widths and row heights', () => {
    const xml = '<worksheet><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="20" customWidth="1"/><col min="2" max="3" width="10"/><col min="4" max="4" width="5" hidden="1"/></cols>'
      + '<sheetData><row r="2" ht="30" customHeight="1"/><row r="3" hidden="1"/></sheetData></worksheet>';
    const m = sheetMetrics(xml);
    expect([m.columnPixels(1), m.columnPixels(2), m.columnPixels(3), m.columnPixels(4), m.columnPixels(9)]).toEqual([140, 70, 70, 0, 64]);
    expect([m.rowPixels(1), m.rowPixels(2), m.rowPixels(3)]).toEqual([20, 40, 0]);
    // 300 pt = 400 px across: 140 + 70 + 70 (+0 hidden) = 280, then 64 for E, 56 px into F.
    // 45 pt = 60 px down from row 2: 40 (row 2) + 0 (hidden row 3) + 20 (row 4) → the top of row 5.
    const a = twoCellAnchor(m, 2, 1, 300, 45);
    expect(a.from).toEqual({ col: 0, colOff: 0, row: 1, rowOff: 0 });
    expect(a.to).toEqual({ col: 5, colOff: 56 * 9525, row: 4, rowOff: 0 });
  });

  test('relationship targets resolve against their part', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml');
    expect(resolveTarget('xl/worksheets/sheet2.xml', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
  });
});

describe('adding charts to a saved workbook', () => {
  test('parts, relationships, content types and the sheet’s <drawing> in its place', async () => {
    const before = await savedWithoutCharts();
    const after = unzip(await addCharts(before, new Map([['资产汇总', chartPlacements(SPEC)]])));
    const names = [...after.keys()];
    expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort()).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/charts/chart3.xml', 'xl/charts/chart4.xml']);
    const types = after.get('[Content_Types].xml')?.toString('utf8') ?? '';
    for (let i = 1; i <= 4; i++) expect(types).toContain(`<Override PartName="/xl/charts/chart${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');

    const workbookRels = after.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
    const sheetPart = /Target="\/?(?:xl\/)?(worksheets\/sheet\d+\.xml)"/.exec(workbookRels)?.[1];
    const sheetXml = after.get(`xl/${sheetPart}`)?.toString('utf8') ?? '';
    const sheet = await parseXml(sheetXml);
    expectSchemaOrder(sheet);
    const drawing = sheet.children.find((c) => c.name === 'drawing');
    expect(drawing).toBeDefined();
    expect(sheet.children.map((c) => c.name).indexOf('drawing')).toBeLessThan(sheet.children.map((c) => c.name).indexOf('tableParts'));
    const sheetRels = after.get(`xl/worksheets/_rels/${sheetPart?.split('/')[1]}.rels`)?.toString('utf8') ?? '';
    expect(sheetRels).toContain(`Id="${drawing?.attributes['r:id']}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
    const drawingXml = await parseXml(after.get('xl/drawings/drawing1.xml')?.toString('utf8') ?? '');
    const anchors = drawingXml.children.filter((c) => c.name === 'xdr:twoCellAnchor');
    expect(anchors).toHaveLength(4);
    // The first chart sits at row 7 (0-based 6), column A; the pie below the signatures' row (block 3 = row 27).
    const from = (a: XmlElement) => a.children.find((c) => c.name === 'xdr:from')?.children.map((c) => Number(c.text));
    expect(anchors.map(from)).toEqual([[0, 0, 6, 0], [5, 0, 6, 0], [0, 0, 26, 0], [5, 0, 26, 0]]);
    const ids = walk(drawingXml).filter((w) => w.element.name === 'xdr:cNvPr').map((w) => w.element.attributes.id);
    expect(new Set(ids).size).toBe(4);
    const drawingRels = after.get('xl/drawings/_rels/drawing1.xml.rels')?.toString('utf8') ?? '';
    expect(drawingRels.match(/relationships\/chart"/g)).toHaveLength(4);
  });

  test('the workbook still opens (ExcelJS, and the file adapter, which reports the charts it cannot keep)', async () => {
    const bytes = await addCharts(await savedWithoutCharts(), new Map([['资产汇总', chartPlacements(SPEC)]]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('资产汇总')?.getCell('A3').value).toBe('教务处');
    const reopened = await openXlsx(bytes);
    expect(reopened.droppedFeatures).toContain('charts');
  });

  test('a sheet that already has a drawing (a picture) gets its charts in that drawing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('资产汇总');
    ws.getCell('A1').value = 'x';
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    ws.addImage(wb.addImage({ buffer: png, extension: 'png' } as unknown as ExcelJS.Image), 'D2:E4');
    const before = new Uint8Array(await wb.xlsx.writeBuffer());
    const drawingsBefore = [...unzip(before).keys()].filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    expect(drawingsBefore).toHaveLength(1);
    const after = unzip(await addCharts(before, new Map([['资产汇总', chartPlacements(SPEC).slice(0, 1)]])));
    expect([...after.keys()].filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toEqual(drawingsBefore);
    const drawing = await parseXml(after.get(drawingsBefore[0] ?? '')?.toString('utf8') ?? '');
    expect(drawing.children.filter((c) => /Anchor$/.test(c.name))).toHaveLength(2);
    const sheetXml = [...after.entries()].find(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))?.[1].toString('utf8') ?? '';
    expect(sheetXml.match(/<drawing /g)).toHaveLength(1);
    const ids = walk(drawing).filter((w) => /cNvPr$/.test(w.element.name)).map((w) => w.element.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('no charts, or charts for sheets not in the file: the bytes are returned untouched', async () => {
    const bytes = await savedWithoutCharts();
    expect(await addCharts(bytes, new Map())).toBe(bytes);
    expect(await addCharts(bytes, new Map([['别的表', chartPlacements(SPEC)]]))).toBe(bytes);
  });
});
