/**
 * The items of a run that need a look (不符, 盘亏, 盘盈, 重复, 疑似), filterable by status, with confirm
 * and reject on possible matches.
 */
import { Badge, Button, Select, Field, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { JsonItem } from '../../core/reconcile/json';
import { ASSET_FIELDS } from '../../core/sheet/fields';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { reconcileUi, type ReconcileUiKey } from './messages';

export type ShownStatus = 'mismatch' | 'shortage' | 'surplus' | 'duplicate' | 'possibleMatch';
const STATUSES: readonly ShownStatus[] = ['possibleMatch', 'shortage', 'surplus', 'mismatch', 'duplicate'];
const BADGE: Readonly<Record<ShownStatus | 'agreed', 'danger' | 'warning' | 'success' | 'informative' | 'important'>> = {
  agreed: 'success',
  mismatch: 'warning',
  shortage: 'danger',
  surplus: 'important',
  duplicate: 'informative',
  possibleMatch: 'warning',
};
/** Rows drawn at once: the result sheet holds all of them. */
const MAX_SHOWN = 300;

export function shownStatus(item: JsonItem): ShownStatus | 'agreed' {
  if (item.status === 'matched') return item.differences.length > 0 ? 'mismatch' : 'agreed';
  return item.status;
}

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  statusCol: { width: '4.5rem' },
  cell: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS, overflowWrap: 'anywhere' },
  details: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalXS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalXXS },
  filter: { maxWidth: '16rem' },
});

export interface ResultListProps {
  readonly items: readonly JsonItem[];
  readonly busy: boolean;
  readonly onDecide: (countRow: number, ledgerRow: number, decision: 'confirm' | 'reject') => void;
}

export function ResultList(props: ResultListProps): JSX.Element {
  const { items, busy, onDecide } = props;
  const t = useCatalogue(reconcileUi);
  const { locale } = useI18n();
  const styles = useStyles();
  const [filter, setFilter] = useState<ShownStatus | 'all'>('all');
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const i of items) c.set(shownStatus(i), (c.get(shownStatus(i)) ?? 0) + 1);
    return c;
  }, [items]);
  const shown = items.filter((i) => shownStatus(i) !== 'agreed' && (filter === 'all' || shownStatus(i) === filter));
  const fieldName = (key: string): string => {
    const def = ASSET_FIELDS.find((f) => f.key === key);
    return def ? (locale === 'zh-CN' ? def.zh : def.en) : key;
  };
  const details = (i: JsonItem): string => {
    const parts: string[] = [];
    if (i.quantityDifference !== undefined) parts.push(t('quantity', { difference: i.quantityDifference > 0 ? `+${i.quantityDifference}` : i.quantityDifference, amount: i.amountDifference ?? '—' }));
    for (const f of i.fields ?? []) parts.push(t('field', { field: fieldName(f.field), ledger: f.ledger || t('blank'), count: f.count || t('blank') }));
    const best = i.candidates?.[0];
    if (best) parts.push(t('candidate', { row: best.ledgerRow, score: best.score.toFixed(2) }));
    if (i.confirmed) parts.push(t('confirmed'));
    return parts.join(locale === 'zh-CN' ? '；' : '; ');
  };

  return (
    <div>
      <Field label={t('filter')} className={styles.filter}>
        <Select value={filter} onChange={(_, d) => setFilter(d.value as ShownStatus | 'all')} data-testid="reconcile-filter">
          <option value="all">{t('filter.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {`${t(`status.${s}` as ReconcileUiKey)} (${counts.get(s) ?? 0})`}
            </option>
          ))}
        </Select>
      </Field>
      {shown.length === 0 ? (
        <Text role="status">{t('noProblems')}</Text>
      ) : (
        <Table size="small" className={styles.table} aria-label={t('filter.all')} data-testid="reconcile-items">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={`${styles.statusCol} ${styles.cell}`}>{t('col.status')}</TableHeaderCell>
              <TableHeaderCell className={styles.cell}>{t('col.item')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.slice(0, MAX_SHOWN).map((i, k) => {
              const status = shownStatus(i);
              const best = i.candidates?.[0];
              return (
                <TableRow key={`${i.status}-${i.ledgerRow ?? ''}-${i.countRow ?? ''}-${k}`} data-status={status}>
                  <TableCell className={styles.cell}>
                    <Badge appearance="tint" color={BADGE[status]}>{t(`status.${status}` as ReconcileUiKey)}</Badge>
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <Text weight="semibold">{i.code || '—'}</Text> <Text>{i.name}</Text>
                    <div className={styles.details}>
                      <Text size={200}>{[t('rows', { ledger: i.ledgerRow ?? '—', count: (i.countRows ?? []).join('+') || (i.countRow ?? '—') }), details(i)].filter((x) => x !== '').join(locale === 'zh-CN' ? '；' : '; ')}</Text>
                    </div>
                    {status === 'possibleMatch' && best && i.countRow !== null && (
                      <div className={styles.actions}>
                        <Button size="small" appearance="primary" disabled={busy} aria-label={t('confirmLabel', { count: i.countRow, ledger: best.ledgerRow })} data-testid={`reconcile-confirm-${i.countRow}`} onClick={() => onDecide(i.countRow as number, best.ledgerRow, 'confirm')}>
                          {t('confirm')}
                        </Button>
                        <Button size="small" disabled={busy} aria-label={t('rejectLabel', { count: i.countRow, ledger: best.ledgerRow })} data-testid={`reconcile-reject-${i.countRow}`} onClick={() => onDecide(i.countRow as number, best.ledgerRow, 'reject')}>
                          {t('reject')}
                        </Button>
                      </div>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {shown.length > MAX_SHOWN && <Text size={200}>{t('moreItems', { shown: MAX_SHOWN, total: shown.length })}</Text>}
    </div>
  );
}
