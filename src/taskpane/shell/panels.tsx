/**
 * The job panels, as a table: a job's panel lives in its own folder and is listed here once. A job
 * without a panel here shows the "coming" card.
 */
import type { EngineClient } from '../engine/client';
import { CompensationPanel } from '../compensation/CompensationPanel';
import { InspectPanel } from '../inspect/InspectPanel';
import { PlanPanel } from '../plan/PlanPanel';
import { ReportsPanel } from '../reports/ReportsPanel';
import { ReconcilePanel } from '../reconcile/ReconcilePanel';
import { TemplatesPanel } from '../templates/TemplatesPanel';
import type { JobId, PanelId } from './jobs';

export type PaneMode = 'excel' | 'workbench';

/** What every job panel gets from the shell. */
export interface PanelProps {
  readonly engine: EngineClient;
  readonly mode: PaneMode;
  /** Changes whenever another workbook is opened (null: none open, workbench only). */
  readonly workbookKey: string | null;
  /** The panel changed the workbook (workbench: the download is now worth taking). */
  readonly onWorkbookChanged: () => void;
  readonly toasterId: string;
  /** Go to another panel (e.g. a result's "check it in 读表检查"). */
  readonly onNavigate: (panel: PanelId) => void;
}

export const JOB_PANELS: Partial<Record<JobId, (props: PanelProps) => JSX.Element>> = {
  inspect: InspectPanel,
  compensation: CompensationPanel,
  plan: PlanPanel,
  reconcile: ReconcilePanel,
  templates: TemplatesPanel,
  reports: ReportsPanel,
};
