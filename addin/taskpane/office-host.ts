import type { OfficeHost } from '../host';
import { zodWithoutEval } from './zod-without-eval';

/** addin/office, loaded only inside Excel so that file mode never downloads the Office adapter. */
export async function loadOfficeHost(): Promise<OfficeHost> {
  await zodWithoutEval();
  const { createOfficeHost } = await import(/* webpackChunkName: "office" */ '../office/office-host');
  return createOfficeHost();
}

/** addin/wps, loaded only inside WPS 表格. */
export async function loadWpsHost(): Promise<OfficeHost> {
  await zodWithoutEval();
  const { createWpsHost } = await import(/* webpackChunkName: "wps" */ '../wps/wps-host');
  const { Application } = globalThis as unknown as { Application: Parameters<typeof createWpsHost>[0] };
  return createWpsHost(Application);
}
