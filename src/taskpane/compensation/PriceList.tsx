/**
 * 赔偿标准 in the policy editor: the price list as a table, each line editable and removable, and a
 * dialog to add or edit a line (item, keywords, unit, price in 元, note).
 */
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
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
import { Add20Regular, Delete20Regular, Edit20Regular } from '@fluentui/react-icons';
import type { PriceEntry } from '../../core/compensation';
import { formatFen } from '../../core/money';
import { useCatalogue } from '../i18n/i18n';
import { compensationUi } from './messages';
import { entryFromForm, priceFormFrom, type PriceField, type PriceForm, type PriceProblem } from './policy-form';

const useStyles = makeStyles({
  wrap: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  table: {
    tableLayout: 'fixed',
    width: '100%',
  },
  cell: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  // The price with its unit ("30.00/块") in one column: at 360px the item's name keeps the room.
  priceCol: { width: '6.5rem' },
  actionsCol: { width: '4.25rem' },
  name: {
    display: 'flex',
    flexDirection: 'column',
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  keywords: {
    color: tokens.colorNeutralForeground3,
  },
  price: {
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
    '& > div': { justifyContent: 'flex-end' },
  },
  per: {
    color: tokens.colorNeutralForeground3,
  },
  actions: {
    display: 'flex',
    justifyContent: 'flex-end',
  },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  dialogFields: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
});

interface Editing {
  /** The line edited; null adds one. */
  readonly index: number | null;
  readonly form: PriceForm;
  /** Problems are shown once the user has tried to save. */
  readonly tried: boolean;
}

export interface PriceListProps {
  readonly entries: readonly PriceEntry[];
  readonly disabled: boolean;
  readonly onChange: (entries: PriceEntry[]) => void;
}

export function PriceList(props: PriceListProps): JSX.Element {
  const { entries, disabled, onChange } = props;
  const t = useCatalogue(compensationUi);
  const styles = useStyles();
  const [editing, setEditing] = useState<Editing | null>(null);

  const check = editing ? entryFromForm(editing.form) : null;
  const problems: Partial<Record<PriceField, PriceProblem>> = editing?.tried && check && !check.ok ? check.problems : {};
  const problemText = (field: PriceField): string | undefined => {
    const p = problems[field];
    return p ? t(`problem.${p}`) : undefined;
  };
  const set = (patch: Partial<PriceForm>): void => setEditing((e) => (e ? { ...e, form: { ...e.form, ...patch } } : e));

  const save = (): void => {
    if (!editing || !check) return;
    if (!check.ok) {
      setEditing({ ...editing, tried: true });
      return;
    }
    const next = [...entries];
    if (editing.index === null) next.push(check.entry);
    else next[editing.index] = check.entry;
    onChange(next);
    setEditing(null);
  };

  return (
    <div className={styles.wrap}>
      {entries.length === 0 ? (
        <Text>{t('price.empty')}</Text>
      ) : (
        <Table size="small" className={styles.table} aria-label={t('policy.priceList', { count: entries.length })} data-testid="price-list">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.cell}>{t('price.item')}</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.cell, styles.priceCol, styles.price)}>{t('price.price')}</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.cell, styles.actionsCol)}>
                <span className={styles.srOnly}>{t('price.actions')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((e, i) => (
              <TableRow key={`${e.name}\u0000${e.unit}\u0000${i}`} data-testid={`price-row-${i}`}>
                <TableCell className={styles.cell}>
                  <div className={styles.name}>
                    <Text weight="semibold">{e.name}</Text>
                    {e.keywords.length > 0 && (
                      <Text size={200} className={styles.keywords}>
                        {t('price.keywords', { words: e.keywords.join('、') })}
                      </Text>
                    )}
                  </div>
                </TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.price)}>
                  {formatFen(e.priceFen)}
                  {e.unit !== '' && <span className={styles.per}>{t('price.per', { unit: e.unit })}</span>}
                </TableCell>
                <TableCell className={styles.cell}>
                  <div className={styles.actions}>
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={<Edit20Regular />}
                      disabled={disabled}
                      aria-label={t('price.editLabel', { item: e.name })}
                      title={t('price.editLabel', { item: e.name })}
                      onClick={() => setEditing({ index: i, form: priceFormFrom(e), tried: false })}
                    />
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={<Delete20Regular />}
                      disabled={disabled}
                      aria-label={t('price.removeLabel', { item: e.name })}
                      title={t('price.removeLabel', { item: e.name })}
                      onClick={() => onChange(entries.filter((_, j) => j !== i))}
                    />
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div>
        <Button icon={<Add20Regular />} disabled={disabled} onClick={() => setEditing({ index: null, form: priceFormFrom(null), tried: false })}>
          {t('price.add')}
        </Button>
      </div>

      <Dialog open={editing !== null} onOpenChange={(_, data) => !data.open && setEditing(null)}>
        <DialogSurface>
          <form
            onSubmit={(ev) => {
              ev.preventDefault();
              save();
            }}
          >
            <DialogBody>
              <DialogTitle>{editing?.index === null ? t('price.dialogAdd') : t('price.dialogEdit')}</DialogTitle>
              <DialogContent className={styles.dialogFields}>
                <Field label={t('price.name')} required validationMessage={problemText('name')}>
                  <Input value={editing?.form.name ?? ''} onChange={(_, d) => set({ name: d.value })} data-testid="price-name" />
                </Field>
                <Field label={t('price.keywordsField')} hint={t('price.keywordsHint')}>
                  <Input value={editing?.form.keywords ?? ''} onChange={(_, d) => set({ keywords: d.value })} data-testid="price-keywords" />
                </Field>
                <Field label={t('price.unitField')} hint={t('price.unitHint')}>
                  <Input value={editing?.form.unit ?? ''} onChange={(_, d) => set({ unit: d.value })} data-testid="price-unit" />
                </Field>
                <Field label={t('price.priceField')} required validationMessage={problemText('price')}>
                  <Input inputMode="decimal" value={editing?.form.price ?? ''} onChange={(_, d) => set({ price: d.value })} data-testid="price-price" />
                </Field>
                <Field label={t('price.note')}>
                  <Input value={editing?.form.note ?? ''} onChange={(_, d) => set({ note: d.value })} />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={() => setEditing(null)}>
                  {t('price.cancel')}
                </Button>
                <Button appearance="primary" type="submit" data-testid="price-ok">
                  {t('price.ok')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
