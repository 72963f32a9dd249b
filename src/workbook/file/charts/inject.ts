/**
 * ExcelJS cannot write charts, so they are added to the .xlsx it saved: per chart a chart part,
 * per sheet a drawing part (or the sheet's existing one) anchoring the charts, the relationships
 * between sheet → drawing → chart, the content types, and the sheet's `<drawing r:id>` at the place
 * the schema gives it. Parts not touched are copied through as they were compressed.
 */
import JSZip from 'jszip';
import type { ChartPlacement } from '../../../core/sheet/spec';
import { sheetMetrics, twoCellAnchor } from './anchor';
import { chartXml } from './chart-xml';
import {
  anchorXml, CT_CHART, CT_DRAWING, CT_RELS, drawingXml, REL_CHART, REL_DRAWING, relationship, relationshipsXml, type ChartAnchor,
} from './drawing-xml';
import { attributes, tags } from './xml';

/** Elements that come after `<drawing>` in a worksheet (CT_Worksheet's sequence). */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function folderOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

/** A relationship target resolved against the part it belongs to ("../drawings/d1.xml" from xl/worksheets/s1.xml). */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = folderOf(fromPart).split('/').filter((p) => p !== '');
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const folder = folderOf(part);
  const name = part.slice(folder.length + (folder ? 1 : 0));
  return `${folder ? `${folder}/` : ''}_rels/${name}.rels`;
}

/** From `fromPart`'s folder to `toPart`: "../charts/chart1.xml". */
function relativeTarget(fromPart: string, toPart: string): string {
  const from = folderOf(fromPart).split('/').filter((p) => p !== '');
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

interface Rels {
  readonly path: string;
  readonly items: string[];
}

async function readRels(zip: JSZip, part: string): Promise<Rels> {
  const path = relsPathOf(part);
  const text = (await zip.file(path)?.async('string')) ?? '';
  return { path, items: tags(text, 'Relationship') };
}

function freeRelId(rels: Rels): string {
  const taken = new Set(rels.items.map((t) => attributes(t).Id));
  for (let i = rels.items.length + 1; ; i++) if (!taken.has(`rId${i}`)) return `rId${i}`;
}

function nextNumber(zip: JSZip, pattern: RegExp): () => number {
  let n = 0;
  for (const name of Object.keys(zip.files)) {
    const m = pattern.exec(name);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return () => ++n;
}

function insertDrawingElement(sheetXml: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  let at = -1;
  for (const name of AFTER_DRAWING) {
    const m = new RegExp(`<${name}[\\s/>]`).exec(sheetXml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = sheetXml.lastIndexOf('</worksheet>');
  if (at < 0) throw new Error('not a worksheet part');
  const withNs = /xmlns:r=/.test(sheetXml.slice(0, sheetXml.indexOf('>', sheetXml.indexOf('<worksheet')) + 1))
    ? sheetXml
    : sheetXml.replace(/<worksheet(?=[\s>])/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  const shift = withNs.length - sheetXml.length;
  return withNs.slice(0, at + shift) + element + withNs.slice(at + shift);
}

/** The worksheet part of each sheet, by sheet name. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = await readRels(zip, 'xl/workbook.xml');
  const targets = new Map(rels.items.map((t) => attributes(t)).map((a) => [a.Id ?? '', resolveTarget('xl/workbook.xml', a.Target ?? '')]));
  const out = new Map<string, string>();
  for (const tag of tags(workbook, 'sheet')) {
    const a = attributes(tag);
    const target = targets.get(a['r:id'] ?? '');
    if (a.name !== undefined && target) out.set(a.name, target);
  }
  return out;
}

/** Adds the charts (by sheet name) to an .xlsx; returns the bytes unchanged when there are none. */
export async function addCharts(bytes: Uint8Array, charts: ReadonlyMap<string, readonly ChartPlacement[]>): Promise<Uint8Array> {
  if (![...charts.values()].some((list) => list.length > 0)) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const nextChart = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  const nextDrawing = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  const overrides: string[] = [];
  let written = 0;

  for (const [sheetName, placements] of charts) {
    const sheetPart = parts.get(sheetName);
    if (!sheetPart || placements.length === 0) continue;
    let sheetXml = (await zip.file(sheetPart)?.async('string')) ?? '';
    const metrics = sheetMetrics(sheetXml);
    const sheetRels = await readRels(zip, sheetPart);

    // The sheet's drawing: the one it has (pictures), or a new one.
    let drawingPart: string;
    let drawingXmlText: string | null = null;
    const existing = tags(sheetXml, 'drawing')[0];
    const existingTarget = existing ? sheetRels.items.map((t) => attributes(t)).find((a) => a.Id === attributes(existing)['r:id'])?.Target : undefined;
    if (existingTarget) {
      drawingPart = resolveTarget(sheetPart, existingTarget);
      drawingXmlText = (await zip.file(drawingPart)?.async('string')) ?? null;
    } else {
      drawingPart = `xl/drawings/drawing${nextDrawing()}.xml`;
      const relId = freeRelId(sheetRels);
      sheetRels.items.push(relationship(relId, REL_DRAWING, relativeTarget(sheetPart, drawingPart)));
      sheetXml = insertDrawingElement(sheetXml, relId);
      zip.file(sheetPart, sheetXml);
      zip.file(sheetRels.path, relationshipsXml(sheetRels.items));
      overrides.push(`<Override PartName="/${drawingPart}" ContentType="${CT_DRAWING}"/>`);
    }
    const drawingRels = await readRels(zip, drawingPart);
    const ids = drawingXmlText ? tags(drawingXmlText, 'xdr:cNvPr').map((t) => Number(attributes(t).id) || 0) : [];
    let nextId = Math.max(1, ...ids) + 1;
    const anchors: ChartAnchor[] = [];
    for (const p of placements) {
      const chartPart = `xl/charts/chart${nextChart()}.xml`;
      zip.file(chartPart, chartXml(p, sheetName));
      overrides.push(`<Override PartName="/${chartPart}" ContentType="${CT_CHART}"/>`);
      const rId = freeRelId(drawingRels);
      drawingRels.items.push(relationship(rId, REL_CHART, relativeTarget(drawingPart, chartPart)));
      const { from, to } = twoCellAnchor(metrics, p.anchorRow, p.anchorColumn, p.width, p.height);
      const id = nextId++;
      anchors.push({ from, to, id, name: `图表 ${id - 1}`, rId });
      written++;
    }
    zip.file(drawingRels.path, relationshipsXml(drawingRels.items));
    if (drawingXmlText) {
      const close = drawingXmlText.lastIndexOf('</xdr:wsDr>');
      zip.file(drawingPart, drawingXmlText.slice(0, close) + anchors.map(anchorXml).join('') + drawingXmlText.slice(close));
    } else {
      zip.file(drawingPart, drawingXml(anchors));
    }
  }
  if (written === 0) return bytes;

  let types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  if (!/Extension="rels"/i.test(types)) overrides.unshift(`<Default Extension="rels" ContentType="${CT_RELS}"/>`);
  types = types.replace('</Types>', `${overrides.join('')}</Types>`);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
