import { Link, makeStyles, mergeClasses, Spinner, Subtitle1, Tab, TabList, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Received } from '../batch/collect';
import type { PaneHost } from '../host';
import { FilePane } from './FilePane';
import { OfficePane } from './OfficePane';

/** The office's batch view, downloaded the first time an office switches to it. */
const BatchPane = lazy(() => import(/* webpackChunkName: "batch" */ './BatchPane'));

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
  modes: { marginLeft: '-10px' },
  column: { display: 'flex', flexDirection: 'column', gap: '10px', minWidth: '0' },
  hidden: { display: 'none' },
  title: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: '8px' },
});

/**
 * The pane's title and the way to its help page (help.html beside the pane,
 * no network). In desktop Excel the page opens in the default browser, as
 * Office asks of links in a task pane; elsewhere as a new tab.
 */
function Title({ openInBrowser }: { openInBrowser?: (url: string) => boolean }) {
  const s = useStyles();
  return (
    <header className={s.title}>
      <Subtitle1 as="h1">备案检查</Subtitle1>
      <Link
        href="help.html"
        target="_blank"
        rel="noopener noreferrer"
        onClick={(e) => {
          if (openInBrowser?.(e.currentTarget.href)) e.preventDefault();
        }}
      >
        使用说明
      </Link>
    </header>
  );
}

type FileMode = 'single' | 'batch';

export function App({ host }: { host: PaneHost }) {
  const s = useStyles();
  const [mode, setMode] = useState<FileMode>('single');
  const [batchOpened, setBatchOpened] = useState(false);
  // Files dropped on 单个工作簿 that are an office's batch: 批量汇总 takes them.
  const [handed, setHanded] = useState<Promise<Received[]> | null>(null);
  const choose = (m: FileMode) => {
    setMode(m);
    if (m === 'batch') setBatchOpened(true);
  };
  const toBatch = (files: Promise<Received[]>) => {
    setHanded(files);
    choose('batch');
  };
  if (host.mode === 'office') {
    return (
      <main className={s.pane} data-mode="office">
        <Title openInBrowser={host.openInBrowser && ((url) => host.openInBrowser!(url))} />
        <OfficePane host={host} />
      </main>
    );
  }
  return (
    <main className={s.pane} data-mode={mode === 'batch' ? 'batch' : 'file'}>
      <Title />
      <TabList className={s.modes} size="small" selectedValue={mode} onTabSelect={(_, d) => choose(d.value as FileMode)} aria-label="检查方式">
        <Tab value="single">单个工作簿</Tab>
        <Tab value="batch">批量汇总（主管部门）</Tab>
      </TabList>
      {/* Both stay mounted once shown: switching back and forth keeps each one's results. */}
      <div className={mergeClasses(s.column, mode !== 'single' && s.hidden)}>
        <FilePane host={host} onBatch={toBatch} />
      </div>
      {batchOpened && (
        <div className={mergeClasses(s.column, mode !== 'batch' && s.hidden)}>
          <Suspense fallback={<Spinner size="small" label="正在加载批量汇总…" />}>
            <BatchPane handed={handed} />
          </Suspense>
        </div>
      )}
    </main>
  );
}
