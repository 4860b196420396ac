import fc from 'fast-check';
import { makeBook, makeModel, orgRows } from '../../helpers/book';
import { recognise, kindBySheetName } from '../../../src/recognise/recognise';
import { normaliseLabel } from '../../../src/model/label';
import { SHEETS } from '../../../src/model/schema';

describe('sheet names', () => {
  it.each([
    ['考评员名册', 'examiners'],
    ['考评人员', 'examiners'],
    ['场地、设施设备清单', 'equipment'],
    ['附件5 设施设备清单', 'equipment'],
    ['申请职业(工种)', 'occupations'],
    ['内部质量监督人员', 'supervisors'],
    ['“X证书”评价数据汇总表', 'xcertData'],
    ['工作人员花名册', 'staff'],
  ])('%s → %s', (name, kind) => {
    expect(kindBySheetName(name)?.kind).toBe(kind);
  });

  it('does not read an unrelated sheet name as a kind', () => {
    expect(kindBySheetName('Sheet1')).toBeUndefined();
    expect(kindBySheetName('说明')).toBeUndefined();
  });
});

describe('header recognition', () => {
  it('finds the header under a title row, in any column order, with variants and extra columns', () => {
    const book = makeBook({
      考评员名册: [
        ['附件6 考评人员名册'],
        [],
        ['备注', '考评职业 (工种)', '身份证号', '姓 名', '序号', '本职业技能等级', '专业技术职称'],
        ['', '人工智能训练师', '110105194912310021', '张三', 1, '三级', '工程师'],
      ],
    });
    const t = book.table('examiners')!;
    expect(t.headerRow).toBe(3);
    expect(t.columns.get('idNumber')).toBe(3);
    expect(t.columns.get('name')).toBe(4);
    expect(t.columns.get('occupation')).toBe(2);
    expect(t.rows).toEqual([4]);
    expect(t.text(4, 'name')).toBe('张三');
    expect(t.address(4, 'idNumber')).toBe('C4');
  });

  it('reads a two-level header with merged group labels', () => {
    const model = makeModel({
      X证书评价数据: [
        ['“X证书”评价数据汇总表'],
        ['年度', 'X证书项目名称', '地区', '认定人次', null, null, null, '取证人次', null, null, null, '获证率'],
        [null, null, null, '初级', '中级', '高级', '总计', '初级', '中级', '高级', '总计'],
        [2024, '项目', '新疆', 1, 2, 3, 6, 1, 1, 1, 3, 0.5],
        ['合计', null, null, 1, 2, 3, 6, 1, 1, 1, 3, 0.5],
      ],
    });
    const s = model.sheets[0];
    s.merges.push('A1:L1', 'D2:G2', 'H2:K2', 'A2:A3', 'L2:L3');
    const t = recognise(model).table('xcertData')!;
    expect(t.headerRow).toBe(3);
    expect(t.columns.get('assessedJunior')).toBe(4);
    expect(t.columns.get('assessedTotal')).toBe(7);
    expect(t.columns.get('certifiedSenior')).toBe(10);
    expect(t.columns.get('year')).toBe(1);
    expect(t.columns.get('rate')).toBe(12);
    expect(t.rows).toEqual([4]);
    expect(t.totalRows).toEqual([5]);
  });

  it('reads the two-level header without merge information (streaming reader)', () => {
    const t = makeBook({
      评价数据: [
        ['年度', 'X证书项目名称', '地区', '认定人次', null, null, null, '取证人次', null, null, null, '获证率'],
        [null, null, null, '初级', '中级', '高级', '总计', '初级', '中级', '高级', '总计'],
        [2024, '项目', '新疆', 1, 2, 3, 6, 1, 1, 1, 3, 0.5],
      ],
    }).table('xcertData')!;
    expect(t.columns.get('certifiedJunior')).toBe(8);
    expect(t.columns.get('assessedTotal')).toBe(7);
  });

  it('recognises a roster with an unfamiliar sheet name by its header', () => {
    const book = makeBook({ Sheet1: [['序号', '姓名', '身份证件号', '考评职业（工种）', '考评员类别']] });
    expect(book.table('examiners')?.sheet.name).toBe('Sheet1');
  });

  it('records empty rows inside a table, stops at footer notes and ignores trailing blanks', () => {
    const t = makeBook({
      工作人员: [['序号', '姓名', '身份证件号'], [1, '甲', 'x'], [], [2, '乙', 'y'], ['注：本表由单位填写'], [], []],
    }).table('staff')!;
    expect(t.rows).toEqual([2, 4]);
    expect(t.emptyRows).toEqual([3]);
  });

  it('reads 机构信息 as key–value pairs with the 变更前 column', () => {
    const book = makeBook({ 机构信息: [['机构基本情况'], ...orgRows({ 单位名称: '甲公司', '统一社会信用代码 ': '91', 适用规则: 'ha-social' })] });
    book.org!.sheet.set(3, 3, '乙公司');
    expect(book.org!.text('orgName')).toBe('甲公司');
    expect(book.org!.before('orgName')).toBe('乙公司');
    expect(book.org!.address('profile')).toBe('B5');
  });

  it('reads a form-style 机构信息 with labels and values side by side', () => {
    const book = makeBook({ 基本情况: [['单位名称', '甲公司', '统一社会信用代码', '91650102MA7N3K8Q0X'], ['法定代表人', '张三', '联系电话', '13899127654']] });
    expect(book.org!.text('creditCode')).toBe('91650102MA7N3K8Q0X');
    expect(book.org!.text('contactPhone')).toBe('13899127654');
    expect(book.org!.text('legalRep')).toBe('张三');
  });

  it('never reads the instructions sheet as data', () => {
    const book = makeBook({ 说明: [['单位名称', '填写全称'], ['统一社会信用代码', '18 位'], ['法定代表人', '姓名'], ['联系人', '姓名']] });
    expect(book.org).toBeNull();
    expect(book.unrecognised.map((s) => s.name)).toEqual(['说明']);
  });

  it("never reads the add-in's saved restore data as data, even when it looks like a roster", () => {
    const book = makeBook({ beian_restore: [['序号', '姓名', '身份证件号', '考评职业（工种）'], [1, '张三', '650102199001011234', '电工']] });
    expect(book.tables).toEqual([]);
    expect(book.unrecognised.map((s) => s.name)).toEqual(['beian_restore']);
  });
});

