import { parseSkillLevel, skillLevelLabel } from '../validate/levels';
import type { Fixer } from './fix';

/** A level written another way ("高级工", "三级", "3级") becomes the template's value ("三级/高级工"). */
export const fixLevel: Fixer = ({ value }) => {
  const r = parseSkillLevel(value);
  if (r.value === undefined || r.issues.length) return undefined;
  const label = skillLevelLabel(r.value);
  if (value === label) return undefined;
  return { after: { kind: 'text', text: label }, reason: '技能等级改为模板中的写法' };
};
