import type { OutputFile } from '../host';

/**
 * Saves a file from a plain browser page: an object URL on an <a download>.
 * (Inside Excel's WebView2 and on Mac this does not work; the Office host
 * saves differently, see addin/README.md.)
 */
export function downloadFile(file: OutputFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by the time the next task runs; keep it a while for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
