/**
 * The school's label settings, kept in the workbook like its other settings: the school name printed
 * on every label and the numbering rule for new codes (盘盈补录).
 */
import { z } from 'zod';
import type { WorkbookPort } from '../../workbook/port';
import { readJsonSetting, writeJsonSetting } from '../settings';

export const LABEL_SETTING = 'labels';

export const labelSettingsSchema = z.object({
  school: z.string().optional(),
  /** e.g. "{分类}-{年}-{序号:4}" */
  numbering: z.string().optional(),
});
export type LabelSettings = z.infer<typeof labelSettingsSchema>;

export async function loadLabelSettings(port: WorkbookPort): Promise<LabelSettings> {
  return (await readJsonSetting(port, LABEL_SETTING, labelSettingsSchema)) ?? {};
}

export async function saveLabelSettings(port: WorkbookPort, settings: LabelSettings): Promise<void> {
  await writeJsonSetting(port, LABEL_SETTING, labelSettingsSchema, settings);
}
