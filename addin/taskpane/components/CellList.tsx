import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../../src/rules/finding';
import { spokenName } from './finding-groups';

/** Rows drawn at once; a longer list scrolls inside this height and draws only what is in view. */
export const VISIBLE_ROWS = 10;
/** One row's height, px: fixed, so that the rows in view follow from the scroll offset. */
const ROW_WIDE = 26;
/** In a narrow pane a row takes two lines, so that what is wrong (after the value it quotes) still shows. */
const ROW_NARROW = 40;
/** Below this list width, px, rows take two lines. */
const NARROW = 360;
/** Rows drawn beyond each edge of the view, so that scrolling shows no blank. */
const OVERSCAN = 4;

const useStyles = makeStyles({
  box: { listStyleType: 'none', margin: '0', padding: '0', overflowY: 'auto', position: 'relative' },
  row: {
    position: 'absolute',
    left: '0',
    right: '0',
    height: `${ROW_WIDE}px`,
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
  twoLines: {
    whiteSpace: 'normal',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    lineHeight: '16px',
    wordBreak: 'break-all',
  },
});

export interface CellListProps {
  findings: readonly Finding[];
  /** Present where a cell can be gone to (in Excel). */
  onSelect?: (f: Finding) => void;
  current?: Finding | null;
  /** Whether each row's accessible name ends with its 依据 (when the group does not state one for all). */
  basisEach: boolean;
  /** The group's title, shown above the list: a row whose message says the same shows only its cell. */
  title?: string;
}

/** A rule's cells, one line each (cell, then what is wrong); a long list is virtualised. */
export function CellList({ findings, onSelect, current, basisEach, title }: CellListProps) {
  const s = useStyles();
  const box = useRef<HTMLUListElement>(null);
  const [top, setTop] = useState(0);
  const [narrow, setNarrow] = useState(false);
  const rowHeight = narrow ? ROW_NARROW : ROW_WIDE;
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const watch = new ResizeObserver(() => setNarrow(el.clientWidth < NARROW));
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  const height = Math.min(findings.length, VISIBLE_ROWS) * rowHeight;
  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.min(findings.length, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  const at = current ? findings.indexOf(current) : -1;

  // The finding gone to by 上一个/下一个 scrolls into view.
  useEffect(() => {
    const el = box.current;
    if (!el || at < 0) return;
    if (at * rowHeight < el.scrollTop || (at + 1) * rowHeight > el.scrollTop + height) el.scrollTop = Math.max(0, at * rowHeight - height / 2);
    // And the list into the pane's view: where there is no sheet to select (file mode) the row is all the clerk sees move.
    el.scrollIntoView?.({ block: 'nearest' });
  }, [at, height, rowHeight]);

  return (
    <ul ref={box} className={s.box} style={{ height }} onScroll={(e) => setTop(e.currentTarget.scrollTop)} data-testid="cell-list" data-count={findings.length}>
      <li aria-hidden style={{ height: findings.length * rowHeight, listStyleType: 'none' }} />
      {findings.slice(first, last).map((f, k) => {
        const i = first + k;
        const name = spokenName(f, basisEach);
        const body = (
          <>
            <span className={s.cell}>{f.cell ?? f.range ?? (f.row !== null ? `第${f.row}行` : '—')}</span>
            {f.message !== title && <span className={mergeClasses(s.message, narrow && s.twoLines)}>{f.message}</span>}
          </>
        );
        const style = { top: i * rowHeight };
        return (
          <li key={i} style={{ ...style, position: 'absolute', left: 0, right: 0 }} aria-setsize={findings.length} aria-posinset={i + 1}>
            {onSelect && f.sheet ? (
              <button type="button" className={mergeClasses(s.row, s.clickable, i === at && s.current)} style={{ top: 0, height: rowHeight }} aria-label={name} aria-current={i === at || undefined} title={`${f.message}（单击在工作表中选中）`} onClick={() => onSelect(f)}>
                {body}
              </button>
            ) : (
              <div className={mergeClasses(s.row, i === at && s.current)} style={{ top: 0, height: rowHeight }} aria-label={name} role="note" title={f.message} aria-current={i === at || undefined}>
                {body}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
