import type { OfficeHost } from '../host';
import { zodWithoutEval } from './zod-without-eval';

/** What addin/office exports for the pane. */
interface OfficeModule {
  createOfficeHost?: () => OfficeHost | Promise<OfficeHost>;
}

/**
 * addin/office, loaded only inside Excel so that file mode never downloads
 * the Office adapter. The specifier is not checked by TypeScript and
 * webpack's resolve.fallback maps it to an empty module, so the pane still
 * builds (file mode only) where addin/office is absent.
 */
export async function loadOfficeHost(): Promise<OfficeHost> {
  await zodWithoutEval();
  const mod = (await import(/* webpackChunkName: "office" */ '../office/office-host' as string)) as OfficeModule;
  if (typeof mod.createOfficeHost !== 'function') throw new Error('此版本未包含 Excel 适配模块');
  return mod.createOfficeHost();
}
