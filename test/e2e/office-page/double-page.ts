import { HOSTS, type ExcelDouble } from '../../excel-double';
import { doubleFromXlsx } from '../../excel-double/xlsx';

/**
 * The Office-mode test page's only script of its own (bundled by the test,
 * never shipped): it opens sample.xlsx in the Excel test double, installs the
 * double as window.Office and window.Excel where office.js would put them,
 * and then starts the real pane bundle from dist/addin.
 */
const me = document.currentScript as HTMLScriptElement;

async function start(): Promise<void> {
  const host = HOSTS[(me.dataset.host ?? 'm365') as keyof typeof HOSTS];
  const bytes = new Uint8Array(await (await fetch(me.dataset.file ?? 'sample.xlsx')).arrayBuffer());
  const double: ExcelDouble = await doubleFromXlsx(bytes, { host });
  // Office reports its theme as colours: a dark body background is Office's dark theme.
  if (me.dataset.theme === 'dark') Object.assign(double.Office.context, { officeTheme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#3A3A3A', controlForegroundColor: '#FFFFFF' } });
  Object.assign(window, { Office: double.Office, Excel: double.Excel, beianDouble: double });
  const pane = document.createElement('script');
  pane.src = me.dataset.pane!;
  document.head.append(pane);
}

void start();
