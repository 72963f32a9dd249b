/**
 * The cells to check, errors first. Each one names its cell and, clicked, selects it: in Excel the
 * cell itself; in the workbench the downloaded file opens there.
 */
import { useState, type ReactElement } from 'react';
import { Button, Card, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle20Filled, Info20Filled, Warning20Filled } from '@fluentui/react-icons';
import type { SheetReport } from '../../app/inspect';
import type { Finding, Severity } from '../../core/findings';
import { useI18n } from '../i18n/i18n';
import { canLocate, rowSpan, severityCounts, sortFindings } from './view-model';
import { Heading } from '../shell/Heading';

/** How many are listed before "show all": enough to work through, short enough to scan. */
export const FIRST_FINDINGS = 50;

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  counts: {
    color: tokens.colorNeutralForeground3,
  },
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
    minHeight: '32px',
    height: 'auto',
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    textAlign: 'start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
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
    paddingRight: tokens.spacingHorizontalS,
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  icon: {
    flexShrink: 0,
    marginTop: '1px',
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  cell: {
    flexShrink: 0,
    minWidth: '3.5em',
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  message: {
    flexGrow: 1,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
});

export function FindingsList(props: { report: SheetReport; selected: Finding | null; onLocate: (f: Finding) => void; className?: string }): JSX.Element {
  const { report, selected, onLocate, className } = props;
  const { t, pick } = useI18n();
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const findings = sortFindings(report.findings);
  const counts = severityCounts(findings);
  const shown = showAll ? findings : findings.slice(0, FIRST_FINDINGS);

  const icons: Record<Severity, ReactElement> = {
    error: <ErrorCircle20Filled className={mergeClasses(styles.icon, styles.error)} aria-hidden />,
    warning: <Warning20Filled className={mergeClasses(styles.icon, styles.warning)} aria-hidden />,
    info: <Info20Filled className={mergeClasses(styles.icon, styles.info)} aria-hidden />,
  };

  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby="findings-heading" data-testid="findings">
      <Heading id="findings-heading">
        {t('findings.heading', { count: findings.length + report.omittedFindings })}
      </Heading>
      {findings.length === 0 ? (
        <Text>{t('findings.none')}</Text>
      ) : (
        <>
          <Text size={200} className={styles.counts}>
            {t('findings.summary', counts)}
          </Text>
          <ul className={styles.list} aria-label={t('findings.listLabel')}>
            {shown.map((f, i) => {
              const message = pick(f.message);
              const rows = rowSpan(f.cell);
              const cell =
                f.cell === ''
                  ? t('findings.wholeSheet')
                  : rows === null
                    ? f.cell
                    : rows.from === rows.to
                      ? t('findings.row', { row: rows.from })
                      : t('findings.rows', { from: rows.from, to: rows.to });
              const content = (
                <>
                  {icons[f.severity]}
                  <span className={styles.cell}>{cell}</span>
                  <span className={styles.message}>{message}</span>
                </>
              );
              const isSelected = selected !== null && selected.cell === f.cell && selected.code === f.code && selected.sheet === f.sheet;
              return (
                <li key={`${f.code}:${f.cell}:${i}`}>
                  {canLocate(f) ? (
                    <Button
                      appearance="subtle"
                      className={mergeClasses(styles.item, isSelected && styles.selected)}
                      aria-label={t('findings.goTo', { severity: t(`findings.${f.severity}`), cell, message })}
                      aria-current={isSelected ? 'true' : undefined}
                      data-cell={f.cell}
                      data-severity={f.severity}
                      onClick={() => onLocate(f)}
                    >
                      {content}
                    </Button>
                  ) : (
                    <div className={styles.static} data-severity={f.severity}>
                      {content}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          {!showAll && findings.length > FIRST_FINDINGS && (
            <div>
              <Button appearance="secondary" onClick={() => setShowAll(true)}>
                {t('findings.showAll', { count: findings.length })}
              </Button>
            </div>
          )}
          {report.omittedFindings > 0 && (
            <Text size={200} className={styles.counts}>
              {t('findings.omitted', { count: report.omittedFindings })}
            </Text>
          )}
        </>
      )}
    </Card>
  );
}
