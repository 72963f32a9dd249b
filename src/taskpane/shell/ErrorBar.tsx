/** An error shown to the user: their problem in their language, or a one-line unexpected problem. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/i18n';
import { describeError } from './errors';

export function ErrorBar(props: { error: unknown; onDismiss?: () => void }): JSX.Element | null {
  const { error, onDismiss } = props;
  const { t, locale } = useI18n();
  const text = describeError(error, locale);
  if (text === null) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{t('error.title')}</MessageBarTitle>
        {text}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={<Button appearance="transparent" aria-label={t('error.dismiss')} icon={<Dismiss20Regular />} onClick={onDismiss} />}
        />
      )}
    </MessageBar>
  );
}
