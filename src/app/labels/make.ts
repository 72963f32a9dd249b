/**
 * The labels use case: chosen ledger items → laid-out labels → PDF. Problems a user can fix (an
 * unknown layout, a code too dense for the label) are messages naming the layout, code and row.
 */
import { UserError } from '../../core/errors';
import { localize, type Locale } from '../../core/i18n/locale';
import {
  findLayout,
  labelMessages,
  layoutLabels,
  LAYOUT_KEYS,
  pdfPages,
  selectItems,
  writePdf,
  type LabelItem,
  type LabelLayout,
  type LabelRun,
  type LabelSelection,
} from '../../core/labels';
import { labelEncoder } from './encode';

export interface MakeLabelsRequest {
  readonly items: readonly LabelItem[];
  readonly layout: string;
  readonly selection?: LabelSelection;
  readonly school?: string;
  readonly code128?: boolean;
  readonly locale: Locale;
}

export interface MadeLabels {
  readonly run: LabelRun;
  readonly labelled: number;
  readonly withoutCode: LabelItem[];
}

export function resolveLayout(value: string): LabelLayout {
  const found = findLayout(value);
  if (found.ok) return found.layout;
  const { kind, value: v } = found.problem;
  const key = `layout.${kind}` as const;
  throw new UserError(`labels.${key}`, localize(labelMessages, key, { value: v, choices: LAYOUT_KEYS.join(', ') }));
}

export function makeLabels(request: MakeLabelsRequest): MadeLabels {
  const layout = resolveLayout(request.layout);
  const { labelled, withoutCode } = selectItems(request.items, request.selection);
  const result = layoutLabels(layout, labelled, labelEncoder(request.code128 === true), { school: request.school, locale: request.locale });
  if (!result.ok) {
    const key = `design.${result.problem.kind}` as const;
    throw new UserError(`labels.${key}`, localize(labelMessages, key, { code: result.item.payload, row: result.item.row, layout: layout.key, module: result.problem.moduleMm.toFixed(2) }));
  }
  return { run: result.run, labelled: labelled.length, withoutCode };
}

export function labelsPdf(made: MadeLabels, title: string): Uint8Array {
  return writePdf(pdfPages(made.run), title);
}
