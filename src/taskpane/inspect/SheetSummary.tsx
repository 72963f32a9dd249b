/** What was found on the sheet: status, header rows, data range, rows left out, hidden rows. */
import { Badge, Card, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { SheetReport } from '../../app/inspect';
import { useI18n, type I18n } from '../i18n/i18n';
import type { UiKey } from '../i18n/messages';
import { compactRows, excludedSummary, type ExcludedKind } from './view-model';
import { Heading } from '../shell/Heading';

const STATUS: Record<SheetReport['status'], { key: UiKey; color: 'success' | 'warning' | 'danger' }> = {
  ok: { key: 'status.ok', color: 'success' },
  empty: { key: 'status.empty', color: 'warning' },
  noHeader: { key: 'status.noHeader', color: 'danger' },
};

const EXCLUDED_KEYS: Record<ExcludedKind, UiKey> = {
  subtotal: 'excluded.subtotal',
  total: 'excluded.total',
  signature: 'excluded.signature',
  blank: 'excluded.blank',
  note: 'excluded.note',
};

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: {
    color: tokens.colorNeutralForeground3,
  },
  value: {
    margin: 0,
    overflowWrap: 'anywhere',
  },
});

/** "第 12、20–22 行" / "rows 12, 20–22". */
export function rowsText(i18n: Pick<I18n, 't'>, rows: readonly number[]): string {
  const { items, more } = compactRows(rows);
  const list = items.join(i18n.t('list.separator'));
  return i18n.t(more ? 'status.rowListMore' : 'status.rowList', { rows: list });
}

export function SheetSummary(props: { report: SheetReport; className?: string }): JSX.Element {
  const { report, className } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const status = STATUS[report.status];
  const excluded = excludedSummary(report.excludedRows);
  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby="summary-heading" data-testid="sheet-summary">
      <div className={styles.heading}>
        <Heading id="summary-heading">
          {t('status.heading')}
        </Heading>
        <Badge appearance="filled" color={status.color} data-testid="sheet-status">
          {t(status.key)}
        </Badge>
      </div>
      {report.status === 'ok' && (
        <dl className={styles.list}>
          <dt className={styles.term}>{t('status.headerRows')}</dt>
          <dd className={styles.value} data-testid="header-rows">
            {t(report.headerRows.length > 1 ? 'status.headerRowsValueMany' : 'status.headerRowsValue', { rows: report.headerRows.join(t('list.separator')) })}
          </dd>
          <dt className={styles.term}>{t('status.dataRange')}</dt>
          <dd className={styles.value} data-testid="data-range">
            {report.dataRowCount > 0
              ? t('status.dataRangeValue', { first: report.firstDataRow, last: report.lastDataRow, count: report.dataRowCount })
              : t('status.noDataRows')}
          </dd>
          <dt className={styles.term}>{t('status.excluded')}</dt>
          <dd className={styles.value} data-testid="excluded-rows">
            {excluded.length === 0
              ? t('status.excludedNone')
              : excluded
                  .map((g) => t('excluded.item', { kind: t(EXCLUDED_KEYS[g.kind], { count: g.rows.length }), rows: rowsText(i18n, g.rows) }))
                  .join(t('excluded.separator'))}
          </dd>
          {report.hiddenRows.length > 0 && (
            <>
              <dt className={styles.term}>{t('status.hidden')}</dt>
              <dd className={styles.value}>{t('status.hiddenValue', { count: report.hiddenRows.length, rows: rowsText(i18n, report.hiddenRows) })}</dd>
            </>
          )}
        </dl>
      )}
    </Card>
  );
}
