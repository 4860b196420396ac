import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sampleBuffer } from '../../../src/sample/sample-workbook';
import { beian } from '../../helpers/cli';
import { makeBook, xlsxBuffer } from '../../helpers/book';
import { HA_ORG, haSpec } from '../../unit/jurisdictions/ha/rules/fixture';
import { shSpec } from '../../unit/jurisdictions/sh/rules/fixture';
import { SUMMARY_FORMS } from '../../../src/forms/summaries';
import { compileBatch } from '../../../src/summarize/batch';
import { summaryFacts } from '../../../src/summarize/summary-facts';
import { AS_OF, evaluations, orgSpec, submission } from '../../helpers/batch';
import { validId } from '../../helpers/people';
import { checkBook } from '../../../src/check';
import { TEAM } from '../../../src/forms/team';
import { renderDocx } from '../../../src/render/render';
import { ORG_ITEMS, type FilingFacts, type SummaryFacts } from '../../../src/forms/summary-facts';
import { unfiledListDocx } from '../../../src/summarize/unfiled-list';
import type { UnfiledOrg } from '../../../src/summarize/unfiled';

const FONTS_CONF = path.join(__dirname, 'fonts.conf');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tools = ['soffice', 'pdftotext', 'pdfinfo', 'pdffonts'].filter((t) => !has(t));

