/**
 * The print view's rendering of a label run: one inline SVG per page, sized in mm, drawn from the
 * same shapes as the PDF, so the browser's print (or "Save as PDF") gives the same labels. Text is
 * escaped; nothing from the ledger becomes markup.
 */
import type { LabelRun } from './sheet';

const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (v: number): string => String(Math.round(v * 1000) / 1000);

export function labelPageSvgs(run: LabelRun): string[] {
  const { width, height } = run.layout.page;
  return run.pages.map((labels) => {
    const parts: string[] = [];
    for (const label of labels) {
      for (const s of label.shapes) {
        if (s.kind === 'rect') parts.push(`<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}"/>`);
        else parts.push(`<text x="${n(s.x)}" y="${n(s.y)}" font-size="${n(s.size)}">${escapeXml(s.text)}</text>`);
      }
    }
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}mm" height="${n(height)}mm" viewBox="0 0 ${n(width)} ${n(height)}" shape-rendering="crispEdges" font-family="'Songti SC','SimSun','Noto Serif CJK SC',serif">${parts.join('')}</svg>`;
  });
}

/** A printable page holding the SVG pages, one per printed sheet, with the page size set for the printer. */
export function labelPrintHtml(run: LabelRun, title: string): string {
  const { width, height } = run.layout.page;
  const pages = labelPageSvgs(run).map((svg) => `<div class="page">${svg}</div>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeXml(title)}</title><style>@page{size:${n(width)}mm ${n(height)}mm;margin:0}body{margin:0}.page{width:${n(width)}mm;height:${n(height)}mm;page-break-after:always;overflow:hidden}</style></head><body>\n${pages}\n</body></html>`;
}
