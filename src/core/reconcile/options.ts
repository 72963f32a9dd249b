/**
 * What the user chooses for a run: which fields to compare on matched rows, the amount tolerance,
 * the candidate pass's threshold and block limits, and the confirm/reject decisions on possible
 * matches (a re-run with decisions is how confirmed matches update the totals).
 */
import { z } from 'zod';
import { compareFieldSchema, MONEY_COMPARE_FIELDS, TEXT_COMPARE_FIELDS, type CompareField } from './records';

export const decisionSchema = z.object({
  /** Sheet row numbers, as the user sees them. */
  countRow: z.number().int().min(1),
  ledgerRow: z.number().int().min(1),
  decision: z.enum(['confirm', 'reject']),
});
export type Decision = z.infer<typeof decisionSchema>;

/** Where a side's rows come from, so findings and links can name a cell ("固定资产明细账!B17"). */
export const sourceSchema = z.object({
  sheet: z.string(),
  /** Column of the code (1-based), the cell findings and links point at. */
  codeColumn: z.number().int().min(1).default(1),
  /** False for a scan file: its rows are lines, not cells one can link to. */
  linkable: z.boolean().default(true),
});
export type Source = z.infer<typeof sourceSchema>;
export type SourceInput = z.input<typeof sourceSchema>;

export const candidateOptionsSchema = z.object({
  enabled: z.boolean().default(true),
  /** Weighted similarity (0–1) at or above which a pair is proposed. */
  threshold: z.number().min(0).max(1).default(0.7),
  /** Name similarity below this never proposes, however well spec and place agree. */
  minNameSimilarity: z.number().min(0).max(1).default(0.5),
  /** Proposals kept per count row, best first. */
  maxCandidates: z.number().int().min(1).max(20).default(3),
  /** A name bigram shared by more ledger rows than this is too common to block on. */
  maxBlock: z.number().int().min(10).default(1000),
});
export type CandidateOptions = z.infer<typeof candidateOptionsSchema>;

export const reconcileOptionsSchema = z.object({
  /** Fields compared on matched rows (quantity is always compared). */
  compareFields: z.array(compareFieldSchema).default(['department', 'location', 'custodian', 'status']),
  /** Money differences up to this many 分 are not differences. */
  amountTolerance: z.number().int().min(0).default(0),
  /**
   * 'ignore': a blank on either side is "not recorded", not a difference (a count sheet that leaves
   * 保管人 empty claims nothing). 'compare': blank against a value is a difference.
   */
  blanks: z.enum(['ignore', 'compare']).default('ignore'),
  candidates: candidateOptionsSchema.prefault({}),
  decisions: z.array(decisionSchema).default([]),
  ledgerSource: sourceSchema.prefault({ sheet: '账簿' }),
  countSource: sourceSchema.prefault({ sheet: '盘点表' }),
});
export type ReconcileOptions = z.infer<typeof reconcileOptionsSchema>;
export type ReconcileOptionsInput = z.input<typeof reconcileOptionsSchema>;

const FIELD_ORDER: readonly CompareField[] = [...TEXT_COMPARE_FIELDS, ...MONEY_COMPARE_FIELDS];

/** Parsed options with compare fields deduplicated and in canonical order, so differences list stably. */
export function resolveOptions(input: ReconcileOptionsInput = {}): ReconcileOptions {
  const options = reconcileOptionsSchema.parse(input);
  const chosen = new Set(options.compareFields);
  return { ...options, compareFields: FIELD_ORDER.filter((f) => chosen.has(f)) };
}
