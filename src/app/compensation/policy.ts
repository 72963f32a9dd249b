/**
 * The school's compensation policy (赔偿办法) as the workbook keeps it: on a sheet Taizhang creates
 * and staff edit in plain Chinese. Reading it validates every cell (a bad cell is a finding that
 * points at it, and the default stands for that setting); a workbook without one uses the default
 * policy. A JSON file of the policy's shape can stand in for the sheet (the CLI's --policy).
 */
import { z } from 'zod';
import {
  DEFAULT_POLICY,
  overdueSchema,
  POLICY_SHEET_KIND,
  policySchema,
  readPolicyFromGrid,
  renderPolicySheet,
  type Policy,
} from '../../core/compensation';
import { SHEET_TEXT } from '../../core/compensation/sheetText';
import { UserError } from '../../core/errors';
import type { Finding } from '../../core/findings';
import { localize, type Locale } from '../../core/i18n/locale';
import { cellText, type Grid } from '../../core/sheet/grid';
import { normalizeHeader } from '../../core/text';
import { SETTINGS_SHEET, type WorkbookPort } from '../../workbook/port';
import { listOwnedSheets, writeOwnedSheet, type WrittenSheet } from '../owned-sheets';
import { compensationAppMessages as msg } from './messages';

/** Where the policy in use came from. */
export type PolicySource = 'sheet' | 'default' | 'given';

export interface LoadedPolicy {
  readonly policy: Policy;
  /** Bad cells of the policy sheet (each kept its default). */
  readonly findings: readonly Finding[];
  readonly source: PolicySource;
  /** The policy sheet read, when there is one. */
  readonly sheet: string | null;
}

const POLICY_SHEET_NAMES = new Set(Object.values(SHEET_TEXT.policySheet).map((n) => n.toLowerCase()));

/** True when the grid has the settings table's header (设置项 | 值), in either language. */
function hasSettingsTable(grid: Grid): boolean {
  const labels = (key: 'colSetting' | 'colValue'): Set<string> => new Set(Object.values(SHEET_TEXT[key]).map(normalizeHeader));
  const setting = labels('colSetting');
  const value = labels('colValue');
  return grid.rows.some((row) => {
    const texts = row.map((c) => normalizeHeader(cellText(c)));
    return texts.some((t) => setting.has(t)) && texts.some((t) => value.has(t));
  });
}

/**
 * The policy sheet and its grid: the one Taizhang created (it owns it, whatever it was renamed to);
 * else a sheet named 赔偿办法 that holds the settings table (copied in from another workbook, or
 * laid out by hand). A sheet of that name without the table is the user's text, not a policy.
 */
export async function findPolicySheet(port: WorkbookPort): Promise<{ sheet: string; grid: Grid } | null> {
  const owned = (await listOwnedSheets(port)).find((o) => o.kind === POLICY_SHEET_KIND);
  if (owned) return { sheet: owned.name, grid: await port.readGrid(owned.name) };
  for (const s of await port.listSheets()) {
    if (s.name === SETTINGS_SHEET || !POLICY_SHEET_NAMES.has(s.name.toLowerCase())) continue;
    const grid = await port.readGrid(s.name);
    if (hasSettingsTable(grid)) return { sheet: s.name, grid };
  }
  return null;
}

/** The workbook's policy: its policy sheet read and validated, or the default policy when it has none. */
export async function loadPolicy(port: WorkbookPort): Promise<LoadedPolicy> {
  const found = await findPolicySheet(port);
  if (!found) return { policy: DEFAULT_POLICY, findings: [], source: 'default', sheet: null };
  const { policy, findings } = readPolicyFromGrid(found.grid);
  return { policy, findings, source: 'sheet', sheet: found.sheet };
}

export interface PolicySheetOptions {
  /** What to write; the default policy when absent (a school then edits the sheet). */
  readonly policy?: Policy;
  readonly locale?: Locale;
  readonly now?: Date;
}

/**
 * Writes the policy sheet. A re-run replaces Taizhang's own policy sheet (under the name it was
 * asked for, in whichever language), never a user's sheet that happens to be called 赔偿办法.
 */
export async function createPolicySheet(port: WorkbookPort, options: PolicySheetOptions = {}): Promise<WrittenSheet> {
  const spec = renderPolicySheet(options.policy ?? DEFAULT_POLICY, options.locale ?? 'zh-CN');
  const owned = (await listOwnedSheets(port)).find((o) => o.kind === POLICY_SHEET_KIND);
  const name = owned ? (owned.requested ?? owned.name) : spec.name;
  return writeOwnedSheet(port, { ...spec, name }, { now: options.now });
}

/**
 * A policy file: the policy's own shape, every key optional (what is left out keeps the default,
 * multipliers and overdue key by key). Unknown keys are refused, so a typo is not silently ignored.
 */
const policyFileSchema = policySchema
  .extend({
    multipliers: policySchema.shape.multipliers.partial().strict(),
    overdue: overdueSchema.partial().strict(),
  })
  .partial()
  .strict();

/** A policy from the text of a JSON file (named `file` in messages), merged over the default policy. */
export function parsePolicyJson(text: string, file: string): Policy {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError('compensation.policyFile.notJson', localize(msg, 'policyFile.notJson', { file, reason: e instanceof Error ? e.message : String(e) }));
  }
  const parsed = policyFileSchema.safeParse(raw);
  if (!parsed.success) throw invalidPolicyFile(file, parsed.error.issues);
  const given = parsed.data;
  const merged = {
    ...DEFAULT_POLICY,
    ...given,
    multipliers: { ...DEFAULT_POLICY.multipliers, ...given.multipliers },
    overdue: { ...DEFAULT_POLICY.overdue, ...given.overdue },
  };
  const checked = policySchema.safeParse(merged);
  if (!checked.success) throw invalidPolicyFile(file, checked.error.issues);
  return checked.data;
}

function invalidPolicyFile(file: string, issues: readonly z.core.$ZodIssue[]): UserError {
  const list = issues
    .slice(0, 10)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  return new UserError('compensation.policyFile.invalid', localize(msg, 'policyFile.invalid', { file, issues: list }));
}
