import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocx, Column, FONTS, para, run, table, text } from '../../src/forms/build/docx';
import { DRAFT, H1, ORG, section } from '../../src/forms/build/parts';
import { chartPlace } from '../../src/charts/docx-charts';

/**
 * The body of every form template. Tags are the fields of the form's zod
 * schema in src/forms/; the template lint test holds the two together.
 */

const person = (extra: string): Column[] => [
  { header: '序号', mm: 12, cell: '{no}' },
  { header: '姓名', mm: 20, cell: '{name}' },
  { header: '身份证件号', mm: 40, cell: '{id}' },
  { header: '职务/职称/技能等级', mm: 30, cell: '{position}' },
  { header: '学历', mm: 16, cell: '{education}' },
  { header: extra, mm: 38, cell: '{extra}', align: 'left' },
];

const team = () =>
  buildDocx(
    '队伍建设情况',
    DRAFT +
      text('队伍建设情况', { style: 'Title' }) +
      ORG +
      section('工作人员情况', person('主要职责'), 'staff') +
      section('考评人员队伍', person('考评职业（工种）'), 'examiners') +
      section('专家队伍', person('考评职业（工种）'), 'experts') +
      section('内部质量监督人员队伍', person('专业方向'), 'supervisors'),
  );

const equipment = () =>
  buildDocx(
    '场地、设施设备清单',
    DRAFT +
      text('{orgName}设施设备清单', { style: 'Title' }) +
      text('{#groups}', {}) +
      text('职业（工种）：{occupation}', { style: 'Heading2', keepNext: true }) +
      table(
        [
          { header: '序号', mm: 16, cell: '{no}' },
          { header: '名称', mm: 60, cell: '{name}', align: 'left' },
          { header: '规格/型号', mm: 40, cell: '{model}' },
          { header: '数量', mm: 20, cell: '{quantity}' },
          { header: '权属', mm: 20, cell: '{ownership}' },
        ],
        'items',
      ) +
      text('{/groups}', {}) +
      text('填表说明：分职业（工种）填写。', { style: 'Note' }),
  );

const questionBank = () =>
  buildDocx(
    '题库清单',
    DRAFT +
      text('题库清单', { style: 'Title' }) +
      ORG +
      table(
        [
          { header: '职业（工种）', mm: 41, cell: '{occupation}', align: 'left' },
          { header: '职业编码', mm: 24, cell: '{code}' },
          { header: '等级', mm: 28, cell: '{level}' },
          { header: '单选题', mm: 16, cell: '{single}' },
          { header: '多选题', mm: 16, cell: '{multiple}' },
          { header: '判断题', mm: 16, cell: '{trueFalse}' },
          { header: '主观题', mm: 16, cell: '{subjective}' },
          { header: '技能题', mm: 16, cell: '{skill}' },
          { header: '合计', mm: 16, cell: '{total}' },
          { header: '本年新增更新', mm: 22, cell: '{renewed}' },
          { header: '样卷套数', mm: 14, cell: '{samples}' },
        ],
        'rows',
      ),
    { landscape: true },
  );

const LEVELS = [
  ['初级', 'Junior'],
  ['中级', 'Middle'],
  ['高级', 'Senior'],
  ['总计', 'Total'],
] as const;

const xcertData = () =>
  buildDocx(
    '“X证书”评价数据汇总表',
    DRAFT +
      text('“X证书”评价数据汇总表', { style: 'Title' }) +
      ORG +
      table(
        [
          { header: '年度', mm: 14, cell: '{year}' },
          { header: 'X证书项目名称', mm: 41, cell: '{project}', align: 'left' },
          { header: '地区', mm: 16, cell: '{region}' },
          ...LEVELS.map(([cn, k]): Column => ({ header: `认定人次 ${cn}`, mm: 17, cell: `{a${k}}` })),
          ...LEVELS.map(([cn, k]): Column => ({ header: `取证人次 ${cn}`, mm: 17, cell: `{c${k}}` })),
          { header: '获证率', mm: 18, cell: '{rate}' },
        ],
        'rows',
      ),
    { landscape: true },
  );

const materials = () =>
  buildDocx(
    '申请材料清单',
    DRAFT +
      text('申请材料清单', { style: 'Title' }) +
      ORG +
      text('适用规则：{profile}　　申请业务类型：{business}', { style: 'Note' }) +
      table(
        [
          { header: '序号', mm: 12, cell: '{no}' },
          { header: '提供', mm: 12, cell: '{mark}', font: FONTS.symbol },
          { header: '材料名称', mm: 74, cell: '{name}', align: 'left' },
          { header: '文件名或页码', mm: 30, cell: '{file}' },
          { header: '备注', mm: 28, cell: '{remark}', align: 'left' },
        ],
        'items',
      ),
  );

const checkReport = () =>
  buildDocx(
    '备案材料检查报告',
    text('备案材料检查报告', { style: 'Title' }) +
      text('单位名称：{orgName}', { style: 'Note' }) +
      text('检查文件：{file}', { style: 'Note' }) +
      text('适用规则：{profile}　　申请业务类型：{business}', { style: 'Note' }) +
      para(run('检查结论：', { bold: true }) + run('{verdict}（错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项）'), { style: 'Note' }) +
      text('一、问题清单', { style: 'Heading1', keepNext: true }) +
      text('{#groups}', {}) +
      text('{sheet}', { style: 'Heading2', keepNext: true }) +
      table(
        [
          { header: '序号', mm: 10, cell: '{no}' },
          { header: '级别', mm: 12, cell: '{severity}' },
          { header: '单元格', mm: 26, cell: '{cell}', align: 'left' },
          { header: '问题', mm: 52, cell: '{message}', align: 'left' },
          { header: '依据', mm: 28, cell: '{basis}', align: 'left' },
          { header: '建议', mm: 28, cell: '{hint}', align: 'left' },
        ],
        'items',
      ) +
      text('{/groups}', {}) +
      text('二、逐项检查结果', { style: 'Heading1', keepNext: true }) +
      table(
        [
          { header: '序号', mm: 10, cell: '{no}' },
          { header: '检查项', mm: 108, cell: '{title}', align: 'left' },
          { header: '级别', mm: 12, cell: '{severity}' },
          { header: '结果', mm: 26, cell: '{result}' },
        ],
        'rules',
      ),
  );

