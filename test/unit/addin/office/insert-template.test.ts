import { detectFeatures } from '../../../../addin/office/env';
import { readOpenWorkbook } from '../../../../addin/office/read';
import { checkBook } from '../../../../src/check';
import { recognise } from '../../../../src/recognise/recognise';
import { profileById } from '../../../../src/profiles/profiles';
import { templateSheets, TEMPLATE_ROWS } from '../../../../src/template';
import { HOSTS, key, type ExcelDouble, type HostProfile } from '../../../excel-double';
import { orgRows, xlsxBuffer } from '../../../helpers/book';
import { validId } from '../../../helpers/people';
import { envOf, open, session, snapshot } from './helpers';

/**
 * 插入模板工作表 adds the profile's missing sheets and the missing template
 * columns of recognised tables, with headers, drop-downs, text formats and
 * frozen headers; every cell that held something is left exactly as it was.
 */

/** A workbook with 机构信息 and a short examiner roster (a title row, four columns and a note to its right). */
async function partial(host: HostProfile): Promise<ExcelDouble> {
  const bytes = await xlsxBuffer({
    机构信息: orgRows({ 单位名称: '某某公司', 适用规则: 'ha-social', 申请业务类型: '首次备案' }),
    考评人员: [['考评人员名册'], ['序号', '姓名', '身份证件号', '考评职业（工种）'], [1, '张三', validId('19800101', 1, '410105'), '电工'], [2, '李四', validId('19810101', 2, '410105'), '电工']],
  });
  return open(bytes, host);
}

const existing = (d: ExcelDouble, names: string[]) => (snapshot(d.doc) as { name: string }[]).filter((s) => names.includes(s.name));

describe('插入模板工作表', () => {
  for (const host of [HOSTS.m365, HOSTS.excel2019, HOSTS.minimum]) {
    it(`adds the missing sheets and columns, touching no existing cell (${host.label})`, async () => {
      const d = await partial(host);
      const before = existing(d, ['机构信息', '考评人员']);
      const result = await session(d).insertTemplateSheets('ha-social', '首次备案');
      const wanted = templateSheets(profileById('ha-social')!, '首次备案').map((s) => s.name);
      expect(result.sheetsAdded.sort()).toEqual(wanted.filter((n) => n !== '机构信息' && n !== '考评人员').sort());
      for (const name of result.sheetsAdded) expect(d.doc.sheet(name)).toBeDefined();

      // The roster keeps its cells; the template's other columns follow its last header (D).
      const roster = d.doc.sheet('考评人员')!;
      const afterSnap = existing(d, ['机构信息', '考评人员']) as { name: string; rows: string }[];
      expect(afterSnap.find((s) => s.name === '机构信息')).toEqual((before as { name: string }[]).find((s) => s.name === '机构信息'));
      expect(JSON.parse(afterSnap.find((s) => s.name === '考评人员')!.rows).slice(0, 1)).toEqual([['考评人员名册']]);
      for (let r = 1; r <= 4; r++) for (let c = 1; c <= 4; c++) expect(roster.value(r, c)).toBe(JSON.parse((before as { name: string; rows: string }[]).find((s) => s.name === '考评人员')!.rows)[r - 1]?.[c - 1] ?? '');
      const added = result.columnsAdded.filter((c) => c.sheet === '考评人员').map((c) => c.header);
      expect(added).toEqual(['职务/职称/技能等级', '学历', '职业编码', '本职业技能等级', '专业技术职称', '证书编号', '考评员类别', '专兼职', '聘用协议起', '聘用协议止', '担任考评员起始日期']);
      added.forEach((h, i) => expect(roster.value(2, 5 + i)).toBe(h));
      const codeCol = 5 + added.indexOf('职业编码');
      expect(roster.numberFormat(3, codeCol)).toBe('@');
      expect(roster.numberFormat(2 + TEMPLATE_ROWS, codeCol)).toBe('@');
      expect(roster.fill(2, codeCol).color).toBe('#D9E1F2');
      const categoryCol = 5 + added.indexOf('考评员类别');
      const dropDown = roster.validations.find((v) => v.rect.c1 === categoryCol);
      if (host.excelApi >= 8) expect(dropDown?.rule).toEqual({ list: { inCellDropDown: true, source: '考评员,高级考评员' } });
      else expect(dropDown).toBeUndefined();

      // A new sheet: title, header row, frozen header, text-format ID column, drop-downs where Excel has them.
      const staff = d.doc.sheet('工作人员')!;
      expect(staff.value(2, 3)).toBe('身份证件号');
      expect(staff.frozenRows).toBe(2);
      expect(staff.numberFormat(5, 3)).toBe('@');
      expect(staff.merges.length).toBe(1);

      // The result is a workbook the check recognises whole.
      const book = recognise(await d.Excel.run(async (ctx) => (await readOpenWorkbook(ctx as unknown as Excel.RequestContext, detectFeatures(envOf(d).office))).workbook));
      for (const name of wanted) expect(book.tables.some((t) => t.sheet.name === name) || book.org?.sheet.name === name).toBe(true);
      expect(d.handlerErrors).toEqual([]);
    });
  }

  it('inserted empty sheets do not make a failing workbook pass: each is still reported as missing', async () => {
    const d = await partial(HOSTS.m365);
    const result = await session(d).insertTemplateSheets('ha-social', '首次备案');
    const model = await d.Excel.run(async (ctx) => (await readOpenWorkbook(ctx as unknown as Excel.RequestContext, detectFeatures(envOf(d).office))).workbook);
    const findings = checkBook(recognise(model), { today: new Date(Date.UTC(2026, 5, 1)) }).findings;
    const empty = findings.filter((f) => f.rule === 'sheet.missing').map((f) => f.sheet);
    // 申请材料 comes with its materials listed, not answered: its 是否提供 column is missing instead. 专家队伍 is in the template, not required by HA.
    expect(empty.sort()).toEqual(result.sheetsAdded.filter((n) => n !== '申请材料' && n !== '专家队伍').sort());
    expect(empty.length).toBeGreaterThanOrEqual(5);
    expect(findings.some((f) => f.rule === 'column.missing' && f.column === '是否提供')).toBe(true);
  });

  it('puts new columns past anything already to the right of the header', async () => {
    const d = await partial(HOSTS.m365);
    d.doc.sheet('考评人员')!.put(9, 6, { value: '备注：张三为兼职' });
    await session(d).insertTemplateSheets('ha-social', '首次备案');
    const roster = d.doc.sheet('考评人员')!;
    expect(roster.value(9, 6)).toBe('备注：张三为兼职');
    expect(roster.value(2, 5)).toBe('');
    expect(roster.value(2, 7)).toBe('职务/职称/技能等级');
    expect(roster.numFmts.has(key(9, 6))).toBe(false);
  });

  it('a complete workbook gets nothing', async () => {
    const d = await open(await xlsxBuffer({ 机构信息: orgRows({ 适用规则: 'sh-xcert' }) }), HOSTS.m365);
    const s = session(d);
    const first = await s.insertTemplateSheets('sh-xcert', '首次备案');
    expect(first.sheetsAdded.length).toBeGreaterThan(0);
    const again = await s.insertTemplateSheets('sh-xcert', '首次备案');
    expect(again).toEqual({ sheetsAdded: [], columnsAdded: [] });
  });
});
