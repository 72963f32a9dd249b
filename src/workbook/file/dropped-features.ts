/**
 * What a workbook holds that ExcelJS cannot write back: saving such a workbook over itself would
 * silently lose it, so the faces warn and suggest saving the result as a new file. Found from the
 * part names in the zip, which costs nothing.
 */
import type { ZipEntry } from './zip-directory';
import type { DroppedFeature } from './messages';

const PART_PATTERNS: readonly (readonly [DroppedFeature, RegExp])[] = [
  ['charts', /^xl\/charts\/chart\d*\.xml$/i],
  ['pivotTables', /^xl\/pivot(Tables|Cache)\//i],
  ['macros', /^xl\/vbaProject\.bin$/i],
  ['slicers', /^xl\/slicer(s|Caches)\//i],
  ['timelines', /^xl\/timeline(s|Caches)\//i],
  ['externalLinks', /^xl\/externalLinks\//i],
  ['embeddedObjects', /^xl\/embeddings\//i],
  ['threadedComments', /^xl\/threadedComments\//i],
  ['formControls', /^xl\/ctrlProps\//i],
];

export function droppedFeatures(entries: readonly ZipEntry[]): DroppedFeature[] {
  const found: DroppedFeature[] = [];
  for (const [feature, pattern] of PART_PATTERNS) {
    if (entries.some((e) => pattern.test(e.name))) found.push(feature);
  }
  return found;
}
