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

const OFFICE_HEAD = text('填报单位（盖章）：　　　　　　　填报人：　　　　　　联系电话：　　　　　　　　年　　月　　日', { style: 'Note' });

/** The note under a summary listing the organisations whose workbooks left a column unanswered. */
const ASK =
  text('{#asking}', {}) +
  text('表中“未填报”为机构工作簿未填写的栏目，请向以下机构核实后补填：', { style: 'Note' }) +
  text('{#ask}', {}) +
  text('未填报{items}：{orgs}', { style: 'Note' }) +
  text('{/ask}', {}) +
  text('{/asking}', {});

const haRenewSummary = () =>
  buildDocx(
    '河南省职业技能等级评价机构备案续期汇总表',
    text('河南省职业技能等级评价机构备案续期汇总表', { style: 'Title' }) +
      OFFICE_HEAD +
      table(
        [
          { header: '序号', mm: 8, cell: '{no}' },
          { header: '地市', mm: 14, cell: '{city}' },
          { header: '机构类型', mm: 15, cell: '{orgType}' },
          { header: '机构名称', mm: 52, cell: '{orgName}', align: 'left' },
          { header: '备案号', mm: 26, cell: '{filingNo}' },
          { header: '备案有效期止', mm: 19, cell: '{validTo}' },
          { header: '备案期评价人次', mm: 12, cell: '{assessed}' },
          { header: '取证人次', mm: 12, cell: '{certified}' },
          { header: '续期决定（续期/暂缓续期/终止）', mm: 21, cell: '{decision}' },
          { header: '续期起止日期', mm: 13, cell: '{period}' },
          { header: '备注', mm: 33, cell: '{remark}', align: 'left' },
        ],
        'rows',
        ['合计', null, null, '{orgs} 家', '', '', '{totalAssessed}', '{totalCertified}', '', '', ''],
        { small: true },
      ) +
      text('说明：备案机构包括全国性社会组织、全国性单位、用人单位、社评组织、院校。续期决定和续期起止日期由人社部门填写；“建议终止”为备案期评价人次为 0 的机构（《河南省评价机构备案工作指南》六（四）2）；“未填报”为工作簿未填写的栏目。', { style: 'Note' }) +
      ASK,
    { landscape: true },
  );

const haTerminateSummary = () =>
  buildDocx(
    '河南省职业技能等级评价机构终止备案汇总表',
    text('河南省职业技能等级评价机构终止备案汇总表', { style: 'Title' }) +
      OFFICE_HEAD +
      table(
        [
          { header: '地市', mm: 15, cell: '{city}' },
          { header: '机构类型', mm: 16, cell: '{orgType}' },
          { header: '机构名称', mm: 58, cell: '{orgName}', align: 'left' },
          { header: '备案号', mm: 25, cell: '{filingNo}' },
          { header: '备案成功时间', mm: 19, cell: '{filedOn}' },
          { header: '终止备案时间', mm: 19, cell: '{terminatedOn}' },
          { header: '是否开展过评价', mm: 15, cell: '{evaluated}' },
          { header: '是否发过证书', mm: 15, cell: '{certified}' },
          { header: '是否有尚未入网的证书数据', mm: 17, cell: '{pending}' },
          { header: '终止备案原因', mm: 26, cell: '{reason}', align: 'left' },
        ],
        'rows',
        ['合计', null, '{count} 家', '', '', '', '', '', '', ''],
        { small: true },
      ) +
      text('填表说明：机构类型包括全国性分支机构、全国性分支社评组织、用人单位、社评组织、院校。终止备案时间为机构申请的拟终止备案日期。', { style: 'Note' }) +
      ASK,
    { landscape: true },
  );

const btRenewSummary = () =>
  buildDocx(
    '兵团职业技能等级评价机构备案续期汇总表',
    text('兵团职业技能等级评价机构备案续期汇总表', { style: 'Title' }) +
      OFFICE_HEAD +
      table(
        [
          { header: '序号', mm: 8, cell: '{no}' },
          { header: '师市', mm: 26, cell: '{city}' },
          { header: '机构类型', mm: 28, cell: '{orgType}' },
          { header: '机构名称', mm: 45, cell: '{orgName}', align: 'left' },
          { header: '备案号', mm: 24, cell: '{filingNo}' },
          { header: '备案有效期止', mm: 19, cell: '{validTo}' },
          { header: '申请日期', mm: 19, cell: '{applyDate}' },
          { header: '满3个月前申请', mm: 12, cell: '{ahead}' },
          { header: '备案期评价人次', mm: 13, cell: '{assessed}' },
          { header: '取证人次', mm: 13, cell: '{certified}' },
          { header: '评估结论', mm: 18, cell: '' },
        ],
        'rows',
        ['合计', null, null, '{orgs} 家', '', '', '', '', '{totalAssessed}', '{totalCertified}', ''],
        { small: true },
      ) +
      text('说明：《兵团技能人才评价机构管理办法》未附续期汇总表样式，本表栏目取自第十条（备案有效期 3 年，有效期满 3 个月前申请续期，经评估合格的可续期 3 年）。评估结论由人社部门填写。', { style: 'Note' }) +
      ASK,
    { landscape: true },
  );

