/**
 * What the reviewed plan becomes: the plan sheet in the workbook (序号 … 完成情况 drop-down … 备注),
 * an .ics file for Outlook and phone calendars, and the seed-style text ("三月：1、… 2、…") to
 * copy into a document. The title names the school and office when given.
 */
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Switch,
  Text,
  Textarea,
  Toast,
  ToastTitle,
  makeStyles,
  tokens,
  useToastController,
} from '@fluentui/react-components';
import { CalendarArrowDown20Regular, Copy20Regular, Open20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import type { WrittenPlan } from '../../app/plan';
import type { Locale } from '../../core/i18n/locale';
import { useCatalogue } from '../i18n/i18n';
import { ErrorBar } from '../shell/ErrorBar';
import { Heading } from '../shell/Heading';
import type { PaneMode } from '../shell/panels';
import type { PlanClient } from './client';
import { copyText, ICS_MIME, saveTextFile } from './download';
import type { EditedPlan } from './engine';
import { planUi } from './messages';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  field: {
    flexGrow: 1,
    flexBasis: '160px',
    minWidth: 0,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  subheading: {
    margin: 0,
    paddingTop: tokens.spacingVerticalS,
  },
  text: {
    width: '100%',
  },
  textArea: {
    minHeight: '220px',
    fontFamily: tokens.fontFamilyBase,
  },
});

export interface PlanOutputsProps {
  readonly client: PlanClient;
  readonly view: EditedPlan;
  readonly sheetName: string;
  /** A workbook is open: the plan sheet can be written. */
  readonly canWrite: boolean;
  readonly mode: PaneMode;
  readonly locale: Locale;
  readonly toasterId: string;
  onWritten(): void;
  onLocate(ref: string): void;
}

export function PlanOutputs(props: PlanOutputsProps): JSX.Element {
  const { client, view, sheetName, canWrite, mode, locale, toasterId, onWritten, onLocate } = props;
  const t = useCatalogue(planUi);
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);
  const [school, setSchool] = useState('');
  const [office, setOffice] = useState('');
  const [withDates, setWithDates] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<'write' | 'ics' | null>(null);
  const [written, setWritten] = useState<{ result: WrittenPlan; items: EditedPlan['items'] } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const titles = { school, office };

  // The text follows every edit; an answer to an older request is dropped.
  useEffect(() => {
    let live = true;
    client.text(view, { school, office, locale, withDates }).then(
      (value) => live && setText(value),
      (e: unknown) => live && setProblem(e),
    );
    return () => {
      live = false;
    };
  }, [client, view, school, office, locale, withDates]);

  const write = async (): Promise<void> => {
    setBusy('write');
    setProblem(null);
    try {
      const result = await client.write(view, titles);
      setWritten({ result, items: view.items });
      onWritten();
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(null);
    }
  };

  const exportIcs = async (): Promise<void> => {
    setBusy('ics');
    setProblem(null);
    try {
      const file = await client.ics(view, { ...titles, locale });
      saveTextFile(file.text, file.fileName, ICS_MIME);
      dispatchToast(
        <Toast>
          <ToastTitle>{t('ics.done', { file: file.fileName, count: view.items.length })}</ToastTitle>
        </Toast>,
        { intent: 'success' },
      );
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(null);
    }
  };

  const copy = async (): Promise<void> => {
    const ok = await copyText(text, textRef.current);
    dispatchToast(
      <Toast>
        <ToastTitle>{ok ? t('text.copied') : t('text.copyFailed')}</ToastTitle>
      </Toast>,
      { intent: ok ? 'success' : 'warning' },
    );
  };

  const writtenName = written?.result.name ?? null;
  const stale = written !== null && written.items !== view.items;

  return (
    <Card className={styles.card} aria-labelledby="plan-outputs-heading" data-testid="plan-outputs">
      <Heading id="plan-outputs-heading">{t('outputs.heading')}</Heading>
      <div className={styles.row}>
        <Field label={t('outputs.school')} className={styles.field}>
          <Input value={school} placeholder={t('outputs.schoolPlaceholder')} onChange={(_, d) => setSchool(d.value)} />
        </Field>
        <Field label={t('outputs.office')} className={styles.field}>
          <Input value={office} placeholder="总务处" onChange={(_, d) => setOffice(d.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" icon={<TableAdd20Regular />} disabled={!canWrite || busy !== null || view.items.length === 0} onClick={() => void write()}>
          {t('outputs.write', { sheet: sheetName })}
        </Button>
        <Button icon={<CalendarArrowDown20Regular />} disabled={busy !== null || view.items.length === 0} onClick={() => void exportIcs()}>
          {t('outputs.ics')}
        </Button>
      </div>
      <Text size={200} className={styles.hint}>
        {canWrite ? t('outputs.writeHint') : t('outputs.needWorkbook')}
      </Text>
      {problem !== null && <ErrorBar error={problem} onDismiss={() => setProblem(null)} />}
      {written && writtenName !== null && (
        <MessageBar intent={stale ? 'warning' : 'success'} layout="multiline" data-testid="plan-written">
          <MessageBarBody>
            {stale
              ? t('outputs.stale', { sheet: writtenName })
              : [
                  t(written.result.replaced ? 'outputs.replaced' : 'outputs.written', { sheet: writtenName }),
                  written.result.keptStatuses > 0 ? t('outputs.kept', { count: written.result.keptStatuses }) : '',
                  mode === 'workbench' ? t('outputs.download') : '',
                ]
                  .filter((s) => s !== '')
                  .join(' ')}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" icon={<Open20Regular />} onClick={() => onLocate(`'${writtenName.replace(/'/g, "''")}'!A1`)}>
              {t('outputs.show')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <Text as="h3" size={300} weight="semibold" className={styles.subheading}>
        {t('text.heading')}
      </Text>
      <div className={styles.row}>
        <Switch checked={withDates} onChange={(_, d) => setWithDates(d.checked)} label={t('text.withDates')} />
        <Button icon={<Copy20Regular />} disabled={text === ''} onClick={() => void copy()}>
          {t('text.copy')}
        </Button>
      </div>
      <Field label={t('text.label')} className={styles.text}>
        <Textarea ref={textRef} readOnly value={text} resize="vertical" textarea={{ className: styles.textArea }} data-testid="plan-text" />
      </Field>
    </Card>
  );
}
