import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { checkTitle } from '../../src/rules/catalogue';
import { xlsxBuffer } from '../helpers/book';
import { beian, tempDir } from '../helpers/cli';
import { saveAs, withLibreOffice } from '../helpers/libreoffice';
import { evaluations, orgSpec } from '../helpers/batch';
import { validId } from '../helpers/people';
import { gbk, zipBytes } from '../helpers/zip';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Rows of the Word file's tables, cell texts joined. */
function wordRows(file: string): string[][] {
  const xml = new PizZip(readFileSync(file)).file('word/document.xml')!.asText();
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('')));
}

async function sheets(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

const rowsOf = (ws: ExcelJS.Worksheet) => ws.getSheetValues().slice(1) as ExcelJS.CellValue[][];

/** The ID everyone shares in 甲 and 乙's examiner rosters (orgSpec's roster 1). */
const SHARED_ID = validId('19800101', 511, '410702');
/** 甲's 法定代表人, on its 机构信息 sheet. */
const LEGAL_REP_ID = validId('19700101', 901, '410702');

/**
 * An office's inbox with what offices really receive: workbooks in nested
 * folders, an .xls and an .ods, a .zip (with a GBK name and Mac clutter), a
 * resubmission, a broken file, somebody's own spreadsheet, a lock file and
 * a PDF; and the problems that only show across organisations: 甲 and 乙
 * share examiners, four social organisations apply for the same occupations
 * in 新乡市, 戊 (兵团) has not evaluated for over a year, 己's filing has
 * expired, and 甲 sent its workbook twice.
 */
async function inbox(root: string): Promise<string> {
  const box = path.join(root, '收件');
  const stage = path.join(root, 'stage');
  mkdirSync(path.join(box, '河南', '新乡'), { recursive: true });
  mkdirSync(stage);
  const put = async (file: string, spec: Parameters<typeof xlsxBuffer>[0]) => writeFileSync(path.join(box, file), await xlsxBuffer(spec));
  await put(
    '河南/甲.xlsx',
    orgSpec('甲机构', 1, { 申请业务类型: '备案续期', 申请日期: day(2026, 5, 20), 备案有效期止: day(2026, 12, 31), 法定代表人身份证号: LEGAL_REP_ID }, { extra: evaluations(['电工', 120, 100, day(2026, 4, 1)], ['工业机器人系统运维员', 0, 0]) }),
  );
  await put('河南/乙.xlsx', orgSpec('乙机构', 2, {}, { roster: 1 }));
  await put('甲-早先.xlsx', orgSpec('甲机构', 1, { 申请业务类型: '备案续期', 申请日期: day(2026, 4, 1) }, { extra: evaluations(['电工', 120, 100]) }));
  writeFileSync(path.join(box, '坏.xlsx'), '这不是工作簿');
  await put('名单.xlsx', { Sheet1: [['姓名', '电话'], ['张三', '13800000000']] });
  writeFileSync(path.join(box, '~$甲.xlsx'), 'lock');
  writeFileSync(path.join(box, '说明.pdf'), '%PDF-1.4');
  // 丙 arrives as Excel 97-2003, 丁 as OpenDocument.
  writeFileSync(path.join(stage, '丙.xlsx'), await xlsxBuffer(orgSpec('丙机构', 3)));
  writeFileSync(path.join(stage, '丁.xlsx'), await xlsxBuffer(orgSpec('丁机构', 4)));
  copyFileSync(saveAs([path.join(stage, '丙.xlsx')], 'xls')[0], path.join(box, '河南', '新乡', '丙.xls'));
  copyFileSync(saveAs([path.join(stage, '丁.xlsx')], 'ods')[0], path.join(box, '丁.ods'));
  const bt = { 适用规则: 'bt-social', 申请业务类型: '备案续期', 备案有效期起: day(2024, 1, 1), 办公地址: '新疆石河子市北四路 8 号' };
  writeFileSync(
    path.join(box, '报送.zip'),
    zipBytes([
      { name: '报送/戊.xlsx', data: await xlsxBuffer(orgSpec('戊机构', 5, bt, { extra: evaluations(['电工', 30, 28, day(2025, 1, 10)]) })), deflate: true },
      { name: gbk('报送/子目录/己.xlsx'), data: await xlsxBuffer(orgSpec('己机构', 6, { 申请业务类型: '增量备案', 备案有效期止: day(2026, 5, 1) })), deflate: true },
      { name: '__MACOSX/报送/._戊.xlsx', data: 'mac' },
    ]),
  );
  return box;
}

withLibreOffice('beian summarize over an office inbox', () => {
  const dir = tempDir();
  let box: string;
  const out = (name: string) => path.join(dir, name);
  let json: {
    asOf: string;
    workbooks: Record<string, unknown>[];
    findings: Record<string, unknown>[];
    cross: { rule: string; severity: string; message: string; files: string[]; orgs: string[]; person?: { id: string } }[];
    skipped: { file: string; reason: string }[];
  };
  let one: Awaited<ReturnType<typeof beian>>;

  beforeAll(async () => {
    box = await inbox(dir);
    one = await beian(['summarize', box, '--kind', 'renewal', '-o', out('续期1.docx'), '--xlsx', out('结果1.xlsx'), '--json', '--jobs', '1', '--as-of', '2026-06-01']);
    json = JSON.parse(one.out);
  }, 240000);

  it('checks every file in order, says why one could not be checked, and exits 1 for the errors found', () => {
    expect(one.code).toBe(1);
    expect(json.asOf).toBe('2026-06-01');
    expect(json.workbooks.map((w) => [w.file, w.status])).toEqual([
      ['收件/丁.ods', 'ok'],
      ['收件/名单.xlsx', 'foreign'],
      ['收件/坏.xlsx', 'unreadable'],
      ['收件/报送.zip/报送/子目录/己.xlsx', 'ok'],
      ['收件/报送.zip/报送/戊.xlsx', 'ok'],
      ['收件/河南/乙.xlsx', 'ok'],
      ['收件/河南/新乡/丙.xls', 'ok'],
      ['收件/河南/甲.xlsx', 'ok'],
      ['收件/甲-早先.xlsx', 'ok'],
    ]);
    expect(json.workbooks[2]).toEqual({ file: '收件/坏.xlsx', status: 'unreadable', reason: expect.stringContaining('不是 Excel 工作簿'), errors: 0, warnings: 0, infos: 0 });
    expect(json.workbooks[1].reason).toContain('没有可识别的备案工作表');
    expect(json.workbooks[7]).toMatchObject({ org: '甲机构', profile: 'ha-social', business: '备案续期', city: '新乡市', validTo: '2026-12-31', daysLeft: 213, assessed: 120, certified: 100, dropped: ['工业机器人系统运维员'] });
    expect(json.workbooks[8]).toMatchObject({ org: '甲机构', supersededBy: '收件/河南/甲.xlsx' });
    expect(json.findings.length).toBeGreaterThan(0);
    expect(json.findings.every((f) => json.workbooks.some((w) => w.file === f.file))).toBe(true);
    expect(json.skipped).toEqual(
      expect.arrayContaining([
        { file: '收件/~$甲.xlsx', reason: expect.stringContaining('锁定文件') },
        { file: '收件/说明.pdf', reason: '不是工作簿文件（.pdf）' },
        { file: '收件/报送.zip/__MACOSX/报送/._戊.xlsx', reason: '位于隐藏目录中' },
      ]),
    );
  });

  it('finds what only shows across organisations, naming every file and organisation', () => {
    const by = (rule: string) => json.cross.filter((f) => f.rule === rule);
    expect(by('office.duplicate-submission')).toEqual([expect.objectContaining({ files: ['收件/河南/甲.xlsx', '收件/甲-早先.xlsx'], orgs: ['甲机构'] })]);
    expect(by('office.duplicate-submission')[0].message).toContain('汇总采用申请日期较晚的 收件/河南/甲.xlsx');
    const shared = by('office.shared-person');
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((f) => f.orgs.join() === '乙机构,甲机构')).toBe(true);
    expect(shared.map((f) => f.person?.id)).toContain(SHARED_ID);
    const cap = by('office.ha-social-cap');
    // 己 (in the zip) is a fifth social organisation in 新乡市 with the same two occupations.
    expect(cap.map((f) => f.orgs)).toEqual([
      ['丁机构', '己机构', '乙机构', '丙机构', '甲机构'],
      ['丁机构', '己机构', '乙机构', '丙机构', '甲机构'],
    ]);
    expect(by('office.inactive')).toEqual([expect.objectContaining({ severity: 'warning', files: ['收件/报送.zip/报送/戊.xlsx'] })]);
    expect(by('office.renewal-due')).toEqual([expect.objectContaining({ severity: 'error', orgs: ['己机构'] })]);
  });

  it('gives the same output, in the same order, on two workers as on one', async () => {
    const two = await beian(['summarize', box, '--kind', 'renewal', '-o', out('续期2.docx'), '--xlsx', out('结果2.xlsx'), '--json', '--jobs', '2', '--as-of', '2026-06-01']);
    expect(two.code).toBe(one.code);
    expect(two.out).toBe(one.out);
    expect(readFileSync(out('续期2.docx')).equals(readFileSync(out('续期1.docx')))).toBe(true);
    const [a, b] = [await sheets(out('结果1.xlsx')), await sheets(out('结果2.xlsx'))];
    expect(b.worksheets.map(rowsOf)).toEqual(a.worksheets.map(rowsOf));
  });

  it('writes the results workbook: four tables with frozen headers, filters, text IDs and links to the files, then the charts', async () => {
    const wb = await sheets(out('结果1.xlsx'));
    // 甲 sent its renewal twice: what changed from the earlier workbook is listed too.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['机构一览', '问题清单', '跨机构问题', '职业汇总', '备案变化', '图表']);
    expect(rowsOf(wb.getWorksheet('备案变化')!).slice(1).map((r) => [r[1], r[4]])).toContainEqual(['收件/河南/甲.xlsx', '收件/甲-早先.xlsx（备案续期）']);
    const tables = wb.worksheets.filter((w) => w.name !== '图表');
    for (const ws of tables) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
    const overview = wb.getWorksheet('机构一览')!;
    expect(rowsOf(overview)[0].slice(1)).toEqual([
      '序号', '文件', '机构名称', '统一社会信用代码', '备案号', '地市', '联系人', '联系电话', '适用规则', '申请业务类型', '申请日期', '检查结果',
      '错误', '警告', '提示', '备案有效期起', '备案有效期止', '剩余天数', '评价人次', '取证人次', '退出评价范围的职业（工种）', '说明',
    ]);
    const jia = overview.getRow(9);
    expect(jia.getCell(2).value).toEqual({ text: '收件/河南/甲.xlsx', hyperlink: '收件/河南/甲.xlsx' });
    expect(jia.getCell(3).value).toBe('甲机构');
    expect(jia.getCell(4).numFmt).toBe('@');
    expect(jia.getCell(7).value).toBe('李娜');
    expect(jia.getCell(8).value).toBe('13837312345');
    expect(jia.getCell(11).value).toEqual(day(2026, 5, 20));
    expect(jia.getCell(21).value).toBe('工业机器人系统运维员');
    expect(overview.getRow(10).getCell(12).value).toBe('重复提交（未采用）');
    expect(overview.getRow(4).getCell(12).value).toBe('无法读取');
    for (const ws of tables) expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(overview.getRow(5).getCell(2).value).toEqual({ text: '收件/报送.zip/报送/子目录/己.xlsx', hyperlink: '收件/报送.zip' });
    // The link opens the archive; its tip names the entry inside it (exceljs does not read tips back).
    expect(new PizZip(readFileSync(out('结果1.xlsx'))).file('xl/worksheets/sheet1.xml')!.asText()).toContain('tooltip="压缩包 收件/报送.zip 中的 报送/子目录/己.xlsx"');
    // CJK characters count double: the longest file name is 33 columns wide.
    expect(overview.getColumn(2).width).toBe(35);
    const problems = rowsOf(wb.getWorksheet('问题清单')!);
    expect(problems.length - 1).toBe(json.findings.length);
    // A check is named by its title: no cell of either list shows a rule id.
    const ids = new Set<unknown>([...json.findings.map((f) => f.rule), ...json.cross.map((f) => f.rule)]);
    expect(problems[0][6]).toBe('检查项');
    for (const name of ['问题清单', '跨机构问题']) expect(rowsOf(wb.getWorksheet(name)!).flat().filter((v) => ids.has(v))).toEqual([]);
    const cross = wb.getWorksheet('跨机构问题')!;
    // One row per organisation involved, each linking its own file.
    const shared = rowsOf(cross).filter((r) => r[3] === checkTitle('office.shared-person') && r[7] === SHARED_ID);
    expect(shared.map((r) => [r[5], r[6]])).toEqual([
      ['乙机构', { text: '收件/河南/乙.xlsx', hyperlink: '收件/河南/乙.xlsx' }],
      ['甲机构', { text: '收件/河南/甲.xlsx', hyperlink: '收件/河南/甲.xlsx' }],
    ]);
    expect(new Set(shared.map((r) => r[1])).size).toBe(1);
    expect(cross.getColumn(7).numFmt).toBe('@');
    const occupations = rowsOf(wb.getWorksheet('职业汇总')!);
    const electrician = occupations.find((r) => r[1] === '电工')!;
    expect(electrician.slice(1, 5)).toEqual(['电工', 6, 150, 128]);
    // 取证率 is a number that sorts as one, shown as a percentage.
    expect(electrician[5]).toBeCloseTo(128 / 150);
    expect(wb.getWorksheet('职业汇总')!.getColumn(5).numFmt).toBe('0.0%');
  });

  it('fills 附件7 from the organisations used: dropped occupations in 备注', () => {
    const rows = wordRows(out('续期1.docx'));
    const jia = rows.find((r) => r[3] === '甲机构')!;
    expect(jia.slice(5, 8)).toEqual(['2026-12-31', '120', '100']);
    expect(jia[10]).toContain('退出评价范围：工业机器人系统运维员');
    expect(rows.filter((r) => r[3] === '甲机构')).toHaveLength(1);
  });

  it('--mask-ids: no full ID number in the JSON, the results workbook or the Word report', async () => {
    const r = await beian(['summarize', box, '--kind', 'report', '-o', out('报告.docx'), '--xlsx', out('结果-脱敏.xlsx'), '--json', '--mask-ids', '--as-of', '2026-06-01']);
    expect(r.code).toBe(1);
    const masked = `${SHARED_ID.slice(0, 6)}********${SHARED_ID.slice(-4)}`;
    expect(r.out).toContain(masked);
    const fullId = /(?<![\dA-Z])\d{6}(19|20)\d{9}[\dX](?![\dA-Z])/;
    expect(r.out).not.toMatch(fullId);
    expect(r.out).toContain(`${LEGAL_REP_ID.slice(0, 6)}********${LEGAL_REP_ID.slice(-4)}`);
    const wb = await sheets(out('结果-脱敏.xlsx'));
    const texts = wb.worksheets.flatMap((ws) => rowsOf(ws).flat()).map((v) => (typeof v === 'string' ? v : ''));
    expect(texts).toContain(masked);
    expect(texts.filter((t) => fullId.test(t))).toEqual([]);
    const report = wordRows(out('报告.docx'));
    expect(report.flat().join('')).toContain(masked);
    expect(report.flat().join('')).not.toMatch(fullId);
    // 六、无法检查的文件, the report's last table before the annex on 甲's two workbooks.
    const annex = report.findIndex((r) => r[0] === '机构名称' && r[1] === '本次文件');
    expect(report[annex + 1].slice(0, 3)).toEqual(['甲机构', '收件/河南/甲.xlsx（备案续期）', '收件/甲-早先.xlsx（备案续期）']);
    expect(report.slice(annex - 2, annex)).toEqual([
      ['1', '收件/名单.xlsx', '非备案工作簿', expect.stringContaining('没有可识别的备案工作表')],
      ['2', '收件/坏.xlsx', '无法读取', expect.stringContaining('不是 Excel 工作簿')],
    ]);
  });

  it('beian check and fill take the .xls and .ods too; an annotated copy needs an .xlsx', async () => {
    const xls = path.join(box, '河南', '新乡', '丙.xls');
    const r = await beian(['check', xls, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ file: '丙.xls', profile: 'ha-social' });
    const forms = path.join(dir, '丁的表格');
    const f = await beian(['fill', path.join(box, '丁.ods'), '--form', 'ha-apply', '-o', forms]);
    expect(f.code).toBe(0);
    expect(wordRows(path.join(forms, readdirSync(forms)[0])).flat().join('')).toContain('丁机构');
    const a = await beian(['check', path.join(box, '丁.ods'), '--annotate', out('标注.xlsx')]);
    expect(a.code).toBe(2);
    expect(a.err).toContain('只能由 .xlsx 工作簿生成');
    expect(existsSync(out('标注.xlsx'))).toBe(false);
  });
});

