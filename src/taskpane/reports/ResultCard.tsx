/**
 * A report as the pane shows it: the headline, the table of groups (numbers right-aligned, amounts
 * with two decimals, the total last), the 四柱清册's check against the ledger with the rows behind
 * any difference (clicked, selected), and the 同期对比's sentences.
 */
import { Button, Card, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { Heading } from '../shell/Heading';
import type { ReportView } from './engine';
import { reportsUi, type ReportsUiKey } from './messages';
import { ledgerCheck, resultTable, sentences, type LedgerCheck, type ResultTable } from './view-model';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  headline: {
    fontWeight: tokens.fontWeightSemibold,
  },
  // The table scrolls inside its card on a narrow pane; the pane itself never scrolls sideways.
  scroller: {
    overflowX: 'auto',
    maxWidth: '100%',
  },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  th: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    whiteSpace: 'nowrap',
  },
  groupTh: {
    textAlign: 'center',
  },
  td: {
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The group's name stays in view while a wide table scrolls sideways in a narrow pane.
  rowHead: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: 'nowrap',
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  stickyTh: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
  },
  num: {
    textAlign: 'end',
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
  },
  child: {
    paddingLeft: tokens.spacingHorizontalXL,
    color: tokens.colorNeutralForeground2,
  },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  rows: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  rowButton: {
    width: '100%',
    maxWidth: 'none',
    height: 'auto',
    justifyContent: 'flex-start',
    textAlign: 'start',
    whiteSpace: 'normal',
    fontWeight: tokens.fontWeightRegular,
    columnGap: tokens.spacingHorizontalS,
  },
  rowCell: {
    flexShrink: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

function TableView(props: { table: ResultTable; label: string }): JSX.Element {
  const { table, label } = props;
  const t = useCatalogue(reportsUi);
  const styles = useStyles();
  const grouped = table.columns.some((c) => c.group !== undefined);
  // The header's first row: plain columns span both rows; a group spans its columns.
  const top: Array<{ label: ReportsUiKey; span: number; group: boolean; numeric: boolean }> = [];
  for (const c of table.columns) {
    const prev = top[top.length - 1];
    if (c.group && prev?.group && prev.label === c.group) top[top.length - 1] = { ...prev, span: prev.span + 1 };
    else top.push(c.group ? { label: c.group, span: 1, group: true, numeric: c.numeric } : { label: c.label, span: 1, group: false, numeric: c.numeric });
  }
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={label}>
      <table className={styles.table} data-testid="report-table">
        <thead>
          <tr>
            {top.map((h, i) => (
              <th
                key={i}
                scope="col"
                colSpan={h.span}
                rowSpan={grouped && !h.group ? 2 : 1}
                className={mergeClasses(styles.th, i === 0 && styles.stickyTh, h.group && styles.groupTh, !h.group && h.numeric && styles.num)}
              >
                {t(h.label)}
              </th>
            ))}
          </tr>
          {grouped && (
            <tr>
              {table.columns
                .filter((c) => c.group)
                .map((c, i) => (
                  <th key={i} scope="col" className={mergeClasses(styles.th, styles.num)}>
                    {t(c.label)}
                  </th>
                ))}
            </tr>
          )}
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} data-total={row.total ? 'true' : undefined} data-level={row.level}>
              {row.cells.map((cell, i) => {
                const column = table.columns[i];
                const first = i === 0;
                const content = first && row.total ? t('result.total') : cell;
                const className = mergeClasses(styles.td, first && styles.rowHead, column?.numeric && styles.num, first && row.level === 1 && styles.child, row.total && styles.total);
                return first ? (
                  <th key={i} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={i} className={className}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CheckView(props: { check: LedgerCheck; onLocate: (sheet: string, cell: string) => void }): JSX.Element {
  const { check, onLocate } = props;
  const t = useCatalogue(reportsUi);
  const styles = useStyles();
  if (check.closingMatchesLedger) {
    return (
      <MessageBar intent="success" data-testid="ledger-check" data-matches="true">
        <MessageBarBody>{t('check.ok', { quantity: check.heldAtEnd.quantity, amount: check.heldAtEnd.amount })}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.section} data-testid="ledger-check" data-matches="false">
      <MessageBar intent="warning">
        <MessageBarBody>{t('check.differs')}</MessageBarBody>
      </MessageBar>
      {check.differences.map((d, i) => (
        <div key={i} className={styles.section}>
          <Text weight="semibold">
            {t('check.difference', {
              what: t(d.kind === 'heldAtEnd' ? 'check.heldAtEnd' : 'check.totalRow'),
              group: d.group === null ? '' : t('check.group', { group: d.group }),
              quantity: d.quantity,
              amount: d.amount,
            })}
          </Text>
          <ul className={styles.rows}>
            {d.rows.map((r, j) => (
              <li key={j}>
                <Button
                  appearance="subtle"
                  className={styles.rowButton}
                  aria-label={t('check.rowLabel', { sheet: r.sheet, row: r.row, message: r.message })}
                  onClick={() => onLocate(r.sheet, r.cell)}
                  data-testid="check-row"
                >
                  <span className={styles.rowCell}>{t('check.row', { row: r.row })}</span>
                  <span>{r.message}</span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function ResultCard(props: { view: ReportView; kindLabel: string; onLocate: (sheet: string, cell: string) => void; className?: string }): JSX.Element {
  const { view, kindLabel, onLocate, className } = props;
  const { pick } = useI18n();
  const t = useCatalogue(reportsUi);
  const styles = useStyles();
  const table = resultTable(view.kind, view.json);
  const check = ledgerCheck(view.json);
  const said = sentences(view.json);
  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby="report-result-heading" data-testid="report-result">
      <Heading id="report-result-heading">{t('result.heading')}</Heading>
      <Text className={styles.headline} data-testid="report-headline">
        {pick(view.headline)}
      </Text>
      {table ? (
        table.rows.length <= 1 ? <Text>{t('result.empty')}</Text> : <TableView table={table} label={t('result.tableLabel', { kind: kindLabel })} />
      ) : (
        <ul className={styles.list}>
          {view.lines.map((l, i) => (
            <li key={i}>{pick(l)}</li>
          ))}
        </ul>
      )}
      {check && (
        <section className={styles.section} aria-labelledby="report-check-heading">
          <Text as="h3" weight="semibold" id="report-check-heading">
            {t('check.heading')}
          </Text>
          <CheckView check={check} onLocate={onLocate} />
        </section>
      )}
      {said.length > 0 && (
        <section className={styles.section} aria-labelledby="report-sentences-heading">
          <Text as="h3" weight="semibold" id="report-sentences-heading">
            {t('result.sentences')}
          </Text>
          <ul className={styles.list} data-testid="report-sentences">
            {said.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </section>
      )}
    </Card>
  );
}
