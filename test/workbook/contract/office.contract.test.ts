/** The contract suite against the Office adapter, on the strict Office.js fake. */
import { OfficeWorkbook } from '../../../src/workbook/office';
import { FakeExcel } from '../../fakes/office';
import { runWorkbookPortContract } from './contract';
import type { WorkbookSeed } from './seed';

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

async function officePort(seed: WorkbookSeed): Promise<OfficeWorkbook> {
  const excel = new FakeExcel();
  for (const s of seed.sheets) {
    excel.model.seed({ name: s.name, rows: s.rows, merges: s.merges, hiddenRows: s.hiddenRows, visibility: VISIBILITY[s.visibility ?? 'visible'] });
  }
  return new OfficeWorkbook(excel);
}

runWorkbookPortContract('Office adapter (Office.js fake)', officePort);
