/**
 * The generated items to review, one block per month as the plan sheet has them: each line with its
 * category, owner, planned date (flagged when it is not a working day), where it came from (a
 * register's row can be selected) and buttons to edit or drop it. The editor rewords, reassigns,
 * re-dates and re-categorizes one line at a time.
 */
import { useId, useRef, useState } from 'react';
import { Badge, Button, Card, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowUndo20Regular, Delete20Regular, Edit20Regular, Warning16Filled } from '@fluentui/react-icons';
import type { Locale } from '../../core/i18n/locale';
import { dayLabel, monthName } from '../../core/plan/labels';
import { itemTitle, type PlanItem, type PlanSource } from '../../core/plan/plan-item';
import { CATEGORY_LABELS, OWNER_ROLES, ownerLabel, WEEKDAY_EN, WEEKDAY_ZH } from '../../core/plan/vocabulary';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { Heading } from '../shell/Heading';
import { ItemEditor } from './ItemEditor';
import { planUi, type PlanUiKey } from './messages';
import { dayStatus, groupByMonth, isEdited, isWorkingDay, offDayCount, weekdayIndex, type PlanDay } from './view-model';

export const SOURCE_KEYS: Readonly<Record<PlanSource, PlanUiKey>> = {
  library: 'source.library',
  calendar: 'source.calendar',
  holiday: 'source.holiday',
  workbook: 'source.workbook',
  carryOver: 'source.carryOver',
};

const SOURCE_COLOR = { library: 'informative', calendar: 'brand', holiday: 'warning', workbook: 'success', carryOver: 'important' } as const;

