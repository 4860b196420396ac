import { Body1Strong, Button, Caption1, makeStyles } from '@fluentui/react-components';
import { useRef } from 'react';
import type { CompareView } from '../../host';

const useStyles = makeStyles({
  hidden: { display: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  list: { margin: 0, paddingLeft: '20px' },
});

export interface CompareProps {
  view: CompareView | null;
  disabled: boolean;
  onEarlier(file: File): void;
  onChangeList(): void;
  /** 标记变更单元格 (in Excel and WPS): the changed cells marked in the open workbook. */
  onMark?(): void;
  /** 标注变更的工作簿 (file mode): a copy with the check's marks and the changed cells marked, downloaded. */
  onMarkedCopy?(): void;
}

/** 与上次备案比较: pick the earlier workbook, read what changed, grouped as in the change list. */
export function Compare({ view, disabled, onEarlier, onChangeList, onMark, onMarkedCopy }: CompareProps) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <div className={s.actions}>
        <Button disabled={disabled} onClick={() => input.current?.click()}>
          选择上次备案的工作簿…
        </Button>
        {view && view.sections.length > 0 && onMark && (
          <Button disabled={disabled} onClick={onMark}>
            标记变更单元格
          </Button>
        )}
        {view && view.sections.length > 0 && onMarkedCopy && (
          <Button disabled={disabled} onClick={onMarkedCopy}>
            标注变更的工作簿
          </Button>
        )}
        {view && view.sections.length > 0 && (
          <Button disabled={disabled} onClick={onChangeList}>
            变更清单（Word）
          </Button>
        )}
      </div>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
          <Caption1>上次备案：{view.earlier}</Caption1>
          <Body1Strong>{view.headline}</Body1Strong>
          {view.sections.map((sec) => (
            <section key={sec.title} aria-label={sec.title}>
              <Body1Strong>{sec.title}</Body1Strong>
              <ul className={s.list}>
                {sec.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            </section>
          ))}
          {view.sections.length > 0 && onMarkedCopy && <Caption1>“标注变更的工作簿”在检查标注之外，把变更和新增的单元格填为淡紫色，批注中写明上次备案的原值。</Caption1>}
        </>
      )}
    </>
  );
}
