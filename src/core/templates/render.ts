/**
 * A template becomes a SheetSpec: title block (school, register name, period, 单位：元), the table
 * with formats, drop-down lists, computed columns and help, signature lines and print setup.
 */
import { columnLetter } from '../sheet/address';
import type { SheetSpec, SpecValue } from '../sheet/spec';
import type { IsoDate } from '../dates';
import { computeFormula, computeResult } from './formulas';
import { FIXED_LISTS } from './lists';
import type { ParsedTemplate } from './catalogue';

export interface CreateOptions {
  /** School name for the title ("青山县第一中学"). */
  readonly school?: string;
  /** Period line ("2025—2026学年第一学期"); omitted when absent. */
  readonly period?: string;
  /** 截止日期 of net values and the title block. */
  readonly asOf: IsoDate;
  /** The editable category list (GB/T 14885 classes by default). */
  readonly categories: readonly string[];
  /** Rows of values by field key (samples, or normalized data from an adopted sheet). */
  readonly rows?: ReadonlyArray<Readonly<Record<string, SpecValue>>>;
  /** Empty lines to type into after the rows (formulas filled in). */
  readonly blankRows?: number;
  /** Sheet name override (else the template's). */
  readonly sheetName?: string;
}

export const TEMPLATE_KIND_PREFIX = 'template.';

export function listFor(field: ParsedTemplate['fields'][number], categories: readonly string[]): string[] | undefined {
  if (field.list) return field.list;
  if (!field.listSource) return undefined;
  return field.listSource === 'categories' ? [...categories] : [...FIXED_LISTS[field.listSource]];
}

function chineseDate(date: IsoDate): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

export function createTemplateSpec(template: ParsedTemplate, options: CreateOptions): SheetSpec {
  const fields = template.fields;
  const letterOf = (key: string): string | undefined => {
    const i = fields.findIndex((f) => f.key === key);
    return i < 0 ? undefined : columnLetter(i + 2);
  };
  const formulas = new Map<string, string>();
  for (const f of fields) {
    if (!f.compute) continue;
    const formula = computeFormula(f.compute, letterOf, options.asOf);
    if (formula) formulas.set(f.key, formula);
  }
  const line = (values: Readonly<Record<string, SpecValue>>, n: number): SpecValue[] => [
    n,
    ...fields.map((f): SpecValue => {
      const formula = formulas.get(f.key);
      if (formula && f.compute) {
        const result = computeResult(f.compute, values, options.asOf);
        return result === null ? { formula } : { formula, result };
      }
      return values[f.key] ?? null;
    }),
  ];
  const given = options.rows ?? [];
  const rows = [...given.map((v, i) => line(v, i + 1)), ...Array.from({ length: options.blankRows ?? 0 }, (_, i) => line({}, given.length + i + 1))];
  const lines = [
    ...(options.period ? [`期间：${options.period}`] : []),
    `截止日期：${chineseDate(options.asOf)}`,
    ...template.notes,
  ];
  return {
    name: options.sheetName ?? template.sheetName,
    kind: `${TEMPLATE_KIND_PREFIX}${template.key}`,
    blocks: [
      { type: 'title', text: `${options.school ?? ''}${template.zh}` },
      { type: 'lines', lines: [lines.join('    ') + (template.hasAmounts ? '    单位：元' : '')], align: 'left' },
      {
        type: 'table',
        columns: [
          { header: '序号', width: 5, align: 'center', numFmt: '0' },
          ...fields.map((f) => {
            const list = listFor(f, options.categories);
            return {
              header: f.zh,
              width: f.width,
              ...(f.numFmt ? { numFmt: f.numFmt } : f.type === 'code' || f.type === 'text' || f.type === 'list' ? { numFmt: '@' } : {}),
              ...(f.type === 'money' || f.type === 'integer' || f.type === 'number' ? { align: 'right' as const } : {}),
              ...(list ? { list } : {}),
              ...(f.help ? { help: f.help['zh-CN'] } : {}),
            };
          }),
        ],
        rows,
        tableName: `TZ_${template.key}`,
        freezeHeader: true,
      },
      { type: 'signatures', labels: template.signatures },
    ],
    print: { paper: 'A4', orientation: template.orientation, fitToWidth: true, repeatHeader: true, footer: '第 &P 页，共 &N 页' },
  };
}
