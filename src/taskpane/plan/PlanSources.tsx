/**
 * What the plan was made from: how many items each source gave (task library, school calendar,
 * holidays, the workbook's registers, last month's plan), the library, calendar and registers read,
 * what was carried over from last month, and the cells that could not be read.
 */
import { Badge, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/findings';
import type { PlanItem } from '../../core/plan/plan-item';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { Heading } from '../shell/Heading';
import type { GeneratedPlan } from './engine';
import { planUi } from './messages';
import { PlanFindings } from './PlanFindings';
import { SOURCE_KEYS } from './PlanItems';
import { SOURCE_ORDER, sourceCounts } from './view-model';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  subheading: {
    margin: 0,
  },
});

export function PlanSources(props: { generated: GeneratedPlan; items: readonly PlanItem[]; onLocate: (f: Finding) => void }): JSX.Element {
  const { generated, items, onLocate } = props;
  const t = useCatalogue(planUi);
  const { pick } = useI18n();
  const styles = useStyles();
  const plan = generated.plan;
  const counts = sourceCounts(items);
  const registers = plan.registers ?? [];
  const previous = plan.previous;

  return (
    <Card className={styles.card} aria-labelledby="plan-sources-heading" data-testid="plan-sources">
      <Heading id="plan-sources-heading">{t('sources.heading')}</Heading>
      <div className={styles.counts} role="list" aria-label={t('sources.countsLabel')}>
        {SOURCE_ORDER.map((s) => (
          <Badge key={s} role="listitem" appearance={counts[s] > 0 ? 'tint' : 'outline'} color={counts[s] > 0 ? 'brand' : 'informative'} data-source={s} data-count={counts[s]}>
            {t('sources.count', { source: t(SOURCE_KEYS[s]), count: counts[s] })}
          </Badge>
        ))}
      </div>
      <ul className={styles.list}>
        {plan.sources.map((s, i) => (
          <li key={i}>
            <Text size={200}>{pick(s)}</Text>
          </li>
        ))}
      </ul>
      <Text size={200} data-testid="plan-registers">
        {plan.registers === null
          ? t('sources.noWorkbook')
          : registers.length === 0
            ? t('sources.noRegisters')
            : t('sources.registers', { count: registers.length, sheets: registers.map((r) => r.sheet).join(t('list.separator')) })}
      </Text>
      {previous && (
        <Text size={200} weight="semibold" data-testid="plan-rollforward">
          {t('rollForward.carried', { sheet: previous.sheet, count: previous.carried })}
        </Text>
      )}
      {plan.findings.length > 0 && (
        <>
          <Text as="h3" size={300} weight="semibold" className={styles.subheading}>
            {t('findings.heading', { count: plan.findings.length })}
          </Text>
          <PlanFindings findings={plan.findings} onLocate={onLocate} />
        </>
      )}
    </Card>
  );
}
