import { Button, Caption1, Field, Input, makeStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { SummaryKind } from '../../src/forms/summaries';
import type { Batch } from '../../src/summarize/batch';
import { comparisonLines } from '../../src/summarize/verdict';
import { createBatchHost } from '../batch/batch-host';
import { receivedLabel, type Received } from '../batch/collect';
import type { BatchOutput } from '../batch/protocol';
import { BatchCharts } from './components/BatchCharts';
import { BatchDownloads } from './components/BatchDownloads';
import { BatchPicker } from './components/BatchPicker';
import { ComparisonPicker, type Compared } from './components/ComparisonPicker';
import { BatchVerdict, CrossFindings, WorkbookList } from './components/BatchResults';
import { Section } from './components/Section';
import { Status, useTask } from './components/Status';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px' },
  date: { flex: '1 1 140px', minWidth: '0' },
});

/** Today in China, as `beian summarize` takes it when --as-of is not given. */
function todayInChina(): string {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * An office's batch (`beian summarize` in the page): pick or drop what was
 * received, see every workbook's verdict and the findings across
 * organisations, download the Word summary and the results workbook.
 * Loaded on demand: a clerk with one workbook never downloads it.
 */
export default function BatchPane({ handed }: { handed: Promise<Received[]> | null }) {
  const s = useStyles();
  const host = useMemo(() => createBatchHost(), []);
  const { busy, notice, setNotice, run, toasterId } = useTask();
  const [received, setReceived] = useState<Received[] | null>(null);
  const [asOf, setAsOf] = useState(todayInChina);
  const [batch, setBatch] = useState<Batch | null>(null);
  const [compared, setCompared] = useState<Compared>({ register: null, previous: null });

  const summarize = async (files: Received[], against: Compared = compared) => {
    setBatch(null);
    const req = { asOf, register: against.register ?? undefined, previous: against.previous ?? undefined };
    const b = await run('批量汇总', (progress) => host.summarize(files, req, progress));
    if (b) setBatch(b);
  };
  const compare = (v: Compared) => {
    setCompared(v);
    if (received) void summarize(received, v);
  };
  const take = (files: Received[]) => {
    setReceived(files);
    void summarize(files);
  };
  // The checking workers load while the office picks what to check; after a batch, once its results are drawn.
  useEffect(() => {
    if (busy) return;
    const t = setTimeout(() => host.prepare(), batch ? 1000 : 0);
    return () => clearTimeout(t);
  }, [host, busy, batch]);
  const dropFailed = () => setNotice({ intent: 'error', text: '浏览器无法读取拖入的文件夹，请改用“选择文件夹…”。' });
  // What was dropped on 单个工作簿 but is a batch; a later drop there hands over another.
  useEffect(() => {
    handed?.then((files) => files.length && take(files), dropFailed);
  }, [handed]);
  const download = (what: BatchOutput, kind: SummaryKind, maskIds: boolean) =>
    void run('生成汇总文件', async () => {
      const out = await host.output(what, { kind, maskIds });
      await host.save(out);
      setNotice({ intent: 'success', text: `已下载：${out.name}` });
    });

  return (
    <>
      <BatchPicker
        label={received && receivedLabel(received)}
        disabled={Boolean(busy)}
        onFiles={take}
        onError={dropFailed}
      />
      <div className={s.row}>
        <Field label="检查日期（计算期限）" className={s.date}>
          <Input type="date" value={asOf} disabled={Boolean(busy)} onChange={(_, d) => setAsOf(d.value)} />
        </Field>
        {received && (
          <Button disabled={Boolean(busy)} onClick={() => void summarize(received)}>
            重新汇总
          </Button>
        )}
      </div>
      <ComparisonPicker value={compared} disabled={Boolean(busy)} onChange={compare} />
      <Status busy={busy} notice={notice} toasterId={toasterId} />
      {!received && !busy && (
        <Caption1>适用于人社部门和主管单位：一次检查收到的全部备案工作簿，列出各工作簿的结果和跨机构问题，并生成汇总表（Word）和结果工作簿（Excel）。</Caption1>
      )}
      {batch && (
        <>
          <Section title="汇总结果">
            <BatchVerdict batch={batch} />
            {comparisonLines(batch).map((line) => (
              <Caption1 key={line}>{line}</Caption1>
            ))}
          </Section>
          <Section title="下载">
            <BatchDownloads disabled={Boolean(busy)} checked={batch.entries.some((e) => e.status === 'ok')} onDownload={download} />
            {batch.register && (
              <Button disabled={Boolean(busy)} onClick={() => download('followUp', 'report', false)}>
                下载未续期机构名单（Word）
              </Button>
            )}
          </Section>
          <Section title="图表">
            <BatchCharts batch={batch} />
          </Section>
          <Section title="跨机构问题">
            <CrossFindings cross={batch.cross} />
          </Section>
          <Section title="各工作簿">
            <WorkbookList batch={batch} />
          </Section>
        </>
      )}
    </>
  );
}
