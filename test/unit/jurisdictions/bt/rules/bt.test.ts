import type { CellValue } from '../../../../../src/model/cell';
import { requiredMaterials } from '../../../../../src/materials';
import { orgRows, type BookSpec } from '../../../../helpers/book';
import { badCheckId, validId } from '../../../../helpers/people';
import { creditCode, day, only, orgCell, run } from '../../xj/rules/fixture';

const WELDER = { code: '6-18-02-04', name: '焊工' };
const APPLY = day(2026, 5, 20);

const ORG: Record<string, CellValue> = {
  单位名称: '石河子市技能评价服务有限公司',
  统一社会信用代码: creditCode('91', '659001'),
  办公地址: '新疆石河子市北四路 8 号',
  单位性质: '企业',
  法定代表人: '赵国庆',
  联系人: '周海燕',
  联系人电话: '13999312345',
  申请业务类型: '首次备案',
  适用规则: 'bt-social',
  申请日期: APPLY,
  近三年有违法违规或失信记录: '否',
  人才培训评价领域有不良记录: '否',
  近三年列入经营异常名录: '否',
};

const person = (i: number, extra: CellValue[]): CellValue[] => [i, `人员${i}`, validId('19800101', i, '659001'), ...extra];

function btSpec(org: Record<string, CellValue> = ORG): BookSpec {
  return {
    机构信息: orgRows(org),
    申请职业: [['序号', '职业编码', '职业名称', '等级'], [1, WELDER.code, WELDER.name, '五级至三级']],
    工作人员: [['序号', '姓名', '身份证件号', '主要职责'], person(1, ['考务'])],
    专家队伍: [['序号', '姓名', '身份证件号', '考评职业（工种）', '专家类别'], person(11, [WELDER.name, '命题专家']), person(12, [WELDER.name, '命题专家'])],
    考评员名册: [
      ['序号', '姓名', '身份证件号', '考评职业（工种）', '专兼职', '聘用协议起', '聘用协议止'],
      person(21, [WELDER.name, '专职', null, null]),
      person(22, [WELDER.name, '专职', null, null]),
      person(23, [WELDER.name, '兼职', day(2026, 1, 1), day(2028, 12, 31)]),
    ],
    内部质量督导员: [['序号', '姓名', '身份证件号'], person(31, [])],
    设施设备: [
      ['序号', '职业（工种）', '类别', '名称', '数量', '权属', '使用权到期日'],
      [1, WELDER.name, '场地', '焊接实训车间', 1, '租用', day(2029, 5, 20)],
      [2, WELDER.name, '设备', '焊机', 12, '自有', null],
      [3, WELDER.name, '视频监控', '监控摄像机', 4, '自有', null],
    ],
    题库: [['职业（工种）', '等级', '单选题', '判断题', '技能题', '本年新增更新题量'], [WELDER.name, '三级', 600, 350, 50, 200]],
    申请材料: [['序号', '材料名称', '是否提供'], ...requiredMaterials('bt-social', '首次备案').map((m, i) => [i + 1, m.name, '是'])],
  };
}

const bt = (spec: BookSpec) => run(spec).filter((f) => f.rule.startsWith('bt.'));

