/**
 * Property tests on generated workbooks: random typed cells (numbers, shared and inline strings,
 * rich text, entities, escapes, booleans, errors, cached formula results, dates and times in both
 * date systems), cells without an address, merges and hidden rows — each sheet's expected grid
 * follows from the generator alone, and the reader must return it whatever the inflate chunk size,
 * so piece boundaries fall everywhere.
 */
import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import { fromExcelSerial } from '../../../../src/core/dates';
import type { Cell } from '../../../../src/core/sheet/grid';
import { cellAddress, type CellRange } from '../../../../src/core/sheet/address';
import { openXlsxSource } from '../../../../src/workbook/file/read/xlsx-source';
import { XmlScanner } from '../../../../src/workbook/file/read/xml-scanner';

/** Style indexes of the generated styles.xml. */
const STYLE = { general: 0, date: 1, cjkDate: 2, time: 3, money: 4, builtinCjk: 5 } as const;
const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="20"/><xf numFmtId="2"><alignment horizontal="right"/></xf><xf numFmtId="31"/></cellXfs>' +
  '</styleSheet>';

type GenCell =
  | { kind: 'number'; n: number; style: number }
  | { kind: 'shared'; runs: string[] }
  | { kind: 'inline'; runs: string[] }
  | { kind: 'bool'; b: boolean }
  | { kind: 'error'; e: string }
  | { kind: 'date'; serial: number; style: number }
  | { kind: 'time'; fraction: number }
  | { kind: 'formula'; result: number | string | boolean }
  | { kind: 'styledEmpty' };

const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '&', '<', '>', '"', "'", '盘', '亏', '𠀀', '\r', '\n', '_', 'x', '1'), maxLength: 8 });
const genCell: fc.Arbitrary<GenCell | null> = fc.oneof(
  fc.constant(null),
  fc.record({ kind: fc.constant('number' as const), n: fc.oneof(fc.integer({ min: -1e6, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })), style: fc.constantFrom(STYLE.general, STYLE.money) }),
  fc.record({ kind: fc.constant('shared' as const), runs: fc.array(text, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('inline' as const), runs: fc.array(text, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('bool' as const), b: fc.boolean() }),
  fc.record({ kind: fc.constant('error' as const), e: fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!') }),
  fc.record({ kind: fc.constant('date' as const), serial: fc.integer({ min: 0, max: 80_000 }), style: fc.constantFrom(STYLE.date, STYLE.cjkDate, STYLE.builtinCjk) }),
  fc.record({ kind: fc.constant('time' as const), fraction: fc.integer({ min: 0, max: 999 }).map((k) => k / 1000) }),
  fc.record({ kind: fc.constant('formula' as const), result: fc.oneof(fc.integer(), text, fc.boolean()) }),
  fc.constant({ kind: 'styledEmpty' as const }),
);

interface GenSheet {
  readonly rows: ReadonlyArray<{ readonly r: number; readonly cells: ReadonlyArray<GenCell | null>; readonly hidden: boolean; readonly omitR: boolean }>;
  readonly merges: readonly CellRange[];
  readonly omitCellRefs: boolean;
}

const genSheet: fc.Arbitrary<GenSheet> = fc
  .record({
    rows: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 3 }), cells: fc.array(genCell, { maxLength: 7 }), hidden: fc.boolean(), omitR: fc.boolean() }), { maxLength: 12 }),
    merges: fc.array(fc.record({ top: fc.integer({ min: 1, max: 20 }), left: fc.integer({ min: 1, max: 8 }), h: fc.integer({ min: 0, max: 3 }), w: fc.integer({ min: 0, max: 3 }) }), { maxLength: 3 }),
    omitCellRefs: fc.boolean(),
  })
  .map(({ rows, merges, omitCellRefs }) => {
    let r = 0;
    const placed = rows.map((row) => {
      // A row may leave out its number only when it follows the previous one directly.
      r += row.omitR ? 1 : row.gap;
      return { r, cells: row.cells, hidden: row.hidden, omitR: row.omitR };
    });
    const kept: CellRange[] = [];
    for (const m of merges) {
      const range = { top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w };
      if (m.h + m.w === 0 || kept.some((k) => k.top <= range.bottom && range.top <= k.bottom && k.left <= range.right && range.left <= k.right)) continue;
      kept.push(range);
    }
    return { rows: placed, merges: kept, omitCellRefs };
  });

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text as Excel stores it: a carriage return as _x000D_, the rest escaped for XML. */
function storedText(s: string): string {
  return escapeXml(s.replace(/_x/g, '_x005F_x').replace(/\r/g, '_x000D_'));
}

