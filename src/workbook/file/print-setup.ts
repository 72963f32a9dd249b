/** Page setup of a written sheet: paper, orientation, fit to width, repeated header rows, footer, margins. */
import type { Worksheet } from 'exceljs';
import type { SheetPlan } from '../../core/sheet/layout';
import { footerText, PRINT_MARGINS_INCHES } from '../../core/sheet/layout';

/** Excel's paperSize codes. */
const PAPER = { A4: 9, A5: 11 } as const;

export function applyPrintSetup(ws: Worksheet, plan: Pick<SheetPlan, 'print' | 'printTitleRows'>): void {
  const p = plan.print;
  ws.pageSetup.paperSize = PAPER[p.paper];
  ws.pageSetup.orientation = p.orientation;
  ws.pageSetup.margins = { ...PRINT_MARGINS_INCHES };
  ws.pageSetup.horizontalCentered = true;
  if (p.fitToWidth) {
    // One page wide, as many pages tall as it takes (fitToHeight 0 = automatic).
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  } else {
    ws.pageSetup.fitToPage = false;
  }
  if (plan.printTitleRows) ws.pageSetup.printTitlesRow = `${plan.printTitleRows.from}:${plan.printTitleRows.to}`;
  if (p.footer) ws.headerFooter.oddFooter = `&C${footerText(p.footer)}`;
}
