import { declarationRule } from '../../../rules/shared/declarations';
import { PROFILES, sh } from './basis';

/** SH 二（一）、二（三）: declared situations that bar the application. */
export const prohibitedSituations = declarationRule({
  id: 'sh.prohibited',
  title: '不予申报的情形（已终止备案、违法失信、未与政府部门脱钩的社会团体）',
  profiles: PROFILES,
  basis: sh('二（一）、二（三）'),
  declarations: [
    { key: 'terminatedList', bars: '是', situation: '在人社部门已终止备案机构名单中' },
    { key: 'violationRecord', bars: '是', situation: '申报单位社会信用不良或有违法违规记录' },
    { key: 'decoupled', bars: '否', natures: ['社会团体'], situation: '社会团体未与政府部门脱钩' },
  ],
});
