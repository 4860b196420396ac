import { Badge, Body1Strong, Button, Caption1, makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { SEVERITY_LABEL } from '../../../src/model/severity';
import { countsLine } from '../../../src/rules/finding';
import type { Batch, BatchEntry } from '../../../src/summarize/batch';
import type { CrossFinding } from '../../../src/summarize/cross-rules';
import { batchCounts, countsText, entryNote, entryVerdict } from '../../../src/summarize/verdict';
import { SEVERITY_BADGE } from '../labels';
import { Findings } from './Findings';
import { FindingCard, type FindingCardProps } from './FindingCard';

/** Cards shown before "再显示"; an inbox of hundreds (or their shared examiners) would stall a task pane. */
const PAGE = 50;

type Verdict = ReturnType<typeof entryVerdict>;

/** In the order an office deals with them. */
const VERDICTS: readonly Verdict[] = ['未通过', '无法读取', '非备案工作簿', '重复提交（未采用）', '通过'];

const LOOK: Record<Verdict, { tone: FindingCardProps['tone']; badge: 'danger' | 'warning' | 'informative' | 'success' | 'subtle' }> = {
  未通过: { tone: 'error', badge: 'danger' },
  无法读取: { tone: 'error', badge: 'danger' },
  非备案工作簿: { tone: 'none', badge: 'informative' },
  '重复提交（未采用）': { tone: 'warning', badge: 'warning' },
  通过: { tone: 'pass', badge: 'success' },
};

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '2px' },
  fail: { color: tokens.colorPaletteRedForeground1 },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  filters: { display: 'flex', flexWrap: 'wrap', gap: '4px', marginBottom: '4px' },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: '4px' },
  title: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px' },
  findings: { paddingLeft: '8px', paddingTop: '4px' },
});

/** The batch's verdict: what needs the office's attention, then the totals. */
export function BatchVerdict({ batch }: { batch: Batch }) {
  const s = useStyles();
  const n = batchCounts(batch);
  const crossErrors = batch.cross.filter((f) => f.severity === 'error').length;
  const attention = [n.failed && `未通过 ${n.failed} 份`, n.unreadable && `无法读取 ${n.unreadable} 份`, crossErrors && `跨机构错误 ${crossErrors} 项`].filter(Boolean);
  return (
    <div className={s.box} data-testid="batch-summary">
      <Body1Strong className={attention.length ? s.fail : s.pass}>{attention.length ? `需处理：${attention.join('，')}` : '全部通过，没有跨机构错误'}</Body1Strong>
      <Caption1>{countsText(n)}。</Caption1>
      <Caption1>
        检查日期 {batch.asOf.toISOString().slice(0, 10)}
        {n.skipped ? `；另跳过 ${n.skipped} 个文件（见“各工作簿”末尾）` : ''}
      </Caption1>
    </div>
  );
}

/** The button under a list cut at `shown` items. */
function ShowMore({ shown, total, unit, onMore }: { shown: number; total: number; unit: string; onMore: () => void }) {
  if (total <= shown) return null;
  return (
    <Button size="small" appearance="subtle" onClick={onMore}>
      再显示 {Math.min(PAGE, total - shown)} {unit}（共 {total} {unit}）
    </Button>
  );
}

/** Findings only visible across organisations, naming every organisation and file. */
export function CrossFindings({ cross }: { cross: readonly CrossFinding[] }) {
  const s = useStyles();
  const [limit, setLimit] = useState(PAGE);
  if (!cross.length) return <Caption1>未发现跨机构问题。</Caption1>;
  return (
    <>
      <ul className={s.list} aria-label="跨机构问题">
        {cross.slice(0, limit).map((f, i) => (
          <li key={i}>
            <FindingCard
              tone={f.severity}
              title={
                <span className={s.title}>
                  <Badge appearance="filled" size="small" color={SEVERITY_BADGE[f.severity]}>
                    {SEVERITY_LABEL[f.severity]}
                  </Badge>
                  {f.orgs.join('、')}
                </span>
              }
              details={[`依据：${f.basis}`, `文件：${f.files.join('、')}`]}
            >
              <span>{f.message}</span>
            </FindingCard>
          </li>
        ))}
      </ul>
      <ShowMore shown={limit} total={cross.length} unit="项" onMore={() => setLimit(limit + PAGE)} />
    </>
  );
}

