import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import type { PaneHost } from '../host';
import { FilePane } from './FilePane';
import { OfficePane } from './OfficePane';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    padding: '12px',
    boxSizing: 'border-box',
    minWidth: '0',
    maxWidth: '100%',
    color: tokens.colorNeutralForeground1,
  },
});

export function App({ host }: { host: PaneHost }) {
  const s = useStyles();
  return (
    <main className={s.pane} data-mode={host.mode}>
      <Subtitle1 as="h1">备案检查</Subtitle1>
      {host.mode === 'office' ? <OfficePane host={host} /> : <FilePane host={host} />}
    </main>
  );
}
