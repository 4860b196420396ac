import { Button, Caption1, makeStyles } from '@fluentui/react-components';
import { useRef } from 'react';
import { fromDrop, isBatchDrop, type Received } from '../../batch/collect';
import { WORKBOOK_TYPES } from '../labels';
import { DropZone } from './DropZone';

const useStyles = makeStyles({
  hidden: { display: 'none' },
});

export interface FilePickerProps {
  fileName: string | null;
  disabled: boolean;
  onFile(file: File): void;
  /** Several files or a folder dropped: an office's batch, handed to 批量汇总 (the walk runs on). */
  onBatch(files: Promise<Received[]>): void;
}

/** File mode's way in: a button for the file dialog, or a workbook dropped on the zone. */
export function FilePicker({ fileName, disabled, onFile, onBatch }: FilePickerProps) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const take = (files: FileList | null) => {
    const f = files?.[0];
    if (f) onFile(f);
  };
  return (
    <DropZone disabled={disabled} onDrop={(data) => (isBatchDrop(data) ? onBatch(fromDrop(data)) : take(data.files))}>
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
        {fileName ? '换一个工作簿…' : '打开工作簿…'}
      </Button>
      <Caption1>{fileName ? `当前：${fileName}` : '或把工作簿（.xlsx、.xls、.ods）拖到这里。文件只在本机浏览器中检查，不会上传。'}</Caption1>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        accept={WORKBOOK_TYPES}
        aria-label="选择工作簿文件"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
    </DropZone>
  );
}
