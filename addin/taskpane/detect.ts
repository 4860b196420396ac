/**
 * Where the page runs: inside Excel (office.js reports the Excel host) or
 * anywhere else (a browser, WPS, another Office host, office.js missing),
 * which is file mode.
 */
export type HostKind = 'excel' | 'none';

interface OfficeGlobal {
  onReady(cb: (info: { host: string | null }) => void): unknown;
  HostType: { Excel: string };
}

export function detectHost(timeoutMs = 5000): Promise<HostKind> {
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
