import type { CellValue } from '../../../src/model/cell';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import PizZip from 'pizzip';
import { checkBook } from '../../../src/check';
import { DRAFT_MARK, formById, FORMS, maskId } from '../../../src/forms';
import { readWorkbook } from '../../../src/read/read-workbook';
import { recognise } from '../../../src/recognise/recognise';
import { renderDocx, TemplateError } from '../../../src/render/render';
import { sampleBuffer } from '../../../src/sample/sample-workbook';
import { buildDocx, text } from '../../../src/forms/build/docx';
import { makeBook } from '../../helpers/book';
import { badCheckId, validId } from '../../helpers/people';
import { cellList } from '../../../src/forms/check-report';
import { catalogue } from '../../../src/rules/catalogue';
import { HA_ORG, haSpec } from '../jurisdictions/ha/rules/fixture';
import { shSpec, SITE_HEADER } from '../jurisdictions/sh/rules/fixture';

const TODAY = new Date(Date.UTC(2026, 5, 1));
const template = (id: string) => readFileSync(path.join(__dirname, '../../../templates', `${id}.docx`));

async function sampleInput(maskIds = false) {
  const book = recognise(await readWorkbook(await sampleBuffer()));
  return { file: 'sample.xlsx', book, result: checkBook(book, { today: TODAY }), options: { maskIds } };
}

function fill(id: string, input: Awaited<ReturnType<typeof sampleInput>>): Uint8Array {
  const form = formById(id)!;
  return renderDocx(template(id), form.schema.parse(form.build(input)) as object);
}

/** Text of each table cell, table by table, row by row. */
function tables(docx: Uint8Array): string[][][] {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''))),
  );
}

