/// <reference types="office-js" />
import { PartCollector } from './save';

/**
 * The save dialog (save-dialog.html): receives a file from the task pane in
 * parts (see save.ts for the messages) and shows a link the clerk clicks to
 * save it — a click inside the dialog is what Excel for Mac lets through.
 */
export function startSaveDialog(office: typeof Office, doc: Document): void {
  const collector = new PartCollector();
  const status = doc.getElementById('status')!;
  const link = doc.getElementById('link') as HTMLAnchorElement;
  office.context.ui.addHandlerAsync(
    office.EventType.DialogParentMessageReceived,
    (arg) => {
      const file = collector.accept((arg as { message: string }).message);
      if (!file) return;
      link.href = file.href;
      link.download = file.name;
      link.textContent = `保存“${file.name}”`;
      link.hidden = false;
      status.textContent = '文件已准备好，请点击下面的链接保存。';
    },
    () => office.context.ui.messageParent('ready'),
  );
  link.addEventListener('click', () => {
    // Let the download start before the pane closes the dialog.
    setTimeout(() => office.context.ui.messageParent('saved'), 500);
  });
}

const g = globalThis as unknown as { Office?: typeof Office; document?: Document };
if (g.Office && g.document) {
  const office = g.Office;
  const doc = g.document;
  void office.onReady(() => startSaveDialog(office, doc));
}
