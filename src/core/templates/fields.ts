/** A template's fields as mapping vocabulary: the shared synonyms plus the template's own header. */
import type { FieldDef } from '../sheet/fields';
import { knownField } from '../sheet/register-fields';
import type { ParsedTemplate } from './catalogue';

export function templateFieldDefs(template: ParsedTemplate): FieldDef[] {
  return template.fields.map((f) => {
    const known = knownField(f.key);
    const synonyms: Array<[string, number]> = [[f.zh, 1], ...(known?.synonyms ?? [])];
    const type = f.type === 'integer' ? 'number' : f.type === 'list' ? 'text' : f.type;
    return { key: f.key, zh: f.zh, en: f.en, type, synonyms };
  });
}