function textElement(runs: readonly string[]): string {
  if (runs.length === 1) return `<t xml:space="preserve">${storedText(runs[0] ?? '')}</t>`;
  return runs.map((t, i) => `<r>${i % 2 ? '<rPr><b/></rPr>' : ''}<t xml:space="preserve">${storedText(t)}</t></r>`).join('') + '<rPh sb="0" eb="1"><t>ピン</t></rPh>';
}

function buildWorkbook(sheet: GenSheet, date1904: boolean): { bytes: Uint8Array; expected: Cell[][]; hidden: number[]; merges: CellRange[] } {
  const shared: string[] = [];
  const grid = new Map<number, Map<number, Cell>>();
  const set = (r: number, c: number, v: Cell): void => {
    if (v === null) return;
    let row = grid.get(r);
    if (!row) grid.set(r, (row = new Map()));
    row.set(c, v);
  };
  let xml = '';
  for (const row of sheet.rows) {
    xml += `<row${row.omitR ? '' : ` r="${row.r}"`}${row.hidden ? ' hidden="1"' : ''} spans="1:7">`;
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      const col = i + 1;
      // Without an address a cell is the one after the previous: only allowed after a neighbour.
      const omit = sheet.omitCellRefs && (i === 0 || row.cells[i - 1] !== null);
      const ref = omit ? '' : ` r="${cellAddress(row.r, col)}"`;
      const joined = (runs: readonly string[]): Cell => (runs.join('') === '' ? null : runs.join(''));
      switch (cell.kind) {
        case 'number':
          xml += `<c${ref} s="${cell.style}"><v>${cell.n}</v></c>`;
          set(row.r, col, cell.n);
          break;
        case 'shared':
          xml += `<c${ref} t="s"><v>${shared.length}</v></c>`;
          shared.push(`<si>${textElement(cell.runs)}</si>`);
          set(row.r, col, joined(cell.runs));
          break;
        case 'inline':
          xml += `<c${ref} t="inlineStr"><is>${textElement(cell.runs)}</is></c>`;
          set(row.r, col, joined(cell.runs));
          break;
        case 'bool':
          xml += `<c${ref} t="b"><v>${cell.b ? 1 : 0}</v></c>`;
          set(row.r, col, cell.b);
          break;
        case 'error':
          xml += `<c${ref} t="e"><v>${cell.e}</v></c>`;
          set(row.r, col, { error: cell.e });
          break;
        case 'date': {
          xml += `<c${ref} s="${cell.style}"><v>${cell.serial}</v></c>`;
          const iso = fromExcelSerial(cell.serial, date1904);
          set(row.r, col, iso === null ? cell.serial : { date: iso });
          break;
        }
        case 'time':
          xml += `<c${ref} s="${STYLE.time}"><v>${cell.fraction}</v></c>`;
          set(row.r, col, cell.fraction);
          break;
        case 'formula': {
          const v = cell.result;
          const t = typeof v === 'string' ? ' t="str"' : typeof v === 'boolean' ? ' t="b"' : '';
          const stored = typeof v === 'boolean' ? (v ? '1' : '0') : typeof v === 'string' ? escapeXml(v) : String(v);
          xml += `<c${ref}${t}><f>A1&amp;"x"</f><v>${stored}</v></c>`;
          set(row.r, col, v === '' ? null : v);
          break;
        }
        case 'styledEmpty':
          xml += `<c${ref} s="${STYLE.money}"/>`;
          break;
      }
    });
    xml += '</row>';
  }
  // Covered cells of a merge show nothing.
  for (const m of sheet.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) grid.get(r)?.delete(c);
  let lastRow = 0;
  for (const [r, cells] of grid) if (cells.size > 0) lastRow = Math.max(lastRow, r);
  const expected: Cell[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const cells = grid.get(r);
    const out: Cell[] = [];
    if (cells) for (const [c, v] of cells) out[c - 1] = v;
    expected.push(Array.from(out, (v) => v ?? null));
  }
  const mergeXml = sheet.merges.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}"/>`).join('')}</mergeCells>` : '';
  const sheetXml = `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>${xml}</sheetData><sheetProtection sheet="1"/>${mergeXml}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="盘点&amp;表" sheetId="1" r:id="rId1"/><sheet name="Hidden" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    'xl/worksheets/sheet2.xml': strToU8('<worksheet><sheetData/></worksheet>'),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}">${shared.join('')}</sst>`),
    'xl/styles.xml': strToU8(STYLES_XML),
  };
  const lastHidden = lastRow;
  const hidden = sheet.rows.filter((r) => r.hidden && r.r <= lastHidden).map((r) => r.r);
  const merges = lastRow === 0 ? [] : sheet.merges.filter((m) => m.top <= lastRow && m.left <= Math.max(0, ...expected.map((r) => r.length)));
  return { bytes: zipSync(files, { level: 6 }), expected, hidden, merges };
}

