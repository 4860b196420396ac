import { fromDropped, receivedLabel, type DroppedEntry } from '../../../../addin/batch/collect';

/** A dropped file or folder as the File and Directory Entries API gives it; a folder hands out its entries two at a time. */
function file(fullPath: string): DroppedEntry {
  const name = fullPath.split('/').pop()!;
  return Object.assign({ isFile: true, isDirectory: false, name, fullPath }, { file: (ok: (f: File) => void) => ok(new File(['x'], name)) });
}
function folder(fullPath: string, children: DroppedEntry[]): DroppedEntry {
  const reader = () => {
    let at = 0;
    return { readEntries: (ok: (e: DroppedEntry[]) => void) => ok(children.slice(at, (at += 2))) };
  };
  return Object.assign({ isFile: false, isDirectory: true, name: fullPath.split('/').pop()!, fullPath }, { createReader: reader });
}

describe('files dropped on the batch page', () => {
  it('walks dropped folders to the last entry, each file with its path from the dropped folder on', async () => {
    const box = folder('/收件', [file('/收件/甲.xlsx'), folder('/收件/河南', [file('/收件/河南/乙.xlsx'), file('/收件/河南/丙.xls'), file('/收件/河南/丁.ods')]), file('/收件/报送.zip')]);
    const loose = new File(['x'], '单独.xlsx');
    const received = await fromDropped([box, loose]);
    expect(received.map((r) => r.path)).toEqual(['收件/甲.xlsx', '收件/河南/乙.xlsx', '收件/河南/丙.xls', '收件/河南/丁.ods', '收件/报送.zip', '单独.xlsx']);
    expect(received[5].file).toBe(loose);
    expect(receivedLabel(received)).toBe('6 个文件');
    expect(receivedLabel(received.slice(0, 5))).toBe('文件夹“收件”（5 个文件）');
  });
});
