/** The home: the jobs, each a card-like button; jobs that have not landed say so. */
import type { ReactElement } from 'react';
import { Badge, CompoundButton, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import {
  BoxCheckmark24Regular,
  CalendarLtr24Regular,
  DataBarVertical24Regular,
  DocumentBulletList24Regular,
  Money24Regular,
  TableSearch24Regular,
} from '@fluentui/react-icons';
import { useI18n } from '../i18n/i18n';
import { JOBS, type JobId } from './jobs';
import { Heading } from './Heading';

const ICONS: Record<JobId, ReactElement> = {
  inspect: <TableSearch24Regular />,
  templates: <DocumentBulletList24Regular />,
  reconcile: <BoxCheckmark24Regular />,
  compensation: <Money24Regular />,
  plan: <CalendarLtr24Regular />,
  reports: <DataBarVertical24Regular />,
};

const useStyles = makeStyles({
  home: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  job: {
    width: '100%',
    height: '100%',
    maxWidth: 'none',
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    textAlign: 'start',
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  title: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  summary: {
    display: 'block',
    marginTop: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
});

export function Home(props: { onOpen: (job: JobId) => void; needsFile: boolean }): JSX.Element {
  const { onOpen, needsFile } = props;
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section className={styles.home} aria-labelledby="home-heading">
      <Heading id="home-heading">
        {t('home.heading')}
      </Heading>
      {needsFile && (
        <MessageBar intent="info">
          <MessageBarBody>{t('home.openHint')}</MessageBarBody>
        </MessageBar>
      )}
      <nav aria-label={t('nav.main')}>
        <ul className={styles.grid}>
          {JOBS.map((job) => (
            <li key={job.id}>
              <CompoundButton
                className={styles.job}
                appearance={job.available ? 'primary' : 'secondary'}
                icon={ICONS[job.id]}
                data-job={job.id}
                onClick={() => onOpen(job.id)}
                secondaryContent={<span className={styles.summary}>{t(job.summary)}</span>}
              >
                <span className={styles.title}>
                  {t(job.title)}
                  {!job.available && (
                    <Badge appearance="tint" color="subtle" size="small">
                      {t('home.comingBadge')}
                    </Badge>
                  )}
                </span>
              </CompoundButton>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
