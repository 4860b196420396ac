import { orgRows } from '../../../../helpers/book';
import { creditCode, only, ORG, orgCell, run, xjSpec } from './fixture';

const DECLARED = { 近三年有违法违规或失信记录: '否', 近三年列入经营异常名录: '否', 在已终止备案机构名单中: '否' };

describe('xj.prohibited — 禁止性规定 (四（六）)', () => {
  it('an enterprise declaring it is on the business-anomaly list is an error at that cell', () => {
    const org = { ...ORG, ...DECLARED, 近三年列入经营异常名录: '是' };
    const f = only(run({ ...xjSpec(), 机构信息: orgRows(org) }), 'xj.prohibited');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', cell: orgCell(org, '近三年列入经营异常名录'), basis: '《新疆原X证书机构备案办理指南》四（二）、四（六）' });
    expect(f[0].message).toContain('经营异常');
  });

  it('all declared 否 passes; a social organisation is asked about 年审 and the illegal-organisation list instead', () => {
    expect(only(run({ ...xjSpec(), 机构信息: orgRows({ ...ORG, ...DECLARED }) }), 'xj.prohibited')).toEqual([]);
    const social = { ...ORG, 单位性质: '民办非企业单位', 统一社会信用代码: creditCode('52'), ...DECLARED };
    const f = only(run({ ...xjSpec(), 机构信息: orgRows(social) }), 'xj.prohibited');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('近三年年审不合格');
    expect(f[0].message).not.toContain('经营异常');
  });
});
