/** The pane's header: the product's name, where the user is, and (in the workbench) the language switch. */
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular, LocalLanguage20Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/i18n';
import { jobById, type PanelId } from './jobs';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '48px',
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: {
    display: 'flex',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    flexGrow: 1,
    minWidth: 0,
    overflow: 'hidden',
  },
  name: {
    color: tokens.colorNeutralForegroundOnBrand,
    whiteSpace: 'nowrap',
  },
  where: {
    color: tokens.colorNeutralForegroundOnBrand,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  badge: {
    color: tokens.colorNeutralForegroundOnBrand,
    whiteSpace: 'nowrap',
    // A task pane is narrow: the panel's name matters more there.
    '@media (max-width: 480px)': { display: 'none' },
  },
  onBrand: {
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover },
    ':hover:active': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed },
  },
});

export function Header(props: { panel: PanelId; onHome: () => void; workbench: boolean }): JSX.Element {
  const { panel, onHome, workbench } = props;
  const { t, locale, setLocale } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      {panel !== 'home' && (
        <Button appearance="transparent" className={styles.onBrand} icon={<ArrowLeft20Regular />} aria-label={t('nav.backHome')} title={t('nav.backHome')} onClick={onHome} />
      )}
      <div className={styles.title}>
        <Text as="h1" size={500} weight="semibold" className={styles.name}>
          {t('app.name')}
        </Text>
        {panel !== 'home' && (
          <Text size={300} className={styles.where}>
            {t(jobById(panel).title)}
          </Text>
        )}
      </div>
      {workbench && (
        <Badge appearance="outline" color="informative" title={t('app.workbenchHint')} className={styles.badge}>
          {t('app.workbenchBadge')}
        </Badge>
      )}
      {setLocale && (
        <Button
          appearance="transparent"
          className={styles.onBrand}
          icon={<LocalLanguage20Regular />}
          aria-label={t('language.switchLabel')}
          lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}
          onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
        >
          {t('language.switch')}
        </Button>
      )}
    </header>
  );
}
