import { buildDocx, Column, FONTS, grid, GridCell, para, run, table, text } from './docx';

/**
 * The body of every form template. Tags are the fields of the form's zod
 * schema in src/forms/; the template lint test holds the two together.
 */

const DRAFT = text('{draft}', { align: 'center', bold: true, color: 'C00000' });
const ORG = text('填报单位：{orgName}', { style: 'Note' });

function section(title: string, columns: readonly Column[], loop: string): string {
  return text(title, { style: 'Heading2', keepNext: true }) + table(columns, loop);
}

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
          { header: '检查项', mm: 74, cell: '{title}', align: 'left' },
          { header: '级别', mm: 12, cell: '{severity}' },
          { header: '规则', mm: 34, cell: '{id}', align: 'left' },
          { header: '结果', mm: 26, cell: '{result}' },
        ],
        'rules',
      ),
  );

/** A value that prints in red when the workbook's 变更前 column shows it changed. */
function changeable(field: string): GridCell {
  return {
    raw: true,
    content: run(`{#${field}Changed}`) + run(`{${field}}`, { color: 'FF0000' }) + run(`{/${field}Changed}{^${field}Changed}`) + run(`{${field}}`) + run(`{/${field}Changed}`),
  };
}

const L = (content: string, span = 1): GridCell => ({ content, span, label: true });
const V = (field: string, span = 1): GridCell => ({ ...changeable(field), span });
const SIGN = '负责人签字：　　　　　　单位（印章）　　　　年　　月　　日';

const haApply = () =>
  buildDocx(
    '河南省职业技能等级评价机构备案申请表',
    DRAFT +
      text('河南省职业技能等级评价机构备案申请表', { style: 'Title' }) +
      text('单位名称（印章）：{orgName}', { style: 'Note' }) +
      text('申请业务类型：{businessBoxes}', { style: 'Note' }) +
      grid(
        [26, 30, 26, 30, 20, 24],
        [
          { cells: [L('单位名称'), V('orgName', 5)] },
          { cells: [L('办公地址'), V('address', 5)] },
          { cells: [L('注册（登记）机关'), V('registrar', 5)] },
          { cells: [L('统一社会信用代码'), V('creditCode', 5)] },
          { cells: [L('注册（登记）资金'), V('capital'), L('单位性质'), { raw: true, span: 3, content: run('{#natureChanged}') + run('{natureBoxes}', { color: 'FF0000' }) + run('{/natureChanged}{^natureChanged}') + run('{natureBoxes}') + run('{/natureChanged}') }] },
          { cells: [L('单位法人'), L('姓名'), V('legalRep'), L('联系电话'), V('legalRepPhone', 2)] },
          { cells: [L(''), L('身份证号'), V('legalRepId', 4)] },
          { cells: [L('联系人'), L('姓名'), V('contact'), L('联系电话'), V('contactPhone', 2)] },
          { cells: [L('职工总数'), V('staffTotal', 2), L('缴纳社保人数'), V('insured', 2)] },
          { cells: [L('技能人员数（仅企业填）'), V('skilledStaff', 2), L('年招生人数（仅院校填）'), V('enrolment', 2)] },
          { cells: [L('社会组织等级评估（民政部门）'), V('socialOrgRating', 2), L('评价机构备案号'), V('filingNo', 2)] },
          { cells: [L('申请备案评价机构类型'), { content: '{categoryBoxes}', span: 5 }] },
        ],
      ) +
      text('{^isChange}', {}) +
      text('申请职业（工种）', { style: 'Heading2', keepNext: true }) +
      table(
        [
          { header: '序号', mm: 12, cell: '{no}' },
          { header: '职业编码', mm: 24, cell: '{code}' },
          { header: '职业名称', mm: 34, cell: '{name}', align: 'left' },
          { header: '工种名称', mm: 24, cell: '{workType}' },
          { header: '等级', mm: 28, cell: '{levels}' },
          { header: '评价标准', mm: 34, cell: '{standard}', align: 'left' },
        ],
        'occupations',
      ) +
      text('提交材料清单', { style: 'Heading2', keepNext: true }) +
      table(
        [
          { header: '提供', mm: 14, cell: '{mark}', font: FONTS.symbol },
          { header: '材料名称', mm: 142, cell: '{name}', align: 'left' },
        ],
        'materials',
      ) +
      text('{/isChange}', {}) +
      grid(
        [30, 126],
        [
          { cells: [L('申请单位承诺'), { content: '本人承诺申报材料真实有效，如有虚假，愿承担相应责任。法定代表人签字：　　　　　单位（印章）　　　年　　月　　日' }] },
          { cells: [L('行业主管部门意见'), { content: SIGN }] },
          { cells: [L('监管地（初审地）人社部门意见'), { content: SIGN }] },
          { cells: [L('备案地人社部门意见'), { content: SIGN }] },
        ],
      ) +
      text('填表说明：1. 本表一式 2 份，备案地人社部门和申请单位各留 1 份。2. 评价标准填国家职业（技能）标准的发布年份（国标 XX 年版、XX 行业规范、XX 企业规范）。3. 信息变更仅填基础信息，变更部分标红。', { style: 'Note' }),
  );

