import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: '6px',
    padding: '16px 8px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: 'center',
    wordBreak: 'break-word',
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

export interface DropZoneProps {
  disabled: boolean;
  /** Called while the drop event runs: a DataTransfer is empty once it is over. */
  onDrop(data: DataTransfer): void;
  children: ReactNode;
}

/** File mode's way in: an area files (and folders) can be dropped on, around the buttons that open the file dialog. */
export function DropZone({ disabled, onDrop, children }: DropZoneProps) {
  const s = useStyles();
  const [over, setOver] = useState(false);
  return (
    <div
      className={mergeClasses(s.zone, over && s.over)}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) onDrop(e.dataTransfer);
      }}
    >
      {children}
    </div>
  );
}
