/** The panel of a job that has not landed: what it will do and that it is not here yet — no made-up results. */
import { Button, Card, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { TableSearch24Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/i18n';
import type { Job } from './jobs';
import { Heading } from './Heading';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
});

export function ComingPanel(props: { job: Job; onInspect: () => void }): JSX.Element {
  const { job, onInspect } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const title = t(job.title);
  return (
    <Card className={styles.card} aria-labelledby={`coming-${job.id}`}>
      <Heading id={`coming-${job.id}`}>{title}</Heading>
      <Text>{t(job.summary)}</Text>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('coming.title', { job: title })}</MessageBarTitle>
          {t('coming.body')}
        </MessageBarBody>
      </MessageBar>
      <div>
        <Button appearance="primary" icon={<TableSearch24Regular />} onClick={onInspect}>
          {t('coming.toInspect')}
        </Button>
      </div>
    </Card>
  );
}