if (tools.length) {
  const message = `渲染测试需要 ${tools.join('、')}（apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-uming fonts-dejavu-core）`;
  if (process.env.CI === 'true') {
    it('has the rendering tools', () => {
      throw new Error(message);
    });
  } else {
    console.warn(`\n!!! 跳过渲染测试：${message}\n`);
    it.skip('renders every form to PDF (tools missing)', () => undefined);
  }
} else {
  /** The preview fonts allowed in place of the offices' 仿宋_GB2312 / 小标宋 / 黑体 / 楷体 and the ☑/☐ symbol font. */
  const EXPECTED_FONTS = /UMing|NotoSerifCJK|NotoSansCJK|DejaVuSans/;

  describe('forms rendered by LibreOffice', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-render-'));
    let pdfs: string[] = [];

    beforeAll(async () => {
      mkdirSync(path.join(dir, 'big'));
      const src = path.join(dir, 'sample.xlsx');
      writeFileSync(src, await sampleBuffer());
      expect((await beian(['fill', src, '--all', '-o', dir])).code).toBe(0);
      // HA, SH and the offices' forms, from the packs' clean workbooks.
      const ha = path.join(dir, 'ha.xlsx');
      writeFileSync(ha, await xlsxBuffer(haSpec()));
      expect((await beian(['fill', ha, '--form', 'ha-apply,ha-plan,ha-rules', '-o', dir])).code).toBe(0);
      const renewal = path.join(dir, 'ha-renewal.xlsx');
      writeFileSync(renewal, await xlsxBuffer({ ...haSpec({ ...HA_ORG, 申请业务类型: '备案续期' }), 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次'], ['电工', 120, 100]] }));
      expect((await beian(['fill', renewal, '--form', 'ha-renew', '-o', dir])).code).toBe(0);
      const sh = path.join(dir, 'sh.xlsx');
      writeFileSync(sh, await xlsxBuffer(shSpec()));
      expect((await beian(['fill', sh, '--form', 'sh-recommend,sh-site-letter', '-o', dir])).code).toBe(0);
      const batch = compileBatch(
        [
          submission('续期.xlsx', orgSpec('甲机构', 1, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', 120, 100]) })),
          submission('终止.xlsx', orgSpec('乙机构', 2, { 申请业务类型: '终止备案', 终止备案原因: '机构业务调整，不再开展评价' }, { roster: 1 })),
          { file: '坏.xlsx', status: 'unreadable', reason: '文件为空（0 字节），不是 Excel 工作簿' },
        ],
        AS_OF,
      );
      for (const f of SUMMARY_FORMS) writeFileSync(path.join(dir, `${f.title}.docx`), renderDocx(readFileSync(path.join(__dirname, '../../../templates', `${f.id}.docx`)), f.build(summaryFacts(batch)) as object));
      const docs = readdirSync(dir).filter((f) => f.endsWith('.docx'));
      // One user profile per process: parallel test workers must not share LibreOffice's profile lock.
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docs.map((d) => path.join(dir, d))], {
        env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
        stdio: 'ignore',
        timeout: 240000,
      });
      pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    }, 300000);

    const pdfText = (f: string) => execFileSync('pdftotext', ['-layout', path.join(dir, f), '-']).toString().replace(/\s+/g, '');
    const pages = (f: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(dir, f)]).toString())![1]);

    it('converts every form', () => {
      expect(pdfs).toHaveLength(6 + 4 + 2 + SUMMARY_FORMS.length);
    });

    it.each([
      ['队伍建设情况.pdf', ['队伍建设情况', '工作人员情况', '考评人员队伍', '草稿（存在未通过的检查项）']],
      ['场地、设施设备清单.pdf', ['设施设备清单', '职业（工种）：人工智能训练师', '考场高清监控摄像机']],
      ['题库清单.pdf', ['题库清单', '人工智能训练师', '三级/高级工']],
      ['“X证书”评价数据汇总表.pdf', ['“X证书”评价数据汇总表', '合计', '89.7%']],
      ['申请材料清单.pdf', ['申请材料清单', '☐应急预案', '☑财务管理办法']],
      ['备案材料检查报告.pdf', ['备案材料检查报告', '未通过', '身份证件号', '逐项检查结果']],
      ['河南省职业技能等级评价机构备案申请表.pdf', ['河南省职业技能等级评价机构备案申请表', '☑企业', '申请职业（工种）', '电工']],
      ['职业技能等级认定工作实施方案.pdf', ['职业技能等级认定工作实施方案', '一、单位基本情况', '【请填写】', '工业机器人系统运维员']],
      ['评价管理制度清单.pdf', ['评价管理制度清单', '七、安全管理制度']],
      ['河南省职业技能等级评价机构备案续期申请表.pdf', ['备案续期申请表', '评价人次：120', '未开展评价职业', '工业机器人系统运维员']],
      ['社会化职业技能等级认定职业（工种）及评价机构推荐汇总表.pdf', ['推荐汇总表', '人工智能训练师', '推荐意见']],
      ['考核点推荐函-浦东职业技能考核点.pdf', ['关于推荐浦东职业技能考核点成为', '上海市职业技能鉴定中心']],
      ['河南省职业技能等级评价机构备案续期汇总表.pdf', ['备案续期汇总表', '新乡市']],
      ['河南省职业技能等级评价机构终止备案汇总表.pdf', ['终止备案汇总表', '入网的证书', '机构业务调整']],
      // The shared-examiner finding, by words that stay on one line of its table cell.
      ['备案工作汇总报告.pdf', ['备案工作汇总报告', '跨机构问题', '同时在', '无法检查的文件']],
    ])('%s shows its content', (file, expected) => {
      const t = pdfText(file);
      for (const e of expected) expect(t).toContain(e.replace(/\s+/g, ''));
      expect(pages(file)).toBeGreaterThanOrEqual(1);
    });

    it('fits the short forms on one page each', () => {
      expect(pages('“X证书”评价数据汇总表.pdf')).toBe(1);
    });

    it('a 1,000-row roster renders with its header repeated', () => {
      const book = makeBook({ 工作人员: [['序号', '姓名', '身份证件号', '主要职责'], ...Array.from({ length: 1000 }, (_, i) => [i + 1, `职工${i + 1}`, validId('19800101', i, '410105'), '考务'])] });
      const result = checkBook(book, { profile: 'ha-employer', today: new Date(Date.UTC(2026, 5, 1)) });
      const docx = renderDocx(readFileSync(path.join(__dirname, '../../../templates/team.docx')), TEAM.build({ file: 'x.xlsx', book, result, options: {} }));
      writeFileSync(path.join(dir, 'big', 'team-1000.docx'), docx);
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'big'), path.join(dir, 'big', 'team-1000.docx')], {
        env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
        stdio: 'ignore',
        timeout: 240000,
      });
      const pdf = path.join('big', 'team-1000.pdf');
      expect(pages(pdf)).toBeGreaterThan(20);
      const t = pdfText(pdf);
      expect(t).toContain('职工1000');
      expect((t.match(/身份证件号/g) ?? []).length).toBeGreaterThan(20);
    }, 240000);

    /** Converts documents in `sub` to PDF with the preview fonts; returns each PDF's path under `dir`. */
    const convert = (sub: string, docs: Record<string, Uint8Array>): string[] => {
      mkdirSync(path.join(dir, sub));
      const files = Object.entries(docs).map(([name, bytes]) => {
        writeFileSync(path.join(dir, sub, `${name}.docx`), bytes);
        return path.join(dir, sub, `${name}.docx`);
      });
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, sub), ...files], {
        env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
        stdio: 'ignore',
        timeout: 240000,
      });
      return Object.keys(docs).map((name) => path.join(sub, `${name}.pdf`));
    };

    it('prints 300 HA renewals (附件7) and 60 兵团 renewals with every row on one line: at least 20 rows to an A4 page', () => {
      const filing = (n: number, bt: boolean): FilingFacts => ({
        file: `${n}.xlsx`,
        source: bt ? 'BT' : 'HA',
        profile: bt ? '兵团·社会培训评价组织' : '河南·社会培训评价组织',
        business: '备案续期',
        errors: 0,
        warnings: 0,
        // Names as long as offices' usually are: 19 characters wide for 河南, 14 for the 兵团's narrower column.
        org: {
          ...Object.fromEntries(ORG_ITEMS.map((k) => [k, ''])),
          name: bt ? `石河子第${n}评价中心有限公司` : `驻马店市第${n}技能人才评价服务有限公司`,
          city: bt ? '第三师图木舒克市' : '驻马店市',
          orgType: '社会培训评价组织',
          filingNo: `S${String(n).padStart(6, '0')}411700`,
          validTo: '2026-12-31',
          applyDate: '2026-05-20',
        } as FilingFacts['org'],
        evaluations: { assessed: 1200 + n, certified: 1100 + n, lastEvaluation: '2026-03-15' },
        dropped: [],
        lapses: [],
      });
      const facts = (filings: FilingFacts[]): SummaryFacts => ({ asOf: '2026-06-01', filings, received: filings.length, unchecked: [], superseded: 0, cross: [], occupations: [], findingsByCheck: [], charts: [] });
      const render = (id: string, f: SummaryFacts) => {
        const form = SUMMARY_FORMS.find((x) => x.id === id)!;
        return renderDocx(readFileSync(path.join(__dirname, '../../../templates', `${id}.docx`)), form.build(f) as object);
      };
      const [ha, bt] = convert('rows', {
        ha: render('ha-renew-summary', facts(Array.from({ length: 300 }, (_, i) => filing(100 + i, false)))),
        bt: render('bt-renew-summary', facts(Array.from({ length: 60 }, (_, i) => filing(100 + i, true)))),
      });
      expect(pages(ha)).toBeLessThanOrEqual(15);
      expect(pages(bt)).toBeLessThanOrEqual(3);
      // A cell that wraps splits its text across two lines of the page.
      const haText = pdfText(ha);
      for (const n of [100, 250, 399]) for (const cell of [`驻马店市第${n}技能人才评价服务有限公司`, `S000${n}411700`]) expect(haText).toContain(cell);
      const btText = pdfText(bt);
      for (const cell of ['第三师图木舒克市', '社会培训评价组织', '石河子第159评价中心有限公司']) expect(btText).toContain(cell);
    }, 240000);

    it('prints the follow-up list and the 公示 list with each 师市, 备案号 and state on one line', () => {
      const unfiled = (row: number, city: string, filingNo: string, daysLeft: number): UnfiledOrg => ({
        row: { row, filingNo, name: `第${row}评价中心`, creditCode: '91659001MA0007794H', validTo: '2026-01-15', city, contact: '周过期', phone: '13700000003' },
        status: daysLeft < 0 ? 'lapsed' : 'due',
        daysLeft,
        source: 'BT',
        area: '兵团',
        window: 90,
        basis: '《兵团技能人才评价机构管理办法》第十九条（一）1',
        sent: [],
      });
      const [list] = convert('follow-up', {
        list: unfiledListDocx({ registered: 2, unfiled: [unfiled(2, '第三师图木舒克市', 'S000779659001', -137), unfiled(3, '第八师石河子市', 'S000780659001', 45)], unregistered: [], undated: [] }, '2026-06-01'),
      });
      const t = pdfText(list);
      for (const cell of ['第三师图木舒克市', 'S000779659001', '已到期137天', '剩45天到期']) expect(t).toContain(cell);
      // The 公示 list repeats the lapsed organisation's row, without contacts.
      expect(t.split('第三师图木舒克市')).toHaveLength(3);
    }, 240000);

    it('uses the mapped fonts, with no silent fallback to another face', () => {
      for (const f of pdfs) {
        const names = execFileSync('pdffonts', [path.join(dir, f)]).toString().split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0]);
        expect([f, names.filter((n) => !EXPECTED_FONTS.test(n))]).toEqual([f, []]);
      }
    });
  });
}
