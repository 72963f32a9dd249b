/** The drawing part (xl/drawings/drawingN.xml) that places charts on a sheet, and its pieces. */
import type { CellOffset } from './anchor';
import { xmlEscape } from './xml';

export const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CT_RELS = 'application/vnd.openxmlformats-package.relationships+xml';

export interface ChartAnchor {
  readonly from: CellOffset;
  readonly to: CellOffset;
  /** Shape id, unique in the drawing. */
  readonly id: number;
  readonly name: string;
  /** Relationship id of the chart part, in the drawing's rels. */
  readonly rId: string;
}

function corner(tag: 'from' | 'to', c: CellOffset): string {
  return `<xdr:${tag}><xdr:col>${c.col}</xdr:col><xdr:colOff>${Math.round(c.colOff)}</xdr:colOff><xdr:row>${c.row}</xdr:row><xdr:rowOff>${Math.round(c.rowOff)}</xdr:rowOff></xdr:${tag}>`;
}

/** One chart's anchor, as Excel writes it (moves with cells, keeps its size when columns change). */
export function anchorXml(a: ChartAnchor): string {
  return `<xdr:twoCellAnchor editAs="oneCell">${corner('from', a.from)}${corner('to', a.to)}`
    + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${a.id}" name="${xmlEscape(a.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
    + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
    + '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    + `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${a.rId}"/>`
    + '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
}

export function drawingXml(anchors: readonly ChartAnchor[]): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.map(anchorXml).join('')}</xdr:wsDr>`;
}

export function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`;
}

export function relationshipsXml(items: readonly string[]): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}
