import type { CellValue } from '../../../../../src/model/cell';
import { profileById } from '../../../../../src/profiles/profiles';
import { templateSheets } from '../../../../../src/template';
import { AI, ECOM, only, run } from '../../xj/rules/fixture';
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

describe('SH 二（二）、二（五） reach a workbook made from the SH template', () => {
  it('the SH template carries the rosters and the equipment list', () => {
    const names = templateSheets(profileById('sh-xcert')!, '首次备案').map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['工作人员', '专家队伍', '考评人员', '内部质量督导员', '设施设备', '考核点']));
  });

  it('unfilled rosters of the template are errors of 二（二）', () => {
    const spec = { ...shSpec(), 工作人员: [['序号', '姓名', '身份证件号']], 专家队伍: [['序号', '姓名', '身份证件号', '考评职业（工种）', '专家类别']] };
    const f = only(run(spec), 'sh.staffing.present');
    expect(f.map((x) => x.sheet)).toEqual(['工作人员', '专家队伍']);
    expect(f[0].basis).toBe('《上海原X证书机构备案工作指引》二（二）');
  });
});

describe('sh.sites.equipment — 考核点及相应设备设施（含视频监控设备） (二（五）)', () => {
  const spec = (rows: CellValue[][]) => ({ ...shSpec(), 设施设备: [['序号', '职业（工种）', '类别', '名称', '数量', '地点'], ...rows] });
  it('a site whose equipment lacks monitoring is an error at the site; with it passes', () => {
    const site = '浦东职业技能考核点';
    const f = only(run(spec([[1, AI.name, '设备', '标注工作站', 40, site]])), 'sh.sites.equipment');
    expect(f).toEqual([expect.objectContaining({ severity: 'error', sheet: '考核点', cell: 'B2' })]);
    expect(f[0].message).toContain('没有视频监控设备');
    expect(only(run(spec([[1, AI.name, '设备', '标注工作站', 40, site], [2, AI.name, '视频监控', '摄像机', 8, site]])), 'sh.sites.equipment')).toEqual([]);
  });
  it('a list that names no site is left to the per-occupation rules', () => {
    expect(only(run(spec([[1, AI.name, '设备', '标注工作站', 40, '总部']])), 'sh.sites.equipment')).toEqual([]);
  });
});
