/** The first parsed rows, as the fields read them: the quickest way to see the mapping is right. */
import { Badge, Card, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { SheetReport } from '../../app/inspect';
import type { FieldDef } from '../../core/sheet/fields';
import { useI18n } from '../i18n/i18n';
import { fieldName, previewFields } from './view-model';
import { Heading } from '../shell/Heading';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  scroller: {
    overflowX: 'auto',
    maxWidth: '100%',
  },
  table: {
    width: 'auto',
    minWidth: '100%',
  },
  cell: {
    whiteSpace: 'nowrap',
    maxWidth: '16rem',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  rowNumber: {
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground3,
  },
  column: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
});

export function PreviewTable(props: { report: SheetReport; fields: readonly FieldDef[]; className?: string }): JSX.Element | null {
  const { report, fields, className } = props;
  const { t, locale } = useI18n();
  const styles = useStyles();
  if (report.status !== 'ok') return null;
  const columns = previewFields(report, fields);
  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby="preview-heading">
      <Heading id="preview-heading">
        {t('preview.heading', { count: report.preview.length })}
      </Heading>
      {report.preview.length === 0 || columns.length === 0 ? (
        <Text>{t('preview.empty')}</Text>
      ) : (
        // Focusable so keyboard users can scroll a wide preview sideways.
        <div className={styles.scroller} tabIndex={0} role="region" aria-label={t('preview.tableLabel', { sheet: report.name })}>
          <Table size="extra-small" className={styles.table} data-testid="preview-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.rowNumber}>{t('preview.row')}</TableHeaderCell>
                {columns.map((f) => (
                  <TableHeaderCell key={f.key} className={styles.cell}>
                    {fieldName(f, locale)}&nbsp;<span className={styles.column}>{report.fields[f.key]?.column}</span>
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.preview.map((r) => (
                <TableRow key={r.row}>
                  <TableCell className={styles.rowNumber}>
                    {r.row}
                    {r.hidden && (
                      <>
                        {' '}
                        <Badge size="small" appearance="tint" color="informative">
                          {t('preview.hiddenRow')}
                        </Badge>
                      </>
                    )}
                  </TableCell>
                  {columns.map((f) => {
                    const v = r.values[f.key] ?? '';
                    return (
                      <TableCell key={f.key} className={styles.cell} title={v}>
                        {v}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </Card>
  );
}
