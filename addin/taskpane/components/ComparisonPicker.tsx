import { Button, Caption1, makeStyles } from '@fluentui/react-components';
import { useRef } from 'react';

const useStyles = makeStyles({
  hidden: { display: 'none' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' },
});

export interface Compared {
  register: File | null;
  previous: File | null;
}

/** One optional file the batch is compared with: a button to pick it, its name, and a way to take it back. */
function OneFile({ label, accept, file, disabled, onFile }: { label: string; accept: string; file: File | null; disabled: boolean; onFile(f: File | null): void }) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={s.row}>
      <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <Caption1>{file ? file.name : '未选择'}</Caption1>
      {file && (
        <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onFile(null)}>
          不使用
        </Button>
      )}
      <input
        ref={input}
        className={s.hidden}
        type="file"
        accept={accept}
        aria-label={label}
        onChange={(e) => {
          onFile(e.target.files?.[0] ?? null);
          e.target.value = '';
        }}
      />
    </div>
  );
}

/** What the office compares the batch with: its register of filed organisations, and the JSON of an earlier batch. */
export function ComparisonPicker({ value, disabled, onChange }: { value: Compared; disabled: boolean; onChange(v: Compared): void }) {
  return (
    <>
      <OneFile label="已备案机构名单…" accept=".xlsx,.xls,.ods" file={value.register} disabled={disabled} onFile={(register) => onChange({ ...value, register })} />
      <OneFile label="上次汇总结果文件…" accept=".json" file={value.previous} disabled={disabled} onFile={(previous) => onChange({ ...value, previous })} />
    </>
  );
}
