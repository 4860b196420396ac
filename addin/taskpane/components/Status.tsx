import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Toast, Toaster, ToastTitle, useId, useToastController, makeStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Cancelled, type Progress } from '../../host';
import { userMessage } from '../../messages';
import { pacedProgress } from './progress-pace';

export interface Notice {
  intent: 'error' | 'warning' | 'success' | 'info';
  text: string;
}

export interface Busy {
  label: string;
  progress?: Progress;
  /** Present while the task can be stopped. */
  cancel?: () => void;
}


const useStyles = makeStyles({
  busy: { display: 'flex', alignItems: 'flex-end', gap: '8px' },
  bar: { flexGrow: 1, minWidth: '0' },
});

/**
 * One task at a time: what is running (with its progress) and the last
 * outcome. A confirmation (已下载, 已清除) is a toast where the clerk is
 * looking, one at a time; an error or warning stays as a bar until the next task. A failed
 * task's error becomes its Chinese line.
 */
export function useTask() {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notice, setShown] = useState<Notice | null>(null);
  const toasterId = useId('toaster');
  const { dispatchToast, dismissToast } = useToastController(toasterId);
  // Several downloads in a row would pile their confirmations over the list: the newest takes the place of the one before.
  const shownToast = useRef<string | null>(null);
  const confirmations = useRef(0);
  const setNotice = useCallback(
    (n: Notice | null) => {
      if (n && (n.intent === 'success' || n.intent === 'info')) {
        setShown(null);
        if (shownToast.current) dismissToast(shownToast.current);
        const toastId = `${toasterId}-confirmation-${++confirmations.current}`;
        shownToast.current = toastId;
        dispatchToast(
          <Toast>
            <ToastTitle>{n.text}</ToastTitle>
          </Toast>,
          { toastId, intent: n.intent, timeout: 5000 },
        );
      } else setShown(n);
    },
    [dispatchToast, dismissToast, toasterId],
  );
  const run = useCallback(
    async <T,>(label: string, task: (progress: (p: Progress) => void) => Promise<T>, cancel?: () => void): Promise<T | undefined> => {
      setBusy({ label, cancel });
      setShown(null);
      const progress = pacedProgress((p) => setBusy({ label, progress: p, cancel }));
      try {
        return await task(progress.report);
      } catch (e) {
        if (!(e instanceof Cancelled)) setShown({ intent: 'error', text: userMessage(e) });
        return undefined;
      } finally {
        progress.stop();
        setBusy(null);
      }
    },
    [],
  );
  return { busy, notice, setNotice, run, toasterId };
}

/** Progress as a fraction only when it counts real work (cells read); steps of unknown length show an indeterminate bar. */
function fraction(p: Progress | undefined): number | undefined {
  return p && p.total > 1 ? p.done / p.total : undefined;
}

export function Status({ busy, notice, toasterId }: { busy: Busy | null; notice: Notice | null; toasterId: string }) {
  const s = useStyles();
  const bar = useRef<HTMLDivElement>(null);
  const { dispatchToast } = useToastController(toasterId);
  // An error of a task started far down the pane (与上次备案比较, a download) would stay out of sight at the top:
  // it also shows where the clerk is looking, as a toast (the bar, announced already, stays for reference).
  useEffect(() => {
    const at = bar.current?.getBoundingClientRect();
    if (!notice || !at || (at.bottom > 0 && at.top < window.innerHeight)) return;
    dispatchToast(
      <Toast>
        <ToastTitle>{notice.text}</ToastTitle>
      </Toast>,
      { intent: notice.intent, timeout: 10_000 },
    );
  }, [notice, dispatchToast]);
  return (
    <>
      <Toaster toasterId={toasterId} position="bottom" pauseOnHover pauseOnWindowBlur />
      {busy && (
        <div className={s.busy}>
          <Field className={s.bar} validationMessage={busy.progress ? `${busy.label}：${busy.progress.step}` : `${busy.label}…`} validationState="none">
            <ProgressBar value={fraction(busy.progress)} aria-label={busy.label} />
          </Field>
          {busy.cancel && !busy.progress?.committing && (
            <Button size="small" onClick={busy.cancel}>
              取消
            </Button>
          )}
        </div>
      )}
      {notice && (
        <div ref={bar}>
          <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        </div>
      )}
    </>
  );
}
