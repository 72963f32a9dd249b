/**
 * A whole print run: every chosen item's label laid out on the layout's pages. The result is the
 * drawing both outputs consume — the PDF writer and the browser's print view — so they cannot differ.
 */
import { localize, type Locale } from '../i18n/locale';
import { sameText } from '../reconcile/normalize';
import { designLabel, type DesignProblem, type LabelCodes, type LabelDrawing, type LabelLine } from './design';
import type { LabelItem } from './items';
import { labelBoxes, type LabelLayout } from './layouts';
import { labelMessages } from './messages';
import type { PdfPage } from './pdf';

export interface LabelRunOptions {
  readonly school?: string;
  readonly locale: Locale;
}

export interface LabelRun {
  readonly layout: LabelLayout;
  /** Per page, the drawings of its labels in print order. */
  readonly pages: Array<Array<LabelDrawing & { readonly item: LabelItem & { readonly payload: string } }>>;
}

export type LabelRunResult = { readonly ok: true; readonly run: LabelRun } | { readonly ok: false; readonly problem: DesignProblem; readonly item: LabelItem & { readonly payload: string } };

/** The printed lines: school, asset name, code (as scanned), department and place, acquisition date. */
export function labelLines(item: LabelItem & { readonly payload: string }, options: LabelRunOptions): LabelLine[] {
  const place = item.department && item.location && !sameText(item.department, item.location) ? `${item.department} / ${item.location}` : item.department || item.location;
  return [
    { role: 'school', text: options.school ?? '' },
    { role: 'name', text: item.name },
    { role: 'code', text: item.payload },
    { role: 'place', text: place },
    { role: 'date', text: item.acquiredOn ? localize(labelMessages, 'line.date', { date: item.acquiredOn })[options.locale] : '' },
  ];
}

export function layoutLabels(
  layout: LabelLayout,
  items: ReadonlyArray<LabelItem & { readonly payload: string }>,
  encode: (payload: string) => LabelCodes,
  options: LabelRunOptions,
): LabelRunResult {
  const pages: LabelRun['pages'] = [];
  let i = 0;
  for (const boxes of labelBoxes(layout, items.length)) {
    const page: LabelRun['pages'][number] = [];
    for (const box of boxes) {
      const item = items[i++];
      if (!item) break;
      const designed = designLabel(box, encode(item.payload), labelLines(item, options));
      if (!designed.ok) return { ok: false, problem: designed.problem, item };
      page.push({ ...designed.drawing, item });
    }
    pages.push(page);
  }
  return { ok: true, run: { layout, pages } };
}

export function pdfPages(run: LabelRun): PdfPage[] {
  return run.pages.map((labels) => ({ size: run.layout.page, shapes: labels.flatMap((l) => l.shapes) }));
}
