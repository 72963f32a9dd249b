/**
 * A template's columns before it is created: letter and header, type, whether it is required, and
 * what goes in it (drop-down values, the computed rule, help).
 */
import {
  Badge,
  Card,
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
import type { ParsedTemplate } from '../../core/templates/catalogue';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { Heading } from '../shell/Heading';
import { templateUi, type TemplateUiKey } from './messages';
import { fieldColumn, fieldLabel, listPreview, templateName, type FieldType } from './view-model';

const TYPE_KEYS: Record<FieldType, TemplateUiKey> = {
  code: 'type.code',
  text: 'type.text',
  integer: 'type.integer',
  number: 'type.number',
  money: 'type.money',
  date: 'type.date',
  list: 'type.list',
};

const COMPUTE_KEYS = { amount: 'compute.amount', netValue: 'compute.netValue' } as const satisfies Record<string, TemplateUiKey>;

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
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  colName: { width: '42%' },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
  type: {
    color: tokens.colorNeutralForeground2,
  },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
  // Category names hold "、" themselves, so values are set apart as chips rather than joined.
  chip: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  stack: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  letter: {
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: 'tabular-nums',
    marginRight: tokens.spacingHorizontalXS,
  },
  wrap: {
    overflowWrap: 'anywhere',
  },
  notes: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

export function ColumnsPreview(props: { template: ParsedTemplate; categories: readonly string[]; className?: string }): JSX.Element {
  const { template, categories, className } = props;
  const { locale, pick } = useI18n();
  const t = useCatalogue(templateUi);
  const styles = useStyles();
  const cards = template.cardsFrom !== undefined;
  const headingId = 'template-columns-heading';
  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby={headingId} data-testid="template-columns">
      <Heading id={headingId}>{t('create.columnsHeading', { template: templateName(template, locale), count: template.fields.length })}</Heading>
      <Text size={200} className={styles.help}>
        {t(cards ? 'create.cardsHelp' : 'create.columnsHelp')}
      </Text>
      <Table size="small" className={styles.table} aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(styles.cell, styles.colName)}>{t('create.colColumn')}</TableHeaderCell>
            <TableHeaderCell className={styles.cell}>{t('create.colNotes')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {template.fields.map((f) => {
            const list = listPreview(f, categories);
            const notes: string[] = [];
            if (f.compute && !f.help) notes.push(t(COMPUTE_KEYS[f.compute]));
            if (f.help) notes.push(pick(f.help));
            return (
              <TableRow key={f.key} data-testid={`column-${f.key}`}>
                <TableCell className={styles.cell}>
                  <div className={styles.stack}>
                    <Text weight="semibold" className={styles.wrap}>
                      {!cards && <span className={styles.letter}>{fieldColumn(template, f.key)}</span>}
                      {f.zh}
                    </Text>
                    {locale !== 'zh-CN' && (
                      <Text size={200} className={styles.help}>
                        {fieldLabel(f, locale)}
                      </Text>
                    )}
                    <div className={styles.badges}>
                      <Text size={200} className={styles.type}>
                        {t(TYPE_KEYS[f.type])}
                      </Text>
                      {f.required && !f.compute && (
                        <Badge appearance="tint" color="danger" size="small">
                          {t('create.required')}
                        </Badge>
                      )}
                      {f.compute && (
                        <Badge appearance="tint" color="brand" size="small">
                          {t('create.computed')}
                        </Badge>
                      )}
                    </div>
                  </div>
                </TableCell>
                <TableCell className={styles.cell}>
                  <div className={styles.stack}>
                    {notes.map((n) => (
                      <Text key={n} size={200} className={styles.notes}>
                        {n}
                      </Text>
                    ))}
                    {list && (
                      <div className={styles.chips}>
                        <Text size={200} className={styles.help}>
                          {t('create.choices')}
                        </Text>
                        {list.shown.map((v) => (
                          <span key={v} className={styles.chip}>
                            {v}
                          </span>
                        ))}
                        {list.more > 0 && (
                          <Text size={200} className={styles.help}>
                            {t('create.listCount', { count: list.shown.length + list.more })}
                          </Text>
                        )}
                      </div>
                    )}
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Card>
  );
}
