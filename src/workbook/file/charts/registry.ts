/**
 * Charts of the sheets written in this session, kept beside the ExcelJS workbook until it is saved
 * (ExcelJS has no place for them). Writing a sheet again under the same name replaces its entry.
 */
import { chartPlacements, type ChartPlacement, type SheetSpec } from '../../../core/sheet/spec';
import { addCharts } from './inject';

const charts = new WeakMap<object, Map<string, readonly ChartPlacement[]>>();

/** Notes the charts of a sheet just written (none clears an earlier entry of that name). */
export function rememberCharts(workbook: object, spec: SheetSpec): void {
  let byName = charts.get(workbook);
  if (!byName) {
    byName = new Map();
    charts.set(workbook, byName);
  }
  const placed = chartPlacements(spec);
  if (placed.length > 0) byName.set(spec.name, placed);
  else byName.delete(spec.name);
}

export function rememberedCharts(workbook: object): ReadonlyMap<string, readonly ChartPlacement[]> {
  return charts.get(workbook) ?? new Map();
}

/** The saved bytes with the workbook's charts added (unchanged when it has none). */
export async function withCharts(workbook: object, bytes: Uint8Array): Promise<Uint8Array> {
  return addCharts(bytes, rememberedCharts(workbook));
}
