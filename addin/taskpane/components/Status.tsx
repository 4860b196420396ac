import { MessageBar, MessageBarBody, ProgressBar, Field } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Progress } from '../../host';
import { userMessage } from '../../messages';

export interface Notice {
  intent: 'error' | 'warning' | 'success' | 'info';
  text: string;
}

export interface Busy {
  label: string;
  progress?: Progress;
}

/**
 * One task at a time: what is running (with its progress) and the last
 * outcome as a notice. A failed task's error becomes its Chinese line.
 */
export function useTask() {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = useCallback(async <T,>(label: string, task: (progress: (p: Progress) => void) => Promise<T>): Promise<T | undefined> => {
    setBusy({ label });
    setNotice(null);
    try {
      return await task((progress) => setBusy({ label, progress }));
    } catch (e) {
      setNotice({ intent: 'error', text: userMessage(e) });
      return undefined;
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, notice, setNotice, run };
}

export function Status({ busy, notice }: { busy: Busy | null; notice: Notice | null }) {
  return (
    <>
      {busy && (
        <Field validationMessage={busy.progress ? `${busy.label}：${busy.progress.step}` : `${busy.label}…`} validationState="none">
          <ProgressBar value={busy.progress && busy.progress.total ? busy.progress.done / busy.progress.total : undefined} />
        </Field>
      )}
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
