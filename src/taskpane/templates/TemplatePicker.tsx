/** The catalogue as cards to choose from: each register's name and what it is for. Arrow keys move between them. */
import { Radio, RadioGroup, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ParsedTemplate } from '../../core/templates/catalogue';
import { useI18n } from '../i18n/i18n';
import { templateName } from './view-model';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: 'flex',
    alignItems: 'flex-start',
    boxSizing: 'border-box',
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}` },
  },
  selected: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  },
  label: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    flexGrow: 1,
  },
  description: {
    color: tokens.colorNeutralForeground3,
  },
  other: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface TemplatePickerProps {
  readonly templates: readonly ParsedTemplate[];
  readonly value: string;
  readonly onChange: (key: string) => void;
  readonly labelledBy: string;
  readonly disabled?: boolean;
}

export function TemplatePicker(props: TemplatePickerProps): JSX.Element {
  const { templates, value, onChange, labelledBy, disabled } = props;
  const { locale, pick } = useI18n();
  const styles = useStyles();
  return (
    <RadioGroup className={styles.grid} value={value} onChange={(_, d) => onChange(d.value)} aria-labelledby={labelledBy} disabled={disabled} data-testid="template-picker">
      {templates.map((tpl) => (
        <Radio
          key={tpl.key}
          value={tpl.key}
          className={mergeClasses(styles.card, tpl.key === value && styles.selected)}
          data-testid={`template-${tpl.key}`}
          label={{
            className: styles.label,
            children: (
              <>
                <Text weight="semibold">{templateName(tpl, locale)}</Text>
                {/* The sheet gets the Chinese name; an English reader sees it too. */}
                {locale !== 'zh-CN' && (
                  <Text size={200} className={styles.other}>
                    {tpl.zh}
                  </Text>
                )}
                <Text size={200} className={styles.description}>
                  {pick(tpl.description)}
                </Text>
              </>
            ),
          }}
        />
      ))}
    </RadioGroup>
  );
}
