/** The templates job's calls, on the pane's side of the engine. */
import type { CreateRequest } from '../../app/templates';
import type { IsoDate } from '../../core/dates';
import type { MappingOverrides } from '../../core/sheet/mapping';
import type { EngineClient } from '../engine/client';
import type { AdoptView, CreatedRegister, NormalizeView, TemplateProgress, TemplateSheet, ValidateView } from './engine';

export interface LongCall {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: TemplateProgress) => void;
}

export class TemplatesClient {
  constructor(private readonly engine: EngineClient) {}

  sheets(): Promise<TemplateSheet[]> {
    return this.engine.call((api) => api.templateSheets());
  }

  categories(): Promise<string[]> {
    return this.engine.call((api) => api.templateCategories());
  }

  wouldReplace(template: string): Promise<string | null> {
    return this.engine.call((api) => api.templateWouldReplace(template));
  }

  create(request: CreateRequest, call: LongCall = {}): Promise<CreatedRegister> {
    return this.engine.operation<CreatedRegister, TemplateProgress>((api, opId, progress) => api.templateCreate(opId, request, progress), call);
  }

  analyze(sheet: string, template: string, overrides: MappingOverrides, call: LongCall = {}): Promise<AdoptView> {
    return this.engine.operation<AdoptView, TemplateProgress>((api, opId, progress) => api.templateAnalyze(opId, sheet, template, overrides, progress), call);
  }

  adopt(sheet: string, template: string, overrides: MappingOverrides, call: LongCall = {}): Promise<AdoptView> {
    return this.engine.operation<AdoptView, TemplateProgress>((api, opId, progress) => api.templateAdopt(opId, sheet, template, overrides, progress), call);
  }

  normalize(sheet: string, template: string, options: { asOf: IsoDate; school?: string }, call: LongCall = {}): Promise<NormalizeView> {
    return this.engine.operation<NormalizeView, TemplateProgress>((api, opId, progress) => api.templateNormalize(opId, sheet, template, options, progress), call);
  }

  validate(sheet: string, template: string, options: { today: IsoDate; writeSheet: boolean }, call: LongCall = {}): Promise<ValidateView> {
    return this.engine.operation<ValidateView, TemplateProgress>((api, opId, progress) => api.templateValidate(opId, sheet, template, options, progress), call);
  }

  /** Forgets remembered column choices (back to automatic), through the engine's shared call. */
  forget(sheet: string, fields: readonly string[]): Promise<MappingOverrides> {
    return this.engine.forget(sheet, fields);
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.engine.select(sheet, cell);
  }
}
