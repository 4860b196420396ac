import { Button, Caption1, makeStyles } from '@fluentui/react-components';
import { useRef } from 'react';
import { fromDrop, fromFileList, type Received } from '../../batch/collect';
import { DropZone } from './DropZone';

const useStyles = makeStyles({
  hidden: { display: 'none' },
  buttons: { display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: '8px' },
});

const ACCEPT = '.xlsx,.xlsm,.xls,.ods,.zip';

export interface BatchPickerProps {
  /** What is being checked, in words ("收件" or "12 个文件"), or null before anything was picked. */
  label: string | null;
  disabled: boolean;
  onFiles(files: Received[]): void;
  /** A drop the browser could not read (a folder it refuses to walk). */
  onError(e: unknown): void;
}

/** The office's way in: a received folder, several files (workbooks and .zip archives), or both dropped on the zone. */
export function BatchPicker({ label, disabled, onFiles, onError }: BatchPickerProps) {
  const s = useStyles();
  const folder = useRef<HTMLInputElement | null>(null);
  const files = useRef<HTMLInputElement>(null);
  const take = (list: FileList | null) => {
    if (list?.length) onFiles(fromFileList(list));
  };
  return (
    <DropZone disabled={disabled} onDrop={(data) => fromDrop(data).then((r) => r.length && onFiles(r), onError)}>
      <div className={s.buttons}>
        <Button appearance="primary" disabled={disabled} onClick={() => folder.current?.click()}>
          选择文件夹…
        </Button>
        <Button disabled={disabled} onClick={() => files.current?.click()}>
          选择文件…
        </Button>
      </div>
      <Caption1>
        {label ? `当前：${label}` : '或把收到的文件夹、工作簿（.xlsx、.xls、.ods）或 .zip 压缩包拖到这里。文件只在本机浏览器中检查，不会上传。'}
      </Caption1>
      <input
        ref={(el) => {
          folder.current = el;
          // React has no prop for it; the browser then asks for a folder and gives every file below it.
          if (el) el.webkitdirectory = true;
        }}
        className={s.hidden}
        type="file"
        aria-label="选择收件文件夹"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
      <input
        ref={files}
        className={s.hidden}
        type="file"
        multiple
        accept={ACCEPT}
        aria-label="选择工作簿或压缩包文件"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
    </DropZone>
  );
}
