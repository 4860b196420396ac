import { citeIn } from '../../sources/source';
import { SOURCE } from './source';
import type { Material, MaterialsTable } from '../../materials/types';

/** XJ 五（一）: the 22 filing materials, with the names clerks commonly shorten them to. */
const ITEMS: [name: string, aliases?: string[]][] = [
  ['应急预案'],
  ['财务管理办法', ['财务管理制度']],
  ['培训管理办法', ['培训管理制度']],
  ['证书管理办法', ['证书管理制度']],
  ['内部质量督导员管理办法', ['督导员管理办法', '内部质量督导员管理制度']],
  ['考评人员管理办法', ['考评员管理办法', '考评人员管理制度']],
  ['考务管理办法', ['考务管理制度']],
  ['机构管理办法', ['机构管理制度']],
  ['质量管控措施', ['质量管控制度']],
  ['岗位职责、操作规程等', ['岗位职责', '操作规程']],
  ['题库管理办法', ['题库管理制度']],
  ['工作人员名册'],
  ['场地、设施设备清单', ['设施设备清单']],
  ['内部质量督导员名册', ['督导员名册']],
  ['题库清单'],
  ['考评人员名册', ['考评员名册']],
  ['法人签字诚信承诺书', ['诚信承诺书']],
  ['职业技能等级认定工作实施方案', ['认定工作实施方案']],
  ['《社会培训评价组织基本情况表》', ['社会培训评价组织基本情况表', '基本情况表']],
  ['职业（工种）名称、技能等级范围、职业标准', ['职业标准']],
  ['法人登记证书', ['营业执照', '登记证书']],
  ['其他有关资料'],
];

/** 22 其他有关资料 is open-ended, so listed but not enforced. */
const FILING: readonly Material[] = ITEMS.map(([name, aliases], i) => ({
  name,
  ...(aliases ? { aliases } : {}),
  basis: citeIn(SOURCE, `五（一）${i + 1}`),
  required: name !== '其他有关资料',
}));

/**
 * 七（一）: the intent letter goes in on its own before the materials; it is
 * listed so the clerk can record it, and checked by xj.deadline.intent.
 */
const INTENT: Material = {
  name: '关于申请备案开展1+X证书职业技能等级认定的意向函',
  aliases: ['意向函'],
  basis: citeIn(SOURCE, '七（一）'),
  required: false,
  note: '2026年4月30日前提交',
};

export const XJ_MATERIALS: MaterialsTable = {
  'xj-xcert': (business) => (business === '首次备案' ? [...FILING, INTENT] : FILING),
};
