import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Severity } from '../../../src/model/severity';
import { SEVERITY_EDGE } from '../labels';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'left',
    padding: '6px 8px',
    borderTopWidth: '0',
    borderRightWidth: '0',
    borderBottomWidth: '0',
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    wordBreak: 'break-word',
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: tokens.colorStrokeFocus2 },
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  error: { borderLeftColor: SEVERITY_EDGE.error },
  warning: { borderLeftColor: SEVERITY_EDGE.warning },
  info: { borderLeftColor: SEVERITY_EDGE.info },
  none: { borderLeftColor: tokens.colorNeutralStroke1 },
  pass: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
});

export interface FindingCardProps {
  /** The left border's colour: a severity, 'pass' (green) or 'none' (grey). */
  tone: Severity | 'pass' | 'none';
  /** The bold first line (where, or what). */
  title: ReactNode;
  /** Grey lines under the text (basis, hint, files…). */
  details?: readonly ReactNode[];
  children?: ReactNode;
  /** Makes the card a button. */
  onClick?: () => void;
  tooltip?: string;
}

/** One finding (or one received file) as a card with a coloured edge: the findings list, the batch's lists. */
export function FindingCard({ tone, title, details = [], children, onClick, tooltip }: FindingCardProps) {
  const s = useStyles();
  const body = (
    <>
      <span className={s.title}>{title}</span>
      {children}
      {details.filter(Boolean).map((d, i) => (
        <span key={i} className={s.detail}>
          {d}
        </span>
      ))}
    </>
  );
  if (!onClick) return <div className={mergeClasses(s.item, s[tone])}>{body}</div>;
  return (
    <button type="button" className={mergeClasses(s.item, s[tone], s.clickable)} onClick={onClick} title={tooltip}>
      {body}
    </button>
  );
}
