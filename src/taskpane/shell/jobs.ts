/**
 * The jobs the home offers, as data: which panel each opens and whether it has landed. A job that
 * has not landed shows a "coming" card, never made-up results.
 */
import type { UiKey } from '../i18n/messages';

export const JOB_IDS = ['inspect', 'templates', 'reconcile', 'compensation', 'plan', 'reports'] as const;
export type JobId = (typeof JOB_IDS)[number];
export type PanelId = 'home' | JobId;

export interface Job {
  readonly id: JobId;
  readonly title: UiKey;
  readonly summary: UiKey;
  readonly available: boolean;
}

export const JOBS: readonly Job[] = [
  { id: 'inspect', title: 'job.inspect.title', summary: 'job.inspect.summary', available: true },
  { id: 'templates', title: 'job.templates.title', summary: 'job.templates.summary', available: true },
  { id: 'reconcile', title: 'job.reconcile.title', summary: 'job.reconcile.summary', available: true },
  { id: 'compensation', title: 'job.compensation.title', summary: 'job.compensation.summary', available: true },
  { id: 'plan', title: 'job.plan.title', summary: 'job.plan.summary', available: true },
  { id: 'reports', title: 'job.reports.title', summary: 'job.reports.summary', available: true },
];

export function jobById(id: JobId): Job {
  const job = JOBS.find((j) => j.id === id);
  if (!job) throw new Error(`unknown job ${id}`);
  return job;
}

/** A panel named in the URL (`?panel=inspect`) or by a ribbon button; anything else is the home. */
export function parsePanel(value: string | null | undefined): PanelId {
  return (JOB_IDS as readonly string[]).includes(value ?? '') ? (value as JobId) : 'home';
}
