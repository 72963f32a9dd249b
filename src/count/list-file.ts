/**
 * A count list file as count entries, read by reconciliation's own scan import (parseScan): the
 * office's export, or any CSV with 资产编号 / 资产名称 / 存放地点 / 使用部门 / 数量 columns.
 */
import { parseScan } from '../core/reconcile/scan';
import type { CountEntry } from '../core/labels';

export interface ReadList {
  readonly entries: CountEntry[];
  /** The first error found reading it, in both languages, or null. */
  readonly problem: { readonly 'zh-CN': string; readonly 'en-US': string } | null;
}

export function readCountList(text: string, fileName: string): ReadList {
  const scan = parseScan(text, fileName);
  const problem = scan.findings.find((f) => f.severity === 'error')?.message ?? null;
  const entries = scan.rows.map((r) => ({ key: r.codeKey, code: r.code, name: r.name, location: r.location, department: r.department, quantity: r.quantity }));
  return { entries, problem };
}
