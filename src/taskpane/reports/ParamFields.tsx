/**
 * A report's inputs, one control per `params` entry of its kind: the controls come from the param's
 * kind (a date, a period of months, one or two grouping fields, a column of the source sheet…),
 * never from which report it is.
 */
import { Checkbox, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportParam, ReportSource } from '../../app/reports';
import { ASSET_FIELDS } from '../../core/sheet/fields';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { fieldName } from '../inspect/view-model';
import { reportsUi } from './messages';
import { columnChoices, groupChoices, splitPeriod, type FormValue, type FormValues } from './view-model';

const useStyles = makeStyles({
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'start',
  },
  pair: {
    maxWidth: '640px',
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  pairItem: {
    flexGrow: 1,
    flexBasis: '120px',
    minWidth: 0,
  },
  wide: {
    gridColumn: '1 / -1',
  },
  help: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface ParamFieldsProps {
  readonly params: readonly ReportParam[];
  readonly source: ReportSource | null;
  /** Every sheet of the workbook (for the pickers of other sheets, such as the write-off registers). */
  readonly sheets: readonly string[];
  readonly values: FormValues;
  /** The param with a problem, and what it is. */
  readonly problem: { readonly param: string; readonly text: string } | null;
  readonly disabled: boolean;
  readonly onChange: (key: string, value: FormValue) => void;
}

function groupLabel(key: string, locale: 'zh-CN' | 'en-US'): string {
  const field = ASSET_FIELDS.find((f) => f.key === key);
  return field ? fieldName(field, locale) : key;
}

export function ParamFields(props: ParamFieldsProps): JSX.Element {
  const { params, source, sheets, values, problem, disabled, onChange } = props;
  const { locale, pick } = useI18n();
  const t = useCatalogue(reportsUi);
  const styles = useStyles();
  const str = (key: string): string => {
    const v = values[key];
    return typeof v === 'string' ? v : '';
  };
  const list = (key: string): readonly string[] => {
    const v = values[key];
    return Array.isArray(v) ? v : [];
  };

  const control = (p: ReportParam): JSX.Element | null => {
    const label = pick(p.label);
    const message = problem?.param === p.key ? problem.text : undefined;
    const common = { label, required: p.required, validationMessage: message, validationState: message ? ('error' as const) : undefined };
    const testId = `param-${p.key}`;
    switch (p.kind) {
      case 'sheet':
        // The source sheet has its own picker above the params.
        return null;
      case 'date':
        return (
          <Field key={p.key} {...common}>
            <Input type="date" value={str(p.key)} disabled={disabled} onChange={(_, d) => onChange(p.key, d.value)} data-testid={testId} />
          </Field>
        );
      case 'period': {
        const [from, to] = splitPeriod(str(p.key));
        return (
          <Field key={p.key} {...common} className={styles.wide}>
            <div className={styles.pair} role="group" aria-label={label}>
              <Input
                className={styles.pairItem}
                type="month"
                value={from}
                disabled={disabled}
                aria-label={`${label} · ${t('form.periodFrom')}`}
                onChange={(_, d) => onChange(p.key, `${d.value}..${to}`)}
                data-testid={`${testId}-from`}
              />
              <Input
                className={styles.pairItem}
                type="month"
                value={to}
                disabled={disabled}
                aria-label={`${label} · ${t('form.periodTo')}`}
                onChange={(_, d) => onChange(p.key, `${from}..${d.value}`)}
                data-testid={`${testId}-to`}
              />
            </div>
          </Field>
        );
      }
      case 'groupFields': {
        const choices = groupChoices(p, source);
        const [first = '', second = ''] = str(p.key).split(',');
        const set = (a: string, b: string): void => onChange(p.key, [a, b].filter((x, i) => x !== '' && (i === 0 || x !== a)).join(','));
        return (
          <Field key={p.key} {...common} className={styles.wide}>
            <div className={styles.pair} role="group" aria-label={label}>
              <Select
                className={styles.pairItem}
                value={first}
                disabled={disabled || choices.length === 0}
                aria-label={`${label} · ${t('form.firstLevel')}`}
                onChange={(_, d) => set(d.value, second)}
                data-testid={`${testId}-1`}
              >
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {groupLabel(c, locale)}
                  </option>
                ))}
              </Select>
              <Select
                className={styles.pairItem}
                value={second}
                disabled={disabled || choices.length < 2}
                aria-label={`${label} · ${t('form.secondLevel')}`}
                onChange={(_, d) => set(first, d.value)}
                data-testid={`${testId}-2`}
              >
                <option value="">{t('form.noSecondLevel')}</option>
                {choices
                  .filter((c) => c !== first)
                  .map((c) => (
                    <option key={c} value={c}>
                      {groupLabel(c, locale)}
                    </option>
                  ))}
              </Select>
            </div>
          </Field>
        );
      }
      case 'groupField': {
        const choices = groupChoices(p, source);
        return (
          <Field key={p.key} {...common}>
            <Select value={str(p.key)} disabled={disabled} onChange={(_, d) => onChange(p.key, d.value)} data-testid={testId}>
              {!p.required && <option value="">{t('form.defaultChoice')}</option>}
              {choices.map((c) => (
                <option key={c} value={c}>
                  {pick(p.choices?.find((x) => x.value === c)?.label ?? { 'zh-CN': groupLabel(c, 'zh-CN'), 'en-US': groupLabel(c, 'en-US') })}
                </option>
              ))}
            </Select>
          </Field>
        );
      }
      case 'choice':
        return (
          <Field key={p.key} {...common}>
            <Select value={str(p.key)} disabled={disabled} onChange={(_, d) => onChange(p.key, d.value)} data-testid={testId}>
              {(p.choices ?? []).map((c) => (
                <option key={c.value} value={c.value}>
                  {pick(c.label)}
                </option>
              ))}
            </Select>
          </Field>
        );
      case 'field':
        return (
          <Field key={p.key} {...common}>
            <Select value={str(p.key)} disabled={disabled} onChange={(_, d) => onChange(p.key, d.value)} data-testid={testId}>
              {str(p.key) === '' && <option value="" />}
              {columnChoices(p, source).map((c) => (
                <option key={c.column} value={c.column}>
                  {t('form.columnOption', { column: c.column, header: c.header })}
                </option>
              ))}
            </Select>
          </Field>
        );
      case 'text':
        return (
          <Field key={p.key} {...common}>
            <Input value={str(p.key)} placeholder={p.placeholder} disabled={disabled} onChange={(_, d) => onChange(p.key, d.value)} data-testid={testId} />
          </Field>
        );
      case 'sheets': {
        const others = sheets.filter((s) => s !== source?.sheet);
        const chosen = list(p.key);
        return (
          <Field key={p.key} {...common} className={styles.wide} hint={t('form.sheetsHelp')}>
            <div role="group" aria-label={label} data-testid={testId}>
              {others.length === 0 && <Text className={styles.help}>{t('form.noOtherSheets')}</Text>}
              {others.map((s) => (
                <Checkbox
                  key={s}
                  label={s}
                  checked={chosen.includes(s)}
                  disabled={disabled}
                  onChange={(_, d) => onChange(p.key, d.checked === true ? [...chosen, s] : chosen.filter((x) => x !== s))}
                />
              ))}
            </div>
          </Field>
        );
      }
    }
  };

  return <div className={styles.fields}>{params.map(control)}</div>;
}
