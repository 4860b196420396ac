import { z } from 'zod';
import { normaliseLabel } from '../../../model/label';
import { FormDef, FormInput, header, headerSchema } from '../../../forms/common';

/** HA 附件3 评价管理制度清单, section by section, in its numbering. */
export const HA_RULES_LIST: readonly { section: string; items: readonly string[] }[] = [
  { section: '一、内部管理制度', items: ['机构财务管理制度', '机构人员管理制度', '机构公章使用制度'] },
  {
    section: '二、考务管理制度',
    items: ['职业技能等级认定报名及资格审核办法', '职业技能等级认定考核实施细则', '认定过程中值班专家管理办法', '职业技能等级认定考生违规违纪处理办法', '职业技能等级认定成绩管理办法'],
  },
  { section: '三、试题管理制度', items: ['职业技能等级认定试题管理规定'] },
  { section: '四、质量督导制度', items: ['职业技能等级认定考评工作质量管理规定', '职业技能等级认定考评员管理规定', '职业技能等级认定督导员管理规定'] },
  { section: '五、证书管理制度', items: ['职业技能等级证书管理规定'] },
  { section: '六、档案管理及公示制度', items: ['职业技能等级认定档案管理规定', '职业技能等级认定公示制度'] },
  { section: '七、安全管理制度', items: ['职业技能等级认定考试现场安全管理制度', '职业技能等级认定考场突发事件应急预案', '单位消防安全管理相关制度'] },
];

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八'];

const schema = z.object({
  ...headerSchema,
  sections: z.array(z.object({ section: z.string(), items: z.array(z.object({ mark: z.string(), no: z.string(), name: z.string() })) })),
});

/** 制度 the 申请材料 sheet marks 是, by name (the 职业技能等级认定 prefix may be left out). */
function provided(input: FormInput): string[] {
  const out: string[] = [];
  for (const t of input.book.tablesOf('materials')) {
    for (const r of t.rows) if (t.text(r, 'provided') === '是') out.push(normaliseLabel(t.text(r, 'material')));
  }
  return out;
}

const core = (name: string) => normaliseLabel(name.replace(/^职业技能等级认定/, ''));

/** HA 附件3: ☑ for each 制度 the 申请材料 sheet marks as provided. */
export const HA_RULES: FormDef<typeof schema> = {
  id: 'ha-rules',
  title: '评价管理制度清单',
  profiles: ['ha-employer', 'ha-social', 'ha-school'],
  business: ['首次备案', '增量备案'],
  schema,
  build(input) {
    const listed = provided(input);
    let n = 0;
    return {
      ...header(input),
      sections: HA_RULES_LIST.map((s) => ({
        section: s.section,
        items: s.items.map((name) => ({ mark: listed.some((l) => l.includes(core(name))) ? '☑' : '☐', no: `（${CN[n++]}）`, name })),
      })),
    };
  },
};
