/**
 * Report sheets as one printable HTML page, for the workbench: the browser prints it (and saves it
 * as PDF with its own "Save as PDF", Chinese fonts included, since the browser embeds the fonts it
 * draws with). No PDF library is needed in the bundle, and the page looks like the sheet: title,
 * lines, tables with their header repeated on every printed page (thead), totals, signature line,
 * charts (inline SVG, from the same placements as the native charts), A4 in the sheet's orientation
 * with page numbers in the footer. Everything is escaped text; nothing from a workbook becomes markup.
 */
import type { Locale } from '../../core/i18n/locale';
import { chartPlacements, specWidth, type Block, type ChartPlacement, type ColumnSpec, type SheetSpec, type SpecValue, type TableBlock } from '../../core/sheet/spec';

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function grouped(intText: string): string {
  return intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Whole hundredths, exactly, from a two-decimal amount held as a number. */
function cents(n: number): number {
  return Math.round(n * 100);
}

function centsText(c: number, group: boolean): string {
  const sign = c < 0 ? '-' : '';
  const abs = Math.abs(c);
  const whole = String(Math.floor(abs / 100));
  return `${sign}${group ? grouped(whole) : whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** A number as the column's Excel format shows it (the formats the reports use). */
export function formatNumber(n: number, numFmt: string | undefined): string {
  if (!Number.isFinite(n)) return '#NUM!';
  const fmt = numFmt ?? '';
  if (/%/.test(fmt)) return `${centsText(Math.round(n * 10000), false)}%`;
  if (/0\.00/.test(fmt)) return centsText(cents(n), fmt.includes(','));
  if (/0\.#/.test(fmt)) {
    const s = String(Math.round(n * 1000) / 1000);
    const [i, f] = s.split('.');
    return `${fmt.includes(',') ? grouped(i ?? '0') : (i ?? '0')}${f ? `.${f}` : ''}`;
  }
  if (fmt.includes(',')) return grouped(String(Math.round(n)));
  return String(n);
}

function cellText(v: SpecValue | undefined, column: ColumnSpec | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v, column?.numFmt);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if ('date' in v) return v.date;
  if ('text' in v) return v.text;
  if (typeof v.result === 'number') return formatNumber(v.result, column?.numFmt);
  return v.result ?? '';
}

function isNumeric(v: SpecValue | undefined): boolean {
  return typeof v === 'number' || (typeof v === 'object' && v !== null && 'formula' in v && typeof v.result === 'number');
}

function numberOf(v: SpecValue | undefined): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null && 'formula' in v && typeof v.result === 'number') return v.result;
  return null;
}

const ROW_CLASS: Record<string, string> = { good: 'good', bad: 'bad', warn: 'warn', info: 'info', muted: 'muted', subtotal: 'subtotal', total: 'total' };

function tableHtml(b: TableBlock): string {
  const n = b.columns.length;
  const head: string[] = [];
  if (b.groups?.length) {
    const cells: string[] = [];
    for (let c = 0; c < n; ) {
      const g = b.groups.find((x) => x.from === c);
      if (g) {
        const span = Math.min(Math.max(g.to, g.from), n - 1) - g.from + 1;
        cells.push(`<th colspan="${span}">${esc(g.label)}</th>`);
        c += span;
      } else {
        cells.push('<th></th>');
        c++;
      }
    }
    head.push(`<tr>${cells.join('')}</tr>`);
  }
  head.push(`<tr>${b.columns.map((c) => `<th>${esc(c.header)}</th>`).join('')}</tr>`);
  const body = b.rows.map((row, i) => {
    const cls = ROW_CLASS[b.rowStyles?.[i] ?? ''] ?? '';
    const cells = b.columns.map((c, j) => {
      const v = row[j];
      const align = c.align ?? (isNumeric(v) ? 'right' : 'left');
      return `<td class="${align}">${esc(cellText(v, c))}</td>`;
    });
    return `<tr${cls ? ` class="${cls}"` : ''}>${cells.join('')}</tr>`;
  });
  for (let k = b.blankRows ?? 0; k > 0; k--) body.push(`<tr>${b.columns.map(() => '<td>&nbsp;</td>').join('')}</tr>`);
  if (b.total) {
    const total = b.total;
    // Sums in whole hundredths, so the printed total is the exact sum of the printed amounts.
    const cells = b.columns.map((c, j) => {
      if (j === total.labelColumn) return `<td>${esc(total.label)}</td>`;
      if (!total.sumColumns.includes(j)) return '<td></td>';
      const sum = b.rows.reduce((s, r) => s + cents(numberOf(r[j]) ?? 0), 0);
      return `<td class="right">${esc(formatNumber(sum / 100, c.numFmt))}</td>`;
    });
    body.push(`<tr class="total">${cells.join('')}</tr>`);
  }
  return `<table class="data"><thead>${head.join('')}</thead><tbody>${body.join('')}</tbody></table>`;
}

/** A round step (1, 2 or 5 × 10ⁿ) giving four or five gridlines over the span. */
function niceStep(span: number): number {
  if (span <= 0) return 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

const COLORS = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];

/** A chart as inline SVG, drawn from the same placement as the native chart. */
export function chartSvg(p: ChartPlacement): string {
  const W = Math.round(p.width * 4 / 3);
  const H = Math.round(p.height * 4 / 3);
  const title = `<text x="${W / 2}" y="22" text-anchor="middle" class="ct">${esc(p.chart.title)}</text>`;
  const legend = p.series.map((s, i) => `<rect x="${20 + i * 110}" y="${H - 18}" width="10" height="10" fill="${COLORS[i % COLORS.length]}"/><text x="${34 + i * 110}" y="${H - 9}" class="cl">${esc(s.name)}</text>`).join('');
  if (p.chart.type === 'pie') {
    const values = (p.series[0]?.values ?? []).map((v) => Math.max(0, v ?? 0));
    const sum = values.reduce((a, b) => a + b, 0) || 1;
    const cx = W / 2;
    const cy = H / 2 + 5;
    const r = Math.min(W, H) / 3;
    let angle = -Math.PI / 2;
    const slices = values.map((v, i) => {
      const a = (v / sum) * Math.PI * 2;
      const x1 = cx + r * Math.cos(angle);
      const y1 = cy + r * Math.sin(angle);
      angle += a;
      const x2 = cx + r * Math.cos(angle);
      const y2 = cy + r * Math.sin(angle);
      return `<path d="M${cx},${cy} L${x1.toFixed(1)},${y1.toFixed(1)} A${r},${r} 0 ${a > Math.PI ? 1 : 0} 1 ${x2.toFixed(1)},${y2.toFixed(1)} Z" fill="${COLORS[i % COLORS.length]}" stroke="#fff"/>`;
    });
    const labels = p.categories.map((c, i) => `<text x="${W - 150}" y="${50 + i * 16}" class="cl" fill="${COLORS[i % COLORS.length]}">■ ${esc(c)}</text>`).join('');
    return `<svg class="chart" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(p.chart.title)}">${title}${slices.join('')}${labels}</svg>`;
  }
  const left = 70;
  const top = 36;
  const bottom = H - 80;
  const right = W - 16;
  const all = p.series.flatMap((s) => s.values.map((v) => v ?? 0));
  const step = niceStep(Math.max(0, ...all) - Math.min(0, ...all));
  const max = Math.ceil(Math.max(0, ...all) / step) * step;
  const min = Math.floor(Math.min(0, ...all) / step) * step;
  const span = max - min || 1;
  const y = (v: number) => bottom - ((v - min) / span) * (bottom - top);
  const n = Math.max(1, p.categories.length);
  const band = (right - left) / n;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(t);
  const grid = ticks.map((t) => `<line x1="${left}" x2="${right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" class="grid"/><text x="${left - 4}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" class="ax">${esc(formatNumber(Math.round(t), '#,##0'))}</text>`).join('');
  // Labels wider than their band are turned, as spreadsheet charts do.
  const turn = p.categories.some((c) => c.length * 10 > band);
  const cats = p.categories.map((c, i) => {
    const x = (left + band * (i + 0.5)).toFixed(1);
    return turn
      ? `<text x="${x}" y="${bottom + 12}" text-anchor="end" transform="rotate(-35 ${x} ${bottom + 12})" class="ax">${esc(c)}</text>`
      : `<text x="${x}" y="${bottom + 14}" text-anchor="middle" class="ax">${esc(c)}</text>`;
  }).join('');
  let marks = '';
  if (p.chart.type === 'line') {
    marks = p.series.map((s, k) => {
      const pts = s.values.map((v, i) => `${(left + band * (i + 0.5)).toFixed(1)},${y(v ?? 0).toFixed(1)}`).join(' ');
      return `<polyline points="${pts}" fill="none" stroke="${COLORS[k % COLORS.length]}" stroke-width="2"/>`;
    }).join('');
  } else {
    const m = p.series.length;
    const barW = (band * 0.7) / m;
    marks = p.series.map((s, k) => s.values.map((v, i) => {
      const val = v ?? 0;
      const x = left + band * i + band * 0.15 + barW * k;
      const y0 = y(Math.max(0, val));
      const h = Math.abs(y(val) - y(0));
      return `<rect x="${x.toFixed(1)}" y="${y0.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[k % COLORS.length]}"/>`;
    }).join('')).join('');
  }
  return `<svg class="chart" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(p.chart.title)}">${title}${grid}${marks}${cats}${legend}</svg>`;
}

