import { detectHost } from '../../../../addin/taskpane/detect';

/** Which mode taskpane.html starts in, from what office.js reports. */
describe('detectHost', () => {
  const g = globalThis as unknown as { Office?: unknown };
  afterEach(() => delete g.Office);

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

  it('falls back to file mode when the host never answers', async () => {
    g.Office = office('Excel', false);
    await expect(detectHost(20)).resolves.toBe('none');
  });
});
