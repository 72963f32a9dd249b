/** A long call on screen: how far it is, a cancel while it reads, and "cancelled" afterwards. */
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCatalogue } from '../i18n/i18n';
import { templateUi } from './messages';
import { STARTING, type LongCallHandle } from './useLongCall';

const useStyles = makeStyles({
  progress: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  grow: {
    flexGrow: 1,
    minWidth: 0,
  },
});

export function CallStatus(props: { call: LongCallHandle }): JSX.Element | null {
  const { call } = props;
  const t = useCatalogue(templateUi);
  const styles = useStyles();
  const state = call.state;
  if (state === null) {
    return call.cancelled ? (
      <MessageBar intent="warning" data-testid="templates-cancelled">
        <MessageBarBody>{t('progress.cancelled')}</MessageBarBody>
      </MessageBar>
    ) : null;
  }
  const writing = state !== STARTING && state.phase === 'write';
  const text =
    state === STARTING || state.total === 0 ? t('progress.starting') : t(writing ? 'progress.write' : 'progress.read', { sheet: state.sheet, done: state.done, total: state.total });
  return (
    <div className={styles.progress} role="status" aria-live="polite" data-testid="templates-progress">
      {state !== STARTING && state.total > 0 ? (
        <Field validationMessage={text} validationState="none" className={styles.grow}>
          <ProgressBar value={state.done} max={state.total} />
        </Field>
      ) : (
        <Spinner size="tiny" label={text} labelPosition="after" className={styles.grow} />
      )}
      {/* A write is never cut short, so there is nothing to cancel then. */}
      <Button onClick={call.cancel} disabled={writing}>
        {t('progress.cancel')}
      </Button>
    </div>
  );
}
