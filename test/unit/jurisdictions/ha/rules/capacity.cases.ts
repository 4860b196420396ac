import { teams, videoMonitoring } from '../../../../../src/jurisdictions/ha/rules/capacity';
import { ruleCases } from '../../../../helpers/rule-tester';
import { ELECTRICIAN, haSpec } from './fixture';

const withoutSupervisorsAndExperts = () => {
  const spec = haSpec();
  spec['内部质量督导员'] = [spec['内部质量督导员'][0]];
  delete spec['专家队伍'];
  return spec;
};
const withoutElectricianCameras = () => {
  const spec = haSpec();
  spec['设施设备'] = spec['设施设备'].filter((r) => r[2] !== '视频监控' || r[1] !== ELECTRICIAN.name);
  return spec;
};

export default ruleCases('HA teams and monitoring', [teams, videoMonitoring], {
  valid: [{ name: 'every team and camera', spec: haSpec() }],
  invalid: [
    {
      name: 'no supervisor and no expert team',
      spec: withoutSupervisorsAndExperts(),
      expect: [
        { rule: 'ha.teams', cell: '内部质量督导员', severity: 'error', message: '内部质量督导人员' },
        { rule: 'ha.teams', cell: null, severity: 'error', message: '专家队伍' },
      ],
    },
    { name: 'no camera for 电工', spec: withoutElectricianCameras(), expect: [{ rule: 'ha.video-monitoring', cell: '设施设备', severity: 'error', message: ELECTRICIAN.name }] },
  ],
});
