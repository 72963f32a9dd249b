/**
 * One label's drawing in mm on its page: the QR code on the left, the texts beside it, an optional
 * Code 128 band across the bottom. Module sizes are whole dots of a 203-dpi thermal head (the
 * coarsest printer a school uses) so every module prints the same width; a code that would need
 * modules under 3 dots (0.375 mm) on this label is refused, never printed unreadable.
 */
import type { Box } from './layouts';
import { patternWidth, qrRuns, type BarPattern, type QrMatrix } from './codes';

/** One dot of a 203-dpi print head, in mm. */
export const DOT_MM = 25.4 / 203;
/** Smallest QR module printed: 3 dots. */
export const MIN_QR_MODULE_MM = 3 * DOT_MM;
/** Smallest Code 128 bar: 2 dots (0.25 mm), what 203-dpi printers and phone cameras still resolve. */
export const MIN_BAR_MODULE_MM = 2 * DOT_MM;
/** QR quiet zone kept inside the label, in modules, on each side (the label's padding adds to it). */
export const QR_QUIET_MODULES = 2;
/** Code 128 quiet zone, in modules, on each side. */
export const BAR_QUIET_MODULES = 10;
/** Smallest text height printed: about 5.5 pt, still legible on a 203-dpi label. */
export const MIN_TEXT_MM = 1.95;
/** Largest text height: about 9 pt; bigger text only crowds the QR. */
export const MAX_TEXT_MM = 3.2;
/** Line height as a multiple of the text size. */
const LINE = 1.25;
/** The part of a text size above the baseline (CJK fonts sit at about 0.88 em ascent). */
const ASCENT = 0.88;

export interface RectShape {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TextShape {
  readonly kind: 'text';
  readonly x: number;
  /** Baseline, from the page's top edge. */
  readonly y: number;
  /** Em size in mm. */
  readonly size: number;
  readonly text: string;
}

export type Shape = RectShape | TextShape;

export type LineRole = 'school' | 'name' | 'code' | 'place' | 'date';

export interface LabelLine {
  readonly role: LineRole;
  readonly text: string;
}

/** Relative size and keep-order of each line: lines with the highest drop rank go first when space is short. */
const LINE_STYLE: Readonly<Record<LineRole, { readonly weight: number; readonly drop: number }>> = {
  name: { weight: 1.15, drop: 0 },
  code: { weight: 1, drop: 0 },
  place: { weight: 0.9, drop: 1 },
  school: { weight: 0.85, drop: 2 },
  date: { weight: 0.85, drop: 3 },
};

export interface LabelDrawing {
  readonly box: Box;
  /** The QR symbol's modules area (without quiet zone) and its module size. */
  readonly qr: Box & { readonly module: number };
  readonly barcode: (Box & { readonly module: number }) | null;
  readonly shapes: Shape[];
  /** Lines left out for lack of room. */
  readonly dropped: LineRole[];
}

export type DesignProblem =
  | { readonly kind: 'qrTooDense'; readonly moduleMm: number }
  | { readonly kind: 'barcodeTooLong'; readonly moduleMm: number };

export type DesignResult = { readonly ok: true; readonly drawing: LabelDrawing } | { readonly ok: false; readonly problem: DesignProblem };

export interface LabelCodes {
  readonly qr: QrMatrix;
  readonly bars?: BarPattern;
}

const snap = (mm: number): number => Math.floor(mm / DOT_MM + 1e-9) * DOT_MM;

/** Width of a text in em: ASCII half-width, everything else full-width (the PDF font's widths say the same). */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) < 0x7f ? 0.5 : 1;
  return em;
}

function fitText(text: string, size: number, width: number): { text: string; size: number } {
  const em = textEm(text);
  if (em * size <= width) return { text, size };
  const shrunk = width / em;
  if (shrunk >= MIN_TEXT_MM) return { text, size: shrunk };
  let out = '';
  let used = 1; // the ellipsis
  for (const ch of text) {
    const w = textEm(ch);
    if ((used + w) * MIN_TEXT_MM > width) break;
    out += ch;
    used += w;
  }
  return { text: `${out}…`, size: MIN_TEXT_MM };
}

