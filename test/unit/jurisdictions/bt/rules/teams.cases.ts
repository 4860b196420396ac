import { annualRenewal } from '../../../../../src/jurisdictions/bt/rules/question-bank';
import { examiners, questionSetters, teams, videoMonitoring } from '../../../../../src/jurisdictions/bt/rules/teams';
import { badCheckId } from '../../../../helpers/people';
import { ruleCases } from '../../../../helpers/rule-tester';
import { btSpec, WELDER } from './fixture';

const edit = (change: (spec: ReturnType<typeof btSpec>) => void) => {
  const spec = btSpec();
  change(spec);
  return spec;
};

export default ruleCases('BT teams, monitoring and question bank renewal', [teams, questionSetters, examiners, videoMonitoring, annualRenewal], {
  valid: [
    { name: 'two question setters, three examiners, cameras, 20% renewed', spec: btSpec() },
  ],
  invalid: [
    { name: 'no supervisor', spec: edit((s) => (s['内部质量督导员'] = [s['内部质量督导员'][0]])), expect: [{ rule: 'bt.teams', cell: '内部质量督导员', severity: 'error' }] },
    { name: 'one question setter', spec: edit((s) => (s['专家队伍'] = s['专家队伍'].slice(0, 2))), expect: [{ rule: 'bt.experts.min', cell: '专家队伍', severity: 'warning', message: '焊工 命题专家 1 名，少于 2 名' }] },
    { name: 'two examiners', spec: edit((s) => (s['考评员名册'] = s['考评员名册'].slice(0, 3))), expect: [{ rule: 'bt.examiners.min', cell: '考评员名册', severity: 'warning', message: '考评人员 2 名，少于 3 名' }] },
    {
      name: 'an examiner with a broken ID not counted',
      spec: edit((s) => (s['考评员名册'][3][2] = badCheckId(String(s['考评员名册'][3][2])))),
      expect: [{ rule: 'bt.examiners.min', cell: '考评员名册', severity: 'warning', message: '另有 1 人身份证件号有误或未填写，未计入' }],
    },
    { name: 'no camera', spec: edit((s) => (s['设施设备'] = s['设施设备'].filter((r) => r[2] !== '视频监控'))), expect: [{ rule: 'bt.video-monitoring', cell: '设施设备', severity: 'error', message: WELDER.name }] },
    { name: '199 of 1000 questions renewed', spec: edit((s) => (s['题库'][1][5] = 199)), expect: [{ rule: 'bt.question-bank.renewal', cell: '题库!F2', severity: 'error', message: '1000 道' }] },
  ],
});
