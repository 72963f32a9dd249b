/** Which sheet, against which template: the two choices adopting and checking start from. */
import type { ReactNode } from 'react';
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSync20Regular } from '@fluentui/react-icons';
import { useCatalogue, useI18n } from '../i18n/i18n';
import type { TemplateSheet } from './engine';
import { templateUi } from './messages';
import { TABLE_TEMPLATES, templateName } from './view-model';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  field: {
    flexGrow: 1,
    flexBasis: '180px',
    minWidth: 0,
    maxWidth: '360px',
  },
  // A native select is as wide as its longest option unless told otherwise ("Class and office property register").
  select: {
    minWidth: 0,
    maxWidth: '100%',
  },
  selectInner: {
    minWidth: 0,
    width: '100%',
  },
});

export interface SheetTemplateBarProps {
  /** Distinguishes the test ids of the tabs that show this bar. */
  readonly idPrefix: string;
  readonly sheets: readonly TemplateSheet[] | null;
  readonly sheet: string | null;
  readonly template: string | null;
  readonly disabled: boolean;
  readonly onSheet: (sheet: string) => void;
  readonly onTemplate: (template: string) => void;
  readonly onReread: () => void;
  /** The tab's own action (e.g. "Check"), after the choices. */
  readonly children?: ReactNode;
}

export function SheetTemplateBar(props: SheetTemplateBarProps): JSX.Element {
  const { idPrefix, sheets, sheet, template, disabled, onSheet, onTemplate, onReread, children } = props;
  const { locale } = useI18n();
  const t = useCatalogue(templateUi);
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Field label={t('pick.sheet')} className={styles.field}>
        <Select className={styles.select} select={{ className: styles.selectInner }} value={sheet ?? ''} disabled={disabled || sheets === null || sheets.length === 0} onChange={(_, d) => onSheet(d.value)} data-testid={`${idPrefix}-sheet`}>
          {sheet === null && <option value="">{t('pick.sheetPlaceholder')}</option>}
          {(sheets ?? []).map((s) => (
            <option key={s.name} value={s.name}>
              {s.hidden ? t('pick.hidden', { sheet: s.name }) : s.register ? t('pick.register', { sheet: s.name }) : s.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('pick.template')} className={styles.field}>
        <Select className={styles.select} select={{ className: styles.selectInner }} value={template ?? ''} disabled={disabled} onChange={(_, d) => onTemplate(d.value)} data-testid={`${idPrefix}-template`}>
          {template === null && <option value="">{t('pick.templatePlaceholder')}</option>}
          {TABLE_TEMPLATES.map((tpl) => (
            <option key={tpl.key} value={tpl.key}>
              {templateName(tpl, locale)}
            </option>
          ))}
        </Select>
      </Field>
      <Button icon={<ArrowSync20Regular />} disabled={disabled} onClick={onReread} aria-label={sheet === null ? t('pick.reread') : t('pick.rereadLabel', { sheet })}>
        {t('pick.reread')}
      </Button>
      {children}
    </div>
  );
}
