/**
 * The reconcile use cases (账实相符 / 账账相符): read a ledger and a count, run the engine, write the
 * results to Taizhang's own sheets, and — only when asked — mark the ledger rows with their outcome.
 */
export { runReconcile, rerunReconcile, runGroups, type ReconcileRequest, type ReconcileRun, type ReconcileProgress, type ReconcilePhase } from './reconcile/run';
export { readSheetSide, readScanSide, readScansSide, readCountSide, recordsToRows, type SheetSource, type ScanSource, type ScansSource, type CountSource, type SideRows, type Side } from './reconcile/read';
export { chooseSheets, chooseLedgerSheet, chooseCountSheet, candidateSheets, type SheetChoice } from './reconcile/sheets';
export { writeReconcileResults, resultSpecs, departmentChartSpec, writeOffSpec, draftLedgerSpec, WRITE_OFF_KIND, DRAFT_LEDGER_KIND, type WriteResultsOptions, type WrittenResults } from './reconcile/write';
export { planLedgerMarks, applyLedgerMarks, undoLedgerMarks, type MarkPlan } from './reconcile/marks';
export { reconcileAppMessages } from './reconcile/messages';
