/** The 月度计划 panel's typed calls to the engine (see engine.ts for what each does). */
import type { LibrarySheetResult, WrittenPlan } from '../../app/plan';
import type { Locale } from '../../core/i18n/locale';
import type { EngineClient } from '../engine/client';
import type { CalendarSaved, CalendarView, EditedPlan, GeneratedPlan, LibraryView, PlanIcsFile, PlanTitleOptions } from './engine';
import type { PeriodChoice, TermOverride } from './view-model';

export class PlanClient {
  constructor(private readonly engine: EngineClient) {}

  generate(period: PeriodChoice, options: { readonly signal?: AbortSignal } = {}): Promise<GeneratedPlan> {
    const now = new Date();
    return this.engine.operation<GeneratedPlan, never>((api, opId) => api.planGenerate(opId, period, now), options);
  }

  write(plan: EditedPlan, options: PlanTitleOptions): Promise<WrittenPlan> {
    return this.engine.call((api) => api.planWrite(plan, options));
  }

  text(plan: EditedPlan, options: PlanTitleOptions & { readonly locale: Locale; readonly withDates: boolean }): Promise<string> {
    return this.engine.call((api) => api.planText(plan, options));
  }

  ics(plan: EditedPlan, options: PlanTitleOptions & { readonly locale: Locale }): Promise<PlanIcsFile> {
    return this.engine.call((api) => api.planIcs(plan, options));
  }

  locate(ref: string): Promise<{ readonly sheet: string; readonly address: string }> {
    return this.engine.call((api) => api.planLocate(ref));
  }

  library(): Promise<LibraryView> {
    return this.engine.call((api) => api.planLibrary());
  }

  createLibrary(reset: boolean): Promise<LibrarySheetResult> {
    return this.engine.call((api) => api.planCreateLibrary(reset));
  }

  calendar(term: string): Promise<CalendarView> {
    return this.engine.call((api) => api.planCalendar(term));
  }

  saveCalendar(term: string, override: TermOverride | null): Promise<CalendarSaved> {
    return this.engine.call((api) => api.planSaveCalendar(term, override));
  }
}
