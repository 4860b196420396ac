import type { BusinessType } from '../../model/schema';
import type { RecognisedWorkbook } from '../../model/table';
import { citeIn } from '../../sources/source';
import { SOURCE } from './source';
import type { Material, MaterialsTable } from '../../materials/types';

const bt = (clause: string) => citeIn(SOURCE, clause);
const m = (name: string, clause: string, extra: Partial<Material> = {}): Material => ({ name, basis: bt(clause), required: true, ...extra });

/**
 * The measures list conditions, not a form-by-form list: each item is the
 * evidence of a condition of 第六条 (and 第七条 for the organisation type),
 * and an item whose clause names a case is only asked for in that case.
 */
/** 第六条（二）: the agreements concern part-time examiners only. */
function hasPartTimeExaminers(book: RecognisedWorkbook): boolean {
  return book.tablesOf('examiners').some((t) => t.rows.some((row) => t.text(row, 'employment') === '兼职'));
}

const COMMON: readonly Material[] = [
  m('备案申请书', '第八条（二）', { aliases: ['备案申请', '申请书'] }),
  m('法人登记证书或营业执照（复印件）', '第六条（一）', { aliases: ['营业执照', '法人登记证书'] }),
  m('财务制度和收费标准', '第六条（一）'),
  m('评价管理制度', '第六条（一）', { aliases: ['管理制度'] }),
  m('信用报告或信用承诺', '第六条（一）', { aliases: ['信用报告', '诚信承诺书'] }),
  m('工作人员、命题专家、考评人员、内部质量督导人员名册', '第六条（二）', { aliases: ['人员名册'] }),
  m('命题专家资质证明', '第六条（二）'),
  m('兼职考评人员聘用协议（1–3 年）', '第六条（二）', { aliases: ['聘用协议'], when: hasPartTimeExaminers, note: '有兼职考评人员时提供' }),
  m('场所、设施设备清单及所有权或 3 年以上使用权证明', '第六条（三）', { aliases: ['场地、设施设备清单', '使用权证明'] }),
  m('视频监控设备情况', '第六条（三）', { aliases: ['视频监控'] }),
  m('题（卷）库情况及年度扩充更新计划', '第六条（四）', { aliases: ['题库清单', '题库情况'] }),
  m('经费保障说明', '第六条（五）'),
];

const BY_TYPE: Partial<Record<string, readonly Material[]>> = {
  'bt-employer': [m('职业技能等级津贴制度或评价结果与薪酬待遇、岗位使用挂钩的证明', '第七条（一）3')],
  'bt-social': [m('在拟开展评价的职业领域的影响力和评价资源、经验说明', '第七条（二）2')],
};

const CHANGE: readonly Material[] = [
  m('备案信息变更说明', '第十八条（二）', { aliases: ['变更说明', '变更原因'] }),
  m('登记注册机关出具的变更文件', '第十八条（一）', { required: false, note: '修改机构名称、备案号等重要信息时提供' }),
  m('法人证书（营业执照）', '第十八条（一）', { required: false, note: '修改机构名称、备案号等重要信息时提供' }),
];

const TERMINATION: readonly Material[] = [m('自愿终止备案申请', '第十八条（五）', { aliases: ['终止备案申请'] })];

const RENEWAL: readonly Material[] = [m('续期备案申请', '第十条', { aliases: ['续期申请'] })];

function forProfile(profile: string) {
  return (business: BusinessType): readonly Material[] => {
    switch (business) {
      case '信息变更':
        return CHANGE;
      case '终止备案':
        return TERMINATION;
      case '备案续期':
        return [...RENEWAL, ...COMMON.slice(1)];
      case '增量备案':
        return [m('增量备案申请', '第十八条（三）'), ...COMMON.slice(5)];
      default:
        return [...COMMON, ...(BY_TYPE[profile] ?? [])];
    }
  };
}

export const BT_MATERIALS: MaterialsTable = {
  'bt-employer': forProfile('bt-employer'),
  'bt-school': forProfile('bt-school'),
  'bt-social': forProfile('bt-social'),
  'bt-special': forProfile('bt-special'),
  'bt-qualification': forProfile('bt-qualification'),
};
