import { Body1Strong, Button, Caption1, makeStyles, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { CompareView } from '../../host';
import { WORKBOOK_TYPES } from '../labels';
import type { useTask } from './Status';

const useStyles = makeStyles({
  hidden: { display: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  list: { margin: 0, paddingLeft: '20px' },
  group: { margin: 0 },
});

export interface CompareProps {
  view: CompareView | null;
  /** The workbook changed (an edit, 修正 or 撤销) since the comparison: its list is kept but is no longer acted on. */
  stale: boolean;
  disabled: boolean;
  onEarlier(file: File): void;
  /** 重新比较: the same earlier filing against the workbook as it now is. */
  onRecompare(): void;
  onChangeList(): void;
  /** 标记变更单元格 (in Excel and WPS): the changed cells marked in the open workbook. */
  onMark?(): void;
  /** 标注变更的工作簿 (file mode): a copy with the check's marks and the changed cells marked, downloaded. */
  onMarkedCopy?(): void;
}

/**
 * A pane's 与上次备案比较: the changes found, the earlier filing picked (kept
 * for 重新比较), and whether the workbook has changed since (`outdate`: an
 * edit, 修正 or 撤销), when the list is kept but no longer acted on.
 */
export function useComparison(run: ReturnType<typeof useTask>['run'], compareWith: (earlier: File) => Promise<CompareView>) {
  const [view, setView] = useState<CompareView | null>(null);
  const [earlier, setEarlier] = useState<File | null>(null);
  const [stale, setStale] = useState(false);
  const compare = async (file: File) => {
    setEarlier(file);
    const r = await run('与上次备案比较', () => compareWith(file));
    if (!r) return;
    setView(r);
    setStale(false);
  };
  return {
    view,
    stale,
    compare: (file: File) => void compare(file),
    recompare: () => void (earlier && compare(earlier)),
    outdate: () => setStale(true),
    clear: () => setView(null),
  };
}

/** 与上次备案比较: pick the earlier workbook, read what changed, grouped as in the change list. */
export function Compare({ view, stale, disabled, onEarlier, onRecompare, onChangeList, onMark, onMarkedCopy }: CompareProps) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const changes = Boolean(view && view.sections.length > 0 && !stale);
  return (
    <>
      <div className={s.actions}>
        <Button disabled={disabled} onClick={() => input.current?.click()}>
          选择上次备案的工作簿…
        </Button>
        {view && stale && (
          <Button appearance="primary" disabled={disabled} onClick={onRecompare}>
            重新比较
          </Button>
        )}
        {changes && onMark && (
          <Button disabled={disabled} onClick={onMark}>
            标记变更单元格
          </Button>
        )}
        {changes && onMarkedCopy && (
          <Button disabled={disabled} onClick={onMarkedCopy}>
            标注变更的工作簿
          </Button>
        )}
        {changes && (
          <Button disabled={disabled} onClick={onChangeList}>
            变更清单（Word）
          </Button>
        )}
      </div>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        accept={WORKBOOK_TYPES}
        aria-label="选择上次备案的工作簿"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onEarlier(f);
          e.target.value = '';
        }}
      />
      {!view && <Caption1>信息变更时，选择同一机构上次备案的工作簿，列出基本信息、职业、人员、设施设备和题库的变化。</Caption1>}
      {view && (
        <>
          {stale && (
            <MessageBar intent="warning">
              <MessageBarBody>工作簿在比较之后已修改，下面是修改前的比较结果。点击“重新比较”与上次备案重新比较。</MessageBarBody>
            </MessageBar>
          )}
          <Caption1>上次备案：{view.earlier}</Caption1>
          <Body1Strong>{view.headline}</Body1Strong>
          {view.sections.map((sec) => (
            // A heading each (not a landmark each): the pane's regions are its sections, the changes' groups are read as headings.
            <div key={sec.title}>
              <Body1Strong as="h3" className={s.group}>
                {sec.title}
              </Body1Strong>
              <ul className={s.list}>
                {sec.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            </div>
          ))}
          {changes && onMarkedCopy && <Caption1>“标注变更的工作簿”在检查标注之外，把变更和新增的单元格填为淡紫色，批注中写明上次备案的原值。</Caption1>}
        </>
      )}
    </>
  );
}
