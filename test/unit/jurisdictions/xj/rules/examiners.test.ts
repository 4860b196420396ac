import type { CellValue } from '../../../../../src/model/cell';
import { badCheckId } from '../../../../helpers/people';
import { AI, EXAMINER_HEADER, examiner, only, OCCUPATION_HEADER, run, xjSpec } from './fixture';

function withExaminers(rows: CellValue[][], levels = '五级至三级') {
  return { ...xjSpec(), 申请职业: [OCCUPATION_HEADER, [1, AI.code, AI.name, levels]], 考评人员: [EXAMINER_HEADER, ...rows] };
}

describe('xj.examiners.qualification — 本职业三级/高级工及以上或中级及以上职称 (五（二）2)', () => {
  it('an examiner with 四级 and an 初级 title is an error at the skill-level cell naming the person', () => {
    const f = only(run(withExaminers([examiner(1), examiner(2), examiner(3), examiner(4, AI, '四级/中级工', '助理工程师')])), 'xj.examiners.qualification');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '考评人员', cell: 'F5', basis: '《新疆原X证书机构备案办理指南》五（二）2' });
    expect(f[0].message).toContain('考评员4');
    expect(f[0].message).toContain('四级/中级工');
    expect(f[0].message).toContain('助理工程师');
  });

  it('a 中级 title alone qualifies, as does 三级 alone', () => {
    const f = only(run(withExaminers([examiner(1, AI, '四级', '工程师'), examiner(2, AI, '三级', ''), examiner(3), examiner(4)])), 'xj.examiners.qualification');
    expect(f).toEqual([]);
  });
});

describe('xj.examiners.min — 每个职业（工种）不少于 4 名考评员', () => {
  it('3 qualified examiners is a sheet-level error naming occupation, number and threshold', () => {
    const f = only(run(withExaminers([examiner(1), examiner(2), examiner(3), examiner(4, AI, '四级/中级工')])), 'xj.examiners.min');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '考评人员', cell: null, basis: '《新疆原X证书机构备案办理指南》五（二）2' });
    expect(f[0].message).toBe('职业（工种）4-04-05-05 人工智能训练师 合格考评员 3 名，少于 4 名（1 人不具备考评员条件）');
  });

  it('4 qualified examiners pass', () => {
    expect(only(run(xjSpec()), 'xj.examiners.min')).toEqual([]);
  });

  it('a qualified examiner with a bad ID is not counted, and the message says so', () => {
    const broken = examiner(4);
    broken[2] = badCheckId(String(broken[2]));
    const f = only(run(withExaminers([examiner(1), examiner(2), examiner(3), broken])), 'xj.examiners.min');
    expect(f[0].message).toContain('合格考评员 3 名，少于 4 名');
    expect(f[0].message).toContain('1 人符合条件但身份证件号有误或未填写，未计入');
  });

  it('the same person listed twice counts once', () => {
    const f = only(run(withExaminers([examiner(1), examiner(2), examiner(3), examiner(3)])), 'xj.examiners.min');
    expect(f[0].message).toContain('合格考评员 3 名');
  });

  it('an applied occupation with no examiners at all is reported with 0', () => {
    const spec = { ...withExaminers([examiner(1), examiner(2), examiner(3), examiner(4)]), 申请职业: [OCCUPATION_HEADER, [1, AI.code, AI.name, '五级至三级'], [2, '4-01-06-01', '电子商务师', '五级至三级']] };
    const f = only(run(spec), 'xj.examiners.min');
    expect(f.map((x) => x.message)).toEqual(['职业（工种）4-01-06-01 电子商务师 合格考评员 0 名，少于 4 名']);
  });
});

describe('xj.senior-examiners.qualification — 高级考评员：一级/高级技师或副高级及以上 (五（二）3)', () => {
  it('a 高级考评员 with 二级 and a 中级 title is an error at the row; 副教授 qualifies', () => {
    const f = only(run(withExaminers([examiner(1, AI, '二级/技师', '工程师', '高级考评员'), examiner(2), examiner(3), examiner(4)])), 'xj.senior-examiners.qualification');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', cell: 'F2', basis: '《新疆原X证书机构备案办理指南》五（二）3' });
    expect(f[0].message).toContain('考评员1');
    expect(f[0].message).toContain('不具备高级考评员条件');
    const ok = only(run(withExaminers([examiner(1, AI, '二级/技师', '副教授', '高级考评员'), examiner(2), examiner(3), examiner(4)])), 'xj.senior-examiners.qualification');
    expect(ok).toEqual([]);
  });
});

describe('xj.senior-examiners.min — 申请二级、一级时高级考评员不少于 4 名', () => {
  const seniors = (n: number) => Array.from({ length: n }, (_, i) => examiner(i + 1, AI, '一级/高级技师', '', '高级考评员'));

  it('applying for 二级 with 3 senior-qualified people is an error naming the levels', () => {
    const f = only(run(withExaminers([...seniors(3), examiner(4)], '四级至二级')), 'xj.senior-examiners.min');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '考评人员', cell: null });
    expect(f[0].message).toBe('职业（工种）4-04-05-05 人工智能训练师 申请二级/技师，具备高级考评员条件的考评人员 3 名，少于 4 名（1 人不具备高级考评员条件）');
  });

  it('4 senior-qualified people pass, whatever their label says', () => {
    const rows = [...seniors(3), examiner(4, AI, '三级', '高级工程师', '考评员')];
    expect(only(run(withExaminers(rows, '四级至一级')), 'xj.senior-examiners.min')).toEqual([]);
  });

  it('does not apply when only 五级至三级 are applied for', () => {
    expect(only(run(withExaminers([examiner(1), examiner(2), examiner(3), examiner(4)])), 'xj.senior-examiners.min')).toEqual([]);
  });
});
