/** The totals of a computation: what is due (in figures and 大写), paid, outstanding, overdue, and what the school repairs or writes off. */
import { Card, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { BASIS_LABELS } from '../../core/compensation';
import { formatFenGrouped } from '../../core/money';
import { toRmbCapital } from '../../core/rmb';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { Heading } from '../shell/Heading';
import type { CompensationView } from './engine';
import { compensationUi, type CompensationUiKey } from './messages';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  info: {
    color: tokens.colorNeutralForeground3,
  },
  total: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  totalLabel: {
    color: tokens.colorNeutralForeground2,
  },
  totalAmount: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  words: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  stats: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(6.5rem, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  stat: {
    display: 'flex',
    flexDirection: 'column',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  statLabel: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  statValue: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  bad: {
    color: tokens.colorPaletteRedForeground1,
  },
});

export function ResultsSummary(props: { view: CompensationView; className?: string }): JSX.Element {
  const { view, className } = props;
  const t = useCatalogue(compensationUi);
  const { locale } = useI18n();
  const styles = useStyles();
  const s = view.summary;
  const yuan = (fen: number): string => t('summary.yuan', { amount: formatFenGrouped(fen) });
  const count = (n: number): string => t('summary.count', { count: n });
  const stats: Array<{ key: CompensationUiKey; value: string; bad?: boolean; id: string }> = [
    { key: 'summary.chargeable', value: count(s.chargeable), id: 'chargeable' },
    { key: 'summary.paid', value: yuan(s.paidFen), id: 'paid' },
    { key: 'summary.outstanding', value: yuan(s.outstandingFen), id: 'outstanding' },
    { key: 'summary.overdue', value: count(s.overdue), bad: s.overdue > 0, id: 'overdue' },
    { key: 'summary.schoolRepair', value: count(s.schoolRepairs), id: 'school-repair' },
    { key: 'summary.writeOff', value: count(s.writeOffs), id: 'write-off' },
  ];
  const policy = view.policySource === 'sheet' && view.policySheet !== null ? t('summary.policySheet', { sheet: view.policySheet }) : t('summary.policyDefault');

  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby="summary-heading" data-testid="compensation-summary">
      <Heading id="summary-heading">{t('summary.heading')}</Heading>
      <Text size={200} className={styles.info}>
        {t('summary.info', { sheet: view.sheet, asOf: view.asOf, basis: BASIS_LABELS[view.basis][locale], policy })} {t('summary.of', { incidents: s.incidents, computed: s.computed })}
      </Text>
      <div className={styles.total}>
        <Text className={styles.totalLabel}>{t('summary.total')}</Text>
        <Text className={styles.totalAmount} data-testid="summary-total">
          {yuan(s.totalFen)}
        </Text>
        <Text className={styles.words} data-testid="summary-words">
          {toRmbCapital(s.totalFen, { withPrefix: true })}
        </Text>
      </div>
      <dl className={styles.stats}>
        {stats.map((x) => (
          <div key={x.key} className={styles.stat}>
            <dt className={styles.statLabel}>{t(x.key)}</dt>
            <dd className={mergeClasses(styles.statValue, x.bad && styles.bad)} data-testid={`summary-${x.id}`}>
              {x.value}
            </dd>
          </div>
        ))}
      </dl>
      {s.notComputed > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('summary.notComputed', { count: s.notComputed })}</MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
