/// <reference types="office-js" />
import type { OutputFile } from '../host';

/**
 * Getting a file out of the task pane. Blob-URL downloads fail in Office's
 * WebView2 and on Mac (office-js#3385, #3848), so the pane clicks an
 * <a download> holding a data: URI; where that does not work either (Excel
 * for Mac and iPad), a small dialog page on the add-in's own origin
 * (save-dialog.html) receives the file from the pane in pieces and offers
 * the same link there, for the clerk to click.
 *
 * The dialog's contract (save-dialog.ts implements the other side):
 *   dialog → pane  "ready"                         (its message handler is in place)
 *   pane → dialog  {"name","mime","part","parts","data"} × parts   (base64 slices, in order)
 *   dialog → pane  "saved"                          (the clerk clicked the link)
 */

export const DIALOG_PAGE = 'save-dialog.html';
/** Base64 characters per message to the dialog: far below what messageChild carries. */
export const PART_CHARS = 256 * 1024;

export interface FilePart {
  name: string;
  mime: string;
  part: number;
  parts: number;
  data: string;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function dataUri(file: OutputFile): string {
  return `data:${file.mime};base64,${toBase64(file.bytes)}`;
}

/** Clicks a download link for the file in `doc` (the pane's page, or the dialog's). */
export function clickDownload(doc: Document, name: string, href: string): void {
  const a = doc.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
}

export function fileParts(file: OutputFile): FilePart[] {
  const data = toBase64(file.bytes);
  const parts = Math.max(1, Math.ceil(data.length / PART_CHARS));
  return Array.from({ length: parts }, (_, part) => ({ name: file.name, mime: file.mime, part, parts, data: data.slice(part * PART_CHARS, (part + 1) * PART_CHARS) }));
}

/** Whether this Office is one where even data-URI downloads from the pane do nothing. */
export function needsDialog(office: typeof Office): boolean {
  const p = office.context.platform as unknown as string;
  return (p === 'Mac' || p === 'iOS') && office.context.requirements.isSetSupported('DialogApi', '1.2');
}

/** Opens the dialog page, hands it the file, and resolves when the clerk saved it or closed the dialog. */
export function saveViaDialog(office: typeof Office, file: OutputFile, pageUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(pageUrl, { height: 30, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== office.AsyncResultStatus.Succeeded) {
        reject(new Error(`无法打开保存窗口（${opened.error?.message ?? '未知原因'}），请允许 Excel 弹出窗口后重试`));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
        const message = (arg as { message?: string }).message;
        if (message === 'ready') for (const part of fileParts(file)) dialog.messageChild(JSON.stringify(part));
        else if (message === 'saved') {
          dialog.close();
          resolve();
        }
      });
      // The clerk closed the dialog (12006): nothing more to do.
      dialog.addEventHandler(office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** Reassembles the file parts the dialog receives; returns the file once the last part is in. */
export class PartCollector {
  private readonly parts: string[] = [];
  accept(message: string): { name: string; href: string } | null {
    const p = JSON.parse(message) as FilePart;
    this.parts[p.part] = p.data;
    if (this.parts.filter((x) => x !== undefined).length < p.parts) return null;
    return { name: p.name, href: `data:${p.mime};base64,${this.parts.join('')}` };
  }
}