describe('a clean bt-social first filing', () => {
  it('gives no finding from the BT pack and no error at all', () => {
    expect(bt(btSpec())).toEqual([]);
    expect(run(btSpec()).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('bt.experts.min and bt.examiners.min (第六条（二）, 一般 → warning)', () => {
  it('one question setter and two examiners are warnings naming the occupation and numbers', () => {
    const spec = btSpec();
    spec['专家队伍'] = spec['专家队伍'].slice(0, 2);
    spec['考评员名册'] = spec['考评员名册'].slice(0, 3);
    const f = bt(spec);
    expect(only(f, 'bt.experts.min')[0]).toMatchObject({ severity: 'warning' });
    expect(only(f, 'bt.experts.min')[0].message).toContain('焊工 命题专家 1 名，少于 2 名');
    expect(only(f, 'bt.examiners.min')[0].message).toContain('考评人员 2 名，少于 3 名');
  });

  it('an examiner with a broken ID is not counted, and the message says so', () => {
    const spec = btSpec();
    spec['考评员名册'][3][2] = badCheckId(String(spec['考评员名册'][3][2]));
    expect(only(bt(spec), 'bt.examiners.min')[0].message).toContain('另有 1 人身份证件号有误或未填写，未计入');
  });
});

describe('bt.examiners.contract (第六条（二）)', () => {
  const withContract = (from: Date, to: Date) => {
    const spec = btSpec();
    spec['考评员名册'][3] = person(23, [WELDER.name, '兼职', from, to]);
    return only(bt(spec), 'bt.examiners.contract');
  };
  it('one year and three years pass (both ends are days of the term); a day less or a day more is an error at 聘用协议止', () => {
    expect(withContract(day(2026, 1, 1), day(2026, 12, 31))).toEqual([]);
    expect(withContract(day(2026, 1, 1), day(2028, 12, 31))).toEqual([]);
    expect(withContract(day(2026, 1, 1), day(2026, 12, 30))[0]).toMatchObject({ cell: 'G4', severity: 'error' });
    expect(withContract(day(2026, 1, 1), day(2029, 1, 1))[0].message).toContain('超过 3 年');
  });
});

describe('bt.premises.right-of-use (第六条（三）)', () => {
  const until = (d: Date) => {
    const spec = btSpec();
    spec['设施设备'][1][6] = d;
    return only(bt(spec), 'bt.premises.right-of-use');
  };
  it('three years from the application date (its last day included) passes; a day less is an error at 使用权到期日', () => {
    expect(until(day(2029, 5, 19))).toEqual([]);
    expect(until(day(2030, 5, 20))).toEqual([]);
    const f = until(day(2029, 5, 18));
    expect(f[0]).toMatchObject({ cell: 'G2', severity: 'error' });
    expect(f[0].message).toContain('焊接实训车间');
  });
});

describe('bt.question-bank.renewal (第六条（四）)', () => {
  const renewed = (n: number) => {
    const spec = btSpec();
    spec['题库'][1][5] = n;
    return only(bt(spec), 'bt.question-bank.renewal');
  };
  it('20% exactly passes; one question fewer is an error', () => {
    expect(renewed(200)).toEqual([]);
    const f = renewed(199);
    expect(f[0]).toMatchObject({ cell: 'F2' });
    expect(f[0].message).toContain('1000 道');
  });
});

describe('bt.renewal.lead-time (第十条) and bt.inactivity (第十九条（一）2)', () => {
  const renewal = (validTo: Date, last: Date) => ({
    ...btSpec({ ...ORG, 申请业务类型: '备案续期', 备案有效期止: validTo }),
    备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次', '最近评价日期'], [WELDER.name, 100, 90, last]],
  });
  it('three months before expiry passes; later is an error saying by when (最迟于)', () => {
    expect(only(run(renewal(day(2026, 8, 20), day(2026, 3, 1))), 'bt.renewal.lead-time')).toEqual([]);
    const org = { ...ORG, 申请业务类型: '备案续期', 备案有效期止: day(2026, 8, 19) };
    const f = only(run({ ...renewal(day(2026, 8, 19), day(2026, 3, 1)), 机构信息: orgRows(org) }), 'bt.renewal.lead-time');
    expect(f[0]).toMatchObject({ severity: 'error', cell: orgCell(org, '申请日期') });
    expect(f[0].message).toContain('续期申请最迟于 2026-05-19 提交');
  });
  it('no evaluation for over a year is a warning', () => {
    expect(only(run(renewal(day(2026, 12, 31), day(2025, 5, 20))), 'bt.inactivity')).toEqual([]);
    expect(only(run(renewal(day(2026, 12, 31), day(2025, 5, 19))), 'bt.inactivity')[0].severity).toBe('warning');
  });
});

describe('bt.validity (第十条)', () => {
  it('three years passes; a day longer is an error at 备案有效期止', () => {
    const org = (to: Date) => ({ ...ORG, 申请业务类型: '备案续期', 备案有效期起: day(2024, 1, 1), 备案有效期止: to });
    expect(only(run(btSpec(org(day(2026, 12, 31)))), 'bt.validity')).toEqual([]);
    const long = org(day(2027, 1, 1));
    expect(only(run(btSpec(long)), 'bt.validity')[0]).toMatchObject({ cell: orgCell(long, '备案有效期止') });
  });
});

describe('bt.eligibility.legal-person, bt.prohibited, bt.termination.readiness', () => {
  it('a public institution is not barred (第七条（二）1 admits 各类独立法人): a warning asks to confirm, no error', () => {
    const org = { ...ORG, 单位性质: '其他事业单位', 统一社会信用代码: creditCode('12', '659001', '45000001') };
    const f = run(btSpec(org));
    expect(only(f, 'bt.eligibility.legal-person')).toEqual([
      expect.objectContaining({ severity: 'warning', cell: orgCell(org, '统一社会信用代码'), basis: '《兵团技能人才评价机构管理办法》第七条（二）1' }),
    ]);
    expect(only(f, 'bt.eligibility.legal-person')[0].message).toContain('请确认为具备人才培养或评价服务范围的独立法人');
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
  });
  it('termination with certificates still to upload is an error at that declaration', () => {
    const org = { ...ORG, 申请业务类型: '终止备案', 已停止评价报名: '是', 证书数据已全部上传: '否' };
    const f = only(run(btSpec(org)), 'bt.termination.readiness');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', cell: orgCell(org, '证书数据已全部上传') });
  });
});

describe('the same bt-social workbook laid out the way clerks do', () => {
  /** Title rows above every table, the clerks' sheet names, half-width brackets and an extra column. */
  function asClerk(spec: BookSpec): BookSpec {
    const names: Record<string, string> = { 申请职业: '申报职业(工种)', 工作人员: '工作人员花名册', 专家队伍: '命题专家名册', 内部质量督导员: '督导员名册', 设施设备: '场地、设施设备清单', 题库: '题库情况', 申请材料: '申报材料清单' };
    const out: BookSpec = {};
    for (const [name, rows] of Object.entries(spec)) {
      if (name === '机构信息') {
        out['基本信息'] = rows;
        continue;
      }
      const header = rows[0].map((h) => (typeof h === 'string' ? h.replace('（', '(').replace('）', ')') : h));
      out[names[name] ?? name] = [[`附件 ${names[name] ?? name}`], [...header, '备注'], ...rows.slice(1).map((r) => [...r, ''])];
    }
    return out;
  }

  it('gives no error at all and the same BT findings as the template layout', () => {
    const findings = run(asClerk(btSpec()));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(bt(asClerk(btSpec()))).toEqual([]);
  });
});

describe('bt.registration — 在兵团辖区内依法登记 (第六条（一）)', () => {
  const reg = (code: string, address: string) => {
    const org = { ...ORG, 统一社会信用代码: code, 办公地址: address };
    return { org, f: only(bt(btSpec(org)), 'bt.registration') };
  };
  it('a 师市 code passes, and so does a 兵团 authority’s 66 code', () => {
    expect(reg(creditCode('91', '659001'), '新疆石河子市北四路 8 号').f).toEqual([]);
    expect(reg(creditCode('91', '660000'), '新疆生产建设兵团第十二师头屯河区').f).toEqual([]);
  });
  it('an ordinary 新疆 code decides nothing: a 兵团 address passes it, an ordinary one is a warning', () => {
    expect(reg(creditCode('91', '650106'), '新疆生产建设兵团第十二师头屯河区').f).toEqual([]);
    const { f } = reg(creditCode('91', '650102'), '乌鲁木齐市天山区解放南路 88 号');
    expect(f).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(f[0].message).toContain('请核实是否在兵团辖区依法登记');
  });
  it('a code and address outside 新疆 are an error; a code outside with a 兵团 address a warning', () => {
    const { org, f } = reg(creditCode('91', '410702'), '河南省新乡市红旗区');
    expect(f).toEqual([expect.objectContaining({ severity: 'error', cell: orgCell(org, '办公地址'), basis: '《兵团技能人才评价机构管理办法》第六条（一）' })]);
    expect(reg(creditCode('91', '410702'), '新疆生产建设兵团第八师石河子市').f[0].severity).toBe('warning');
  });
});

describe('bt.facilities.per-occupation (第六条（三）) and bt.question-bank.present (第六条（四）)', () => {
  it('an occupation with a site but no equipment or tools is an error', () => {
    const spec = btSpec();
    spec['设施设备'] = spec['设施设备'].filter((r) => r[2] !== '设备');
    expect(only(bt(spec), 'bt.facilities.per-occupation')[0].message).toContain('没有设备或工（量）具');
  });
  it('an occupation whose 题库 holds no question is an error', () => {
    const spec = btSpec();
    spec['题库'][1] = [WELDER.name, '三级', 0, 0, 0, 0];
    expect(only(bt(spec), 'bt.question-bank.present')[0].message).toContain('题量为 0');
  });
});

describe('BT materials follow their clauses', () => {
  it('part-time agreements are only asked for when there are part-time examiners', () => {
    const missing = (spec: BookSpec) => only(run(spec), 'materials.missing').map((f) => f.message);
    const spec = btSpec();
    spec['申请材料'] = spec['申请材料'].filter((r) => !String(r[1]).includes('聘用协议'));
    expect(missing(spec)).toEqual(['申请材料“兼职考评人员聘用协议（1–3 年）”未列出']);
    spec['考评员名册'] = spec['考评员名册'].map((r, i) => (i === 0 ? r : [...r.slice(0, 4), '专职', null, null]));
    expect(missing(spec)).toEqual([]);
  });
});
