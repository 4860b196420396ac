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
 * NX names no list: 第十四条 asks for the materials the call for
 * applications sets, so this is the evidence of each condition of 第六–十条.
 * Conditions the text softens (一般) or that the selecting bodies check
 * themselves (credit, 第十六条) are listed but not enforced.
 */
const LIST: readonly Material[] = [
  item('法人登记证书或营业执照', '第二条、第六条', ['营业执照', '法人登记证书', '登记证书']),
  item('财务制度和管理制度', '第六条', ['财务制度', '财务管理制度']),
  item('近三年工商税务年审记录', '第六条', ['工商税务年审记录', '年审记录']),
  item('信用证明', '第六条、第十六条', ['信用报告'], { required: false, note: '信用情况由遴选机构通过有关信用平台核查' }),
  item('职业技能等级标准', '第七条', ['技能等级标准', '等级标准']),
  item('龙头企业、优质企业认可及行业企业权威专家推荐材料', '第七条', ['企业认可证明', '专家推荐']),
  item('教材、考核大纲、教学案例库、题库等培训考核资源', '第八条', ['培训考核资源', '考核大纲']),
  item('近三年出版的教材', '第八条', ['出版教材'], { required: false, note: '一般应有近三年出版的先进教材' }),
  item('专家、师资团队名单', '第九条', ['师资团队', '专家队伍', '专家名册']),
  item('培训和考核规模及业界认可证明', '第十条', ['业界认可证明', '规模证明']),
  item('其他材料', '第十四条', undefined, { required: false }),
];

export const NX_MATERIALS: MaterialsTable = { 'nx-1x': () => LIST };
