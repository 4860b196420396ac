import type { Rule } from '../../rule';
import { declarationRule } from '../../shared/declarations';
import { checkNotGovernment } from '../../shared/government';
import { bt, FILINGS, PROFILES } from './basis';

export const notGovernment: Rule = {
  id: 'bt.eligibility.government',
  title: '社会培训评价组织应为独立法人（含与政府部门脱钩的社会团体），政府机关及事业单位不在此列',
  profiles: ['bt-social'],
  business: FILINGS,
  severity: 'error',
  basis: bt('第七条（二）1'),
  hint: '机关、事业单位及未与政府部门脱钩的社会团体不能作为社会培训评价组织备案',
  check: (ctx) => checkNotGovernment(ctx, '社会培训评价组织应为独立法人（含与政府部门脱钩的社会团体），政府机关及所属事业单位不能备案'),
};

/** 第六条（一）: good credit for every organisation; 第七条（二）3: the lists social organisations must not be on. */
export const prohibitedSituations = declarationRule({
  id: 'bt.prohibited',
  title: '信用良好、无不良记录；不在年审不合格、经营异常或非法社会组织名单内',
  profiles: PROFILES,
  basis: bt('第六条（一）、第七条（二）3'),
  declarations: [
    { key: 'violationRecord', bars: '是', situation: '有违法违规或失信记录（应信用良好）' },
    { key: 'badRecord', bars: '是', situation: '有不良行为记录' },
    { key: 'annualReviewFailed', bars: '是', natures: ['社会团体', '民办非企业单位'], situation: '近 3 年在民政部门年审不合格名单内' },
    { key: 'illegalOrgList', bars: '是', natures: ['社会团体', '民办非企业单位'], situation: '在民政部门非法社会组织名单内' },
    { key: 'abnormalOperation', bars: '是', natures: ['企业', '央企'], situation: '近 3 年在市场监管部门经营异常名单内' },
    { key: 'decoupled', bars: '否', natures: ['社会团体'], situation: '社会团体未与政府部门脱钩' },
  ],
});

/** 第十八条（五）: stop registration and upload every certificate before applying to terminate. */
export const terminationReadiness = declarationRule({
  id: 'bt.termination.readiness',
  title: '自愿终止备案前应停止评价报名，并将全部证书数据上传技能人才评价工作网',
  profiles: PROFILES,
  basis: bt('第十八条（五）'),
  business: ['终止备案'],
  hint: '先停止评价报名，待所有评价证书数据成功上传技能人才评价工作网后再申请终止备案',
  consequence: '尚不能提交自愿终止备案申请',
  declarations: [
    { key: 'registrationStopped', bars: '否', situation: '尚未停止评价报名工作' },
    { key: 'certificatesUploaded', bars: '否', situation: '仍有评价证书数据未上传技能人才评价工作网' },
  ],
});