const btTerminateSummary = () =>
  buildDocx(
    '兵团职业技能等级评价机构终止备案汇总表',
    text('兵团职业技能等级评价机构终止备案汇总表', { style: 'Title' }) +
      OFFICE_HEAD +
      table(
        [
          { header: '序号', mm: 8, cell: '{no}' },
          { header: '师市', mm: 26, cell: '{city}' },
          { header: '机构类型', mm: 28, cell: '{orgType}' },
          { header: '机构名称', mm: 41, cell: '{orgName}', align: 'left' },
          { header: '备案号', mm: 24, cell: '{filingNo}' },
          { header: '备案有效期止', mm: 18, cell: '{validTo}' },
          { header: '申请日期', mm: 18, cell: '{applyDate}' },
          { header: '拟终止备案日期', mm: 18, cell: '{endDate}' },
          { header: '已停止评价报名', mm: 12, cell: '{stopped}' },
          { header: '证书数据已全部上传', mm: 12, cell: '{uploaded}' },
          { header: '终止备案原因', mm: 20, cell: '{reason}', align: 'left' },
        ],
        'rows',
        ['合计', null, null, '{count} 家', '', '', '', '', '', '', ''],
        { small: true },
      ) +
      text('说明：《兵团技能人才评价机构管理办法》未附终止备案汇总表样式，本表栏目取自第十八条（五）：自愿终止备案的，应提前停止评价报名工作，待所有评价证书数据成功上传技能人才评价工作网之后，再提交申请。', { style: 'Note' }) +
      ASK,
    { landscape: true },
  );

const btNoticeList = () =>
  buildDocx(
    '兵团拟取消备案资质的职业技能等级评价机构公示名单',
    text('拟取消备案资质的职业技能等级评价机构公示名单', { style: 'Title' }) +
      text('公示期：　　年　　月　　日至　　年　　月　　日（7 个工作日）', { style: 'Note' }) +
      table(
        [
          { header: '序号', mm: 8, cell: '{no}' },
          { header: '师市', mm: 26, cell: '{city}' },
          { header: '机构名称', mm: 50, cell: '{orgName}', align: 'left' },
          { header: '统一社会信用代码', mm: 34, cell: '{creditCode}' },
          { header: '备案号', mm: 24, cell: '{filingNo}' },
          { header: '备案有效期止', mm: 19, cell: '{validTo}' },
          { header: '最近评价日期', mm: 19, cell: '{lastEvaluation}' },
          { header: '取消备案资质的情形', mm: 45, cell: '{grounds}', align: 'left' },
        ],
        'rows',
        undefined,
        { small: true },
      ) +
      text(
        '说明：《兵团技能人才评价机构管理办法》第十九条（一）规定，评价机构备案期满未书面提出续期备案申请的，人力资源和社会保障部门在核实无收尾数据后取消备案资质；备案后无正当理由一年以上不开展评价工作的，经公示后取消备案资质。该办法未附名单样式，本表栏目取自第十八条、第十九条；公示期参照第十九条（二）的 7 个工作日。名单依据收到的工作簿列出，公示前请核实有无正当理由和收尾数据。',
        { style: 'Note' },
      ),
    { landscape: true },
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
          { header: '职业（工种）', mm: 66, cell: '{name}', align: 'left' },
          { header: '评价人次', mm: 30, cell: '{assessed}' },
          { header: '取证人次', mm: 30, cell: '{certified}' },
          { header: '取证率', mm: 30, cell: '{rate}' },
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

/** Form id → the template it is filled into: the common and office forms here, each jurisdiction's from its folder. */
export const TEMPLATE_BUILDERS: Record<string, () => Uint8Array> = {
  ...jurisdictionTemplates(),
  team,
  equipment,
  'question-bank': questionBank,
  'xcert-data': xcertData,
  materials,
  'check-report': checkReport,
  'ha-renew-summary': haRenewSummary,
  'ha-terminate-summary': haTerminateSummary,
  'bt-renew-summary': btRenewSummary,
  'bt-terminate-summary': btTerminateSummary,
  'bt-notice-list': btNoticeList,
  'summary-none': summaryNone,
  'office-report': officeReport,
};
