/**
 * The task library the plan is made from: the built-in one, or the workbook's 计划任务库 sheet where
 * staff add tasks, reword them, change schedules and owners, or switch them off line by line. This
 * card creates that sheet, and puts the built-in library back (after a confirm: staff edits go).
 */
import { useCallback, useEffect, useState } from 'react';
import {
  Button,
  Card,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Toast,
  ToastTitle,
  makeStyles,
  tokens,
  useToastController,
} from '@fluentui/react-components';
import { ArrowReset20Regular, Open20Regular, TaskListAdd20Regular } from '@fluentui/react-icons';
import type { Finding } from '../../core/findings';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { ErrorBar } from '../shell/ErrorBar';
import { Heading } from '../shell/Heading';
import type { PlanClient } from './client';
import type { LibraryView } from './engine';
import { planUi } from './messages';
import { PlanFindings } from './PlanFindings';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface LibraryCardProps {
  readonly client: PlanClient;
  readonly workbookKey: string | null;
  readonly toasterId: string;
  onWorkbookChanged(): void;
  onLocate(f: Finding): void;
  /** Selects a cell ("'计划任务库'!A1"). */
  onOpen(ref: string): void;
}

export function LibraryCard(props: LibraryCardProps): JSX.Element {
  const { client, workbookKey, toasterId, onWorkbookChanged, onLocate, onOpen } = props;
  const t = useCatalogue(planUi);
  const { pick } = useI18n();
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);
  const [library, setLibrary] = useState<LibraryView | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setLibrary(await client.library());
    } catch (e) {
      setProblem(e);
    }
  }, [client]);

  useEffect(() => {
    setLibrary(null);
    setCreated(null);
    setProblem(null);
    if (workbookKey !== null) void load();
  }, [workbookKey, load]);

  const create = async (reset: boolean): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await client.createLibrary(reset);
      onWorkbookChanged();
      setCreated(result.name);
      dispatchToast(
        <Toast>
          <ToastTitle>{t(reset ? 'library.resetDone' : 'library.created', { sheet: result.name })}</ToastTitle>
        </Toast>,
        { intent: 'success' },
      );
      await load();
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  };

  const sheet = library?.sheet ?? null;
  const ref = sheet === null ? null : `'${sheet.replace(/'/g, "''")}'!A1`;

  return (
    <Card className={styles.card} aria-labelledby="plan-library-heading" data-testid="plan-library">
      <Heading id="plan-library-heading">{t('library.heading')}</Heading>
      {library === null && problem === null && <Spinner size="tiny" label={t('library.loading')} labelPosition="after" />}
      {library && (
        <Text data-testid="plan-library-status">
          {sheet === null
            ? t('library.builtIn', { count: library.tasks })
            : t('library.sheet', { sheet, count: library.tasks, off: library.tasks - library.enabled })}
        </Text>
      )}
      {library && <Text size={200} className={styles.hint}>{sheet === null ? t('library.offer') : t('library.howTo')}</Text>}
      {library?.fallback && (
        <MessageBar intent="warning">
          <MessageBarBody>{pick(library.fallback)}</MessageBarBody>
        </MessageBar>
      )}
      {library && library.findings.length > 0 && <PlanFindings findings={library.findings} onLocate={onLocate} />}
      {created !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{t('library.regenerate')}</MessageBarBody>
        </MessageBar>
      )}
      {problem !== null && <ErrorBar error={problem} onDismiss={() => setProblem(null)} />}
      {library && (
        <div className={styles.buttons}>
          {sheet === null ? (
            <Button appearance="primary" icon={<TaskListAdd20Regular />} disabled={busy} onClick={() => void create(false)}>
              {t('library.create')}
            </Button>
          ) : (
            <>
              {ref !== null && (
                <Button icon={<Open20Regular />} onClick={() => onOpen(ref)}>
                  {t('library.open')}
                </Button>
              )}
              <Dialog>
                <DialogTrigger disableButtonEnhancement>
                  <Button icon={<ArrowReset20Regular />} disabled={busy}>
                    {t('library.reset')}
                  </Button>
                </DialogTrigger>
                <DialogSurface>
                  <DialogBody>
                    <DialogTitle>{t('library.resetTitle')}</DialogTitle>
                    <DialogContent>{t('library.resetBody', { sheet })}</DialogContent>
                    <DialogActions>
                      <DialogTrigger disableButtonEnhancement>
                        <Button appearance="primary" onClick={() => void create(true)}>
                          {t('library.resetConfirm')}
                        </Button>
                      </DialogTrigger>
                      <DialogTrigger disableButtonEnhancement>
                        <Button>{t('library.resetCancel')}</Button>
                      </DialogTrigger>
                    </DialogActions>
                  </DialogBody>
                </DialogSurface>
              </Dialog>
            </>
          )}
        </div>
      )}
    </Card>
  );
}
