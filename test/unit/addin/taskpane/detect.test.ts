import { detectHost } from '../../../../addin/taskpane/detect';

/** Which mode taskpane.html starts in, from what office.js reports. */
describe('detectHost', () => {
  const g = globalThis as unknown as { Office?: unknown; Application?: unknown };
  afterEach(() => {
    delete g.Office;
    delete g.Application;
  });

  const office = (host: string | null, answer = true) => ({
    HostType: { Excel: 'Excel', Word: 'Word' },
    onReady: (cb: (info: { host: string | null }) => void) => answer && setTimeout(() => cb({ host }), 1),
  });

  it('is Excel when office.js reports the Excel host', async () => {
    g.Office = office('Excel');
    await expect(detectHost()).resolves.toBe('excel');
  });

  it('is file mode outside Office, in another Office host, or without office.js', async () => {
    g.Office = office(null);
    await expect(detectHost()).resolves.toBe('none');
    g.Office = office('Word');
    await expect(detectHost()).resolves.toBe('none');
    delete g.Office;
    await expect(detectHost()).resolves.toBe('none');
  });

  it('is WPS inside a WPS 加载项’s pane, with or without an open workbook, before asking office.js', async () => {
    g.Office = office(null);
    g.Application = { ActiveWorkbook: { Name: '备案.xlsx' } };
    await expect(detectHost()).resolves.toBe('wps');
    g.Application = { ActiveWorkbook: null };
    await expect(detectHost()).resolves.toBe('wps');
  });

  it('is not WPS for some other global Application, nor for one whose object model throws', async () => {
    g.Application = { name: 'something else' };
    await expect(detectHost()).resolves.toBe('none');
    g.Application = new Proxy({}, { get: () => { throw new Error('no'); } });
    await expect(detectHost()).resolves.toBe('none');
  });

  it('falls back to file mode when the host never answers', async () => {
    g.Office = office('Excel', false);
    await expect(detectHost(20)).resolves.toBe('none');
  });
});
