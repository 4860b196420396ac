import type { CellValue } from '../../../../src/model/cell';
import { AI, ECOM, only, run } from '../xj/fixture';
import { OCCUPATION_HEADER, occupationRow, shSpec, SITE_HEADER } from './fixture';

const withSites = (rows: CellValue[][], extra = {}) => ({ ...shSpec(), 考核点: [SITE_HEADER, ...rows], ...extra });

describe('sh.sites.present — 具备考核点 (二（五）)', () => {
  it('a 考核点 sheet with no site is an error; one site passes', () => {
    const f = only(run(withSites([])), 'sh.sites.present');
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '考核点', basis: '《上海原X证书机构备案工作指引》二（五）' });
    expect(only(run(shSpec()), 'sh.sites.present')).toEqual([]);
  });
});

describe('sh.sites.occupation — 每个职业有考核点，推荐函写明职业 (二（五）、附件2)', () => {
  it('a site without its occupation is an error at that cell naming the site', () => {
    const f = only(run(withSites([[1, '浦东考核点', '上海市浦东新区川沙路 100 号', ''], [2, '徐汇考核点', '上海市徐汇区漕溪路 1 号', AI.name]])), 'sh.sites.occupation');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '考核点', cell: 'D2' });
    expect(f[0].message).toContain('浦东考核点');
  });

  it('an applied occupation no site takes is an error naming it; one cell may list several', () => {
    const two = { 申请职业: [OCCUPATION_HEADER, occupationRow(1), occupationRow(2, ECOM)] };
    const f = only(run(withSites([[1, '浦东考核点', '上海市浦东新区川沙路 100 号', AI.name]], two)), 'sh.sites.occupation');
    expect(f.map((x) => x.message)).toEqual(['职业（工种）4-01-06-01 电子商务师 没有考核点']);
    const both = only(run(withSites([[1, '浦东考核点', '上海市浦东新区川沙路 100 号', `${AI.name}、${ECOM.name}`]], two)), 'sh.sites.occupation');
    expect(both).toEqual([]);
  });
});

describe('sh.sites.region — 考核点在上海 (二（五）、四（一）, warning)', () => {
  it('a site outside Shanghai warns at its address', () => {
    const f = only(run(withSites([[1, '杭州考核点', '杭州市西湖区文三路 1 号', AI.name]])), 'sh.sites.region');
    expect(f[0]).toMatchObject({ severity: 'warning', cell: 'C2' });
    expect(only(run(shSpec()), 'sh.sites.region')).toEqual([]);
  });
});

describe('sh.video-monitoring — 考核点设备含视频监控 (二（五）)', () => {
  const equipment = (category: string) => ({ 设施设备: [['序号', '职业（工种）', '类别', '名称', '数量'], [1, AI.name, '场地', '考场', 1], [2, AI.name, category, '设备', 4]] });

  it('a submitted equipment list without monitoring is an error; with it passes; without the list nothing is said', () => {
    const f = only(run({ ...shSpec(), ...equipment('设备') }), 'sh.video-monitoring');
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '设施设备', basis: '《上海原X证书机构备案工作指引》二（五）' });
    expect(f[0].message).toContain('人工智能训练师');
    expect(only(run({ ...shSpec(), ...equipment('视频监控') }), 'sh.video-monitoring')).toEqual([]);
    expect(only(run(shSpec()), 'sh.video-monitoring')).toEqual([]);
  });
});