const T = (content: string, span = 1, align: 'center' | 'left' = 'left'): GridCell => ({ content, span, align });

const haRenew = () =>
  buildDocx(
    '河南省职业技能等级评价机构备案续期申请表',
    DRAFT +
      text('河南省职业技能等级评价机构备案续期申请表', { style: 'Title' }) +
      text('单位名称（印章）：{orgName}', { style: 'Note' }) +
      grid(
        [28, 28, 25, 25, 25, 25],
        [
          { cells: [L('一、基本信息', 6)] },
          { cells: [L('机构名称'), T('{orgName}', 5)] },
          { cells: [L('统一社会信用代码'), T('{creditCode}', 5)] },
          { cells: [L('评价机构备案号'), T('{filingNo}', 5)] },
          { cells: [L('备案机构类别'), T('{categoryBoxes}', 5)] },
          { cells: [L('法定代表人'), T('{legalRep}', 2), L('联系电话'), T('{legalRepPhone}', 2)] },
          { cells: [L('联系人'), T('{contact}', 2), L('职务'), T('{contactTitle}', 2)] },
          { cells: [L('联系电话'), T('{contactPhone}', 2), L('电子邮箱'), T('{email}', 2)] },
          { cells: [L('二、存续情况', 6)] },
          { cells: [L('主体资质是否变更'), T('是☐　否☐', 2), L('变更项'), T('（具体证明材料附后）', 2)] },
          { cells: [L('单位信用情况'), T('正常☐　存在问题☐（网络核查截图附后）', 5)] },
          { cells: [L('三、备案期情况', 6)] },
          { cells: [L('备案期评价总量'), T('评价人次：{totalAssessed}　　取证人次：{totalCertified}', 5)] },
          { cells: [L('评价职业（工种）', 2), L('评价等级', 2), L('评价人次'), L('取证人次')] },
          { loop: 'evaluations', cells: [T('{occupation}', 2), T('{level}', 2, 'center'), T('{assessed}', 1, 'center'), T('{certified}', 1, 'center')] },
          { cells: [L('未开展评价职业（工种）'), T('{unevaluated}', 5)] },
          { cells: [L('场地'), T('自有{ownedBox}　地点：{ownedPlaces}', 5)] },
          { cells: [L(''), T('租用{rentedBox}　地点：{rentedPlaces}', 5)] },
          { cells: [L('人员状况'), L('考评员人数'), T('{examiners}', 1, 'center'), L('内部督导员人数'), T('{supervisors}', 2, 'center')] },
          { cells: [L('资源配置'), L('职业标准、规范'), T('{standardBox}', 1, 'center'), L('题库'), T('{bankBox}', 1, 'center'), T('监控 {videoBox}', 1, 'center')] },
          { cells: [L('收费标准（元）', 6)] },
          { cells: [L('评价职业（工种）'), L('一级'), L('二级'), L('三级'), L('四级'), L('五级')] },
          { loop: 'fees', cells: [T('{occupation}'), T('{fee1}', 1, 'center'), T('{fee2}', 1, 'center'), T('{fee3}', 1, 'center'), T('{fee4}', 1, 'center'), T('{fee5}', 1, 'center')] },
          { cells: [L('申请单位承诺'), T('本人承诺申报材料真实有效，如有虚假，愿承担相应责任。法定代表人签字：　　　　单位（印章）　　年　　月　　日', 5)] },
          { cells: [L('行业主管部门意见'), T(SIGN, 5)] },
          { cells: [L('监管地人社部门意见'), T(SIGN, 5)] },
          { cells: [L('备案地人社部门意见'), T('备案续期起止日期：　　　　　　单位（印章）　　年　　月　　日', 5)] },
        ],
      ) +
      text('填表说明：1. 本表一式 2 份，备案地人社部门、评价机构各 1 份；2. 职业（工种）较多的，填评价人次前 5 位的职业（工种）；3. 不收费的评价机构收费标准填“无”。', { style: 'Note' }),
  );

