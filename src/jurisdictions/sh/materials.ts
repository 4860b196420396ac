import { citeIn } from '../../sources/source';
import { SOURCE } from './source';
import type { Material, MaterialsTable } from '../../materials/types';

const item = (name: string, clause: string, aliases?: string[], extra: Partial<Material> = {}): Material => ({
  name,
  ...(aliases ? { aliases } : {}),
  basis: citeIn(SOURCE, clause),
  required: true,
  ...extra,
});

/**
 * SH 四（一）–（七）, each bracketed "含…" part listed on its own so the
 * sheet shows what is still missing; one combined line such as
 * "职业技能评价工作方案（含承诺书、廉洁责任书）" satisfies all its parts.
 */
const LIST: readonly Material[] = [
  item('意向申请书', '三（一）、五（一）', ['意向申请'], { required: false, note: '2026年4月20日至30日发送至指定邮箱' }),
  item('行业主管部门（或上级主管部门）推荐函', '四（一）、附件1', ['行业主管部门推荐函', '上级主管部门推荐函', '主管部门推荐函']),
  item('考核点所在区人社部门推荐函', '四（一）、附件2', ['区人社部门推荐函', '考核点推荐函', '区人力资源和社会保障局推荐函'], { note: '每个考核点一份' }),
  item('“X证书”评价数据汇总表', '四（二）、附件3', ['X证书评价数据汇总表', '评价数据汇总表']),
  item('社会培训评价组织征集遴选申请表', '四（三）', ['征集遴选申请表']),
  item('信用报告', '四（四）'),
  item('近两年财务审计报告', '四（四）', ['财务审计报告', '审计报告']),
  item('法人登记证书或营业执照复印件', '四（四）', ['营业执照', '法人登记证书']),
  item('职业技能评价工作方案', '四（五）', ['评价工作方案']),
  item('承诺书', '四（五）'),
  item('廉洁责任书', '四（五）'),
  item('职业技能评价项目实施方案', '四（六）', ['项目实施方案']),
  item('各等级评价方案', '四（六）', ['等级评价方案']),
  item('两套样卷', '四（六）', ['样卷'], { note: '每个等级两套' }),
  item('其他材料', '四（七）', undefined, { required: false }),
];

export const SH_MATERIALS: MaterialsTable = { 'sh-xcert': () => LIST };
