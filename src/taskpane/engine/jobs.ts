/**
 * The jobs' engine modules, one line each. A job's calls live in its own folder; this list puts
 * them on the engine the pane talks to.
 */
import type { EngineContext } from './job-engine';
import { createTemplatesEngine, type TemplatesEngineApi } from '../templates/engine';
import { createCompensationEngine, type CompensationEngineApi } from '../compensation/engine';
import { createReportsEngine, type ReportsEngineApi } from '../reports/engine';
import { createReconcileEngine, type ReconcileEngineApi } from '../reconcile/engine';
import { createPlanEngine, type PlanEngineApi } from '../plan/engine';

/** Every job's calls, merged into the engine's API. */
export type JobEngineApis = TemplatesEngineApi & CompensationEngineApi & ReportsEngineApi & ReconcileEngineApi & PlanEngineApi;

export function createJobEngines(ctx: EngineContext): JobEngineApis {
  return {
    ...createTemplatesEngine(ctx),
    ...createCompensationEngine(ctx),
    ...createReportsEngine(ctx),
    ...createReconcileEngine(ctx),
    ...createPlanEngine(ctx),
  };
}
