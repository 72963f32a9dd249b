/**
 * Writing the results (results, notices, monthly settlement, write-offs — all sheets Taizhang owns)
 * and printing the notices: in Excel the notices sheet is left selected for Excel's own printing; in
 * the workbench a print view opens in a new window (A5/A4, one notice per page), or downloads.
 */
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, DocumentTable20Regular, Print20Regular } from '@fluentui/react-icons';
import { SHEET_TEXT } from '../../core/compensation/sheetText';
import { CancelledError } from '../../core/errors';
import { useCatalogue, useI18n } from '../i18n/i18n';
import type { PaneMode } from '../shell/panels';
import { Heading } from '../shell/Heading';
import type { CompensationClient } from './client';
import type { CompensationProgress, CompensationView, WrittenView } from './engine';
import { compensationUi } from './messages';
import { noticesHtml } from './print-view';
import { defaultDeadline, monthOf, validDate, validMonth } from './view-model';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  help: {
    color: tokens.colorNeutralForeground3,
  },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(9.5rem, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  input: {
    width: '100%',
    minWidth: 0,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  progress: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  grow: {
    flexGrow: 1,
  },
  print: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface OutputCardProps {
  readonly client: CompensationClient;
  readonly view: CompensationView;
  /** Changes when the user computes again: what was written belongs to the earlier results. */
  readonly generation: number;
  readonly mode: PaneMode;
  readonly onWritten: () => void;
  readonly onError: (e: unknown) => void;
  readonly className?: string;
}

/** Lets the browser save a text file (the print file when a new window is not allowed). */
function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function OutputCard(props: OutputCardProps): JSX.Element {
  const { client, view, generation, mode, onWritten, onError, className } = props;
  const t = useCatalogue(compensationUi);
  const { locale } = useI18n();
  const styles = useStyles();

  // Empty means "follow the computation" (its month, its date, the policy's days to pay).
  const [month, setMonth] = useState('');
  const [noticeDate, setNoticeDate] = useState('');
  const [deadline, setDeadline] = useState('');
  const [paper, setPaper] = useState<'A5' | 'A4'>('A5');
  const [writing, setWriting] = useState<CompensationProgress | 'start' | null>(null);
  const [written, setWritten] = useState<WrittenView | null>(null);
  const [blocked, setBlocked] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => setWritten(null), [generation]);
  useEffect(() => () => running.current?.abort(), []);

  const monthValue = month || monthOf(view.asOf);
  const dateValue = noticeDate || view.asOf;
  const goodDate = validDate(dateValue);
  const deadlineValue = deadline || (goodDate ? defaultDeadline(goodDate, view.policy.dueDays) : '');
  const goodMonth = validMonth(monthValue);
  const goodDeadline = validDate(deadlineValue);
  const ready = goodMonth !== null && goodDate !== null && goodDeadline !== null;
  const printFile = `${SHEET_TEXT.noticesSheet[locale]}.html`;

  const write = async (): Promise<void> => {
    if (!ready || !goodMonth || !goodDate || !goodDeadline) return;
    const controller = new AbortController();
    running.current = controller;
    setWriting('start');
    setBlocked(null);
    try {
      const w = await client.write(
        view.outcomeId,
        { locale, month: goodMonth, notices: { date: goodDate, deadline: goodDeadline, paper } },
        // Progress comes over its own channel and can arrive after the result: only this run's, while it runs.
        { signal: controller.signal, onProgress: (p) => running.current === controller && setWriting(p) },
      );
      setWritten(w);
      onWritten();
    } catch (e) {
      if (!(e instanceof CancelledError)) onError(e);
    } finally {
      running.current = null;
      setWriting(null);
    }
  };

  const html = (): string => noticesHtml(view.notices, view.policy, { locale, noticeDate: goodDate ?? view.asOf, deadline: goodDeadline ?? view.asOf, paper });

  const openPrintView = (): void => {
    if (!goodDate || !goodDeadline) return;
    const text = html();
    const url = URL.createObjectURL(new Blob([text], { type: 'text/html;charset=utf-8' }));
    const win = window.open(url, '_blank');
    if (win) {
      setBlocked(null);
      // The window has read the page long before; a minute keeps a slow machine safe.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } else {
      URL.revokeObjectURL(url);
      downloadText(text, printFile, 'text/html;charset=utf-8');
      setBlocked(printFile);
    }
  };

  const writtenSheets = written
    ? [
        t('output.sheet', { sheet: written.results }),
        ...(written.notices ? [t('output.noticesSheet', { sheet: written.notices, count: written.noticeCount })] : []),
        t('output.sheet', { sheet: written.settlement }),
        ...(written.writeOffs ? [t('output.sheet', { sheet: written.writeOffs })] : []),
      ].join(locale === 'zh-CN' ? '、' : ', ')
    : '';
  const progressText = writing === null || writing === 'start' ? t('output.writingStart') : t('output.writing', { sheet: writing.sheet });

  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby="output-heading" data-testid="compensation-output">
      <Heading id="output-heading">{t('output.heading')}</Heading>
      <Text size={200} className={styles.help}>
        {t('output.writeHelp')}
      </Text>
      <div className={styles.fields}>
        <Field label={t('output.month')} validationMessage={goodMonth ? undefined : t('output.invalidMonth')}>
          <Input className={styles.input} type="month" value={monthValue} onChange={(_, d) => setMonth(d.value)} data-testid="settlement-month" />
        </Field>
        <Field label={t('output.noticeDate')} validationMessage={goodDate ? undefined : t('output.invalidDate')}>
          <Input className={styles.input} type="date" value={dateValue} onChange={(_, d) => setNoticeDate(d.value)} data-testid="notice-date" />
        </Field>
        <Field
          label={t('output.deadline')}
          hint={deadline ? undefined : t('output.deadlineHint', { days: view.policy.dueDays })}
          validationMessage={goodDeadline ? undefined : t('output.invalidDate')}
        >
          <Input className={styles.input} type="date" value={deadlineValue} onChange={(_, d) => setDeadline(d.value)} data-testid="notice-deadline" />
        </Field>
      </div>
      <Field label={t('output.paper')}>
        <RadioGroup layout="horizontal" value={paper} onChange={(_, d) => setPaper(d.value === 'A4' ? 'A4' : 'A5')} data-testid="notice-paper">
          <Radio value="A5" label={t('output.a5')} />
          <Radio value="A4" label={t('output.a4')} />
        </RadioGroup>
      </Field>

      {writing !== null ? (
        <div className={styles.progress} role="status" aria-live="polite">
          {writing !== 'start' && writing.total > 0 ? (
            <Field validationMessage={progressText} validationState="none" className={styles.grow}>
              <ProgressBar value={writing.done} max={writing.total} />
            </Field>
          ) : (
            <Spinner size="tiny" label={progressText} labelPosition="after" className={styles.grow} />
          )}
          <Button onClick={() => running.current?.abort()}>{t('output.cancel')}</Button>
        </div>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" icon={<DocumentTable20Regular />} disabled={!ready} onClick={() => void write()} data-testid="write-results">
            {t('output.write')}
          </Button>
        </div>
      )}

      {written && (
        <MessageBar intent="success" layout="multiline" data-testid="written">
          <MessageBarBody>
            {t('output.written', { sheets: writtenSheets })}{' '}
            {mode === 'excel' ? t('output.selectedExcel', { sheet: written.selected }) : t('output.selectedWorkbench', { sheet: written.selected })}
          </MessageBarBody>
        </MessageBar>
      )}

      {mode === 'workbench' && (
        <div className={styles.print}>
          {view.notices.length === 0 ? (
            <Text>{t('output.noNotices')}</Text>
          ) : (
            <>
              <Text size={200} className={styles.help}>
                {t('output.printHelp', { count: view.notices.length, paper })}
              </Text>
              <div className={styles.actions}>
                <Button
                  icon={<Print20Regular />}
                  disabled={!goodDate || !goodDeadline}
                  aria-label={t('output.printLabel', { count: view.notices.length })}
                  onClick={openPrintView}
                  data-testid="print-notices"
                >
                  {t('output.print')}
                </Button>
                <Button
                  appearance="subtle"
                  icon={<ArrowDownload20Regular />}
                  disabled={!goodDate || !goodDeadline}
                  onClick={() => downloadText(html(), printFile, 'text/html;charset=utf-8')}
                  data-testid="print-file"
                >
                  {t('output.printFile')}
                </Button>
              </div>
            </>
          )}
          {blocked !== null && (
            <MessageBar intent="info">
              <MessageBarBody>{t('output.popupBlocked', { file: blocked })}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      {mode === 'excel' && view.notices.length === 0 && <Text>{t('output.noNotices')}</Text>}
    </Card>
  );
}
