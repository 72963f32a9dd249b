/**
 * The workbench's file bar: open an .xlsx (button or drag-and-drop anywhere on the page), open the
 * sample, the current file's name, and download the result as a new file.
 */
import { useEffect, useRef, useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Spinner, Text, Tooltip, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, DocumentTable20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/i18n';
import { firstFile } from './files';
import type { WorkbenchState } from './useWorkbench';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  file: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    flexGrow: 1,
    flexBasis: '160px',
    minWidth: 0,
  },
  fileName: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  hiddenInput: {
    display: 'none',
  },
  warning: {
    flexBasis: '100%',
  },
  overlay: {
    position: 'fixed',
    top: 0,
    right: 0,
    bottom: 0,
    left: 0,
    zIndex: 1000,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: tokens.colorBackgroundOverlay,
    pointerEvents: 'none',
  },
  overlayText: {
    paddingTop: tokens.spacingVerticalXXL,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalXXL,
    paddingRight: tokens.spacingHorizontalXXL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThicker, 'dashed', tokens.colorBrandStroke1),
    boxShadow: tokens.shadow16,
  },
});

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function WorkbenchBar(props: { state: WorkbenchState }): JSX.Element {
  const { state } = props;
  const { t, pick } = useI18n();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { openFile } = state;

  // A file dropped anywhere on the page opens; the browser must not navigate to it instead.
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = firstFile(e.dataTransfer?.files);
      if (file) void openFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [openFile]);

  const busy = state.busy !== null;
  const fileName = state.fileName;

  return (
    <section className={styles.bar} aria-label={t('workbench.toolbar')}>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('workbench.openLabel')}
        data-testid="file-input"
        onChange={(e) => {
          const file = firstFile(e.currentTarget.files);
          // Cleared so choosing the same file again still opens it.
          e.currentTarget.value = '';
          if (file) void state.openFile(file);
        }}
      />
      <Tooltip content={t('workbench.dropHint')} relationship="description">
        <Button appearance="primary" icon={<FolderOpen20Regular />} disabled={busy} onClick={() => input.current?.click()}>
          {t('workbench.open')}
        </Button>
      </Tooltip>
      <Button icon={<DocumentTable20Regular />} disabled={busy} onClick={() => void state.openSample()}>
        {t('workbench.sample')}
      </Button>
      <div className={styles.file}>
        {busy ? (
          <Spinner size="tiny" label={state.busy ?? ''} />
        ) : (
          <>
            <Text
              className={mergeClasses(styles.fileName, fileName === null && styles.muted)}
              title={fileName ?? undefined}
              data-testid="file-name"
              aria-label={fileName === null ? t('workbench.noFile') : t('workbench.currentFile', { file: fileName })}
            >
              {fileName ?? t('workbench.noFile')}
            </Text>
            {state.dirty && (
              <Badge appearance="tint" color="warning" size="small">
                {t('workbench.unsaved')}
              </Badge>
            )}
          </>
        )}
      </div>
      <Button
        icon={<ArrowDownload20Regular />}
        disabled={busy || fileName === null}
        onClick={() => void state.download()}
        aria-label={fileName === null ? t('workbench.download') : t('workbench.downloadLabel', { file: fileName })}
      >
        {t('workbench.download')}
      </Button>
      {state.saveWarning !== null && (
        <MessageBar intent="warning" className={styles.warning}>
          <MessageBarBody>{pick(state.saveWarning)}</MessageBarBody>
        </MessageBar>
      )}
      {dragging && (
        <div className={styles.overlay} aria-hidden="true">
          <Text size={500} weight="semibold" className={styles.overlayText}>
            {t('workbench.dropHere')}
          </Text>
        </div>
      )}
    </section>
  );
}
