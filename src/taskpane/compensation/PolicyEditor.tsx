/**
 * 赔偿办法 in the panel: the settings a school changes most (multipliers per nature, the valuation
 * basis, the overdue surcharge, what notices print) and the price list, saved to the workbook's
 * policy sheet — the same sheet staff can edit by hand, and the one computing follows.
 */
import type { ReactNode } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Switch,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndo20Regular, Save20Regular } from '@fluentui/react-icons';
import { NATURES, type Basis, type Policy } from '../../core/compensation';
import { useCatalogue } from '../i18n/i18n';
import { Heading } from '../shell/Heading';
import type { PolicyView } from './engine';
import { compensationUi } from './messages';
import { LIMITS, formChanged, policyFromForm, type NumberProblem, type PolicyField, type PolicyForm } from './policy-form';
import { PriceList } from './PriceList';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  help: {
    color: tokens.colorNeutralForeground3,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: {
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Four short numbers: two per row in a task pane, four on a wide screen.
  numbers: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(7.5rem, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  wide: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  // An input fills its grid cell and may shrink below its intrinsic width.
  input: {
    width: '100%',
    minWidth: 0,
  },
  accordionHeader: {
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: {
    marginLeft: 0,
    marginRight: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface PolicyEditorProps {
  readonly view: PolicyView;
  readonly form: PolicyForm;
  readonly onChange: (form: PolicyForm) => void;
  readonly busy: boolean;
  /** Results are on screen: saving recomputes them. */
  readonly recomputes: boolean;
  readonly notice: string | null;
  readonly onSave: (policy: Policy) => void;
  readonly onRevert: () => void;
  readonly className?: string;
}

function Group(props: { legend: string; help?: string; children: ReactNode }): JSX.Element {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.help && (
        <Text size={200} className={styles.help}>
          {props.help}
        </Text>
      )}
      {props.children}
    </fieldset>
  );
}

export function PolicyEditor(props: PolicyEditorProps): JSX.Element {
  const { view, form, onChange, busy, recomputes, notice, onSave, onRevert, className } = props;
  const t = useCatalogue(compensationUi);
  const styles = useStyles();

  const check = policyFromForm(form, view.policy);
  const problems: Partial<Record<PolicyField, NumberProblem>> = check.ok ? {} : check.problems;
  const problemText = (field: PolicyField, max: number): string | undefined => {
    const p = problems[field];
    return p ? t(`problem.${p}`, { max }) : undefined;
  };
  const dirty = formChanged(form, view.policy);
  const set = (patch: Partial<PolicyForm>): void => onChange({ ...form, ...patch });
  const problemCount = Object.keys(problems).length;
  const canSave = !busy && check.ok && (dirty || view.source !== 'sheet');
  const saveLabel = view.source !== 'sheet' ? t('policy.create') : recomputes ? t('policy.saveAndCompute') : t('policy.save');

  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby="policy-heading" data-testid="policy-editor">
      <Heading id="policy-heading">{t('policy.heading')}</Heading>
      <Text size={200} className={styles.help} data-testid="policy-source">
        {view.source === 'sheet' && view.sheet !== null ? t('policy.fromSheet', { sheet: view.sheet }) : t('policy.default')}
      </Text>
      {view.findings.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('policy.badCells', { count: view.findings.length })}</MessageBarBody>
        </MessageBar>
      )}

      <Group legend={t('policy.multipliers')} help={t('policy.multipliersHelp')}>
        <div className={styles.numbers}>
          {NATURES.map((n) => (
            <Field key={n} label={t(`nature.${n}`)} validationMessage={problemText(`multiplier.${n}`, LIMITS.multiplier)}>
              <Input
                className={styles.input}
                inputMode="decimal"
                value={form.multipliers[n]}
                disabled={busy}
                contentBefore={<Text aria-hidden>×</Text>}
                onChange={(_, d) => set({ multipliers: { ...form.multipliers, [n]: d.value } })}
                data-testid={`multiplier-${n}`}
              />
            </Field>
          ))}
        </div>
      </Group>

      <Group legend={t('policy.basis')} help={t('policy.basisHelp')}>
        <RadioGroup value={form.basis} disabled={busy} onChange={(_, d) => set({ basis: d.value as Basis })} aria-label={t('policy.basis')} data-testid="policy-basis">
          <Radio value="original" label={t('policy.basisOriginal')} />
          <Radio value="net" label={t('policy.basisNet')} />
        </RadioGroup>
      </Group>

      <Group legend={t('policy.overdue')}>
        <Switch
          checked={form.overdueEnabled}
          disabled={busy}
          label={t('policy.overdueSwitch')}
          onChange={(_, d) => set({ overdueEnabled: d.checked })}
          data-testid="overdue-switch"
        />
        <div className={styles.numbers}>
          <Field label={t('policy.overdueDays')} validationMessage={problemText('overdueDays', LIMITS.overdueDays)}>
            <Input className={styles.input} inputMode="numeric" value={form.overdueDays} disabled={busy || !form.overdueEnabled} onChange={(_, d) => set({ overdueDays: d.value })} data-testid="overdue-days" />
          </Field>
          <Field label={t('policy.overdueMultiplier')} validationMessage={problemText('overdueMultiplier', LIMITS.multiplier)}>
            <Input
              className={styles.input}
              inputMode="decimal"
              value={form.overdueMultiplier}
              disabled={busy || !form.overdueEnabled}
              contentBefore={<Text aria-hidden>×</Text>}
              onChange={(_, d) => set({ overdueMultiplier: d.value })}
              data-testid="overdue-multiplier"
            />
          </Field>
        </div>
      </Group>

      <Group legend={t('policy.notices')}>
        <div className={styles.wide}>
          <Field label={t('policy.schoolName')}>
            <Input className={styles.input} value={form.schoolName} disabled={busy} onChange={(_, d) => set({ schoolName: d.value })} data-testid="school-name" />
          </Field>
          <Field label={t('policy.collector')}>
            <Input className={styles.input} value={form.collector} disabled={busy} onChange={(_, d) => set({ collector: d.value })} />
          </Field>
          <Field label={t('policy.dueDays')} validationMessage={problemText('dueDays', LIMITS.dueDays)}>
            <Input className={styles.input} inputMode="numeric" value={form.dueDays} disabled={busy} onChange={(_, d) => set({ dueDays: d.value })} />
          </Field>
        </div>
      </Group>

      <Accordion collapsible>
        <AccordionItem value="prices">
          <AccordionHeader className={styles.accordionHeader} data-testid="price-list-toggle">
            {t('policy.priceList', { count: form.priceList.length })}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Text size={200} className={styles.help}>
              {t('policy.priceHelp')}
            </Text>
            <PriceList entries={form.priceList} disabled={busy} onChange={(priceList) => set({ priceList })} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      {problemCount > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{t('policy.invalid', { count: problemCount })}</MessageBarBody>
        </MessageBar>
      )}
      {dirty && problemCount === 0 && (
        <MessageBar intent="warning" data-testid="policy-unsaved">
          <MessageBarBody>{t('policy.unsaved')}</MessageBarBody>
        </MessageBar>
      )}
      {notice !== null && !dirty && (
        <MessageBar intent="success" data-testid="policy-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.footer}>
        <Button appearance="primary" icon={<Save20Regular />} disabled={!canSave} onClick={() => check.ok && onSave(check.policy)} data-testid="policy-save">
          {saveLabel}
        </Button>
        {dirty && (
          <Button icon={<ArrowUndo20Regular />} disabled={busy} onClick={onRevert}>
            {t('policy.revert')}
          </Button>
        )}
      </div>
    </Card>
  );
}