export function designLabel(box: Box, codes: LabelCodes, lines: readonly LabelLine[]): DesignResult {
  const pad = Math.min(2.5, Math.max(1.2, Math.min(box.width, box.height) * 0.05));
  const inner = { x: box.x + pad, y: box.y + pad, width: box.width - 2 * pad, height: box.height - 2 * pad };
  const shapes: Shape[] = [];

  let upperHeight = inner.height;
  let barcode: LabelDrawing['barcode'] = null;
  if (codes.bars) {
    const modules = patternWidth(codes.bars) + 2 * BAR_QUIET_MODULES;
    const module = snap(inner.width / modules);
    if (module < MIN_BAR_MODULE_MM - 1e-9) return { ok: false, problem: { kind: 'barcodeTooLong', moduleMm: inner.width / modules } };
    const height = Math.min(10, Math.max(5, inner.height * 0.28));
    const width = patternWidth(codes.bars) * module;
    const band = { x: inner.x + (inner.width - width) / 2, y: inner.y + inner.height - height, width, height, module };
    let x = band.x;
    codes.bars.forEach((w, i) => {
      if (i % 2 === 0) shapes.push({ kind: 'rect', x, y: band.y, width: w * module, height });
      x += w * module;
    });
    barcode = band;
    upperHeight = inner.height - height - 1;
  }

  const side = Math.min(upperHeight, inner.width * 0.5);
  const modules = codes.qr.size + 2 * QR_QUIET_MODULES;
  const module = snap(side / modules);
  if (module < MIN_QR_MODULE_MM - 1e-9) return { ok: false, problem: { kind: 'qrTooDense', moduleMm: side / modules } };
  const qrSide = module * modules;
  const qrX = inner.x + QR_QUIET_MODULES * module;
  const qrY = inner.y + (upperHeight - qrSide) / 2 + QR_QUIET_MODULES * module;
  const qr = { x: qrX, y: qrY, width: codes.qr.size * module, height: codes.qr.size * module, module };
  for (const run of qrRuns(codes.qr)) {
    shapes.push({ kind: 'rect', x: qrX + run.col * module, y: qrY + run.row * module, width: run.width * module, height: run.height * module });
  }

  const textX = inner.x + qrSide + 0.8;
  const textWidth = inner.x + inner.width - textX;
  let kept = lines.filter((l) => l.text.trim() !== '');
  const dropped: LineRole[] = [];
  const baseFor = (ls: readonly LabelLine[]): number => Math.min(MAX_TEXT_MM, upperHeight / (LINE * ls.reduce((s, l) => s + LINE_STYLE[l.role].weight, 0)));
  // Drop the least needed line while the smallest line would fall under the legible size.
  while (kept.length > 0 && baseFor(kept) * Math.min(...kept.map((l) => LINE_STYLE[l.role].weight)) < MIN_TEXT_MM) {
    const worst = kept.reduce((a, b) => (LINE_STYLE[b.role].drop > LINE_STYLE[a.role].drop ? b : a));
    if (LINE_STYLE[worst.role].drop === 0) break;
    kept = kept.filter((l) => l !== worst);
    dropped.push(worst.role);
  }
  if (kept.length > 0 && textWidth >= 2 * MIN_TEXT_MM) {
    const base = baseFor(kept);
    const fitted = kept.map((l) => fitText(l.text.trim(), Math.max(MIN_TEXT_MM, base * LINE_STYLE[l.role].weight), textWidth));
    const block = fitted.reduce((s, f) => s + f.size * LINE, 0);
    let y = inner.y + Math.max(0, (upperHeight - block) / 2);
    for (const f of fitted) {
      shapes.push({ kind: 'text', x: textX, y: y + f.size * (ASCENT + (LINE - 1) / 2), size: f.size, text: f.text });
      y += f.size * LINE;
    }
  } else dropped.push(...kept.map((l) => l.role));

  return { ok: true, drawing: { box, qr, barcode, shapes, dropped } };
}
