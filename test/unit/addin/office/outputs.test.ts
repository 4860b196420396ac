import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { OfficeMockObject } from 'office-addin-mock';
import PizZip from 'pizzip';
import type { OutputFile } from '../../../../addin/host';
import { formsDownload, MIME } from '../../../../addin/outputs';
import { detectFeatures, noteKind } from '../../../../addin/office/env';
import { ExcelHost } from '../../../../addin/office/office-host';
import { PartCollector, PART_CHARS } from '../../../../addin/office/save';
import { startSaveDialog } from '../../../../addin/office/save-dialog';
import { formById } from '../../../../src/forms';
import { sampleBuffer } from '../../../../src/sample/sample-workbook';
import { formsNotice } from '../../../../addin/taskpane/labels';
import { HOSTS } from '../../../excel-double';
import { xlsxBuffer } from '../../../helpers/book';
import { shSpec, SITE_HEADER } from '../../jurisdictions/sh/rules/fixture';
import { open, session, TODAY } from './helpers';

const DOCX_MIME = MIME.docx;

/**
 * What leaves the pane: Word forms from the last check, and files saved as
 * a data-URI download (a dialog page on Mac). Plus the small Office.js
 * pieces, on office-addin-mock.
 */

const templates = (id: string) => fs.readFile(path.join(__dirname, '../../../../templates', `${id}.docx`)).then((b) => new Uint8Array(b));

/** Just enough of a page for a download link. */
function fakePage() {
  const clicked: { href: string; download: string }[] = [];
  const doc = {
    baseURI: 'https://intranet.example/beian/taskpane.html',
    body: { appendChild: () => undefined },
    createElement: () => {
      const a = { href: '', download: '', rel: '', style: {} as Record<string, string>, click: () => clicked.push({ href: a.href, download: a.download }), remove: () => undefined };
      return a;
    },
  };
  return { doc: doc as unknown as Document, clicked };
}

const docx = (text: string): OutputFile => ({ name: '检查报告.docx', mime: DOCX_MIME, bytes: new TextEncoder().encode(text) });