function blockHtml(b: Block): string {
  switch (b.type) {
    case 'title':
      return `<h1>${esc(b.text)}</h1>`;
    case 'lines':
      return b.lines.map((l) => `<p class="${b.align ?? 'left'}">${esc(l)}</p>`).join('');
    case 'fields':
      return `<table class="fields">${b.pairs.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(cellText(v, undefined))}</td></tr>`).join('')}</table>`;
    case 'table':
      return tableHtml(b);
    case 'signatures':
      return `<div class="signatures">${b.labels.map((l) => `<span>${esc(/[：:]$/.test(l) ? l : `${l}：`)}<span class="blank"></span></span>`).join('')}</div>`;
    case 'spacer':
      return '<div class="spacer"></div>';
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

function sheetHtml(spec: SheetSpec, first: boolean): string {
  const charts = new Map<number, ChartPlacement[]>();
  const placements = chartPlacements(spec);
  for (const p of placements) charts.set(p.chart.anchor.block, [...(charts.get(p.chart.anchor.block) ?? []), p]);
  const parts = spec.blocks.map((b, i) => {
    const here = charts.get(i);
    // The rows a chart sits on in the sheet are the chart here.
    if (here) return `<div class="charts">${here.map(chartSvg).join('')}</div>`;
    return blockHtml(b);
  });
  const landscape = spec.print?.orientation === 'landscape';
  return `<section class="sheet${landscape ? ' landscape' : ''}${first ? '' : ' next'}" data-columns="${specWidth(spec)}">${parts.join('')}</section>`;
}

export interface PrintHtmlOptions {
  readonly locale: Locale;
  readonly title?: string;
}

/** A printable page of report sheets, each starting on a new A4 page. */
export function printHtml(sheets: readonly SheetSpec[], options: PrintHtmlOptions): string {
  const footer = options.locale === 'zh-CN' ? '"第 " counter(page) " 页，共 " counter(pages) " 页"' : '"Page " counter(page) " of " counter(pages)';
  const css = `
