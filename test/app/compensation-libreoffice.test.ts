/**
 * The sheets Taizhang writes for compensation open and recalculate in LibreOffice, a second real
 * spreadsheet program: with the cached results stripped, its totals are the hand-worked ones.
 */
import ExcelJS from 'exceljs';
import { computeCompensation, writeCompensationResults } from '../../src/app/compensation';
import { cellText, type Grid } from '../../src/core/sheet/grid';
import { openXlsx } from '../../src/workbook/file';
import { recalculateXlsx, requireLibreOffice } from '../helpers/libreoffice';
import { openFixture, registerDoc } from './compensation-fixtures';

/** The numbers on the rows whose cells include `label`, by column index. */
function rowsLabelled(grid: Grid, label: string): Array<readonly unknown[]> {
  return grid.rows.filter((r) => r.some((c) => cellText(c) === label));
}

const yuan = (s: string): number => Number(s);
/** Sums 元 amounts on whole fen (the spreadsheet's SUM of two-decimal cells, to the fen). */
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + Math.round(b * 100), 0) / 100;
const count = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('compensation sheets in LibreOffice', () => {
  beforeAll(requireLibreOffice);

  it('recalculates the totals of the results, the notices and the settlement to the hand-worked amounts', async () => {
    const port = await openFixture(registerDoc.workbook);
    const outcome = await computeCompensation(port, { asOf: registerDoc.asOf });
    await writeCompensationResults(port, outcome, { month: registerDoc.month });
    const zip = new ExcelJS.Workbook();
    await zip.xlsx.load(Buffer.from(await port.save()) as unknown as ArrayBuffer);
    let formulas = 0;
    zip.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) {
            formulas++;
            cell.value = { formula: cell.formula, date1904: false } as ExcelJS.CellFormulaValue;
          }
        }),
      ),
    );
    expect(formulas).toBeGreaterThan(0);
    const recalculated = await openXlsx(await recalculateXlsx(new Uint8Array(await zip.xlsx.writeBuffer())));

    // Results: 应赔金额 (column 9), 已交 (14), 未交 (15) summed in the 合计 row.
    const [total] = rowsLabelled(await recalculated.readGrid('赔偿计算结果'), '合计');
    const paid = sum(registerDoc.original.incidents.map((i) => yuan(i.paid ?? '0')));
    expect([total?.[8], total?.[13], total?.[14]]).toEqual([yuan(registerDoc.original.summary.total), paid, yuan(registerDoc.original.summary.outstanding)]);

    // Notices: each notice's table total is what its payer owes.
    const noticeTotals = rowsLabelled(await recalculated.readGrid('赔偿通知单'), '合计').map((r) => r[5]);
    // A notice's table lists each share whole; what was paid on it is shown below the table.
    const paidBy = new Map(registerDoc.original.settlement.byPerson.map((l) => [l.name, yuan(l.paid)]));
    expect(noticeTotals).toEqual(registerDoc.original.notices.map((n) => sum([yuan(n.toPay), paidBy.get(n.payer) ?? 0])));

    // Settlement: the two 合计 rows (by unit, by person) over 本月应赔 … 其中逾期.
    const [byUnit, byPerson] = rowsLabelled(await recalculated.readGrid(`赔偿兑现${registerDoc.month}`), '合计');
    const columns = (lines: typeof registerDoc.original.settlement.byUnit) => [
      count(lines.map((l) => l.incidents)),
      ...(['due', 'paid', 'outstanding', 'broughtForward', 'totalOutstanding', 'overdue'] as const).map((k) => sum(lines.map((l) => yuan(l[k])))),
    ];
    expect(byUnit?.slice(1, 8)).toEqual(columns(registerDoc.original.settlement.byUnit));
    expect(byPerson?.slice(2, 9)).toEqual(columns(registerDoc.original.settlement.byPerson));
  }, 300_000);
});
