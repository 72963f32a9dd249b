/**
 * The results incident by incident: the register's row (click → the row in the sheet), the item, the
 * nature, the rule in words, base × multiplier = amount, the amount in capital numerals, who pays
 * what, the disposition, and the sentence a clerk can read to a parent.
 */
import { useState } from 'react';
import { Badge, Button, Card, Field, Select, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DISPOSITION_LABELS, NATURE_LABELS, type Disposition, type IncidentResult, type Nature } from '../../core/compensation';
import { formatFenGrouped, numberToDecimalText } from '../../core/money';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { Heading } from '../shell/Heading';
import { compensationUi } from './messages';
import { INCIDENT_FILTERS, filterIncidents, multiplierText, ruleWords, type IncidentFilter } from './view-model';

const NATURE_COLOR: Record<Nature, 'informative' | 'warning' | 'danger' | 'subtle'> = {
  natural: 'subtle',
  accidental: 'warning',
  deliberate: 'danger',
  lost: 'informative',
};

const DISPOSITION_COLOR: Record<Disposition, 'brand' | 'success' | 'important'> = {
  compensate: 'brand',
  schoolRepair: 'success',
  writeOff: 'important',
};

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  filter: {
    minWidth: '10rem',
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  overdueItem: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}`,
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  rowButton: {
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    fontVariantNumeric: 'tabular-nums',
  },
  amount: {
    marginLeft: 'auto',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  },
  zero: {
    color: tokens.colorNeutralForeground3,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    '@media (min-width: 1100px)': {
      gridTemplateColumns: 'max-content minmax(0, 1fr) max-content minmax(0, 1fr)',
    },
  },
  term: {
    color: tokens.colorNeutralForeground3,
  },
  value: {
    margin: 0,
    overflowWrap: 'anywhere',
    fontVariantNumeric: 'tabular-nums',
  },
  words: {
    fontWeight: tokens.fontWeightSemibold,
    letterSpacing: '0.02em',
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  explanation: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
  empty: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface IncidentListProps {
  readonly results: readonly IncidentResult[];
  /** Selects the incident's row on the register sheet. */
  readonly onLocate: (r: IncidentResult) => void;
  readonly className?: string;
}

export function IncidentList(props: IncidentListProps): JSX.Element {
  const { results, onLocate, className } = props;
  const t = useCatalogue(compensationUi);
  const { locale } = useI18n();
  const styles = useStyles();
  const [filter, setFilter] = useState<IncidentFilter>('all');
  const shown = filterIncidents(results, filter);
  const yuan = (fen: number): string => formatFenGrouped(fen);

  function payers(r: IncidentResult): string {
    if (r.payers.length === 0) return r.amount === 0 ? '—' : t('incident.noPayer');
    const [first] = r.payers;
    if (r.payers.length === 1 && first) return first.kind === 'unit' ? t('incident.unitPays', { name: first.name }) : first.name;
    return r.payers.map((p) => `${p.name} ${yuan(p.amount)}`).join(locale === 'zh-CN' ? '；' : '; ');
  }

  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby="incidents-heading" data-testid="incidents">
      <div className={styles.top}>
        <Heading id="incidents-heading">{t('incidents.heading')}</Heading>
        <Field label={t('incidents.filter')} orientation="horizontal" className={styles.filter}>
          <Select size="small" value={filter} onChange={(_, d) => setFilter(d.value as IncidentFilter)} data-testid="incident-filter">
            {INCIDENT_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`filter.${f}`, { count: filterIncidents(results, f).length })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {shown.length === 0 ? (
        <Text className={styles.empty}>{t('incidents.empty')}</Text>
      ) : (
        <ul className={styles.list} aria-labelledby="incidents-heading">
          {shown.map((r) => {
            const quantity = `×${numberToDecimalText(r.quantity)}${locale === 'en-US' && r.unit ? ' ' : ''}${r.unit}`;
            return (
              <li
                key={r.row}
                className={mergeClasses(styles.item, r.overdue && styles.overdueItem)}
                data-testid={`incident-${r.row}`}
                data-rule={r.rule}
                data-amount={r.amount}
              >
                <div className={styles.head}>
                  <Button appearance="transparent" size="small" className={styles.rowButton} aria-label={t('incident.rowLabel', { row: r.row, item: r.item })} onClick={() => onLocate(r)}>
                    {t('incident.row', { row: r.row })}
                  </Button>
                  <Text weight="semibold">{r.item}</Text>
                  <Text>{quantity}</Text>
                  <Badge appearance="tint" color={NATURE_COLOR[r.nature]}>
                    {NATURE_LABELS[r.nature][locale]}
                  </Badge>
                  <span className={mergeClasses(styles.amount, r.amount === 0 && styles.zero)} data-testid="incident-amount">
                    {t('summary.yuan', { amount: yuan(r.amount) })}
                  </span>
                </div>
                <dl className={styles.facts}>
                  <dt className={styles.term}>{t('incident.rule')}</dt>
                  <dd className={styles.value} data-testid="incident-rule">
                    {ruleWords(r, locale)}
                  </dd>
                  {r.rule !== 'none' && (
                    <>
                      <dt className={styles.term}>{t('incident.calc')}</dt>
                      <dd className={styles.value} data-testid="incident-calc">
                        {`${yuan(r.base)} ${multiplierText(r.multiplier)}${r.surcharge ? ` ${multiplierText(r.surcharge.multiplier)}` : ''} = ${yuan(r.amount)}`}
                        {r.surcharge ? t('incident.surcharge', { multiplier: numberToDecimalText(r.surcharge.multiplier) }) : ''}
                      </dd>
                    </>
                  )}
                  <dt className={styles.term}>{t('incident.words')}</dt>
                  <dd className={mergeClasses(styles.value, styles.words)} data-testid="incident-words">
                    {r.amountInWords}
                  </dd>
                  <dt className={styles.term}>{t('incident.payers')}</dt>
                  <dd className={styles.value} data-testid="incident-payers">
                    {payers(r)}
                  </dd>
                  <dt className={styles.term}>{t('incident.disposition')}</dt>
                  <dd className={mergeClasses(styles.value, styles.badges)}>
                    <Badge appearance="outline" color={DISPOSITION_COLOR[r.disposition]} data-testid="incident-disposition">
                      {DISPOSITION_LABELS[r.disposition][locale]}
                    </Badge>
                    {r.amount > 0 && <Text size={200}>{t('incident.paid', { paid: yuan(r.paid), outstanding: yuan(r.outstanding) })}</Text>}
                    {r.amount > 0 && r.dueDate && <Text size={200}>{t('incident.due', { date: r.dueDate })}</Text>}
                    {r.overdue && (
                      <Badge appearance="filled" color="danger">
                        {t('incident.overdue')}
                      </Badge>
                    )}
                  </dd>
                </dl>
                <Text as="p" size={200} className={styles.explanation} title={t('incident.explanation')} data-testid="incident-explanation">
                  {r.explanation[locale]}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
