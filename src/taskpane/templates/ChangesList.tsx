/**
 * Every value normalizing changed: the cell in the original sheet, the field, before → after.
 * Chosen, a change selects its cell in the original, which is never edited.
 */
import { useState } from 'react';
import { Button, Card, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowRight16Regular } from '@fluentui/react-icons';
import type { ParsedTemplate } from '../../core/templates/catalogue';
import type { ValueChange } from '../../core/templates/normalize';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { Heading } from '../shell/Heading';
import { templateUi } from './messages';
import { fieldLabel, shownValue } from './view-model';

/** Listed before "show all": enough to scan, short enough to stay quick. */
export const FIRST_CHANGES = 100;

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  help: {
    color: tokens.colorNeutralForeground3,
  },
  // A long list scrolls on its own, so the normalize result above it stays in view.
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '32rem',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    width: '100%',
    maxWidth: 'none',
    minHeight: '32px',
    height: 'auto',
    display: 'grid',
    gridTemplateColumns: '3.5em minmax(4em, max-content) minmax(0, 1fr)',
    alignItems: 'start',
    justifyItems: 'start',
    textAlign: 'start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: 'normal',
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  field: {
    color: tokens.colorNeutralForeground3,
  },
  values: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  // Leading and trailing spaces are often the change itself: keep them visible inside the quotes.
  value: {
    whiteSpace: 'pre-wrap',
  },
  before: {
    color: tokens.colorNeutralForeground3,
    textDecorationLine: 'line-through',
  },
  empty: {
    color: tokens.colorNeutralForeground4,
    fontStyle: 'italic',
  },
  arrow: {
    flexShrink: 0,
    color: tokens.colorNeutralForeground3,
  },
});

export interface ChangesListProps {
  readonly changes: readonly ValueChange[];
  readonly template: ParsedTemplate;
  readonly selected: string | null;
  readonly onLocate: (change: ValueChange) => void;
  readonly className?: string;
}

export function ChangesList(props: ChangesListProps): JSX.Element {
  const { changes, template, selected, onLocate, className } = props;
  const { locale } = useI18n();
  const t = useCatalogue(templateUi);
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? changes : changes.slice(0, FIRST_CHANGES);
  const name = (key: string): string => {
    const f = template.fields.find((x) => x.key === key);
    return f ? fieldLabel(f, locale) : key;
  };
  const headingId = 'normalize-changes-heading';
  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby={headingId} data-testid="normalize-changes">
      <Heading id={headingId}>{t('changes.heading', { count: changes.length })}</Heading>
      <Text size={200} className={styles.help}>
        {t('changes.help')}
      </Text>
      <ul className={styles.list} aria-label={t('changes.listLabel')}>
        {shown.map((c) => {
          const before = shownValue(c.before);
          const after = shownValue(c.after);
          const field = name(c.field);
          const isSelected = selected === c.cell;
          return (
            <li key={c.cell}>
              <Button
                appearance="subtle"
                className={mergeClasses(styles.item, isSelected && styles.selected)}
                aria-label={t('changes.goTo', { cell: c.cell, field, before: before ?? t('changes.empty'), after: after ?? t('changes.empty') })}
                aria-current={isSelected ? 'true' : undefined}
                data-cell={c.cell}
                onClick={() => onLocate(c)}
              >
                <span className={styles.cell}>{c.cell}</span>
                <span className={styles.field}>{field}</span>
                <span className={styles.values}>
                  <span className={before === null ? styles.empty : mergeClasses(styles.value, styles.before)} data-part="before">
                    {before ?? t('changes.empty')}
                  </span>
                  <ArrowRight16Regular className={styles.arrow} aria-hidden />
                  <span className={after === null ? styles.empty : styles.value} data-part="after">
                    {after ?? t('changes.empty')}
                  </span>
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
      {!showAll && changes.length > FIRST_CHANGES && (
        <div>
          <Button appearance="secondary" onClick={() => setShowAll(true)}>
            {t('changes.showAll', { count: changes.length })}
          </Button>
        </div>
      )}
    </Card>
  );
}
