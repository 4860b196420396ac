import { Button, Caption1, Checkbox, Field, makeStyles, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { SummaryKind } from '../../../src/forms/summaries';
import type { BatchOutput } from '../../batch/protocol';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '6px' },
  select: { minWidth: '0', width: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
});

/** The office's summaries (`beian summarize --kind`), with the form each fills. */
const KINDS: readonly { kind: SummaryKind; label: string }[] = [
  { kind: 'renewal', label: '续期汇总表（河南 附件7）' },
  { kind: 'termination', label: '终止备案汇总表（河南 附件8）' },
  { kind: 'report', label: '备案工作汇总报告' },
];

export interface BatchDownloadsProps {
  disabled: boolean;
  /** False when no workbook could be checked: only the JSON (which lists why) can be made. */
  checked: boolean;
  onDownload(what: BatchOutput, kind: SummaryKind, maskIds: boolean): void;
}

/** What the office takes away: the Word summary to sign, the results workbook to sort and filter, and the data as JSON. */
export function BatchDownloads({ disabled, checked, onDownload }: BatchDownloadsProps) {
  const s = useStyles();
  const [kind, setKind] = useState<SummaryKind>('renewal');
  const [maskIds, setMaskIds] = useState(false);
  return (
    <div className={s.box}>
      <Field label="汇总类型">
        <Select className={s.select} value={kind} disabled={disabled} onChange={(_, d) => setKind(d.value as SummaryKind)}>
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox label="身份证件号只显示前 6 位和后 4 位" checked={maskIds} disabled={disabled} onChange={(_, d) => setMaskIds(Boolean(d.checked))} />
      <div className={s.actions}>
        <Button appearance="primary" disabled={disabled || !checked} onClick={() => onDownload('word', kind, maskIds)}>
          汇总表（Word）
        </Button>
        <Button disabled={disabled || !checked} onClick={() => onDownload('xlsx', kind, maskIds)}>
          结果工作簿（Excel）
        </Button>
        <Button disabled={disabled} onClick={() => onDownload('json', kind, maskIds)}>
          汇总结果数据（供下次比较）
        </Button>
      </div>
      <Caption1>结果工作簿中的文件名可点击打开原文件：请把它保存在所选文件夹（或所选文件）所在的目录中。</Caption1>
    </div>
  );
}
