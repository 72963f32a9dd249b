/**
 * The column mapping, editable: each field with the column it was found in (a dropdown of the
 * sheet's header columns and "none"), how sure the match is, and whether the user chose it.
 */
import {
  Badge,
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowReset20Regular } from '@fluentui/react-icons';
import type { SheetReport } from '../../app/inspect';
import type { FieldDef } from '../../core/sheet/fields';
import type { MappingOverrides } from '../../core/sheet/mapping';
import { useI18n, type I18n } from '../i18n/i18n';
import { confidenceLevel, fieldName, mappingRows, orderMappingRows, percent, type MappingRow } from './view-model';
import { Heading } from '../shell/Heading';

/** What the user picked in a row's dropdown. */
export type MappingChoice = { readonly kind: 'column'; readonly column: string | null } | { readonly kind: 'auto' };

const AUTO = '__auto';
const NONE = '';

const LEVEL_COLOR = { high: 'success', medium: 'warning', low: 'danger' } as const;

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  help: {
    color: tokens.colorNeutralForeground3,
  },
  table: {
    tableLayout: 'fixed',
    width: '100%',
  },
  // Fixed layout: at 360px the dropdown keeps the room it needs; long English names wrap.
  // Chinese field names are four characters; English ones ("Specification") need more room.
  fieldColZh: { width: '24%' },
  fieldColEn: { width: '32%' },
  confCol: { width: '4.75rem' },
  cell: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  notFound: {
    color: tokens.colorNeutralForeground4,
  },
  fieldName: {
    overflowWrap: 'break-word',
  },
  select: {
    width: '100%',
    minWidth: 0,
  },
  footer: {
    display: 'flex',
    justifyContent: 'flex-end',
  },
});

function selectedValue(row: MappingRow): string {
  return row.state.kind === 'auto' || row.state.kind === 'user' ? row.state.column : NONE;
}

function ConfidenceBadge(props: { row: MappingRow; i18n: I18n; notFoundClass: string }): JSX.Element {
  const { row, i18n, notFoundClass } = props;
  const { t } = i18n;
  const state = row.state;
  switch (state.kind) {
    case 'auto': {
      const level = confidenceLevel(state.confidence);
      const text = t(`mapping.${level}`, { percent: percent(state.confidence) });
      return (
        <Badge appearance="tint" color={LEVEL_COLOR[level]} aria-label={t('mapping.confidenceLabel', { level: text, source: t('mapping.auto') })} data-level={level}>
          {text}
        </Badge>
      );
    }
    case 'user':
    case 'userNone':
      return (
        <Badge appearance="filled" color="brand" aria-label={t('mapping.confidenceLabel', { level: '—', source: t('mapping.user') })} data-level="user">
          {t('mapping.user')}
        </Badge>
      );
    case 'notFound':
      return (
        <Text className={notFoundClass} aria-label={t('mapping.notFound')} title={t('mapping.notFound')} data-level="none">
          —
        </Text>
      );
  }
}

export interface MappingTableProps {
  readonly report: SheetReport;
  readonly remembered: MappingOverrides;
  readonly fields: readonly FieldDef[];
  readonly busy: boolean;
  readonly notice: string | null;
  readonly onChoose: (field: FieldDef, choice: MappingChoice) => void;
  readonly onResetAll: () => void;
  readonly className?: string;
}

export function MappingTable(props: MappingTableProps): JSX.Element | null {
  const { report, remembered, fields, busy, notice, onChoose, onResetAll, className } = props;
  const i18n = useI18n();
  const { t, locale } = i18n;
  const styles = useStyles();
  if (report.status !== 'ok') return null;
  const rows = orderMappingRows(mappingRows(report, remembered, fields));
  const anyRemembered = rows.some((r) => r.remembered);
  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby="mapping-heading">
      <Heading id="mapping-heading">
        {t('mapping.heading')}
      </Heading>
      <Text size={200} className={styles.help}>
        {t('mapping.help')}
      </Text>
      {notice !== null && (
        <MessageBar intent="success" data-testid="mapping-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <Table size="small" className={styles.table} aria-labelledby="mapping-heading" data-testid="mapping-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(styles.cell, locale === 'zh-CN' ? styles.fieldColZh : styles.fieldColEn)}>{t('mapping.field')}</TableHeaderCell>
            <TableHeaderCell className={styles.cell}>{t('mapping.column')}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.cell, styles.confCol)}>{t('mapping.confidence')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => {
            const name = fieldName(row.field, locale);
            return (
              <TableRow key={row.field.key} data-testid={`mapping-row-${row.field.key}`} data-state={row.state.kind}>
                <TableCell className={styles.cell}>
                  <Text className={styles.fieldName} weight={row.state.kind === 'auto' || row.state.kind === 'user' ? 'semibold' : 'regular'}>
                    {name}
                  </Text>
                </TableCell>
                <TableCell className={styles.cell}>
                  <Select
                    size="small"
                    className={styles.select}
                    value={selectedValue(row)}
                    disabled={busy}
                    aria-label={t('mapping.columnFor', { field: name })}
                    data-testid={`mapping-${row.field.key}`}
                    onChange={(_, data) => {
                      if (data.value === AUTO) onChoose(row.field, { kind: 'auto' });
                      else onChoose(row.field, { kind: 'column', column: data.value === NONE ? null : data.value });
                    }}
                  >
                    {row.remembered && <option value={AUTO}>{t('mapping.autoOption')}</option>}
                    <option value={NONE}>{t('mapping.none')}</option>
                    {report.columns.map((c) => (
                      <option key={c.column} value={c.column}>
                        {t('mapping.columnOption', { column: c.column, header: c.header })}
                      </option>
                    ))}
                  </Select>
                </TableCell>
                <TableCell className={styles.cell}>
                  <ConfidenceBadge row={row} i18n={i18n} notFoundClass={styles.notFound} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {anyRemembered && (
        <div className={styles.footer}>
          <Button appearance="subtle" icon={<ArrowReset20Regular />} disabled={busy} onClick={onResetAll}>
            {t('mapping.resetAll')}
          </Button>
        </div>
      )}
    </Card>
  );
}
