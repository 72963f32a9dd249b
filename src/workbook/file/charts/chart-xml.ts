/**
 * A chart part (xl/charts/chartN.xml) for one placed chart, in the DrawingML Excel itself writes:
 * c:chartSpace › c:chart › c:plotArea › c:barChart / c:lineChart / c:pieChart, each series with
 * c:tx, c:cat (c:strRef) and c:val (c:numRef) pointing at the sheet's cells *and* carrying cached
 * values (c:strCache / c:numCache), so a program that does not recalculate (or reads the cache
 * first, as WPS and Excel do on open) draws the same chart. Elements follow the schema's order
 * (ISO/IEC 29500-1 §21.2), which Excel enforces.
 */
import { qualifiedAddress } from '../../../core/sheet/address';
import type { ChartPlacement } from '../../../core/sheet/spec';
import { columnLetter } from '../../../core/sheet/address';
import { xmlEscape } from './xml';

/** Excel's default Office theme colours, in its series order. */
export const SERIES_COLORS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300'];
const CAT_AX = 500000001;
const VAL_AX = 500000002;
/** The font the adapters write cells in; programs without it fall back to their CJK font. */
const FONT = '宋体';

function abs(sheet: string, col: number, top: number, bottom = top): string {
  const letter = columnLetter(col);
  const a = `$${letter}$${top}`;
  return qualifiedAddress(sheet, top === bottom ? a : `${a}:$${letter}$${bottom}`);
}

/** A number as cached chart text: plain decimal, never exponent notation. */
function numberText(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

function numCache(values: ReadonlyArray<number | null>): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${numberText(v)}</c:v></c:pt>`)).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function solid(color: string): string {
  return `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
}

function rich(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return `<c:rich><a:bodyPr rot="0" spcFirstLastPara="1" vertOverflow="ellipsis" vert="horz" wrap="square" anchor="ctr" anchorCtr="1"/><a:lstStyle/>`
    + `<a:p><a:pPr><a:defRPr sz="${size}"${b}><a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/></a:defRPr></a:pPr>`
    + `<a:r><a:rPr lang="zh-CN" altLang="en-US" sz="${size}"${b}><a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/></a:rPr><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich>`;
}

function seriesXml(p: ChartPlacement, sheet: string, i: number): string {
  const s = p.series[i];
  if (!s) return '';
  const type = p.chart.type;
  const color = SERIES_COLORS[i % SERIES_COLORS.length] ?? SERIES_COLORS[0];
  const tx = s.literalName
    ? `<c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>`
    : `<c:tx><c:strRef><c:f>${xmlEscape(abs(sheet, s.column, s.headerRow))}</c:f>${strCache([s.name])}</c:strRef></c:tx>`;
  const cat = `<c:cat><c:strRef><c:f>${xmlEscape(abs(sheet, p.categoryColumn, p.firstRow, p.lastRow))}</c:f>${strCache(p.categories)}</c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${xmlEscape(abs(sheet, s.column, p.firstRow, p.lastRow))}</c:f>${numCache(s.values)}</c:numRef></c:val>`;
  const head = `<c:idx val="${i}"/><c:order val="${i}"/>${tx}`;
  switch (type) {
    case 'bar':
    case 'column':
      return `<c:ser>${head}<c:spPr>${solid(color ?? '4472C4')}</c:spPr><c:invertIfNegative val="0"/>${cat}${val}</c:ser>`;
    case 'line':
      return `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd">${solid(color ?? '4472C4')}<a:round/></a:ln></c:spPr>`
        + `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solid(color ?? '4472C4')}</c:spPr></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`;
    case 'pie': {
      const points = p.categories.map((_, k) => `<c:dPt><c:idx val="${k}"/><c:bubble3D val="0"/><c:spPr>${solid(SERIES_COLORS[k % SERIES_COLORS.length] ?? '4472C4')}<a:ln w="12700">${solid('FFFFFF')}</a:ln></c:spPr></c:dPt>`).join('');
      const labels = '<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/>'
        + '<c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/><c:showLeaderLines val="1"/></c:dLbls>';
      return `<c:ser>${head}${points}${labels}${cat}${val}</c:ser>`;
    }
  }
}

function axes(horizontal: boolean): string {
  const catPos = horizontal ? 'l' : 'b';
  const valPos = horizontal ? 'b' : 'l';
  const text = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
  return `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${catPos}"/>`
    + '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
    + `${text}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
    + `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${valPos}"/>`
    + `<c:majorGridlines><c:spPr><a:ln w="9525">${solid('D9D9D9')}</a:ln></c:spPr></c:majorGridlines>`
    + '<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
    + `${text}<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
}

function plot(p: ChartPlacement, sheet: string): string {
  const series = p.series.map((_, i) => seriesXml(p, sheet, i)).join('');
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  switch (p.chart.type) {
    case 'bar':
    case 'column':
      return `<c:barChart><c:barDir val="${p.chart.type === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}`
        + `<c:gapWidth val="150"/><c:overlap val="-10"/>${axIds}</c:barChart>${axes(p.chart.type === 'bar')}`;
    case 'line':
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>${axes(false)}`;
    case 'pie':
      return `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
  }
}

export function chartXml(p: ChartPlacement, sheet: string): string {
  const legend = `<c:legend><c:legendPos val="${p.chart.type === 'pie' ? 'r' : 'b'}"/><c:overlay val="0"/>`
    + `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr></c:legend>`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    + '<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>'
    + `<c:chart><c:title><c:tx>${rich(p.chart.title, 1400, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    + `<c:plotArea><c:layout/>${plot(p, sheet)}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>`
    + `<c:spPr>${solid('FFFFFF')}<a:ln w="9525">${solid('D9D9D9')}</a:ln></c:spPr>`
    + `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr><a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`
    + '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>'
    + '</c:chartSpace>';
}
