import type { OfficeHost } from '../host';
import { zodWithoutEval } from './zod-without-eval';

/** addin/office, loaded only inside Excel so that file mode never downloads the Office adapter. */
export async function loadOfficeHost(): Promise<OfficeHost> {
  await zodWithoutEval();
  const { createOfficeHost } = await import(/* webpackChunkName: "office" */ '../office/office-host');
  return createOfficeHost();
}