describe('Word forms and saving', () => {
  it('renders the chosen forms from the last check, IDs masked when asked', async () => {
    const d = await open(await sampleBuffer(), HOSTS.m365);
    const pane = session(d, { fetchFormTemplate: templates });
    await expect(pane.buildDocuments(['team'], { maskIds: true })).rejects.toThrow('请先检查工作簿');
    const view = await pane.checkAndMark({}, () => undefined);
    const { files, unwritten } = await pane.buildDocuments(['check-report', 'team'], { maskIds: true });
    expect(unwritten).toEqual([]);
    expect(files.map((f) => f.name)).toEqual([`${formById('check-report')!.title}.docx`, `${formById('team')!.title}.docx`]);
    for (const f of files) {
      expect(f.mime).toBe(DOCX_MIME);
      expect(new PizZip(f.bytes).file('word/document.xml')).toBeTruthy();
    }
    const team = new PizZip(files[1].bytes).file('word/document.xml')!.asText();
    expect(team).toMatch(/\d{6}\*{8}\d{3}[\dX]/);
    expect(view.findings.length).toBeGreaterThan(0);
    await expect(pane.buildDocuments(['no-such-form'], { maskIds: false })).rejects.toThrow('未知的表格');
  });

  it('names the forms’ .zip after the workbook Excel has open (Office.context.document.url)', async () => {
    const d = await open(await sampleBuffer(), HOSTS.m365);
    Object.assign(d.Office.context, { document: { url: 'C:\\备案\\郑州某培训学校备案.xlsx' } });
    const pane = session(d, { fetchFormTemplate: templates });
    await pane.checkAndMark({}, () => undefined);
    expect(formsDownload(await pane.buildDocuments(['check-report', 'team'], { maskIds: false }))?.name).toBe('备案表格-郑州某培训学校备案.zip');
  });

  it('names a chosen form that gives no file, and why: a 考核点推荐函 for a workbook listing no 考核点', async () => {
    const d = await open(await xlsxBuffer({ ...shSpec(), 考核点: [SITE_HEADER] }), HOSTS.m365);
    const pane = session(d, { fetchFormTemplate: templates });
    await pane.checkAndMark({}, () => undefined);
    const { files, unwritten } = await pane.buildDocuments(['sh-recommend', 'sh-site-letter'], { maskIds: false });
    expect(files.map((f) => f.name)).toEqual([`${formById('sh-recommend')!.title}.docx`]);
    expect(unwritten).toEqual([{ id: 'sh-site-letter', title: '考核点推荐函', reason: '工作簿的“考核点”表没有填写考核点，推荐函按考核点逐份生成' }]);
    expect(formsNotice(`已生成：${files[0].name}`, unwritten)).toEqual({
      intent: 'warning',
      text: `已生成：${files[0].name}。未生成 1 种表格：考核点推荐函（工作簿的“考核点”表没有填写考核点，推荐函按考核点逐份生成）。`,
    });
  });

  it('saves with a data-URI link on Windows and the web', async () => {
    const d = await open(await sampleBuffer(), HOSTS.m365);
    const page = fakePage();
    await session(d, { document: page.doc }).save(docx('你好'));
    expect(page.clicked).toEqual([{ download: '检查报告.docx', href: `data:${DOCX_MIME};base64,${Buffer.from('你好').toString('base64')}` }]);
    expect(d.dialogs).toHaveLength(0);
  });

  it('on Mac hands the file to the save dialog in parts and waits for the clerk', async () => {
    const d = await open(await sampleBuffer(), HOSTS.mac);
    const page = fakePage();
    const big = docx('x'.repeat(PART_CHARS));
    const saving = session(d, { document: page.doc }).save(big);
    await new Promise((r) => setTimeout(r, 10));
    const dialog = d.dialogs[0];
    expect(dialog.url).toBe('https://intranet.example/beian/save-dialog.html');
    dialog.fromChild('ready');
    expect(dialog.toChild.length).toBe(2);
    const collector = new PartCollector();
    const got = dialog.toChild.map((m) => collector.accept(m)).pop()!;
    expect(got).toEqual({ name: '检查报告.docx', href: `data:${DOCX_MIME};base64,${Buffer.from(big.bytes).toString('base64')}` });
    dialog.fromChild('saved');
    await saving;
    expect(dialog.closed).toBe(true);
    expect(page.clicked).toHaveLength(0);
  });

  it('the dialog page shows the link once every part has arrived', () => {
    let onMessage: (arg: { message: string }) => void = () => undefined;
    const sent: string[] = [];
    const office = new OfficeMockObject({
      EventType: { DialogParentMessageReceived: 'dialogParentMessageReceived' },
      context: {
        ui: {
          addHandlerAsync: (_type: string, handler: (arg: { message: string }) => void, done: () => void) => {
            onMessage = handler;
            done();
          },
          messageParent: (m: string) => sent.push(m),
        },
      },
    });
    const el: Record<string, { textContent: string; href?: string; download?: string; hidden?: boolean; addEventListener?: () => void }> = {
      status: { textContent: '' },
      link: { textContent: '', hidden: true, addEventListener: () => undefined },
    };
    const doc = { getElementById: (id: string) => el[id] } as unknown as Document;
    startSaveDialog(office as unknown as typeof Office, doc);
    expect(sent).toEqual(['ready']);
    onMessage({ message: JSON.stringify({ name: 'a.docx', mime: 'x/y', part: 1, parts: 2, data: 'CD' }) });
    expect(el.link.hidden).toBe(true);
    onMessage({ message: JSON.stringify({ name: 'a.docx', mime: 'x/y', part: 0, parts: 2, data: 'AB' }) });
    expect(el.link).toMatchObject({ href: 'data:x/y;base64,ABCD', download: 'a.docx', hidden: false });
  });
});

describe('feature detection (office-addin-mock)', () => {
  const office = (excel: string, dialog = '1.1') =>
    new OfficeMockObject({
      context: {
        requirements: { isSetSupported: (name: string, v: string) => (name === 'ExcelApi' ? Number(v.split('.')[1]) <= Number(excel.split('.')[1]) : Number(v.split('.')[1]) <= Number(dialog.split('.')[1])) },
      },
    }) as unknown as typeof Office;

  it.each([
    ['1.8', { dataValidation: true, rangeAreas: false, comments: false, notes: false }, 'none'],
    ['1.14', { rangeAreas: true, comments: true, insertSheets: true, triggerSource: true, notes: false }, 'comment'],
    ['1.18', { comments: true, notes: true }, 'note'],
  ])('ExcelApi %s', (version, expected, kind) => {
    const f = detectFeatures(office(version as string));
    expect(f).toMatchObject(expected as object);
    expect(noteKind(f)).toBe(kind);
  });

  it('select: activates the sheet and selects the cell (office-addin-mock)', async () => {
    const calls: string[] = [];
    const sheet = {
      visibility: 'Visible',
      activate: () => calls.push('activate'),
      getRange: (a: string) => ({ select: () => calls.push(`select ${a}`) }),
    };
    const worksheet = new OfficeMockObject(sheet);
    const workbook = new OfficeMockObject({ worksheets: { getItem: (name: string) => (calls.push(`sheet ${name}`), worksheet) } });
    const ctx = { workbook, sync: () => worksheet.sync() };
    const env = {
      excel: { run: async (f: (c: unknown) => Promise<unknown>) => f(ctx) } as unknown as typeof Excel,
      office: new OfficeMockObject({ context: { requirements: { isSetSupported: () => false } } }) as unknown as typeof Office,
    };
    await new ExcelHost({ env, today: () => TODAY }).select('考评员名册', 'C5');
    expect(calls).toEqual(['sheet 考评员名册', 'activate', 'select C5']);
  });
});
