/**
 * What a job's engine module gets from the engine: the workbook being worked on and cancellable
 * operations. Each job (templates, reconcile, …) adds its calls in its own folder
 * (`src/taskpane/<job>/engine.ts`) and is listed once in `engine/jobs.ts`.
 */
import type { WorkbookPort } from '../../workbook/port';

export interface EngineContext {
  /** The workbook in work; a UserError when none is open. */
  current(): WorkbookPort;
  /** Runs long work under an operation id the pane can cancel (`EngineApi.cancel(opId)`). */
  operation<T>(opId: number, work: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Makes a callback callable from the other side of the worker boundary. */
  sendable<F extends (...args: never[]) => unknown>(fn: F): F;
  /** Marks bytes to be moved, not copied, across the boundary. */
  movable(bytes: Uint8Array): Uint8Array;
}

/** Progress of a long job, as every job reports it. */
export interface JobProgress {
  readonly done: number;
  readonly total: number;
  /** What is being done, in both languages, e.g. reading a sheet. */
  readonly stage?: string;
}
