/**
 * Data validations read from the sheet XML itself. ExcelJS 4.4 turns each validation range into one
 * entry per cell — a drop-down on a whole column costs a million entries, seconds and hundreds of
 * megabytes — so it is told to skip them, and they are put back here with their ranges intact.
 */
import type { DataValidation, Workbook } from 'exceljs';
import type { ZipEntry } from './zip-directory';
import { entrySection, entryText } from './zip-text';
import { validationsOf } from './load-fixes';

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

/** Worksheet part path by sheet name, from workbook.xml and its relationships. */
export async function sheetParts(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<Map<string, string>> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbook = byName.get('xl/workbook.xml');
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  const parts = new Map<string, string>();
  if (!workbook || !rels) return parts;
  const targets = new Map<string, string>();
  for (const tag of (await entryText(bytes, rels)).match(/<(\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const a = attributes(tag);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  for (const tag of (await entryText(bytes, workbook)).match(/<(\w+:)?sheet\b[^>]*>/g) ?? []) {
    const a = attributes(tag);
    // The relationships namespace is "r:" by convention only.
    const rid = Object.entries(a).find(([k]) => /:id$/.test(k))?.[1];
    const target = rid === undefined ? undefined : targets.get(rid);
    if (a.name !== undefined && target) parts.set(a.name, normalize(target));
  }
  return parts;
}

/** Puts every sheet's validations into ExcelJS's model, keyed by range as the file has them. */
export async function restoreValidations(wb: Workbook, bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<void> {
  const parts = await sheetParts(bytes, entries);
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const ws of wb.worksheets) {
    const part = parts.get(ws.name);
    const entry = part === undefined ? undefined : byName.get(part);
    if (!entry) continue;
    const section = await entrySection(bytes, entry, '<dataValidations', '</dataValidations>');
    if (!section) continue;
    const model = validationsOf(ws);
    for (const [sqref, dv] of parseValidations(section)) model.add(sqref, dv);
  }
}

/** (range, rule) pairs of a `<dataValidations>` element, in ExcelJS's model shape. */
export function parseValidations(xml: string): [string, DataValidation][] {
  const out: [string, DataValidation][] = [];
  for (const m of xml.matchAll(/<dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g)) {
    const a = attributes(m[1] ?? '');
    const body = m[2] ?? '';
    const type = a.type ?? 'any';
    const formulae = [1, 2]
      .map((i) => new RegExp(`<formula${i}>([\\s\\S]*?)</formula${i}>`).exec(body)?.[1])
      .filter((f): f is string => f !== undefined)
      .map(unescapeXml);
    const dv: Record<string, unknown> = { type };
    if (formulae.length) {
      // ExcelJS writes a date rule's bounds from Date objects; other formulas go back as written.
      if (type === 'date') {
        if (!formulae.every((f) => /^-?\d+(\.\d+)?$/.test(f))) continue;
        dv.formulae = formulae.map((f) => new Date(Math.round((Number(f) - UNIX_EPOCH_SERIAL) * MS_PER_DAY)));
      } else {
        dv.formulae = formulae;
      }
    }
    if (a.type !== undefined && a.allowBlank !== undefined) dv.allowBlank = isTrue(a.allowBlank);
    if (a.showInputMessage !== undefined) dv.showInputMessage = isTrue(a.showInputMessage);
    if (a.showErrorMessage !== undefined) dv.showErrorMessage = isTrue(a.showErrorMessage);
    if (type !== 'any' && type !== 'list' && type !== 'custom') dv.operator = a.operator ?? 'between';
    for (const key of ['promptTitle', 'prompt', 'errorStyle', 'errorTitle', 'error'] as const) {
      const v = a[key];
      if (v !== undefined) dv[key] = v;
    }
    for (const range of (a.sqref ?? '').split(/\s+/).filter(Boolean)) out.push([range, dv as unknown as DataValidation]);
  }
  return out;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1] ?? ''] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, code: string) => {
    const c = code.toLowerCase();
    if (c === 'lt') return '<';
    if (c === 'gt') return '>';
    if (c === 'amp') return '&';
    if (c === 'quot') return '"';
    if (c === 'apos') return "'";
    const n = c.startsWith('#x') ? parseInt(c.slice(2), 16) : parseInt(c.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
  });
}

function isTrue(v: string): boolean {
  return v === '1' || v.toLowerCase() === 'true';
}

/** "xl/worksheets/../worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}