function entryDetails(e: BatchEntry): string[] {
  if (e.status !== 'ok') return [e.reason];
  return [
    countsLine(e.summary),
    entryNote(e),
    e.dropped.length ? `续期退出评价范围：${e.dropped.join('、')}` : '',
  ].filter(Boolean);
}

function EntryCard({ entry }: { entry: BatchEntry }) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const verdict = entryVerdict(entry);
  const findings = entry.status === 'ok' ? entry.findings : [];
  const sheets = useMemo(() => [...new Set(findings.map((f) => f.sheet).filter((x): x is string => x !== null))], [findings]);
  return (
    <>
      <FindingCard
        tone={LOOK[verdict].tone}
        title={
          <span className={s.title}>
            <Badge appearance="filled" size="small" color={LOOK[verdict].badge}>
              {verdict}
            </Badge>
            {entry.status === 'ok' ? entry.org.name || '（未填写单位名称）' : ''}
          </span>
        }
        details={entryDetails(entry)}
      >
        <span>{entry.file}</span>
      </FindingCard>
      {entry.status === 'ok' && findings.length > 0 && (
        <div className={s.findings}>
          <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? '收起问题' : `查看 ${findings.length} 项问题`}
          </Button>
          {open && <Findings view={{ summary: entry.summary, findings, sheets }} />}
        </div>
      )}
    </>
  );
}

/** Every received file with what became of it, filterable by verdict; then what was passed over on purpose. */
export function WorkbookList({ batch }: { batch: Batch }) {
  const s = useStyles();
  const counts = useMemo(() => {
    const m = new Map<Verdict, number>();
    for (const e of batch.entries) m.set(entryVerdict(e), (m.get(entryVerdict(e)) ?? 0) + 1);
    return m;
  }, [batch]);
  const [shown, setShown] = useState<ReadonlySet<Verdict>>(() => new Set(VERDICTS));
  const [limit, setLimit] = useState(PAGE);
  // Keyed by place in the batch: the same name can come twice (two folders of one name).
  const visible = batch.entries.map((e, i) => ({ e, key: `${i}` })).filter(({ e }) => shown.has(entryVerdict(e)));
  const toggle = (v: Verdict) => {
    const next = new Set(shown);
    if (next.has(v)) next.delete(v);
    else next.add(v);
    setShown(next);
  };
  return (
    <div>
      <div className={s.filters} role="group" aria-label="按结果筛选">
        {VERDICTS.filter((v) => counts.get(v)).map((v) => (
          <ToggleButton key={v} size="small" checked={shown.has(v)} onClick={() => toggle(v)} icon={<Badge appearance="filled" size="small" color={LOOK[v].badge}>{counts.get(v)}</Badge>}>
            {v}
          </ToggleButton>
        ))}
      </div>
      <ul className={s.list}>
        {visible.slice(0, limit).map(({ e, key }) => (
          <li key={key}>
            <EntryCard entry={e} />
          </li>
        ))}
      </ul>
      <ShowMore shown={limit} total={visible.length} unit="份" onMore={() => setLimit(limit + PAGE)} />
      {batch.skipped.length > 0 && (
        <details>
          <summary>
            <Caption1>另跳过 {batch.skipped.length} 个文件</Caption1>
          </summary>
          <ul className={s.list}>
            {batch.skipped.map((f, i) => (
              <li key={i}>
                <Caption1>
                  {f.file}：{f.reason}
                </Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