const summaryNone = () => buildDocx('汇总说明', text('{title}', { style: 'Title' }) + text('　　{message}'));

const officeReport = () =>
  buildDocx(
    '备案工作汇总报告',
    text('备案工作汇总报告', { style: 'Title' }) +
      text('　　本次共收到工作簿 {total} 份，其中通过检查 {passed} 份，未通过 {failed} 份，无法检查 {unchecked} 份，同一机构重复提交未采用 {superseded} 份。') +
      chartPlace() +
      H1('一、按适用规则统计') +
      table(
        [
          { header: '适用规则', mm: 84, cell: '{name}', align: 'left' },
          { header: '工作簿数', mm: 24, cell: '{count}' },
          { header: '通过', mm: 24, cell: '{passed}' },
          { header: '未通过', mm: 24, cell: '{failed}' },
        ],
        'byProfile',
      ) +
      H1('二、按申请业务类型统计') +
      table(
        [
          { header: '申请业务类型', mm: 84, cell: '{name}', align: 'left' },
          { header: '工作簿数', mm: 24, cell: '{count}' },
          { header: '通过', mm: 24, cell: '{passed}' },
          { header: '未通过', mm: 24, cell: '{failed}' },
        ],
        'byBusiness',
      ) +
      H1('三、按地市（师市）统计') +
      table(
        [
          { header: '地市（师市）', mm: 46, cell: '{name}', align: 'left' },
          { header: '工作簿数', mm: 22, cell: '{count}' },
          { header: '通过', mm: 22, cell: '{passed}' },
          { header: '未通过', mm: 22, cell: '{failed}' },
          { header: '备案续期', mm: 22, cell: '{renewals}' },
          { header: '终止备案', mm: 22, cell: '{terminations}' },
        ],
        'byCity',
      ) +
      H1('四、检查发现的问题（按检查项）') +
      table(
        [
          { header: '序号', mm: 12, cell: '{no}' },
          { header: '检查项', mm: 84, cell: '{title}', align: 'left' },
          { header: '级别', mm: 16, cell: '{severity}' },
          { header: '问题数', mm: 22, cell: '{count}' },
          { header: '涉及工作簿', mm: 22, cell: '{workbooks}' },
        ],
        'byCheck',
      ) +
      H1('五、评价与取证情况（按职业）') +
      table(
        [
          { header: '职业（工种）', mm: 50, cell: '{name}', align: 'left' },
          { header: '评价人次', mm: 22, cell: '{assessed}' },
          { header: '取证人次', mm: 22, cell: '{certified}' },
          { header: '取证率', mm: 22, cell: '{rate}' },
          { header: '说明', mm: 40, cell: '{note}', align: 'left' },
        ],
        'occupations',
      ) +
      H1('六、存在错误的机构') +
      table(
        [
          { header: '序号', mm: 12, cell: '{no}' },
          { header: '机构名称', mm: 64, cell: '{orgName}', align: 'left' },
          { header: '工作簿', mm: 44, cell: '{file}', align: 'left' },
          { header: '错误', mm: 18, cell: '{errors}' },
          { header: '警告', mm: 18, cell: '{warnings}' },
        ],
        'failing',
      ) +
      H1('七、跨机构问题（重复提交、同一人员在多个机构任职、同一职业机构数超限、备案到期、一年以上未开展评价）') +
      table(
        [
          { header: '序号', mm: 12, cell: '{no}' },
          { header: '级别', mm: 14, cell: '{severity}' },
          { header: '问题', mm: 90, cell: '{message}', align: 'left' },
          { header: '依据', mm: 40, cell: '{basis}', align: 'left' },
        ],
        'cross',
      ) +
      H1('八、无法检查的文件') +
      table(
        [
          { header: '序号', mm: 12, cell: '{no}' },
          { header: '文件', mm: 60, cell: '{file}', align: 'left' },
          { header: '情况', mm: 24, cell: '{status}' },
          { header: '原因', mm: 60, cell: '{reason}', align: 'left' },
        ],
        'files',
      ),
  );

/** The templates of the forms only one jurisdiction asks for, defined in src/jurisdictions/<j>/forms/templates.ts. */
function jurisdictionTemplates(): Record<string, () => Uint8Array> {
  const root = path.join(__dirname, '../../src/jurisdictions');
  const out: Record<string, () => Uint8Array> = {};
  for (const j of readdirSync(root)) {
    const file = path.join(root, j, 'forms/templates.ts');
    if (existsSync(file)) Object.assign(out, (require(file) as { TEMPLATES: Record<string, () => Uint8Array> }).TEMPLATES);
  }
  return out;
}

/** Form id → the template it is filled into: the common forms and the office report here, each jurisdiction's own forms and summaries from its folder. */
export const TEMPLATE_BUILDERS: Record<string, () => Uint8Array> = {
  ...jurisdictionTemplates(),
  team,
  equipment,
  'question-bank': questionBank,
  'xcert-data': xcertData,
  materials,
  'check-report': checkReport,
  'summary-none': summaryNone,
  'office-report': officeReport,
};
