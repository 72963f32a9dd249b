/** Page setup of a written sheet: paper, orientation, fit to width, repeated header rows, footer, margins. */
import type { Worksheet } from 'exceljs';
import { printSpecSchema, type PrintSpec } from '../../core/sheet/spec';

/** Excel's paperSize codes. */
const PAPER = { A4: 9, A5: 11 } as const;
/** Inches, as Excel stores them: a little narrower than Excel's default so registers fit. */
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.75, header: 0.3, footer: 0.3 };

export interface PrintTitles {
  readonly top: number;
  readonly headerRow: number;
}

export function applyPrintSetup(ws: Worksheet, print: PrintSpec | undefined, firstTable: PrintTitles | null): void {
  const p = print ?? printSpecSchema.parse({});
  ws.pageSetup.paperSize = PAPER[p.paper];
  ws.pageSetup.orientation = p.orientation;
  ws.pageSetup.margins = { ...MARGINS };
  ws.pageSetup.horizontalCentered = true;
  if (p.fitToWidth) {
    // One page wide, as many pages tall as it takes (fitToHeight 0 = automatic).
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  } else {
    ws.pageSetup.fitToPage = false;
  }
  if (p.repeatHeader && firstTable) ws.pageSetup.printTitlesRow = `${firstTable.top}:${firstTable.headerRow}`;
  if (p.footer) ws.headerFooter.oddFooter = `&C${footerText(p.footer)}`;
}

/** Keeps the page codes &P and &N; any other & is literal text, which Excel writes as &&. */
export function footerText(text: string): string {
  return text.replace(/&(?![PN])/g, '&&');
}
