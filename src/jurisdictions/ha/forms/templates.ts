import { buildDocx, FONTS, grid, run, table, text } from '../../../forms/build/docx';
import { ASK, DRAFT, H1, H2, L, ORG, SIGN, SUMMARY_HEAD, T, TODO, V } from '../../../forms/build/parts';

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

const haRenewSummary = () =>
  buildDocx(
    '河南省职业技能等级评价机构备案续期汇总表',
    text('河南省职业技能等级评价机构备案续期汇总表', { style: 'Title' }) +
      SUMMARY_HEAD +
      table(
        [
          // In 小五, a name of up to 19 characters, a 13-character 备案号 and a date each keep a row to one line.
          { header: '序号', mm: 8, cell: '{no}' },
          { header: '地市', mm: 15, cell: '{city}' },
          { header: '机构类型', mm: 15, cell: '{orgType}' },
          { header: '机构名称', mm: 64, cell: '{orgName}', align: 'left' },
          { header: '备案号', mm: 24, cell: '{filingNo}' },
          { header: '备案有效期止', mm: 19, cell: '{validTo}' },
          { header: '备案期评价人次', mm: 12, cell: '{assessed}' },
          { header: '取证人次', mm: 12, cell: '{certified}' },
          { header: '续期决定（续期/暂缓续期/终止）', mm: 18, cell: '{decision}' },
          { header: '续期起止日期', mm: 16, cell: '{period}' },
          { header: '备注', mm: 22, cell: '{remark}', align: 'left' },
        ],
        'rows',
        ['合计', null, null, '{orgs} 家', '', '', '{totalAssessed}', '{totalCertified}', '', '', ''],
        { small: true },
      ) +
      text('说明：备案机构包括全国性社会组织、全国性单位、用人单位、社评组织、院校。续期决定和续期起止日期由人社部门填写；“建议终止”为备案期评价人次为 0 的机构（《河南省评价机构备案工作指南》六（四）2）；“未填报”为工作簿未填写的栏目，合计只计填报了的机构。', { style: 'Note' }) +
      ASK,
    { landscape: true },
  );

const haTerminateSummary = () =>
  buildDocx(
    '河南省职业技能等级评价机构终止备案汇总表',
    text('河南省职业技能等级评价机构终止备案汇总表', { style: 'Title' }) +
      SUMMARY_HEAD +
      table(
        [
          { header: '地市', mm: 15, cell: '{city}' },
          { header: '机构类型', mm: 15, cell: '{orgType}' },
          { header: '机构名称', mm: 60, cell: '{orgName}', align: 'left' },
          { header: '备案号', mm: 24, cell: '{filingNo}' },
          { header: '备案成功时间', mm: 19, cell: '{filedOn}' },
          { header: '终止备案时间', mm: 19, cell: '{terminatedOn}' },
          { header: '是否开展过评价', mm: 13, cell: '{evaluated}' },
          { header: '是否发过证书', mm: 13, cell: '{certified}' },
          { header: '是否有尚未入网的证书数据', mm: 15, cell: '{pending}' },
          { header: '终止备案原因', mm: 32, cell: '{reason}', align: 'left' },
        ],
        'rows',
        ['合计', null, '{count} 家', '', '', '', '', '', '', ''],
        { small: true },
      ) +
      text('填表说明：机构类型包括全国性分支机构、全国性分支社评组织、用人单位、社评组织、院校。终止备案时间为机构申请的拟终止备案日期。', { style: 'Note' }) +
      ASK,
    { landscape: true },
  );

/** Form id → the Word template its form is filled into (built by templates/build). */
export const TEMPLATES: Record<string, () => Uint8Array> = {
  'ha-apply': haApply,
  'ha-renew': haRenew,
  'ha-rules': haRules,
  'ha-plan': haPlan,
  'ha-renew-summary': haRenewSummary,
  'ha-terminate-summary': haTerminateSummary,
};
