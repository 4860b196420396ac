// First: the jurisdictions' form schemas load with the profiles the pane lists, and zod probes eval when it builds one.
import './zod-jitless';
import { FluentProvider, MessageBar, MessageBarBody, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './detect';
import { createFileHost } from '../file/file-host';
import { loadOfficeHost, loadWpsHost } from './office-host';
import type { PaneHost } from '../host';
import { userMessage } from '../messages';
import { currentTheme } from './theme';

const root = createRoot(document.getElementById('root')!);

async function start(): Promise<void> {
  const kind = await detectHost();
  let host: PaneHost | undefined;
  let warning: string | null = null;
  if (kind !== 'none') {
    try {
      host = kind === 'wps' ? await loadWpsHost() : await loadOfficeHost();
    } catch (e) {
      warning = `无法连接当前工作簿，已切换为打开文件方式（${userMessage(e)}）`;
    }
  }
  const dark = currentTheme() === 'dark';
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  root.render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      {warning && (
        <MessageBar intent="warning">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      )}
      <App host={host ?? createFileHost()} />
    </FluentProvider>,
  );
}

void start();
