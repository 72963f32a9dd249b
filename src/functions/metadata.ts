/**
 * Excel custom functions metadata (functions.json), generated from the typed table in
 * definitions.ts rather than written by hand. One file per language: Excel picks the file through
 * the en-US <bt:Override> of Functions.Metadata.Url in manifest.xml; ids are the same in every file.
 *
 * The rules enforced here are Excel's (custom functions JSON metadata, naming guidelines): a
 * definition that breaks them would make Excel drop the function or the whole file at registration,
 * far from the code that caused it, so the build fails instead.
 */
import { z } from 'zod';
import { localizedSchema, type Locale } from '../core/i18n/locale';

const valueType = z.enum(['number', 'string', 'boolean', 'any']);
const dimensionality = z.enum(['scalar', 'matrix']);

/** ids: A–Z, 0–9, underscore and period, starting with a letter, at least three characters. */
const FUNCTION_ID = /^[A-Z][A-Z0-9_.]{2,}$/;
/** Names: Unicode letters and digits, underscore and period, starting with a letter, at least three characters. */
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;
const PARAMETER_NAME = /^\p{L}[\p{L}\p{N}_]*$/u;

const localizedMatching = (pattern: RegExp, what: string) =>
  localizedSchema.refine((l) => pattern.test(l['zh-CN']) && pattern.test(l['en-US']), {
    message: `${what} does not follow Excel's naming rules in both languages`,
  });

const parameterSchema = z.object({
  name: localizedMatching(PARAMETER_NAME, 'parameter name'),
  description: localizedSchema,
  type: valueType,
  dimensionality,
  optional: z.boolean().optional(),
  repeating: z.boolean().optional(),
});

const optionsSchema = z
  .object({
    volatile: z.boolean().optional(),
    cancelable: z.boolean().optional(),
    requiresAddress: z.boolean().optional(),
    stream: z.boolean().optional(),
  })
  .refine((o) => !(o.stream && (o.cancelable || o.volatile || o.requiresAddress)), {
    message: 'a streaming function cannot also be cancelable, volatile or require its address',
  });

export const functionDefinitionSchema = z
  .object({
    id: z.string().regex(FUNCTION_ID, 'function id: A–Z, 0–9, _ and . only, starting with a letter, 3 or more characters'),
    name: localizedMatching(FUNCTION_NAME, 'function name'),
    description: localizedSchema,
    parameters: z.array(parameterSchema).readonly(),
    result: z.object({ type: valueType, dimensionality }),
    options: optionsSchema.optional(),
  })
  .refine((d) => d.parameters.every((p, i) => p.optional || p.repeating || d.parameters.slice(0, i).every((q) => !q.optional && !q.repeating)), {
    message: 'required parameters must come before optional and repeating ones',
  });

export type FunctionDefinition = z.infer<typeof functionDefinitionSchema>;
export type FunctionParameter = FunctionDefinition['parameters'][number];

/** The metadata file name for each language; the default locale's file is the manifest's DefaultValue. */
export const METADATA_FILES: Readonly<Record<Locale, string>> = {
  'zh-CN': 'functions.json',
  'en-US': 'functions.en-US.json',
};

export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string; type: string; dimensionality: string; optional?: boolean; repeating?: boolean }[];
    result: { type: string; dimensionality: string };
    options?: { volatile?: boolean; cancelable?: boolean; requiresAddress?: boolean; stream?: boolean };
  }[];
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/** Checks the whole table; throws an Error listing every problem, so one build shows them all. */
export function validateDefinitions(definitions: readonly unknown[]): FunctionDefinition[] {
  const problems: string[] = [];
  const valid: FunctionDefinition[] = [];
  definitions.forEach((raw, index) => {
    const parsed = functionDefinitionSchema.safeParse(raw);
    if (parsed.success) valid.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`definition ${index} ${issue.path.join('.')}: ${issue.message}`);
  });
  // Excel keys functions by id and, per language, by upper-cased name.
  for (const id of duplicates(valid.map((d) => d.id))) problems.push(`duplicate function id ${id}`);
  for (const locale of Object.keys(METADATA_FILES) as Locale[]) {
    for (const name of duplicates(valid.map((d) => d.name[locale].toUpperCase()))) problems.push(`duplicate ${locale} function name ${name}`);
    for (const d of valid) {
      for (const name of duplicates(d.parameters.map((p) => p.name[locale]))) problems.push(`${d.id}: duplicate ${locale} parameter name ${name}`);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid custom function definitions:\n  ${problems.join('\n  ')}`);
  return valid;
}

export function buildFunctionsMetadata(definitions: readonly unknown[], locale: Locale): FunctionsMetadata {
  return {
    functions: validateDefinitions(definitions).map((d) => ({
      id: d.id,
      name: d.name[locale],
      description: d.description[locale],
      parameters: d.parameters.map((p) => ({
        name: p.name[locale],
        description: p.description[locale],
        type: p.type,
        dimensionality: p.dimensionality,
        ...(p.optional === undefined ? {} : { optional: p.optional }),
        ...(p.repeating === undefined ? {} : { repeating: p.repeating }),
      })),
      result: { type: d.result.type, dimensionality: d.result.dimensionality },
      ...(d.options === undefined ? {} : { options: { ...d.options } }),
    })),
  };
}

/** Every metadata file the build writes: file name → JSON text. */
export function functionsMetadataFiles(definitions: readonly unknown[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [locale, fileName] of Object.entries(METADATA_FILES) as [Locale, string][]) {
    files[fileName] = `${JSON.stringify(buildFunctionsMetadata(definitions, locale), null, 2)}\n`;
  }
  return files;
}
