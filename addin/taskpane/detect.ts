/**
 * Where the page runs: inside Excel (office.js reports the Excel host),
 * inside WPS 表格 (a WPS 加载项's pane, where WPS puts its ET object model at
 * window.Application), or anywhere else (a browser, another Office host,
 * office.js missing), which is file mode.
 */
export type HostKind = 'excel' | 'wps' | 'none';

interface OfficeGlobal {
  onReady(cb: (info: { host: string | null }) => void): unknown;
  HostType: { Excel: string };
}

/** WPS 表格: window.Application answers ActiveWorkbook (null with no workbook open, an object otherwise). */
export function isWps(): boolean {
  const app = (globalThis as unknown as { Application?: { ActiveWorkbook?: unknown } }).Application;
  if (!app || typeof app !== 'object') return false;
  try {
    return app.ActiveWorkbook !== undefined;
  } catch {
    return false;
  }
}

export function detectHost(timeoutMs = 5000): Promise<HostKind> {
  if (isWps()) return Promise.resolve('wps');
  const office = (globalThis as unknown as { Office?: OfficeGlobal }).Office;
  if (!office || typeof office.onReady !== 'function') return Promise.resolve('none');
  return new Promise((resolve) => {
    // office.js answers at once outside Office; the timeout only guards against a host that never answers.
    const timer = setTimeout(() => resolve('none'), timeoutMs);
    office.onReady((info) => {
      clearTimeout(timer);
      resolve(info.host && info.host === office.HostType.Excel ? 'excel' : 'none');
    });
  });
}