const haRules = () =>
  buildDocx(
    '评价管理制度清单',
    DRAFT +
      text('评价管理制度清单', { style: 'Title' }) +
      ORG +
      text('{#sections}', {}) +
      text('{section}', { style: 'Heading1', keepNext: true }) +
      table(
        [
          { header: '具备', mm: 14, cell: '{mark}', font: FONTS.symbol },
          { header: '序号', mm: 18, cell: '{no}' },
          { header: '制度名称', mm: 124, cell: '{name}', align: 'left' },
        ],
        'items',
      ) +
      text('{/sections}', {}),
  );

const shRecommend = () =>
  buildDocx(
    '社会化职业技能等级认定职业（工种）及评价机构推荐汇总表',
    DRAFT +
      text('社会化职业技能等级认定职业（工种）及评价机构推荐汇总表', { style: 'Title' }) +
      text('推荐单位（加盖公章）：　　　　　　　　联系人：　　　　　　联系电话：', { style: 'Note' }) +
      text('申报单位：{orgName}', { style: 'Note' }) +
      table(
        [
          { header: '序号', mm: 10, cell: '{no}' },
          { header: '职业编码', mm: 21, cell: '{code}' },
          { header: '职业（工种）', mm: 25, cell: '{occupation}', align: 'left' },
          { header: '国家职业标准名称', mm: 25, cell: '{standard}', align: 'left' },
          { header: '国家职业标准版本', mm: 18, cell: '{version}' },
          { header: '产业类别', mm: 18, cell: '{industry}' },
          { header: '拟承担评价任务的认定机构（统一社会信用代码）', mm: 42, cell: '{organisation}', align: 'left' },
          { header: '预计评价人次', mm: 17, cell: '{planned}' },
          { header: '已纳入评价目录（是/否）', mm: 19, cell: '{inCatalogue}' },
          { header: '推荐理由', mm: 30, cell: '{reason}', align: 'left' },
        ],
        'rows',
      ) +
      grid(
        [25, 200],
        [
          {
            cells: [
              L('推荐意见'),
              T('经研究决定，我单位同意推荐上述项目成为社会化职业技能等级认定项目，上述单位成为社会培训评价组织。我单位将结合产业发展需求，做好所辖领域技能评价工作的组织推动、行业指导，支持有关单位开展社会化职业技能等级认定，并配合各级人社部门实施质量监督。　　　　年　　月　　日'),
            ],
          },
        ],
      ) +
      text('注：本表由行业主管部门或上级主管部门作为推荐主体。', { style: 'Note' }),
    { landscape: true },
  );

const shSiteLetter = () =>
  buildDocx(
    '关于推荐考核点的函',
    DRAFT +
      text('关于推荐{siteName}成为{orgName}考核点的函', { style: 'Title' }) +
      text('上海市职业技能鉴定中心：') +
      text('　　{siteName}{siteDetails}。') +
      text('　　经研究决定，我单位推荐{siteName}成为{orgName}{occupation}的考核点，支持该单位开展相关评价工作。该单位已完成消防安全相关检查。') +
      text('　　我单位承诺，按照“谁主管，谁推荐，谁监督”的原则，承担相关责任，配合市人力资源和社会保障局及相关部门做好该考核点相关评价的管理和监督。') +
      text('　　以上推荐，望予支持。') +
      text('') +
      text('区人力资源和社会保障局（盖章）', { align: 'right' }) +
      text('日期：　　年　　月　　日', { align: 'right' }),
  );