describe('header variants (property)', () => {
  const widen = (s: string) => s.replace(/[()]/g, (c) => (c === '(' ? '（' : '）')).replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  it('every canonical header and alias survives width, bracket and space variation', () => {
    const labels = SHEETS.flatMap((s) => s.fields.flatMap((f) => [f.header, ...(f.aliases ?? [])]));
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.boolean(), fc.nat(3), (label, wide, spaces) => {
        let v = wide ? widen(label) : label.normalize('NFKC');
        if (spaces) v = v.split('').join(' '.repeat(spaces % 2)) + ' '.repeat(spaces);
        expect(normaliseLabel(v)).toBe(normaliseLabel(label));
      }),
    );
  });

  it('no two fields of a sheet share a header variant', () => {
    for (const s of SHEETS) {
      const seen = new Map<string, string>();
      for (const f of s.fields) {
        for (const l of [f.header, ...(f.aliases ?? [])]) {
          const k = normaliseLabel(l);
          const other = seen.get(k);
          if (other && other !== f.key) throw new Error(`${s.name}: “${l}” used by ${other} and ${f.key}`);
          seen.set(k, f.key);
        }
      }
    }
  });

  it('finds a roster header in any column order (property)', () => {
    const headers = ['序号', '姓名', '身份证件号', '考评职业（工种）', '职业编码', '考评员类别'];
    fc.assert(
      fc.property(fc.shuffledSubarray(headers, { minLength: 6, maxLength: 6 }), fc.nat(4), (order, titleRows) => {
        const rows = [...Array.from({ length: titleRows }, () => ['考评人员名册']), order];
        const t = makeBook({ 考评人员: rows }).table('examiners')!;
        expect(t.headerRow).toBe(titleRows + 1);
        expect(t.columns.get('idNumber')).toBe(order.indexOf('身份证件号') + 1);
      }),
    );
  });
});
