import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../../src/rules/finding';
import { spokenName } from './finding-groups';

/** Rows drawn at once; a longer list scrolls inside this height and draws only what is in view. */
export const VISIBLE_ROWS = 10;
/** One row's height, px: fixed, so that the rows in view follow from the scroll offset. */
const ROW = 26;
/** Rows drawn beyond each edge of the view, so that scrolling shows no blank. */
const OVERSCAN = 4;

const useStyles = makeStyles({
  box: { listStyleType: 'none', margin: '0', padding: '0', overflowY: 'auto', position: 'relative' },
  row: {
    position: 'absolute',
    left: '0',
    right: '0',
    height: `${ROW}px`,
    display: 'flex',
    alignItems: 'center',
    gap: '6px',
    boxSizing: 'border-box',
    width: '100%',
    padding: '0 6px',
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    textAlign: 'left',
    whiteSpace: 'nowrap',
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: tokens.colorStrokeFocus2 },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, fontWeight: tokens.fontWeightSemibold },
  cell: { flexShrink: 0, minWidth: '44px', fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace },
  message: { overflow: 'hidden', textOverflow: 'ellipsis', color: tokens.colorNeutralForeground2 },
});

export interface CellListProps {
  findings: readonly Finding[];
  /** Present where a cell can be gone to (in Excel). */
  onSelect?: (f: Finding) => void;
  current?: Finding | null;
  /** Whether each row's accessible name ends with its 依据 (when the group does not state one for all). */
  basisEach: boolean;
}

/** A rule's cells, one line each (cell, then what is wrong); a long list is virtualised. */
export function CellList({ findings, onSelect, current, basisEach }: CellListProps) {
  const s = useStyles();
  const box = useRef<HTMLUListElement>(null);
  const [top, setTop] = useState(0);
  const height = Math.min(findings.length, VISIBLE_ROWS) * ROW;
  const first = Math.max(0, Math.floor(top / ROW) - OVERSCAN);
  const last = Math.min(findings.length, Math.ceil((top + height) / ROW) + OVERSCAN);
  const at = current ? findings.indexOf(current) : -1;

  // The finding gone to by 上一个/下一个 scrolls into view.
  useEffect(() => {
    const el = box.current;
    if (!el || at < 0) return;
    if (at * ROW < el.scrollTop || (at + 1) * ROW > el.scrollTop + height) el.scrollTop = Math.max(0, at * ROW - height / 2);
  }, [at, height]);

  return (
    <ul ref={box} className={s.box} style={{ height }} onScroll={(e) => setTop(e.currentTarget.scrollTop)} data-testid="cell-list" data-count={findings.length}>
      <li aria-hidden style={{ height: findings.length * ROW, listStyleType: 'none' }} />
      {findings.slice(first, last).map((f, k) => {
        const i = first + k;
        const name = spokenName(f, basisEach);
        const body = (
          <>
            <span className={s.cell}>{f.cell ?? f.range ?? (f.row !== null ? `第${f.row}行` : '—')}</span>
            <span className={s.message}>{f.message}</span>
          </>
        );
        const style = { top: i * ROW };
        return (
          <li key={i} style={{ ...style, position: 'absolute', left: 0, right: 0 }} aria-setsize={findings.length} aria-posinset={i + 1}>
            {onSelect && f.sheet ? (
              <button type="button" className={mergeClasses(s.row, s.clickable, i === at && s.current)} style={{ top: 0 }} aria-label={name} aria-current={i === at || undefined} title={`${f.message}（单击在工作表中选中）`} onClick={() => onSelect(f)}>
                {body}
              </button>
            ) : (
              <div className={mergeClasses(s.row, i === at && s.current)} style={{ top: 0 }} aria-label={name} role="note" title={f.message} aria-current={i === at || undefined}>
                {body}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