function bodyText(docx: Uint8Array): string {
  return [...new PizZip(docx).file('word/document.xml')!.asText().matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('forms filled from the sample', () => {
  it('team: the examiners table lists each examiner with ID and occupation; drafts are marked', async () => {
    const input = await sampleInput();
    const docx = fill('team', input);
    const examiners = tables(docx)[1];
    expect(examiners[0]).toEqual(['序号', '姓名', '身份证件号', '职务/职称/技能等级', '学历', '考评职业（工种）']);
    const first = input.book.table('examiners')!;
    expect(examiners[1][1]).toBe(first.text(first.rows[0], 'name'));
    expect(examiners[1][2]).toBe(first.text(first.rows[0], 'idNumber'));
    expect(examiners[1][5]).toContain('人工智能训练师');
    expect(examiners).toHaveLength(1 + first.rows.length);
    expect(bodyText(docx)).toContain(DRAFT_MARK);
  });

  it('team with --mask-ids shows the first 6 and last 4 digits only', async () => {
    const input = await sampleInput(true);
    const row = tables(fill('team', input))[0][1];
    const t = input.book.table('staff')!;
    const id = t.text(t.rows[0], 'idNumber');
    expect(row[2]).toBe(maskId(id));
    expect(row[2]).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
    expect(bodyText(fill('team', input))).not.toContain(id);
  });

  it('equipment: one table per occupation', async () => {
    const t = tables(fill('equipment', await sampleInput()));
    expect(t).toHaveLength(4);
    expect(t[0][0]).toEqual(['序号', '名称', '规格/型号', '数量', '权属']);
    expect(t[0][1]).toEqual(['1', '人工智能训练实训室', '120 平方米', '1', '自有']);
  });

  it('materials: ☑ for provided and ☐ for 否', async () => {
    const rows = tables(fill('materials', await sampleInput()))[0];
    expect(rows[1].slice(0, 3)).toEqual(['1', '☐', '应急预案']);
    expect(rows[2].slice(0, 3)).toEqual(['2', '☑', '财务管理办法']);
  });

  it('question bank and X证书 data carry the computed totals and rates', async () => {
    const input = await sampleInput();
    const bank = tables(fill('question-bank', input))[0];
    expect(bank[3].slice(2, 9)).toEqual(['三级/高级工', '480', '300', '200', '0', '40', '1020']);
    const x = tables(fill('xcert-data', input))[0];
    expect(x[1]).toEqual(['2021', '人工智能训练（1+X）', '新疆', '900', '600', '150', '1650', '820', '540', '120', '1480', '89.7%']);
    expect(x[x.length - 1][0]).toBe('合计');
  });

  it('check report: a check failing in many cells is one entry listing the cells, not one entry per cell', () => {
    const spec = haSpec();
    const staff = spec.工作人员;
    // 40 staff whose IDs all carry a wrong check character: rows 2–41 of column C.
    spec.工作人员 = [staff[0], ...Array.from({ length: 40 }, (_, i) => [i + 1, `员工${i}`, badCheckId(validId('19850101', 100 + i, '410702')), '考务'])];
    const book = makeBook(spec);
    const input = { file: 'ha.xlsx', book, result: checkBook(book, { today: TODAY }), options: { maskIds: false } };
    expect(input.result.findings.filter((f) => f.rule === 'id.checksum')).toHaveLength(40);
    const issues = tables(fill('check-report', input)).slice(0, -1).flat();
    const checksum = issues.filter((r) => r[2].startsWith('C2'));
    expect(checksum).toHaveLength(1);
    expect(checksum[0][2]).toBe('C2:C41');
    expect(checksum[0][3]).toMatch(/共 40 处，例如 C2“/);
  });

  it('lists cells as a clerk reads them: runs down a column as ranges', () => {
    expect(cellList(['C2', 'C3', 'C4', 'D7', 'C9', '第 3 行'])).toBe('C2:C4、D7、C9、第 3 行');
  });

  it('check report: findings by sheet, and a pass/fail line per rule', async () => {
    const input = await sampleInput();
    const docx = fill('check-report', input);
    expect(bodyText(docx)).toContain('未通过（错误 10 项，警告 4 项，提示 0 项）');
    const all = tables(docx);
    const rules = all[all.length - 1];
    // Checks are named by their title, never by an id a clerk cannot read.
    const titled = (id: string) => catalogue(input.result.profile.id).find((e) => e.id === id)!.title;
    expect(rules.find((r) => r[1] === titled('id.checksum'))?.[3]).toBe('未通过（1 项）');
    expect(rules.find((r) => r[1] === titled('roster.duplicate-id'))?.[3]).toBe('未通过（1 项）');
    expect(rules.find((r) => r[1] === titled('person.name-conflict'))?.[3]).toBe('通过');
    expect(rules.flat().join()).not.toMatch(/[a-z]+\.[a-z-]+/);
  });

  it('the same workbook gives byte-identical documents', async () => {
    for (const f of FORMS) {
      const a = fill(f.id, await sampleInput());
      const b = fill(f.id, await sampleInput());
      expect([f.id, Buffer.from(a).equals(Buffer.from(b))]).toEqual([f.id, true]);
    }
  });
});

describe('renderer safety', () => {
  it('prints nothing for a missing value and drops control characters pasted from Excel', () => {
    const tpl = buildDocx('t', text('[{a}][{b}]'));
    const out = bodyText(renderDocx(tpl, { a: '甲\u0001乙\u000b' }));
    expect(out).toBe('[甲乙][]');
  });

  it('a template with a bad tag gets a Chinese error naming the tag', () => {
    const tpl = buildDocx('t', text('{#rows}{name}'));
    expect(() => renderDocx(tpl, {}, '用户模板 ')).toThrow(TemplateError);
    expect(() => renderDocx(tpl, {}, '用户模板 ')).toThrow(/用户模板 有误：.*rows/);
  });

  it('cannot evaluate expressions: the default parser only looks names up', () => {
    const tpl = buildDocx('t', text('{constructor.constructor("return process")()}'));
    expect(() => renderDocx(tpl, {})).not.toThrow();
    expect(bodyText(renderDocx(tpl, {}))).toBe('');
  });
});

describe('ha-apply', () => {
  const haInput = (business: string, before?: string) => {
    const spec = haSpec({ ...HA_ORG, 申请业务类型: business });
    if (before) spec['机构信息'][1][2] = before;
    const book = makeBook(spec);
    return { file: 'ha.xlsx', book, result: checkBook(book, { today: TODAY }), options: { maskIds: false } };
  };
  const xmlOf = (docx: Uint8Array) => new PizZip(docx).file('word/document.xml')!.asText();

  it('first filing: basic information, occupations and materials with ☑/☐', () => {
    const docx = fill('ha-apply', haInput('首次备案'));
    const t = tables(docx);
    expect(t[0][0]).toEqual(['单位名称', HA_ORG['单位名称']]);
    expect(t[0][4][3]).toContain('☑企业');
    expect(t[0][4][3]).toContain('☐院校');
    expect(t[1][1]).toEqual(['1', '6-31-01-03', '电工', '', '五级至三级', '国家职业技能标准 电工（2018年版）']);
    expect(bodyText(docx)).toContain('☑首次备案');
    expect(xmlOf(docx)).not.toContain('FF0000');
  });

  it('信息变更: only basic information, the changed name in red', () => {
    const docx = fill('ha-apply', haInput('信息变更', '新乡市旧名称有限公司'));
    const xml = xmlOf(docx);
    expect(xml).toMatch(new RegExp(`<w:color w:val="FF0000"/></w:rPr><w:t xml:space="preserve">${HA_ORG['单位名称']}</w:t>`));
    expect(bodyText(docx)).not.toContain('申请职业（工种）');
    expect(bodyText(docx)).toContain('☑信息变更');
    expect(xml.match(/FF0000/g)).toHaveLength(1);
  });
});

describe('ha-renew', () => {
  it('keeps the five occupations with most 评价人次, lists those never evaluated, and writes 无 for free evaluation', () => {
    const spec = haSpec({ ...HA_ORG, 申请业务类型: '备案续期' });
    const names = ['甲', '乙', '丙', '丁', '戊', '己'].map((n) => `${n}职业`);
    spec['申请职业'] = [spec['申请职业'][0], ...[...names, '未评职业'].map((n, i) => [i + 1, '', n, '五级至三级', '标准', '是'])];
    spec['备案期评价情况'] = [
      ['评价职业（工种）', '评价等级', '评价人次', '取证人次', '收费标准·一级', '收费标准·五级'],
      ...names.map((n, i) => [n, '五级', (i + 1) * 10, (i + 1) * 9, i === 0 ? '免费' : '', i === 0 ? 0 : 300]),
    ];
    const book = makeBook(spec);
    const input = { file: 'r.xlsx', book, result: checkBook(book, { today: TODAY }), options: { maskIds: false } };
    const data = formById('ha-renew')!.build(input) as { evaluations: { occupation: string }[]; unevaluated: string; fees: { occupation: string; fee1: string; fee5: string }[]; totalAssessed: number };
    expect(data.evaluations.map((e) => e.occupation)).toEqual(['己职业', '戊职业', '丁职业', '丙职业', '乙职业']);
    expect(data.totalAssessed).toBe(210);
    expect(data.unevaluated).toBe('未评职业');
    expect(data.fees[0]).toMatchObject({ occupation: '甲职业', fee1: '无', fee5: '无' });
    expect(data.fees[1]).toMatchObject({ fee5: '300' });
    const text = bodyText(fill('ha-renew', input));
    expect(text).toContain('评价人次：210');
  });
});

describe('ha-renew without the counts', () => {
  const build = (rows: CellValue[][]) => {
    const spec = haSpec({ ...HA_ORG, 申请业务类型: '备案续期' });
    spec['申请职业'] = [spec['申请职业'][0], ...['甲职业', '乙职业', '丙职业'].map((n, i) => [i + 1, '', n, '五级至三级', '标准', '是'])];
    spec['备案期评价情况'] = [['评价职业（工种）', '评价等级', '评价人次', '取证人次'], ...rows];
    const book = makeBook(spec);
    const input = { file: 'r.xlsx', book, result: checkBook(book, { today: TODAY }), options: { maskIds: false } };
    return { data: formById('ha-renew')!.build(input) as { evaluations: { occupation: string; assessed: number | string }[]; unevaluated: string; totalAssessed: number | string; totalCertified: number | string }, text: bodyText(fill('ha-renew', input)) };
  };

  it('leaves a blank count blank, states no total, and does not call an occupation with a blank count unevaluated', () => {
    const { data, text } = build([
      ['甲职业', '五级', 40, 30],
      ['乙职业', '五级', '', ''],
      ['丙职业', '五级', 0, 0],
    ]);
    expect(data.evaluations.map((e) => [e.occupation, e.assessed])).toEqual([
      ['甲职业', 40],
      ['丙职业', 0],
      ['乙职业', ''],
    ]);
    expect([data.totalAssessed, data.totalCertified]).toEqual(['', '']);
    expect(data.unevaluated).toBe('丙职业');
    expect(text).not.toContain('评价人次：0');
  });

  it('says nothing of evaluation where the sheet gives no count at all', () => {
    const { data } = build([]);
    expect([data.totalAssessed, data.unevaluated]).toEqual(['', '']);
  });
});

describe('ha-rules, sh-recommend, sh-site-letter', () => {
  it('ha-rules ticks the 制度 the 申请材料 sheet marks as provided', () => {
    const spec = haSpec();
    spec['申请材料'].push([99, '职业技能等级认定考生违规违纪处理办法', '是'], [100, '机构公章使用制度', '否']);
    const book = makeBook(spec);
    const rows = tables(fill('ha-rules', { file: 'h.xlsx', book, result: checkBook(book, { today: TODAY }), options: { maskIds: false } })).flatMap((t) => t.slice(1));
    expect(rows.find((r) => r[2] === '职业技能等级认定考生违规违纪处理办法')?.[0]).toBe('☑');
    expect(rows.find((r) => r[2] === '机构公章使用制度')?.[0]).toBe('☐');
    expect(rows.map((r) => r[1])).toContain('（十八）');
  });

  it('sh-recommend has a row per occupation with the organisation and its credit code; one letter per site', () => {
    const book = makeBook({ ...shSpec(), 考核点: [SITE_HEADER, [1, '浦东考核点', '浦东新区川沙路 100 号', '人工智能训练师'], [2, '闵行考核点', '闵行区莘庄路 1 号', '人工智能训练师']] });
    const input = { file: 's.xlsx', book, result: checkBook(book, { today: TODAY }), options: { maskIds: false } };
    const rows = tables(fill('sh-recommend', input))[0];
    expect(rows[1][2]).toContain('人工智能训练师');
    expect(rows[1][6]).toContain(book.org!.text('creditCode'));
    const letters = formById('sh-site-letter')!.each!(input);
    expect(letters.map((l) => l.name)).toEqual(['浦东考核点', '闵行考核点']);
    const docx = renderDocx(template('sh-site-letter'), letters[1].data as object);
    expect(bodyText(docx)).toContain(`关于推荐闵行考核点成为${book.org!.text('orgName')}考核点的函`);
  });
});

describe('ha-plan', () => {
  it('fills the outline with what the workbook knows and marks the rest for the clerk', () => {
    const book = makeBook(haSpec());
    const docx = fill('ha-plan', { file: 'h.xlsx', book, result: checkBook(book, { today: TODAY }), options: { maskIds: false } });
    const xml = new PizZip(docx).file('word/document.xml')!.asText();
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p) => [...p[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    expect(paragraphs).toContain('　　6-31-01-03 电工 （五级至三级）');
    expect(paragraphs).toContain('　　6-31-07-01 工业机器人系统运维员 （五级至三级）');
    expect(paragraphs.join()).toContain('申请开展认定的职业（工种）共 2 个');
    expect(paragraphs.join()).toContain('考评人员 2 人');
    expect(paragraphs.join()).toContain('视频监控 8');
    expect(paragraphs.filter((p) => p.startsWith('【请填写】')).length).toBeGreaterThan(5);
  });
});
