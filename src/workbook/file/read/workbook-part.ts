/**
 * The workbook part and its relationships: the sheets in workbook order (name, visibility, the part
 * that holds each), where the shared strings and styles are, and the date system — all without
 * opening a single sheet.
 */
import { attrValue, XmlError, XmlScanner } from './xml-scanner';

export interface SheetEntry {
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Path of the sheet's part inside the zip ("xl/worksheets/sheet1.xml"). */
  readonly part: string;
}

export interface WorkbookLayout {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';

/** `workbookXml` and `relsXml` are the parts' texts; `exists` tells which zip entries there are. */
export function readWorkbookLayout(workbookXml: string, relsXml: string, exists: (path: string) => boolean): WorkbookLayout {
  const rels = readRelationships(relsXml);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  new XmlScanner({
    open(name, attrs) {
      if (name === 'workbookPr') {
        const v = attrValue(attrs, 'date1904');
        date1904 = v === '1' || v === 'true';
      } else if (name === 'sheet') {
        const rel = rels.get(attrValue(attrs, 'id') ?? '');
        // Chart sheets and dialog sheets hold no cells; ExcelJS leaves them out too.
        if (!rel || !rel.type.endsWith('/worksheet')) return;
        const part = resolveTarget(rel.target);
        if (!exists(part)) return;
        const state = attrValue(attrs, 'state');
        sheets.push({ name: attrValue(attrs, 'name') ?? '', visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible', part });
      }
    },
    close() {},
    text() {},
  }).pushAll(workbookXml);
  // Every workbook has a sheet; a workbook part without one is damaged.
  if (sheets.length === 0) throw new XmlError('a workbook without sheets');
  const partOf = (suffix: string, fallback: string): string | null => {
    for (const rel of rels.values()) if (rel.type.endsWith(suffix)) return resolveTarget(rel.target);
    return exists(fallback) ? fallback : null;
  };
  return { sheets, date1904, sharedStringsPart: partOf('/sharedStrings', 'xl/sharedStrings.xml'), stylesPart: partOf('/styles', 'xl/styles.xml') };
}

function readRelationships(xml: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  new XmlScanner({
    open(name, attrs) {
      if (name !== 'Relationship') return;
      const id = attrValue(attrs, 'Id');
      const target = attrValue(attrs, 'Target');
      if (id !== undefined && target !== undefined) rels.set(id, { type: attrValue(attrs, 'Type') ?? '', target });
    },
    close() {},
    text() {},
  }).pushAll(xml);
  return rels;
}

/** A relationship target of the workbook part: relative to xl/, or absolute from the package root. */
function resolveTarget(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