/** "9月30日 周三" / "Wed, Sep 30". */
export function dateText(date: string, locale: Locale): string {
  const w = weekdayIndex(date);
  return locale === 'zh-CN' ? `${dayLabel(date)['zh-CN']} 周${WEEKDAY_ZH[w] ?? ''}` : `${(WEEKDAY_EN[w] ?? '').slice(0, 3)}, ${dayLabel(date)['en-US']}`;
}

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground3,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: 0,
  },
  monthHeading: {
    margin: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  // Narrow: number | text, with category, owner, date and source on a line under it | buttons.
  // Wide: one column each, like the plan sheet.
  row: {
    display: 'grid',
    gridTemplateColumns: '1.75rem minmax(0, 1fr) 4.25rem',
    gridTemplateAreas: '"seq main actions" "seq meta actions"',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'start',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (min-width: 600px)': {
      gridTemplateColumns: '2rem minmax(0, 1fr) 5.5rem 7rem 7.5rem 8.5rem 4.25rem',
      gridTemplateAreas: '"seq main category owner date source actions"',
    },
  },
  header: {
    display: 'none',
    '@media (min-width: 600px)': {
      display: 'grid',
      color: tokens.colorNeutralForeground3,
      fontWeight: tokens.fontWeightSemibold,
      paddingTop: tokens.spacingVerticalXS,
      paddingBottom: tokens.spacingVerticalXS,
    },
  },
  edited: {
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  seq: {
    gridArea: 'seq',
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: 'tabular-nums',
    textAlign: 'end',
    paddingTop: '2px',
  },
  main: {
    gridArea: 'main',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
  meta: {
    gridArea: 'meta',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
    '@media (min-width: 600px)': {
      display: 'contents',
    },
  },
  category: { gridArea: 'category' },
  owner: { gridArea: 'owner', overflowWrap: 'anywhere' },
  date: {
    gridArea: 'date',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    fontVariantNumeric: 'tabular-nums',
  },
  offDay: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  source: {
    gridArea: 'source',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  ref: {
    minWidth: 0,
    maxWidth: '100%',
    height: 'auto',
    minHeight: '24px',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    textAlign: 'start',
  },
  actions: {
    gridArea: 'actions',
    display: 'flex',
    columnGap: tokens.spacingHorizontalXXS,
  },
  empty: {
    color: tokens.colorNeutralForeground3,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
});

export interface PlanItemsProps {
  readonly items: readonly PlanItem[];
  readonly original: ReadonlyMap<string, PlanItem>;
  readonly months: readonly string[];
  readonly days: Readonly<Record<string, PlanDay>>;
  readonly dropped: number;
  readonly edits: number;
  onChange(item: PlanItem): void;
  onRevert(id: string): void;
  onDrop(id: string): void;
  onRestore(): void;
  /** An editor closed: the list takes its date order again. */
  onSettle(): void;
  onLocate(ref: string): void;
}

export function PlanItems(props: PlanItemsProps): JSX.Element {
  const { items, original, months, days, dropped, edits, onChange, onRevert, onDrop, onRestore, onSettle, onLocate } = props;
  const t = useCatalogue(planUi);
  const { locale } = useI18n();
  const styles = useStyles();
  const [editing, setEditing] = useState<string | null>(null);
  const ownersId = useId();
  const offDays = offDayCount(items, days);
  const owners = [...new Set([...Object.keys(OWNER_ROLES), ...items.map((i) => i.owner)])];

  const list = useRef<HTMLDivElement>(null);

  /** Keyboard focus back on a line's edit button once the list has re-rendered (an editor closed, a line removed). */
  const focusItem = (id: string | undefined): void => {
    if (id === undefined) return;
    requestAnimationFrame(() => list.current?.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(id)}"] button[aria-expanded]`)?.focus());
  };

  const toggle = (id: string): void => {
    if (editing !== null) onSettle();
    const closing = editing === id;
    setEditing(closing ? null : id);
    if (closing) focusItem(id);
  };

  const drop = (id: string): void => {
    if (editing === id) setEditing(null);
    const at = items.findIndex((i) => i.id === id);
    onDrop(id);
    focusItem((items[at + 1] ?? items[at - 1])?.id);
  };

  return (
    <Card className={styles.card} aria-labelledby="plan-items-heading" data-testid="plan-items" ref={list}>
      <Heading id="plan-items-heading">{t('items.heading', { count: items.length })}</Heading>
      <div className={styles.summary}>
        <Text size={200}>{t('items.help')}</Text>
        {edits > 0 && <Text size={200}>{t('items.edited', { count: edits })}</Text>}
        {dropped > 0 && (
          <>
            <Text size={200} data-testid="plan-dropped">
              {t('items.dropped', { count: dropped })}
            </Text>
            <Button size="small" appearance="transparent" icon={<ArrowUndo20Regular />} onClick={onRestore}>
              {t('items.restore')}
            </Button>
          </>
        )}
      </div>
      {offDays > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('items.offDays', { count: offDays })}</MessageBarBody>
        </MessageBar>
      )}
      <datalist id={ownersId}>
        {owners.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      {groupByMonth(items, months).map((group) => {
        const headingId = `plan-month-${group.month}`;
        return (
          <section key={group.month} className={styles.group} aria-labelledby={headingId} data-month={group.month}>
            <Text as="h3" size={300} weight="semibold" id={headingId} className={styles.monthHeading}>
              {t('items.month', { name: monthName(group.month)[locale], key: group.month, count: group.items.length })}
            </Text>
            <div className={mergeClasses(styles.row, styles.header)} aria-hidden>
              <span className={styles.seq}>{t('col.seq')}</span>
              <span className={styles.main}>{t('col.title')}</span>
              <span className={styles.category}>{t('col.category')}</span>
              <span className={styles.owner}>{t('col.owner')}</span>
              <span className={styles.date}>{t('col.due')}</span>
              <span className={styles.source}>{t('col.source')}</span>
              <span className={styles.actions} />
            </div>
            {group.items.length === 0 ? (
              <Text className={styles.empty}>{t('items.monthEmpty')}</Text>
            ) : (
              <ol className={styles.list} aria-labelledby={headingId}>
                {group.items.map((item, index) => {
                  const n = index + 1;
                  const was = original.get(item.id);
                  const changed = isEdited(item, was);
                  const day = dayStatus(item.due, days);
                  const title = itemTitle(item, 'zh-CN');
                  const open = editing === item.id;
                  return (
                    <li key={item.id} data-testid="plan-item" data-id={item.id} data-due={item.due} data-source={item.source} data-title={item.title}>
                      <div className={mergeClasses(styles.row, changed && styles.edited)}>
                        <span className={styles.seq}>{n}</span>
                        <div className={styles.main}>
                          <Text>{title}</Text>
                          {locale === 'en-US' && item.titleEn !== item.title && (
                            <Text size={200} className={styles.note}>
                              {item.titleEn}
                            </Text>
                          )}
                          {item.note && (
                            <Text size={200} className={styles.note}>
                              {item.note[locale]}
                            </Text>
                          )}
                          {(changed || item.status !== '未开始' || item.estimated) && (
                            <span className={styles.badges}>
                              {changed && (
                                <Badge size="small" appearance="tint" color="brand">
                                  {t('items.editedBadge')}
                                </Badge>
                              )}
                              {item.status !== '未开始' && (
                                <Badge size="small" appearance="tint" color="informative">
                                  {t(`status.${item.status}`)}
                                </Badge>
                              )}
                              {item.estimated && (
                                <Badge size="small" appearance="tint" color="warning">
                                  {t('items.estimated')}
                                </Badge>
                              )}
                            </span>
                          )}
                        </div>
                        <div className={styles.meta}>
                          <span className={styles.category}>{CATEGORY_LABELS[item.category][locale]}</span>
                          <span className={styles.owner}>{ownerLabel(item.owner)[locale]}</span>
                          <span className={mergeClasses(styles.date, !isWorkingDay(day) && styles.offDay)} data-testid="plan-item-date">
                            {!isWorkingDay(day) && <Warning16Filled aria-label={t('day.offShort')} />}
                            {dateText(item.due, locale)}
                            {day.kind === 'adjusted' && (
                              <Badge size="small" appearance="outline" color="informative">
                                {t('day.adjustedShort')}
                              </Badge>
                            )}
                          </span>
                          <span className={styles.source}>
                            <Badge size="small" appearance="tint" color={SOURCE_COLOR[item.source]}>
                              {t(SOURCE_KEYS[item.source])}
                            </Badge>
                            {item.ref && (
                              <Button
                                size="small"
                                appearance="transparent"
                                className={styles.ref}
                                aria-label={t('items.refLabel', { ref: item.ref })}
                                data-ref={item.ref}
                                onClick={() => onLocate(item.ref ?? '')}
                              >
                                {(item.refs?.length ?? 0) > 1 ? t('items.refs', { ref: item.ref, count: item.refs?.length ?? 0 }) : item.ref}
                              </Button>
                            )}
                          </span>
                        </div>
                        <div className={styles.actions}>
                          <Button
                            appearance={open ? 'primary' : 'subtle'}
                            icon={<Edit20Regular />}
                            aria-label={t('items.editLabel', { n, title })}
                            aria-expanded={open}
                            title={t('items.edit')}
                            onClick={() => toggle(item.id)}
                          />
                          <Button
                            appearance="subtle"
                            icon={<Delete20Regular />}
                            aria-label={t('items.dropLabel', { n, title })}
                            title={t('items.drop')}
                            onClick={() => drop(item.id)}
                          />
                        </div>
                      </div>
                      {open && (
                        <ItemEditor
                          item={item}
                          original={was}
                          months={months}
                          days={days}
                          ownersListId={ownersId}
                          n={n}
                          onChange={onChange}
                          onRevert={() => onRevert(item.id)}
                          onClose={() => toggle(item.id)}
                        />
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        );
      })}
    </Card>
  );
}