describe('the streaming reader on generated workbooks', () => {
  it('returns the grid the generator wrote, whatever the inflate chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(genSheet, fc.boolean(), fc.integer({ min: 1, max: 300 }), async (sheet, date1904, inputChunk) => {
        const { bytes, expected, hidden, merges } = buildWorkbook(sheet, date1904);
        const source = await openXlsxSource(bytes, 'gen.xlsx', { inputChunk });
        const grid = await source.readGrid('盘点&表');
        expect(grid.rows).toEqual(expected);
        expect(grid.hiddenRows).toEqual(hidden);
        expect(grid.merges).toEqual(merges);
        expect(grid.date1904).toBe(date1904);
        const sheets = await source.listSheets();
        expect(sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
          ['盘点&表', 'visible', true],
          ['Hidden', 'hidden', false],
        ]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('XmlScanner', () => {
  const events = (pieces: readonly string[]): string[] => {
    const out: string[] = [];
    const scanner = new XmlScanner({
      open: (name, attrs, selfClosing) => out.push(`<${name}|${attrs.trim()}|${selfClosing}`),
      close: (name) => out.push(`</${name}`),
      text: (raw, cdata) => {
        // Adjacent text pieces are one text: merge them so only the content is compared.
        const last = out[out.length - 1];
        if (last?.startsWith('T:') && !cdata) out[out.length - 1] = last + raw;
        else out.push(`${cdata ? 'C:' : 'T:'}${raw}`);
      },
    });
    for (const p of pieces) scanner.push(p);
    scanner.end();
    return out;
  };
  const doc =
    '<?xml version="1.0"?><!-- a > comment --><x:root a="1>2" b=\'q"\'><c r="A1" t="s"><v>12</v></c><t xml:space="preserve"> a &amp; b 盘亏𠀀 </t><e/><![CDATA[<raw>]]><!DOCTYPE x></x:root>';

  it('gives the same tokens however the text is cut', () => {
    const whole = events([doc]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: doc.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const pieces: string[] = [];
        let from = 0;
        for (const p of points) {
          pieces.push(doc.slice(from, p));
          from = p;
        }
        pieces.push(doc.slice(from));
        expect(events(pieces)).toEqual(whole);
      }),
    );
    expect(whole).toContain('<root|a="1>2" b=\'q"\'|false');
    expect(whole).toContain('C:<raw>');
  });

  it('refuses a text that ends inside a tag', () => {
    expect(() => events(['<a><b x="1'])).toThrow();
  });
});
