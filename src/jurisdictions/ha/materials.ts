import type { BusinessType } from '../../model/schema';
import { citeIn } from '../../sources/source';
import { SOURCE } from './source';
import type { Material, MaterialsTable } from '../../materials/types';

const ha = (clause: string) => citeIn(SOURCE, clause);
const m = (name: string, clause: string, extra: Partial<Material> = {}): Material => ({ name, basis: ha(clause), required: true, ...extra });

/** 一（八）: 用人单位, incl. central-SOE branches (item 8 only for them). */
const EMPLOYER: readonly Material[] = [
  m('申请备案职业技能等级评价机构的文件', '一（八）1'),
  m('《河南省职业技能等级评价机构备案申请表》', '一（八）2', { aliases: ['备案申请表'] }),
  m('法人登记证书、营业执照（复印件）', '一（八）3', { aliases: ['营业执照', '法人登记证书'] }),
  m('诚信承诺书', '一（八）4'),
  m('职业技能等级认定工作实施方案', '一（八）5', { aliases: ['实施方案'] }),
  m('评价管理制度', '一（八）6'),
  m('行业、企业评价规范', '一（八）7', { aliases: ['企业评价规范'] }),
  m('人社部同意央企集团公司备案的文件', '一（八）8（1）', { required: false, note: '央企分支机构提供' }),
  m('央企集团公司等级认定工作实施方案', '一（八）8（2）', { required: false, note: '央企分支机构提供' }),
  m('集团公司关于职业技能等级认定工作的区域管理情况', '一（八）8（3）', { required: false, note: '央企分支机构提供' }),
];

/** 二（八）: 社会培训评价组织; items 8–11 are kept for the technical evaluation, 12–13 only for branches. */
const SOCIAL: readonly Material[] = [
  m('申请备案职业技能等级评价机构的文件', '二（八）1'),
  m('《河南省职业技能等级评价机构备案申请表》', '二（八）2', { aliases: ['备案申请表'] }),
  m('法人登记证书、营业执照、办学许可证（复印件）', '二（八）3', { aliases: ['营业执照', '法人登记证书'] }),
  m('诚信承诺书', '二（八）4'),
  m('职业技能等级认定工作实施方案', '二（八）5', { aliases: ['实施方案'] }),
  m('场地、设施设备等资产有效证明文件及照片、视频资料', '二（八）6', { aliases: ['场地、设施设备等资产有效证明文件'] }),
  m('试题和题库情况（含样题样卷、结构表、细目表）', '二（八）7', { aliases: ['试题和题库情况'] }),
  m('考评人员、专家等专业人员的技能水平证明及评聘资料', '二（八）8', { aliases: ['技能水平证明'], onSite: true, note: '技术评估时备查，不随申请提交' }),
  m('评价管理制度', '二（八）9', { onSite: true, note: '技术评估时备查，不随申请提交' }),
  m('申请职业（工种）相应的国家职业标准', '二（八）10', { aliases: ['国家职业标准'], onSite: true, note: '技术评估时备查，不随申请提交' }),
  m('职业技能等级证书格式样本', '二（八）11', { aliases: ['证书格式样本', '证书样本'], onSite: true, note: '技术评估时备查，不随申请提交' }),
  m('行业职业技能等级认定试点机构试点工作方案（含分支机构遴选标准）', '二（八）12', { required: false, note: '部门行业试点分支机构提供' }),
  m('全国性社评组织实施方案、诚信承诺书和授权文件', '二（八）13', { required: false, note: '全国性社评组织分支机构提供' }),
];

/** 三（八）: 院校. */
const SCHOOL: readonly Material[] = [
  m('申请备案职业技能等级评价机构的文件', '三（八）1'),
  m('《河南省职业技能等级评价机构备案申请表》', '三（八）2', { aliases: ['备案申请表'] }),
  m('诚信承诺书', '三（八）3'),
  m('职业技能等级认定工作实施方案', '三（八）4', { aliases: ['实施方案'] }),
  m('评价管理制度', '三（八）5'),
  m('其他佐证材料', '三（八）6', { required: false }),
];

/** 四（三）: 信息变更 — the application form with only basic information, changes in red. */
const CHANGE: readonly Material[] = [
  m('申请备案信息变更的文件', '四（三）1'),
  m('《河南省职业技能等级评价机构备案申请表》（仅填基础信息，变更部分标红）', '四（三）2', { aliases: ['备案申请表'] }),
  m('佐证材料', '四（三）3'),
];

/** 五（三）: 增量备案; items 3–5 only for the new occupations or sites. */
const INCREMENT: readonly Material[] = [
  m('申请增量备案的文件', '五（三）1'),
  m('《河南省职业技能等级评价机构备案申请表》', '五（三）2', { aliases: ['备案申请表'] }),
  m('场地、设施设备等资产有效证明文件及照片、视频资料', '五（三）3', { aliases: ['场地、设施设备等资产有效证明文件'], note: '仅新增职业（工种）、考点相关' }),
  m('试题和题库建设情况（含样题样卷、结构表、细目表）', '五（三）4', { aliases: ['试题和题库建设情况', '试题和题库情况'], note: '仅新增职业（工种）、考点相关' }),
  m('考评人员、专家等专业人员的技能水平证明及评聘资料', '五（三）5', { aliases: ['技能水平证明'], note: '仅新增职业（工种）、考点相关' }),
];

/** 六（三）: 备案续期; penalties must be stated in the summary report. */
const RENEWAL: readonly Material[] = [
  m('评价机构申请备案续期的文件', '六（三）1'),
  m('总结报告（有被处罚情况的须特别说明）', '六（三）2', { aliases: ['总结报告'] }),
  m('《河南省职业技能等级评价机构备案续期申请表》', '六（三）3', { aliases: ['备案续期申请表'] }),
  m('中国就业培训技术指导中心同意全国性评价机构备案续期的回执', '六（三）4', { required: false, note: '全国性评价机构分支提供' }),
];

/** 七（三）: 终止备案. */
const TERMINATION: readonly Material[] = [
  m('申请终止备案的文件', '七（三）1'),
  m('评价机构收尾工作安排', '七（三）2', { aliases: ['收尾工作安排'] }),
];

function forType(first: readonly Material[]) {
  return (business: BusinessType): readonly Material[] => {
    switch (business) {
      case '信息变更':
        return CHANGE;
      case '增量备案':
        return INCREMENT;
      case '备案续期':
        return RENEWAL;
      case '终止备案':
        return TERMINATION;
      default:
        return first;
    }
  };
}

export const HA_MATERIALS: MaterialsTable = {
  'ha-employer': forType(EMPLOYER),
  'ha-social': forType(SOCIAL),
  'ha-school': forType(SCHOOL),
};
