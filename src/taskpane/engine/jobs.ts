/**
 * The jobs' engine modules, one line each. A job's calls live in its own folder; this list puts
 * them on the engine the pane talks to.
 */
import type { EngineContext } from './job-engine';

/** Every job's calls, merged into the engine's API. */
export type JobEngineApis = Record<never, never>;

export function createJobEngines(_ctx: EngineContext): JobEngineApis {
  return {};
}
