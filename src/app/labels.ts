/** Asset labels (一物一码): read the ledger, choose items, lay labels out, write the PDF. */
export { readLedgerItems, type LedgerItems } from './labels/read';
export { makeLabels, labelsPdf, resolveLayout, type MakeLabelsRequest, type MadeLabels } from './labels/make';
export { labelEncoder, qrMatrix, code128Pattern } from './labels/encode';
export { loadLabelSettings, saveLabelSettings, labelSettingsSchema, LABEL_SETTING, type LabelSettings } from './labels/settings';
export { assignCodes, type NewItem } from './labels/numbering';
