/**
 * Writing the report into the workbook (Taizhang's own sheets, with native charts and print setup)
 * and printing it: in the workbench a printable A4 page opens in a new window and the print dialog
 * is called (it can also save a PDF); in Excel, Excel prints the written sheet (File → Print).
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Card, Field, MessageBar, MessageBarBody, ProgressBar, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, DocumentTable20Regular, Print20Regular } from '@fluentui/react-icons';
import { CancelledError } from '../../core/errors';
import { useCatalogue, useI18n } from '../i18n/i18n';
import { Heading } from '../shell/Heading';
import type { PaneMode } from '../shell/panels';
import type { ReportsClient } from './client';
import type { ReportView, ReportsProgress, WrittenReport } from './engine';
import { reportsUi } from './messages';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  help: {
    color: tokens.colorNeutralForeground3,
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
});

/** Lets the browser save a text file (the print page when a new window is not allowed). */
function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from the report's headline: no characters file systems refuse. */
function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\r\n]+/g, ' ').slice(0, 60).trim() || 'report';
}

export interface OutputCardProps {
  readonly client: ReportsClient;
  readonly view: ReportView;
  readonly mode: PaneMode;
  readonly onWritten: () => void;
  readonly onError: (e: unknown) => void;
  readonly className?: string;
}

export function OutputCard(props: OutputCardProps): JSX.Element {
  const { client, view, mode, onWritten, onError, className } = props;
  const t = useCatalogue(reportsUi);
  const { locale, pick } = useI18n();
  const styles = useStyles();
  const [writing, setWriting] = useState<ReportsProgress | 'start' | null>(null);
  const [written, setWritten] = useState<WrittenReport | null>(null);
  const [blocked, setBlocked] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => setWritten(null), [view.outputId]);
  useEffect(() => () => running.current?.abort(), []);

  const fileName = t('output.printFileName', { title: safeName(view.sheetNames[0] ?? pick(view.headline)) });

  const write = async (): Promise<void> => {
    const controller = new AbortController();
    running.current = controller;
    setWriting('start');
    try {
      const w = await client.write(view.outputId, locale, { signal: controller.signal, onProgress: (p) => setWriting(p) });
      setWritten(w);
      onWritten();
    } catch (e) {
      if (!(e instanceof CancelledError)) onError(e);
    } finally {
      running.current = null;
      setWriting(null);
    }
  };

  const print = async (): Promise<void> => {
    // Opened now, while the click still counts as the user's: a window opened after an await is blocked.
    const win = window.open('', '_blank');
    try {
      const html = await client.printHtml(view.outputId, locale);
      if (!win) {
        downloadText(html, fileName);
        setBlocked(fileName);
        return;
      }
      setBlocked(null);
      win.document.open();
      win.document.write(html);
      win.document.close();
      win.focus();
      // Fonts and the SVG charts are laid out before the dialog takes its snapshot.
      const ready = (): void => void win.document.fonts.ready.then(() => win.print());
      if (win.document.readyState === 'complete') ready();
      else win.addEventListener('load', ready, { once: true });
    } catch (e) {
      win?.close();
      onError(e);
    }
  };

  const download = async (): Promise<void> => {
    try {
      downloadText(await client.printHtml(view.outputId, locale), fileName);
    } catch (e) {
      onError(e);
    }
  };

  const progressText = t('output.writing', { sheet: writing !== null && writing !== 'start' ? writing.sheet : (view.sheetNames[0] ?? '') });

  return (
    <Card className={mergeClasses(styles.card, className)} aria-labelledby="report-output-heading" data-testid="report-output">
      <Heading id="report-output-heading">{t('output.heading')}</Heading>
      <Text size={200} className={styles.help}>
        {t('output.writeHelp')}
      </Text>
      {writing !== null ? (
        <div className={styles.progress} role="status" aria-live="polite">
          {writing !== 'start' && writing.total > 0 ? (
            <Field validationMessage={progressText} validationState="none" className={styles.grow}>
              <ProgressBar value={writing.done} max={writing.total} />
            </Field>
          ) : (
            <Spinner size="tiny" label={progressText} labelPosition="after" className={styles.grow} />
          )}
          <Button onClick={() => running.current?.abort()}>{t('form.cancel')}</Button>
        </div>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" icon={<DocumentTable20Regular />} onClick={() => void write()} data-testid="report-write">
            {t('output.write')}
          </Button>
          {mode === 'workbench' && (
            <>
              <Button icon={<Print20Regular />} aria-label={t('output.printLabel')} onClick={() => void print()} data-testid="report-print">
                {t('output.print')}
              </Button>
              <Button appearance="subtle" icon={<ArrowDownload20Regular />} onClick={() => void download()} data-testid="report-print-file">
                {t('output.printFile')}
              </Button>
            </>
          )}
        </div>
      )}
      {written && (
        <MessageBar intent="success" layout="multiline" data-testid="report-written">
          <MessageBarBody>
            {t('output.written', { sheets: written.sheets.join(locale === 'zh-CN' ? '、' : ', ') })}{' '}
            {mode === 'excel' ? t('output.writtenExcel', { sheet: written.selected }) : t('output.writtenWorkbench')}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text size={200} className={styles.help}>
        {mode === 'workbench' ? t('output.printHelp') : t('output.printExcel')}
      </Text>
      {blocked !== null && (
        <MessageBar intent="info">
          <MessageBarBody>{t('output.popupBlocked', { file: blocked })}</MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
