/**
 * Filling the register's own 应赔金额 column — an edit of the user's sheet, so: every cell shown
 * first (what it holds now → what it becomes), applied only on an explicit confirm, the previous
 * values logged, and Undo offered afterwards.
 */
import { useState } from 'react';
import {
  Button,
  Card,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
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
import { ArrowUndo20Regular, Checkmark20Regular, Eye20Regular } from '@fluentui/react-icons';
import { cellText } from '../../core/sheet/grid';
import { formatFen } from '../../core/money';
import { useCatalogue } from '../i18n/i18n';
import { Heading } from '../shell/Heading';
import type { CompensationClient } from './client';
import type { CompensationView } from './engine';
import { compensationUi } from './messages';

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
  cell: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    overflowWrap: 'anywhere',
  },
  addressCol: { width: '3.25rem' },
  beforeCol: { width: '4.75rem' },
  afterCol: { width: '5.25rem' },
  money: {
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
    // A header cell lays its text out in an inner flex box.
    '& > div': { justifyContent: 'flex-end' },
  },
  before: {
    color: tokens.colorNeutralForeground3,
    textDecorationLine: 'line-through',
  },
  after: {
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface FillCardProps {
  readonly client: CompensationClient;
  readonly view: CompensationView;
  /** The register changed (filled or undone): the panel reads it again. */
  readonly onChanged: () => Promise<void>;
  readonly onError: (e: unknown) => void;
  readonly className?: string;
}

type Done = { readonly kind: 'filled'; readonly editId: string; readonly count: number } | { readonly kind: 'undone'; readonly count: number; readonly skipped: readonly string[] };

export function FillCard(props: FillCardProps): JSX.Element {
  const { client, view, onChanged, onError, className } = props;
  const t = useCatalogue(compensationUi);
  const styles = useStyles();
  const [previewing, setPreviewing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const { column, edits, unchanged } = view.amountDue;
  const items = new Map(view.results.map((r) => [r.row, r.item]));

  const run = async (work: () => Promise<Done | null>): Promise<void> => {
    setBusy(true);
    try {
      const outcome = await work();
      setDone(outcome);
      setPreviewing(false);
      await onChanged();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  const fill = (): Promise<void> =>
    run(async () => {
      const r = await client.fillAmountDue(view.outcomeId, t('fill.reason', { asOf: view.asOf }));
      return r.editId === null ? null : { kind: 'filled', editId: r.editId, count: r.changed };
    });

  const undo = (editId: string): Promise<void> =>
    run(async () => {
      const r = await client.undoFill(editId);
      return { kind: 'undone', count: r.restored, skipped: r.skipped };
    });

  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby="fill-heading" data-testid="fill-amount-due">
      <Heading id="fill-heading">{t('fill.heading')}</Heading>
      {column === null ? (
        <Text>{t('fill.noColumn')}</Text>
      ) : edits.length === 0 ? (
        <Text data-testid="fill-status">{t('fill.nothing', { column })}</Text>
      ) : (
        <Text data-testid="fill-status">{t('fill.summary', { column, count: edits.length, unchanged })}</Text>
      )}

      {column !== null && edits.length > 0 && !previewing && (
        <div className={styles.actions}>
          <Button icon={<Eye20Regular />} disabled={busy} onClick={() => setPreviewing(true)} data-testid="fill-preview">
            {t('fill.preview')}
          </Button>
        </div>
      )}

      {previewing && edits.length > 0 && (
        <>
          <Text weight="semibold" id="fill-preview-heading">
            {t('fill.previewHeading', { count: edits.length })}
          </Text>
          <Table size="small" className={styles.table} aria-labelledby="fill-preview-heading" data-testid="fill-preview-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={mergeClasses(styles.cell, styles.addressCol)}>{t('fill.cell')}</TableHeaderCell>
                <TableHeaderCell className={styles.cell}>{t('fill.item')}</TableHeaderCell>
                <TableHeaderCell className={mergeClasses(styles.cell, styles.beforeCol, styles.money)}>{t('fill.before')}</TableHeaderCell>
                <TableHeaderCell className={mergeClasses(styles.cell, styles.afterCol, styles.money)}>{t('fill.after')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {edits.map((e) => {
                const before = cellText(e.previous);
                return (
                  <TableRow key={e.address} data-testid={`fill-${e.address}`}>
                    <TableCell className={styles.cell}>{e.address}</TableCell>
                    <TableCell className={styles.cell}>{items.get(e.row) ?? ''}</TableCell>
                    <TableCell className={mergeClasses(styles.cell, styles.money)}>
                      <span className={before === '' ? styles.help : styles.before}>{before === '' ? t('fill.empty') : before}</span>
                    </TableCell>
                    <TableCell className={mergeClasses(styles.cell, styles.money, styles.after)}>{formatFen(e.fen)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('fill.note')}</MessageBarBody>
          </MessageBar>
          <div className={styles.actions}>
            <Button appearance="primary" icon={<Checkmark20Regular />} disabled={busy} onClick={() => void fill()} data-testid="fill-confirm">
              {t('fill.confirm', { count: edits.length })}
            </Button>
            <Button disabled={busy} onClick={() => setPreviewing(false)}>
              {t('fill.cancel')}
            </Button>
          </div>
        </>
      )}

      {busy && <Spinner size="tiny" label={t('fill.busy')} labelPosition="after" />}

      {done?.kind === 'filled' && (
        <MessageBar intent="success" layout="multiline" data-testid="fill-done">
          <MessageBarBody>{t('fill.done', { count: done.count })}</MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowUndo20Regular />} disabled={busy} onClick={() => void undo(done.editId)} data-testid="fill-undo">
              {t('fill.undo')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {done?.kind === 'undone' && (
        <MessageBar intent="info" layout="multiline" data-testid="fill-undone">
          <MessageBarBody>
            {done.skipped.length === 0 ? t('fill.undone', { count: done.count }) : t('fill.undoneSkipped', { count: done.count, cells: done.skipped.join('、') })}
          </MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