describe('beian summarize: what it refuses', () => {
  it('exits 2 without writing anything when no file could be checked', async () => {
    const box = tempDir();
    writeFileSync(path.join(box, '坏.xlsx'), 'not a workbook');
    const o = path.join(tempDir(), '汇总.docx');
    const r = await beian(['summarize', box, '--kind', 'report', '-o', o, '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('无法读取　');
    expect(r.err).toContain('没有一份工作簿能够检查');
    expect(existsSync(o)).toBe(false);
  });

  it('never opens a pipe or follows a link loop: each is one entry, and the batch goes on', async () => {
    const box = tempDir();
    writeFileSync(path.join(box, '甲.xlsx'), await xlsxBuffer(orgSpec('甲机构', 1)));
    execFileSync('mkfifo', [path.join(box, '管道.xlsx')]);
    symlinkSync('环.xlsx', path.join(box, '环.xlsx'));
    const r = await beian(['summarize', box, '--kind', 'report', '-o', path.join(tempDir(), 'r.docx'), '--json', '--jobs', '1']);
    // A file that could not be read needs the office's attention.
    expect(r.code).toBe(1);
    const w = JSON.parse(r.out).workbooks;
    expect(w.map((x: { file: string; status: string }) => [path.basename(x.file), x.status])).toEqual([
      ['环.xlsx', 'unreadable'],
      ['甲.xlsx', 'ok'],
      ['管道.xlsx', 'unreadable'],
    ]);
    expect(w[2].reason).toContain('命名管道');
  });

  it('usage errors: unknown kind, bad --as-of or --jobs, a path that does not exist', async () => {
    const o = path.join(tempDir(), 'a.docx');
    for (const args of [
      ['--kind', 'x'],
      ['--kind', 'report', '--as-of', '2026-02-30'],
      ['--kind', 'report', '--jobs', '0'],
    ]) {
      const r = await beian(['summarize', tempDir(), ...args, '-o', o]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/renewal|--as-of|--jobs/);
    }
    expect((await beian(['summarize', path.join(tempDir(), '无此目录'), '--kind', 'report', '-o', o])).err).toContain('找不到文件或目录');
  });
});
