import type { EtApplication } from './et';

/**
 * Requests from the ribbon (addin/wps/entry/ribbon.js): its 检查 button
 * writes "check@<time>" to the add-in's PluginStorage, which the entry page
 * and the pane share. The pane looks every moment for a request newer than
 * the last it took; one older than a few seconds (a button pressed before
 * this pane existed, then closed) is not acted on.
 */
export const REQUEST_KEY = 'beian_request';
const POLL_MS = 400;
const FRESH_MS = 10_000;

export function watchRequests(app: EtApplication, onCheck: () => void, now: () => number = Date.now): () => void {
  const storage = app.PluginStorage;
  if (!storage) return () => undefined;
  let seen = '';
  const timer = setInterval(() => {
    const raw = storage.getItem(REQUEST_KEY);
    if (typeof raw !== 'string' || raw === seen) return;
    seen = raw;
    const at = Number(raw.split('@')[1]);
    if (raw.startsWith('check@') && now() - at < FRESH_MS) onCheck();
  }, POLL_MS);
  return () => clearInterval(timer);
}
