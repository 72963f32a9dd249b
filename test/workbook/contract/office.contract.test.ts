/** The contract suite against the Office adapter, on the strict Office.js fake. */
import { OfficeWorkbook } from '../../../src/workbook/office';
import { FakeExcel } from '../../fakes/office';
import { runWorkbookPortContract, type PortUnderTest } from './contract';
import type { WorkbookSeed } from './seed';

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

async function officePort(seed: WorkbookSeed): Promise<PortUnderTest> {
  const excel = new FakeExcel();
  for (const s of seed.sheets) {
    excel.model.seed({
      name: s.name,
      rows: s.rows,
      merges: s.merges,
      hiddenRows: s.hiddenRows,
      visibility: VISIBILITY[s.visibility ?? 'visible'],
      numberFormats: s.numFmts,
      protected: s.protected,
    });
  }
  return {
    port: new OfficeWorkbook(excel),
    numberFormat: async (sheet, row, col) => excel.model.sheet(sheet)?.formatAt(row, col).numberFormat ?? 'General',
  };
}

runWorkbookPortContract('Office adapter (Office.js fake)', officePort);
