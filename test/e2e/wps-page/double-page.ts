import { WpsDouble } from '../../wps-double';
import { docFromXlsx } from '../../excel-double/xlsx';

/**
 * The WPS-mode test page's only script of its own (bundled by the test,
 * never shipped): it opens sample.xlsx in the WPS test double, installs the
 * double's Application as window.Application where WPS puts its object
 * model in an add-in's pane, and then starts the real pane bundle from
 * dist/wps. data-events="off" plays a WPS build without add-in events.
 */
const me = document.currentScript as HTMLScriptElement;

async function start(): Promise<void> {
  const bytes = new Uint8Array(await (await fetch('sample.xlsx')).arrayBuffer());
  const double = new WpsDouble(await docFromXlsx(bytes), { name: '示例-新疆X证书机构.xlsx', events: me.dataset.events !== 'off' });
  Object.assign(window, { Application: double.Application, beianDouble: double });
  const pane = document.createElement('script');
  pane.src = me.dataset.pane!;
  document.head.append(pane);
}

void start();
