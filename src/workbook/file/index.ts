/** The file adapter's browser-safe surface (the Node path helpers are in `node-files`). */
export { FileWorkbook, openXlsx, newXlsx, type OpenOptions, type Selection } from './file-workbook';
export { dropsOnSaveWarning, featureNames, fileMessages, type DroppedFeature, type FileMessageKey } from './messages';
