import type { Rule } from '../../../rules/rule';
import { declarationRule } from '../../../rules/shared/declarations';
import { GOVERNMENT_CODES, GOVERNMENT_NATURES } from '../../../rules/shared/government';
import { bt, FILINGS, PROFILES } from './basis';
import type { OrgKey } from '../../../model/schema';

/**
 * 第七条（二）1 admits 各类独立法人（含与政府部门脱钩的社会团体等）and,
 * unlike HA 二（七）1 and SH 二（三）, bars no 事业单位. A body the credit
 * code or 单位性质 shows as government-linked, or a social group not
 * decoupled, is asked to confirm it is such an independent legal person.
 */
export const independentLegalPerson: Rule = {
  id: 'bt.eligibility.legal-person',
  title: '社会培训评价组织为具备人才培养或评价服务范围的各类独立法人（含与政府部门脱钩的社会团体）',
  profiles: ['bt-social'],
  business: FILINGS,
  severity: 'warning',
  basis: bt('第七条（二）1'),
  hint: '第七条（二）1 不排除事业单位；请在材料中说明本单位为独立法人，且具备人才培养或评价服务范围',
  check(ctx) {
    const org = ctx.book.org;
    if (!org) return;
    const at = (key: OrgKey) => {
      const c = org.cell(key)!;
      return { sheet: org.sheet.name, cell: c.address, row: c.row, column: org.header(key) };
    };
    const code = org.text('creditCode').normalize('NFKC').replace(/\s+/g, '').toUpperCase();
    const nature = org.text('nature');
    const kind = GOVERNMENT_CODES[code.slice(0, 2)];
    const confirm = '请确认为具备人才培养或评价服务范围的独立法人';
    if (kind && org.cell('creditCode')) {
      ctx.report({ ...at('creditCode'), message: `统一社会信用代码以 ${code.slice(0, 2)} 开头，登记类别为${kind}；${confirm}` });
    } else if (GOVERNMENT_NATURES.includes(nature) && org.cell('nature')) {
      ctx.report({ ...at('nature'), message: `单位性质为“${nature}”；${confirm}` });
    }
    if (nature === '社会团体' && org.text('decoupled') === '否' && org.cell('decoupled')) {
      ctx.report({ ...at('decoupled'), message: `社会团体尚未与政府部门脱钩；第七条（二）1 所列独立法人含“与政府部门脱钩的社会团体”，${confirm}` });
    }
  },
};

/**
 * 第六条（一）: good credit for every organisation; 第七条（二）3 names the
 * lists a social organisation must not be on, and only a social
 * organisation's findings cite it: for the others such a listing is a
 * lapse of the good credit 第六条（一） asks.
 */
export const prohibitedSituations = declarationRule({
  id: 'bt.prohibited',
  title: '信用良好、无不良记录；不在年审不合格、经营异常或非法社会组织名单内',
  profiles: PROFILES,
  basis: { 'bt-social': bt('第六条（一）、第七条（二）3'), default: bt('第六条（一）') },
  declarations: [
    { key: 'violationRecord', bars: '是', situation: '有违法违规或失信记录（应信用良好）' },
    { key: 'badRecord', bars: '是', situation: '有不良行为记录' },
    { key: 'annualReviewFailed', bars: '是', natures: ['社会团体', '民办非企业单位'], situation: '近 3 年在民政部门年审不合格名单内' },
    { key: 'illegalOrgList', bars: '是', natures: ['社会团体', '民办非企业单位'], situation: '在民政部门非法社会组织名单内' },
    { key: 'abnormalOperation', bars: '是', natures: ['企业', '央企'], situation: '近 3 年在市场监管部门经营异常名单内' },
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