@page { size: A4 portrait; margin: 15mm 12mm 18mm; @bottom-center { content: ${footer}; font-size: 9pt; } }
@page landscape { size: A4 landscape; margin: 15mm 12mm 18mm; @bottom-center { content: ${footer}; font-size: 9pt; } }
body { font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", serif; font-size: 10pt; color: #000; margin: 0; }
section.sheet.landscape { page: landscape; }
section.sheet.next { break-before: page; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 6pt; }
p { margin: 2pt 0; } p.right { text-align: right; } p.center { text-align: center; }
table.data { border-collapse: collapse; width: 100%; margin: 4pt 0; }
table.data th, table.data td { border: 0.5pt solid #808080; padding: 1pt 4pt; }
table.data th { background: #D9E1F2; font-weight: bold; text-align: center; }
thead { display: table-header-group; } tr { break-inside: avoid; }
td.right { text-align: right; white-space: nowrap; } td.center { text-align: center; }
tr.total td, tr.subtotal td { font-weight: bold; } tr.muted td { color: #808080; }
tr.good td { background: #C6EFCE; } tr.bad td { background: #FFC7CE; } tr.warn td { background: #FFEB9C; } tr.info td { background: #DDEBF7; }
table.fields th { text-align: right; padding-right: 6pt; }
.signatures { display: flex; gap: 36pt; margin-top: 16pt; } .signatures .blank { display: inline-block; width: 80pt; border-bottom: 0.5pt solid #000; }
.spacer { height: 8pt; } .page-break { break-after: page; }
.charts { break-inside: avoid; margin: 8pt 0; } svg.chart { border: 0.5pt solid #D9D9D9; }
svg .ct { font-size: 14px; font-weight: bold; } svg .ax, svg .cl { font-size: 10px; } svg .grid { stroke: #D9D9D9; stroke-width: 1; }
`;
  const title = options.title ?? sheets[0]?.name ?? '';
  return `<!DOCTYPE html>\n<html lang="${options.locale}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${css}</style></head>`
    + `<body>${sheets.map((s, i) => sheetHtml(s, i === 0)).join('')}</body></html>`;
}
