import { SEEDS } from '../../profiles/profiles';
import type { Material, MaterialsTable } from './types';

const NAMES = [
  '应急预案',
  '财务管理办法',
  '培训管理办法',
  '证书管理办法',
  '内部质量督导员管理办法',
  '考评人员管理办法',
  '考务管理办法',
  '机构管理办法',
  '质量管控措施',
  '岗位职责、操作规程等',
  '题库管理办法',
  '工作人员名册',
  '场地、设施设备清单',
  '内部质量督导员名册',
  '题库清单',
  '考评人员名册',
  '法人签字诚信承诺书',
  '职业技能等级认定工作实施方案',
  '《社会培训评价组织基本情况表》',
  '职业（工种）名称、技能等级范围、职业标准',
  '法人登记证书',
  '其他有关资料',
];

/** XJ 五（一）: the 22 filing materials; 22 其他有关资料 is open-ended, so listed but not enforced. */
const LIST: readonly Material[] = NAMES.map((name, i) => ({
  name,
  basis: `${SEEDS.XJ} 五（一）${i + 1}`,
  required: name !== '其他有关资料',
}));

export const XJ_MATERIALS: MaterialsTable = { 'xj-xcert': () => LIST };