/** Headings the clerk completes: the outline's own guidance, marked so it cannot be mistaken for content. */
const TODO = (guidance: string) => text(`【请填写】${guidance}`, { color: '7F7F7F' });
const H1 = (s: string) => text(s, { style: 'Heading1', keepNext: true });
const H2 = (s: string) => text(s, { style: 'Heading2', keepNext: true });

const haPlan = () =>
  buildDocx(
    '职业技能等级认定工作实施方案',
    DRAFT +
      text('{orgName}职业技能等级认定工作实施方案', { style: 'Title' }) +
      H1('一、单位基本情况') +
      H2('（一）单位概况') +
      text('　　{overview}') +
      H2('（二）已开展技能人才培训、评价（职业技能鉴定）情况') +
      TODO('已开展的技能人才培训、评价（职业技能鉴定）情况。') +
      H2('（三）机构人员情况、技能人才队伍建设特色') +
      text('　　{team}') +
      H1('二、申请开展认定的对象、范围和方式') +
      H2('（一）认定的对象') +
      TODO('根据机构类型明确认定对象。') +
      H2('（二）认定的职业（工种）范围') +
      text('　　申请开展认定的职业（工种）共 {occupationCount} 个（详见《申请表》）：') +
      text('{#occupations}') +
      text('　　{label}') +
      text('{/occupations}') +
      H2('（三）认定方式') +
      TODO('考试考核、综合评审、过程化考核等，参照相应的国家职业标准或评价规范。') +
      H1('三、机构开展认定工作的保障') +
      H2('（一）机构的政策保障') +
      TODO('机构制定的职业技能等级认定相关文件；技能人才培养、评价、使用、激励相关制度。') +
      H2('（二）机构的组织机构保障') +
      TODO('领导机构、管理机构及实施机构，其组成部门、成员及职责。') +
      H2('（三）机构的设施设备及场地保障') +
      text('　　设施设备及场地（按类别，数量）：{equipment}。具体见《设施设备清单》（附件5）。') +
      H2('（四）组织实施认定的相关规章制度保障') +
      TODO('考务、试题、证书管理等制度简要情况（参考附件3）。') +
      H2('（五）人员队伍保障') +
      text('　　{team}') +
      TODO('三支队伍人员选聘的基本条件及保证满足认定工作需要的措施。') +
      H2('（六）教材、标准、试题保障') +
      text('{#banks}') +
      text('　　{line}') +
      text('{/banks}') +
      TODO('教材、标准、试题的选用与开发情况及质量保证措施。') +
      H2('（七）质量保障') +
      TODO('质量保障制度；工作台账、文档资料保管等措施。') +
      H2('（八）信息化保障') +
      TODO('考务、题库、考试的信息化情况；考场视频监控建设情况。') +
      H2('（九）经费保障、收费标准') +
      TODO('经费来源与收费标准。') +
      H1('四、认定工作流程') +
      TODO('制定发布认定计划、报名与资格审核、培训、实施认定、质量督导、成绩认定与发布、证书核发、证书信息上报等；附流程图。') +
      H1('五、工作计划安排') +
      TODO('职业技能等级认定工作规划，近阶段主要工作计划及时限安排。') +
      H1('六、证书样式') +
      TODO('附证书样式。'),
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

/** Form id → the template it is filled into. */
export const TEMPLATE_BUILDERS: Record<string, () => Uint8Array> = {
  team,
  equipment,
  'question-bank': questionBank,
  'xcert-data': xcertData,
  materials,
  'check-report': checkReport,
  'ha-apply': haApply,
  'ha-renew': haRenew,
  'ha-rules': haRules,
  'sh-recommend': shRecommend,
  'sh-site-letter': shSiteLetter,
  'ha-plan': haPlan,
  'ha-renew-summary': haRenewSummary,
  'ha-terminate-summary': haTerminateSummary,
  'bt-renew-summary': btRenewSummary,
  'bt-terminate-summary': btTerminateSummary,
  'bt-notice-list': btNoticeList,
  'summary-none': summaryNone,
  'office-report': officeReport,
};
