/**
 * Label layouts as data: the page, the grid of labels on it and each label's size, all in mm. A4
 * sheets follow the common die-cut stock sold in China and by Avery (3×8 L7159, 2×5 L7173, 3×10);
 * thermal rolls are one label a page. A custom grid is parsed from one short text so the CLI, the
 * pane and settings store the same thing.
 */
export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Box extends Size {
  /** From the page's left edge, mm. */
  readonly x: number;
  /** From the page's top edge, mm. */
  readonly y: number;
}

export interface LabelLayout {
  readonly key: string;
  readonly kind: 'sheet' | 'thermal';
  readonly page: Size;
  readonly columns: number;
  readonly rows: number;
  /** Top-left corner of the first label. */
  readonly margin: { readonly left: number; readonly top: number };
  /** Distance from one label's corner to the next one's. */
  readonly pitch: { readonly x: number; readonly y: number };
  readonly label: Size;
}

const A4: Size = { width: 210, height: 297 };

function thermal(key: string, width: number, height: number): LabelLayout {
  return { key, kind: 'thermal', page: { width, height }, columns: 1, rows: 1, margin: { left: 0, top: 0 }, pitch: { x: width, y: height }, label: { width, height } };
}

export const LABEL_LAYOUTS: readonly LabelLayout[] = [
  { key: 'a4-3x8', kind: 'sheet', page: A4, columns: 3, rows: 8, margin: { left: 7.2, top: 12.9 }, pitch: { x: 66, y: 33.9 }, label: { width: 63.5, height: 33.9 } },
  { key: 'a4-3x10', kind: 'sheet', page: A4, columns: 3, rows: 10, margin: { left: 7.2, top: 15 }, pitch: { x: 66, y: 26.7 }, label: { width: 63.5, height: 26.7 } },
  { key: 'a4-2x5', kind: 'sheet', page: A4, columns: 2, rows: 5, margin: { left: 4.7, top: 6 }, pitch: { x: 101.6, y: 57 }, label: { width: 99.1, height: 57 } },
  thermal('thermal-50x30', 50, 30),
  thermal('thermal-40x30', 40, 30),
  thermal('thermal-60x40', 60, 40),
];

export const LAYOUT_KEYS: readonly string[] = LABEL_LAYOUTS.map((l) => l.key);

export type LayoutProblem =
  | { readonly kind: 'unknown'; readonly value: string }
  | { readonly kind: 'badCustom'; readonly value: string }
  | { readonly kind: 'doesNotFit'; readonly value: string }
  | { readonly kind: 'overlap'; readonly value: string };

export type LayoutResult = { readonly ok: true; readonly layout: LabelLayout } | { readonly ok: false; readonly problem: LayoutProblem };

/**
 * `custom:cols=3,rows=8,label=63.5x33.9,pitch=66x33.9,margin=7.2x12.9[,page=210x297]` — pitch defaults
 * to the label size (labels touching), margin to 0, page to A4. Keys are as written; sizes in mm.
 */
function parseCustom(value: string): LayoutResult {
  const bad: LayoutResult = { ok: false, problem: { kind: 'badCustom', value } };
  const parts = new Map<string, string>();
  for (const part of value.slice('custom:'.length).split(',')) {
    const [k, v] = part.split('=').map((s) => s.trim());
    if (!k || v === undefined) return bad;
    parts.set(k.toLowerCase(), v);
  }
  const pair = (text: string | undefined): Size | null => {
    if (text === undefined) return null;
    const m = /^(\d+(?:\.\d+)?)[x×*](\d+(?:\.\d+)?)$/i.exec(text);
    return m ? { width: Number(m[1]), height: Number(m[2]) } : null;
  };
  const count = (text: string | undefined): number | null => (text !== undefined && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null);
  const columns = count(parts.get('cols') ?? parts.get('columns'));
  const rows = count(parts.get('rows'));
  const label = pair(parts.get('label'));
  if (columns === null || rows === null || label === null || label.width <= 0 || label.height <= 0) return bad;
  const pitch = parts.has('pitch') ? pair(parts.get('pitch')) : label;
  const margin = parts.has('margin') ? pair(parts.get('margin')) : { width: 0, height: 0 };
  const page = parts.has('page') ? pair(parts.get('page')) : A4;
  if (pitch === null || margin === null || page === null) return bad;
  const layout: LabelLayout = {
    key: value,
    kind: columns === 1 && rows === 1 && page.width === label.width && page.height === label.height ? 'thermal' : 'sheet',
    page,
    columns,
    rows,
    margin: { left: margin.width, top: margin.height },
    pitch: { x: pitch.width, y: pitch.height },
    label,
  };
  return checkLayout(layout);
}

/** Tenths of a millimetre are the precision of any label stock's datasheet; beyond that is float noise. */
const EPSILON = 0.05;

/** A layout whose labels overlap or leave the page is refused rather than printed off the edge. */
export function checkLayout(layout: LabelLayout): LayoutResult {
  const { columns, rows, margin, pitch, label, page } = layout;
  if ((columns > 1 && pitch.x + EPSILON < label.width) || (rows > 1 && pitch.y + EPSILON < label.height)) return { ok: false, problem: { kind: 'overlap', value: layout.key } };
  const right = margin.left + (columns - 1) * pitch.x + label.width;
  const bottom = margin.top + (rows - 1) * pitch.y + label.height;
  if (right > page.width + EPSILON || bottom > page.height + EPSILON) return { ok: false, problem: { kind: 'doesNotFit', value: layout.key } };
  return { ok: true, layout };
}

export function findLayout(value: string): LayoutResult {
  const key = value.trim();
  if (key.toLowerCase().startsWith('custom:')) return parseCustom(key);
  const layout = LABEL_LAYOUTS.find((l) => l.key === key.toLowerCase());
  return layout ? { ok: true, layout } : { ok: false, problem: { kind: 'unknown', value } };
}

/** The boxes of `count` labels, page by page, row by row (the order label stock is peeled in). */
export function labelBoxes(layout: LabelLayout, count: number): Box[][] {
  const perPage = layout.columns * layout.rows;
  const pages: Box[][] = [];
  for (let i = 0; i < count; i++) {
    const slot = i % perPage;
    if (slot === 0) pages.push([]);
    const col = slot % layout.columns;
    const row = Math.floor(slot / layout.columns);
    pages[pages.length - 1]?.push({
      x: round(layout.margin.left + col * layout.pitch.x),
      y: round(layout.margin.top + row * layout.pitch.y),
      width: layout.label.width,
      height: layout.label.height,
    });
  }
  return pages;
}

/** Positions to the thousandth of a mm, so 7.2 + 2 × 66 is 139.2 and not 139.20000000000002. */
function round(mm: number): number {
  return Math.round(mm * 1000) / 1000;
}
