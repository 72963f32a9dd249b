/**
 * One plan line's editor: its words, category, owner and date. Every valid change applies at once
 * (the line above shows it); a field left empty says so and keeps the last good value. A date that is
 * not a working day is allowed, with a warning naming the holiday or weekday.
 */
import { useState } from 'react';
import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowReset20Regular, Checkmark20Regular } from '@fluentui/react-icons';
import type { PlanItem } from '../../core/plan/plan-item';
import { CATEGORIES, CATEGORY_LABELS, WEEKDAY_EN, WEEKDAY_ZH } from '../../core/plan/vocabulary';
import { dayLabel } from '../../core/plan/labels';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { planUi, type PlanUiKey } from './messages';
import { dayStatus, isEdited, planRange, recategorize, redate, reassign, reword, weekdayIndex, type EditProblem, type PlanDay } from './view-model';

const PROBLEM_KEYS: Readonly<Record<EditProblem, PlanUiKey>> = {
  titleEmpty: 'edit.titleEmpty',
  ownerEmpty: 'edit.ownerEmpty',
  dateEmpty: 'edit.dateEmpty',
  dateOutside: 'edit.dateOutside',
};

const useStyles = makeStyles({
  editor: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    marginLeft: '1.75rem',
    marginBottom: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    '@media (max-width: 420px)': {
      marginLeft: 0,
    },
  },
  title: {
    flexBasis: '100%',
  },
  small: {
    flexGrow: 1,
    flexBasis: '140px',
    minWidth: 0,
  },
  buttons: {
    flexBasis: '100%',
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface ItemEditorProps {
  readonly item: PlanItem;
  readonly original: PlanItem | undefined;
  readonly months: readonly string[];
  readonly days: Readonly<Record<string, PlanDay>>;
  readonly ownersListId: string;
  /** The line's number in its month, for the fields' names. */
  readonly n: number;
  onChange(item: PlanItem): void;
  onRevert(): void;
  onClose(): void;
}

export function ItemEditor(props: ItemEditorProps): JSX.Element {
  const { item, original, months, days, ownersListId, n, onChange, onRevert, onClose } = props;
  const t = useCatalogue(planUi);
  const { locale } = useI18n();
  const styles = useStyles();
  const [title, setTitle] = useState(item.title);
  const [owner, setOwner] = useState(item.owner);
  const [due, setDue] = useState(item.due);
  const [problems, setProblems] = useState<Partial<Record<'title' | 'owner' | 'due', EditProblem>>>({});
  const range = planRange(months);

  /** Applies one field's change to the item as it is now (other fields may have changed since). */
  const apply = (field: 'title' | 'owner' | 'due', result: ReturnType<typeof reword>): void => {
    setProblems((p) => {
      const next = { ...p };
      if (result.ok) delete next[field];
      else next[field] = result.problem;
      return next;
    });
    if (result.ok && result.item !== item) onChange(result.item);
  };

  const dayWords = (date: string): { date: string; weekday: string } => {
    const w = weekdayIndex(date);
    return { date: dayLabel(date)[locale], weekday: locale === 'zh-CN' ? `星期${WEEKDAY_ZH[w] ?? ''}` : WEEKDAY_EN[w] ?? '' };
  };

  let dueState: 'none' | 'error' | 'warning' | 'success' = 'none';
  let dueMessage: string | undefined;
  if (problems.due) {
    dueState = 'error';
    dueMessage = t(PROBLEM_KEYS[problems.due], { first: range?.first ?? '', last: range?.last ?? '' });
  } else {
    const status = dayStatus(item.due, days);
    const words = dayWords(item.due);
    if (status.kind === 'holiday') {
      dueState = 'warning';
      dueMessage = t(status.estimated ? 'day.holidayEstimated' : 'day.holiday', { ...words, holiday: status.holiday?.[locale] ?? '' });
    } else if (status.kind === 'weekend') {
      dueState = 'warning';
      dueMessage = t('day.weekend', words);
    } else if (status.kind === 'adjusted') {
      dueMessage = t('day.adjusted', words);
    } else if (original && original.due !== item.due) {
      dueState = 'success';
      dueMessage = t('day.workday', words);
    }
  }
  const was = original && original.due !== item.due ? t('edit.wasDate', { date: dayWords(original.due).date }) : undefined;

  return (
    <div className={styles.editor} role="group" aria-label={t('edit.groupLabel', { n })} data-testid="plan-item-editor">
      <Field
        className={styles.title}
        label={t('col.title')}
        validationState={problems.title ? 'error' : 'none'}
        validationMessage={problems.title ? t(PROBLEM_KEYS[problems.title]) : undefined}
      >
        <Textarea
          value={title}
          resize="vertical"
          rows={2}
          onChange={(_, d) => {
            setTitle(d.value);
            apply('title', reword(item, d.value));
          }}
          data-testid="plan-edit-title"
        />
      </Field>
      <Field className={styles.small} label={t('col.category')}>
        <Select value={item.category} onChange={(_, d) => onChange(recategorize(item, d.value))} data-testid="plan-edit-category">
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c][locale]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        className={styles.small}
        label={t('col.owner')}
        validationState={problems.owner ? 'error' : 'none'}
        validationMessage={problems.owner ? t(PROBLEM_KEYS[problems.owner]) : undefined}
      >
        <Input
          value={owner}
          list={ownersListId}
          onChange={(_, d) => {
            setOwner(d.value);
            apply('owner', reassign(item, d.value));
          }}
          data-testid="plan-edit-owner"
        />
      </Field>
      <Field className={styles.small} label={t('col.due')} validationState={dueState} validationMessage={dueMessage} hint={was}>
        <Input
          type="date"
          value={due}
          min={range?.first}
          max={range?.last}
          onChange={(_, d) => {
            setDue(d.value);
            apply('due', redate(item, d.value, months));
          }}
          data-testid="plan-edit-due"
        />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<Checkmark20Regular />} onClick={onClose}>
          {t('edit.done')}
        </Button>
        <Button
          icon={<ArrowReset20Regular />}
          disabled={!isEdited(item, original)}
          onClick={() => {
            if (original) {
              setTitle(original.title);
              setOwner(original.owner);
              setDue(original.due);
              setProblems({});
            }
            onRevert();
          }}
        >
          {t('edit.revert')}
        </Button>
      </div>
    </div>
  );
}
