/**
 * Cells the plan could not read, across sheets (a library line with a schedule nobody can read, a
 * compensation row without an amount): each names its sheet and cell and, clicked, selects it.
 * Inspect's FindingsList is for one sheet's report; these span several sheets and the settings.
 */
import type { ReactElement } from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle20Filled, Info20Filled, Warning20Filled } from '@fluentui/react-icons';
import type { Finding, Severity } from '../../core/findings';
import { bySeverity } from '../../core/findings';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { planUi } from './messages';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    width: '100%',
    maxWidth: 'none',
    height: 'auto',
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    textAlign: 'start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: 'normal',
    display: 'flex',
  },
  static: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
  },
  icon: { flexShrink: 0, marginTop: '1px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  text: { minWidth: 0, overflowWrap: 'anywhere' },
  cell: { fontWeight: tokens.fontWeightSemibold },
});

export function PlanFindings(props: { findings: readonly Finding[]; onLocate: (f: Finding) => void }): JSX.Element {
  const { findings, onLocate } = props;
  const t = useCatalogue(planUi);
  const { pick } = useI18n();
  const styles = useStyles();
  const icons: Record<Severity, ReactElement> = {
    error: <ErrorCircle20Filled className={mergeClasses(styles.icon, styles.error)} aria-hidden />,
    warning: <Warning20Filled className={mergeClasses(styles.icon, styles.warning)} aria-hidden />,
    info: <Info20Filled className={mergeClasses(styles.icon, styles.info)} aria-hidden />,
  };
  return (
    <ul className={styles.list} data-testid="plan-findings">
      {[...findings].sort(bySeverity).map((f, i) => {
        const where = f.sheet === '' ? '' : f.cell === '' ? f.sheet : `${f.sheet}!${f.cell}`;
        const message = pick(f.message);
        const content = (
          <>
            {icons[f.severity]}
            <span className={styles.text}>
              {where !== '' && <span className={styles.cell}>{where} </span>}
              {message}
            </span>
          </>
        );
        return (
          <li key={`${f.code}:${where}:${i}`}>
            {f.sheet !== '' ? (
              <Button appearance="subtle" className={styles.item} aria-label={t('findings.goTo', { where, message })} data-cell={where} onClick={() => onLocate(f)}>
                {content}
              </Button>
            ) : (
              <Text className={styles.static}>{content}</Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
