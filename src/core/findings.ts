/**
 * A finding is a problem a user can cause or needs to know about, pointing at a cell. Parsers and
 * engines return findings instead of throwing, so the user sees every problem at once.
 */
import { z } from 'zod';
import { localizedSchema, type Localized } from './i18n/locale';

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export const findingSchema = z.object({
  sheet: z.string(),
  /** A1 address on that sheet ("H17", or "B4:B9" for a block); empty when it concerns the whole sheet. */
  cell: z.string(),
  severity: severitySchema,
  /** Stable machine key of the kind of problem, e.g. "cell.error". */
  code: z.string(),
  /** Canonical field key the cell belongs to, when known. */
  field: z.string().optional(),
  message: localizedSchema,
});
export type Finding = z.infer<typeof findingSchema>;

export function finding(
  sheet: string,
  cell: string,
  severity: Severity,
  code: string,
  message: Localized,
  field?: string,
): Finding {
  return field === undefined ? { sheet, cell, severity, code, message } : { sheet, cell, severity, code, field, message };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function bySeverity(a: Finding, b: Finding): number {
  return ORDER[a.severity] - ORDER[b.severity];
}

/**
 * Collects findings with a cap per code, so a sheet with 100,000 bad cells stays readable and small
 * in memory; the overflow is counted and reported as one line.
 */
export class FindingCollector {
  private readonly items: Finding[] = [];
  private readonly perCode = new Map<string, number>();
  private readonly overflow = new Map<string, { count: number; sample: Finding }>();

  constructor(private readonly capPerCode = 200) {}

  add(f: Finding): void {
    const n = this.perCode.get(f.code) ?? 0;
    this.perCode.set(f.code, n + 1);
    if (n < this.capPerCode) {
      this.items.push(f);
      return;
    }
    const o = this.overflow.get(f.code);
    if (o) o.count++;
    else this.overflow.set(f.code, { count: 1, sample: f });
  }

  addAll(fs: Iterable<Finding>): void {
    for (const f of fs) this.add(f);
  }

  /** How many findings of each code were seen, including those past the cap. */
  counts(): ReadonlyMap<string, number> {
    return this.perCode;
  }

  omitted(): ReadonlyArray<{ code: string; count: number; sample: Finding }> {
    return [...this.overflow].map(([code, o]) => ({ code, count: o.count, sample: o.sample }));
  }

  list(): Finding[] {
    return [...this.items];
  }
}
