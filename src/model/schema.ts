/**
 * The filing workbook's layout as data: every sheet kind, its canonical
 * name and the names clerks really use, and its fields with their canonical
 * headers, variants and value types. Recognition, rules, the template
 * workbook and the forms all read this one description.
 */

export type FieldType =
  | 'text'
  | 'serial'
  | 'name'
  | 'id'
  | 'creditCode'
  | 'phone'
  | 'email'
  | 'date'
  | 'count'
  | 'money'
  | 'percent'
  | 'year'
  | 'skillLevel'
  | 'skillLevelRange'
  | 'xcertLevel'
  | 'xcertLevelRange'
  | 'title'
  | 'occupationCode'
  | 'occupationName'
  | 'enum'
  | 'yesNo'
  | 'profile';

/** A field as the schema writes it; {@link FieldDef} is the same with its key known to the compiler. */
interface FieldSpec {
  /** Stable identifier used in code. */
  readonly key: string;
  /** Canonical header, as written in the template workbook. */
  readonly header: string;
  /** Other headers clerks use; compared after {@link normaliseLabel}. */
  readonly aliases?: readonly string[];
  readonly type: FieldType;
  /** Closed vocabulary (drop-down in the template) for 'enum' fields. */
  readonly values?: readonly string[];
  /** Other words clerks write for one of `values` (租赁 for 租用), accepted as that value. */
  readonly synonyms?: Readonly<Record<string, string>>;
  /** A table without this column is incomplete; an empty cell in a data row is an error. */
  readonly required?: boolean;
  /** A date of something that has already happened: a later one is an error. */
  readonly past?: boolean;
  /** Column width in the template, in characters. */
  readonly width?: number;
  /** Short Chinese guidance shown in the template's 说明 sheet. */
  readonly note?: string;
}

export type SheetKind =
  | 'org'
  | 'occupations'
  | 'staff'
  | 'examiners'
  | 'experts'
  | 'supervisors'
  | 'equipment'
  | 'questionBank'
  | 'xcertData'
  | 'evaluations'
  | 'materials'
  | 'sites'
  | 'summary';

/** A sheet as the schema writes it; {@link SheetDef} is the same with its fields' keys known to the compiler. */
interface SheetSpec {
  readonly kind: SheetKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** 'kv' sheets hold 项目 / 内容 / 变更前 pairs instead of a table. */
  readonly layout: 'table' | 'kv';
  readonly fields: readonly FieldSpec[];
  /** Fields that identify a person; used by the roster rules. */
  readonly roster?: boolean;
  readonly note?: string;
}

export const SKILL_LEVELS = ['五级/初级工', '四级/中级工', '三级/高级工', '二级/技师', '一级/高级技师'] as const;
export const XCERT_LEVELS = ['初级', '中级', '高级'] as const;
export const TITLE_LEVELS = ['初级', '中级', '副高级', '正高级'] as const;
export const ORG_NATURES = ['企业', '央企', '院校', '民办院校', '民办非企业单位', '社会团体', '其他事业单位', '机关', '其他'] as const;
/** 培训评价组织 is NX 第二条's own short name for a 职业教育培训评价组织. */
export const ORG_TYPES = ['用人单位', '社会培训评价组织', '院校', '专项职业能力考核机构', '职业资格评价机构', '原X证书机构', '职业教育培训评价组织', '培训评价组织'] as const;
export const BUSINESS_TYPES = ['首次备案', '增量备案', '信息变更', '备案续期', '终止备案'] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];
export const EQUIPMENT_CATEGORIES = ['场地', '设备', '工量具', '视频监控'] as const;
export const OWNERSHIP = ['自有', '租用', '借用'] as const;
export const EXAMINER_CATEGORIES = ['考评员', '高级考评员'] as const;
export const EXPERT_CATEGORIES = ['命题专家', '审题专家', '技术专家', '评审专家'] as const;
export const EMPLOYMENT = ['专职', '兼职'] as const;
export const YES_NO = ['是', '否'] as const;
export const RENEWAL_DECISIONS = ['续期', '暂缓续期', '终止'] as const;

const PERSON_FIELDS = [
  { key: 'serial', header: '序号', type: 'serial', width: 6 },
  { key: 'name', header: '姓名', type: 'name', required: true, width: 10 },
  {
    key: 'idNumber',
    header: '身份证件号',
    aliases: ['身份证号', '身份证号码', '身份证件号码', '证件号码', '证件号', '公民身份号码', '身份证'],
    type: 'id',
    required: true,
    width: 22,
    note: '18 位居民身份证号码，单元格须为文本格式',
  },
  {
    key: 'position',
    header: '职务/职称/技能等级',
    aliases: ['职务', '职务职称', '职务/职称', '职务（职称）', '职称/技能等级', '职务、职称、技能等级'],
    type: 'text',
    width: 20,
  },
  { key: 'education', header: '学历', aliases: ['文化程度', '最高学历'], type: 'text', width: 10 },
] as const satisfies readonly FieldSpec[];

/** The X certificate's levels as the headers and the keys name them. */
const XCERT_COLUMNS = [
  ['初级', 'Junior'],
  ['中级', 'Middle'],
  ['高级', 'Senior'],
  ['总计', 'Total'],
] as const;

/** The five skill levels' fee columns. */
const FEE_COLUMNS = [
  ['一级', 1],
  ['二级', 2],
  ['三级', 3],
  ['四级', 4],
  ['五级', 5],
] as const;

const OCC_CODE = {
  key: 'occupationCode',
  header: '职业编码',
  aliases: ['职业代码', '职业（工种）编码', '职业(工种)编码', '编码'],
  type: 'occupationCode',
  width: 14,
  note: '《职业分类大典（2022年版）》编码，格式 d-dd-dd-dd',
} as const satisfies FieldSpec;

/**
 * Every sheet kind, `as const` so that each one's field keys are known to
 * the compiler ({@link FieldKey}): a misspelt key is a compile error, not an
 * empty cell that lets a rule pass.
 */
const SHEET_LITERALS = [
  {
    kind: 'org',
    name: '机构信息',
    aliases: ['基本信息', '机构基本信息', '单位基本信息', '机构基本情况', '基本情况', '社会培训评价组织基本情况表', '备案申请表', '申请表', '单位信息'],
    layout: 'kv',
    fields: [
      { key: 'orgName', header: '单位名称', aliases: ['机构名称', '申报单位', '申请单位', '单位名称（盖章）', '组织名称'], type: 'text', required: true },
      { key: 'creditCode', header: '统一社会信用代码', aliases: ['社会信用代码', '信用代码'], type: 'creditCode', required: true },
      { key: 'address', header: '办公地址', aliases: ['地址', '通讯地址', '单位地址', '注册地址'], type: 'text', required: true },
      { key: 'registrar', header: '注册（登记）机关', aliases: ['注册机关', '登记机关', '登记管理机关'], type: 'text' },
      { key: 'capital', header: '注册（登记）资金', aliases: ['注册资金', '注册资本', '开办资金', '登记资金'], type: 'text' },
      { key: 'nature', header: '单位性质', aliases: ['机构性质', '单位类型'], type: 'enum', values: ORG_NATURES, required: true },
      { key: 'legalRep', header: '法定代表人', aliases: ['法人代表', '法定代表人姓名', '法人'], type: 'name', required: true },
      { key: 'legalRepId', header: '法定代表人身份证号', aliases: ['法定代表人身份证件号', '法人身份证号', '法定代表人证件号码'], type: 'id' },
      { key: 'legalRepPhone', header: '法定代表人电话', aliases: ['法人电话', '法定代表人联系电话'], type: 'phone' },
      { key: 'contact', header: '联系人', aliases: ['联系人姓名', '经办人'], type: 'name', required: true },
      { key: 'contactTitle', header: '联系人职务', type: 'text' },
      { key: 'contactPhone', header: '联系人电话', aliases: ['联系电话', '联系人手机', '手机'], type: 'phone', required: true },
      { key: 'email', header: '电子邮箱', aliases: ['邮箱', 'E-mail', 'Email', '电子信箱'], type: 'email' },
      { key: 'staffTotal', header: '职工总数', aliases: ['职工人数', '员工总数'], type: 'count' },
      { key: 'insured', header: '缴纳社保人数', aliases: ['参保人数', '社保人数'], type: 'count' },
      { key: 'skilledStaff', header: '技能人员数', aliases: ['技能人员数量', '技能人才数'], type: 'count' },
      { key: 'enrolment', header: '年招生人数', aliases: ['年招生数'], type: 'count' },
      { key: 'socialOrgRating', header: '社会组织等级评估', aliases: ['社会组织评估等级'], type: 'text' },
      { key: 'filingNo', header: '评价机构备案号', aliases: ['备案号', '备案编号'], type: 'text' },
      { key: 'orgType', header: '评价机构类型', aliases: ['机构类型'], type: 'enum', values: ORG_TYPES },
      { key: 'business', header: '申请业务类型', aliases: ['业务类型', '申请类型', '备案类型'], type: 'enum', values: BUSINESS_TYPES, required: true },
      { key: 'profile', header: '适用规则', aliases: ['规则', '适用地区', '适用规则包'], type: 'profile', required: true },
      { key: 'regPlace', header: '注册地', aliases: ['注册地区', '所在地'], type: 'text' },
      { key: 'validFrom', header: '备案有效期起', aliases: ['有效期起', '备案成功时间'], type: 'date' },
      { key: 'validTo', header: '备案有效期止', aliases: ['有效期止', '有效期至'], type: 'date' },
      { key: 'applyDate', header: '申请日期', aliases: ['申报日期', '填表日期'], type: 'date' },
      { key: 'noticeStart', header: '公示开始日期', aliases: ['终止公示开始日期', '公示日期'], type: 'date' },
      { key: 'trainingSince', header: '开展职业技能培训起始年份', aliases: ['培训起始年份', '开展培训起始年份'], type: 'year' },
      // Declarations the documents' prohibited situations turn on (XJ 四（六）, SH 二（三）, HA 二（七）, NX 第六条): the clerk answers 是/否.
      { key: 'violationRecord', header: '近三年有违法违规或失信记录', aliases: ['违法违规或失信记录', '近三年违法违规记录'], type: 'yesNo', note: '申请机构及法定代表人在培训评价领域有无违法违规、失信行为' },
      { key: 'annualReviewFailed', header: '近三年年审不合格', aliases: ['年审不合格', '近3年年审不合格'], type: 'yesNo', note: '社会团体、民办非企业单位填写' },
      { key: 'illegalOrgList', header: '列入非法社会组织名单', aliases: ['非法社会组织名单'], type: 'yesNo', note: '社会团体、民办非企业单位填写' },
      { key: 'abnormalOperation', header: '近三年列入经营异常名录', aliases: ['经营异常名录', '近3年列入经营异常名录'], type: 'yesNo', note: '企业填写' },
      { key: 'terminatedList', header: '在已终止备案机构名单中', aliases: ['已终止备案机构名单', '列入已终止备案机构名单'], type: 'yesNo' },
      { key: 'decoupled', header: '已与政府部门脱钩', aliases: ['是否已脱钩', '已脱钩'], type: 'yesNo', note: '社会团体填写' },
      { key: 'badRecord', header: '人才培训评价领域有不良记录', aliases: ['培训评价领域不良记录', '不良记录'], type: 'yesNo' },
      { key: 'majorDispute', header: '有重大经济纠纷', aliases: ['重大经济纠纷'], type: 'yesNo', note: '1+X 培训评价组织填写' },
      { key: 'badLoan', header: '有不良借贷行为', aliases: ['不良借贷', '不良借贷记录'], type: 'yesNo', note: '1+X 培训评价组织填写' },
      // Conditions the applicant declares (HA 一（五）1, 二（五）3（2）, 三（一）).
      { key: 'socialInsurance', header: '职工依法参加社会保险', aliases: ['依法参加社会保险', '职工参加社会保险'], type: 'yesNo', note: '用人单位填写' },
      { key: 'onlineExam', header: '具备线上机考条件', aliases: ['线上机考条件', '具备线上机考'], type: 'yesNo', note: '社会培训评价组织填写' },
      { key: 'enrolmentQualified', header: '具有招生资质', aliases: ['招生资质', '具备招生资质'], type: 'yesNo', note: '院校填写' },
      // Termination declarations (HA 七（四）1, BT 第十八条（五）).
      { key: 'registrationStopped', header: '已停止评价报名', aliases: ['已终止考试报名', '已停止考试报名'], type: 'yesNo', note: '申请终止备案时填写' },
      { key: 'certificatesUploaded', header: '证书数据已全部上传', aliases: ['评价证书数据已全部上传', '证书数据已上传'], type: 'yesNo', note: '申请终止备案时填写' },
      // What an office's termination summary reports of each organisation (HA 附件8; BT 第十八条（五）).
      { key: 'terminationReason', header: '终止备案原因', aliases: ['终止原因', '申请终止原因'], type: 'text', note: '申请终止备案时填写' },
      { key: 'evaluatedInPeriod', header: '备案期内开展过评价', aliases: ['是否开展过评价', '开展过评价'], type: 'yesNo', note: '申请终止备案时填写' },
      { key: 'certifiedInPeriod', header: '备案期内发过证书', aliases: ['是否发过证书', '发过证书'], type: 'yesNo', note: '申请终止备案时填写' },
      { key: 'endDate', header: '拟终止备案日期', aliases: ['拟终止日期', '申请终止日期'], type: 'date', note: '申请终止备案时填写' },
    ],
  },
  {
    kind: 'occupations',
    name: '申请职业（工种）',
    aliases: ['申请职业', '申报职业', '申报职业（工种）', '评价职业', '职业（工种）', '职业工种', '申请职业工种', '职业（工种）清单'],
    layout: 'table',
    fields: [
      { key: 'serial', header: '序号', type: 'serial', width: 6 },
      { ...OCC_CODE, required: true },
      { key: 'occupationName', header: '职业名称', aliases: ['职业（工种）名称', '职业(工种)名称', '职业', '职业（工种）', '专项职业能力考核项目', '专项职业能力考核项目名称', '考核项目名称', '考核项目', '证书名称', '职业技能等级证书名称', 'X证书名称'], type: 'occupationName', required: true, width: 22 },
      { key: 'workType', header: '工种名称', aliases: ['工种'], type: 'text', width: 16 },
      { key: 'levels', header: '等级', aliases: ['技能等级', '等级范围', '技能等级范围', '申请等级', '评价等级'], type: 'skillLevelRange', required: true, width: 18 },
      { key: 'standard', header: '评价标准', aliases: ['职业标准', '依据标准', '评价规范', '国家职业标准名称', '职业标准名称'], type: 'text', width: 20 },
      { key: 'standardVersion', header: '国家职业标准版本', aliases: ['标准版本', '职业标准版本'], type: 'text', width: 14 },
      { key: 'industry', header: '产业类别', aliases: ['所属产业', '产业'], type: 'text', width: 12 },
      { key: 'plannedCount', header: '预计评价人次', aliases: ['预计评价人数', '计划评价人次'], type: 'count', width: 12 },
      { key: 'inCatalogue', header: '已纳入评价目录', aliases: ['是否纳入评价目录', '纳入目录', '已纳入评价目录（是/否）'], type: 'yesNo', width: 12 },
      { key: 'reason', header: '推荐理由', aliases: ['推荐原因'], type: 'text', width: 24 },
      { key: 'textbookYear', header: '配套教材出版年份', aliases: ['教材出版年份', '近三年出版教材年份'], type: 'year', width: 12, note: '1+X 证书配套教材最近一次出版的年份' },
    ],
  },
  {
    kind: 'staff',
    name: '工作人员',
    aliases: ['工作人员名册', '工作人员花名册', '工作人员名单', '考务人员', '管理人员'],
    layout: 'table',
    roster: true,
    fields: [...PERSON_FIELDS, { key: 'duty', header: '主要职责', aliases: ['职责', '岗位职责', '岗位'], type: 'text', width: 20 }],
  },
  {
    kind: 'examiners',
    name: '考评人员',
    aliases: ['考评员', '考评员名册', '考评人员名册', '考评员名单', '考评人员名单', '考评员花名册'],
    layout: 'table',
    roster: true,
    fields: [
      ...PERSON_FIELDS,
      { key: 'occupation', header: '考评职业（工种）', aliases: ['考评职业', '考评工种', '职业（工种）', '职业', '考评项目', '考核项目', '考评职业（工种）/考核项目'], type: 'occupationName', required: true, width: 20 },
      OCC_CODE,
      { key: 'skillLevel', header: '本职业技能等级', aliases: ['技能等级', '职业资格等级', '本职业等级', '职业技能等级'], type: 'skillLevel', width: 14 },
      { key: 'title', header: '专业技术职称', aliases: ['职称', '技术职称', '专业技术职务'], type: 'title', width: 14 },
      { key: 'certNo', header: '证书编号', aliases: ['考评员证书编号', '证书号'], type: 'text', width: 18 },
      { key: 'category', header: '考评员类别', aliases: ['类别', '考评员级别'], type: 'enum', values: EXAMINER_CATEGORIES, width: 12 },
      { key: 'employment', header: '专兼职', aliases: ['专职/兼职', '专职或兼职', '用工形式'], type: 'enum', values: EMPLOYMENT, width: 8 },
      { key: 'contractFrom', header: '聘用协议起', aliases: ['聘用起始日期', '聘期起', '协议起始日期'], type: 'date', width: 12 },
      { key: 'contractTo', header: '聘用协议止', aliases: ['聘用终止日期', '聘期止', '协议终止日期'], type: 'date', width: 12 },
      { key: 'examinerSince', header: '担任考评员起始日期', aliases: ['担任考评员日期', '考评员起始日期', '首次担任考评员日期'], type: 'date', past: true, width: 14 },
    ],
  },
  {
    kind: 'experts',
    name: '专家队伍',
    aliases: ['专家', '专家名册', '专家名单', '命题专家', '专家队伍名册'],
    layout: 'table',
    roster: true,
    fields: [
      ...PERSON_FIELDS,
      { key: 'occupation', header: '考评职业（工种）', aliases: ['职业（工种）', '职业', '专业职业（工种）', '考核项目'], type: 'occupationName', required: true, width: 20 },
      OCC_CODE,
      { key: 'category', header: '专家类别', aliases: ['类别', '专家类型'], type: 'enum', values: EXPERT_CATEGORIES, required: true, width: 12 },
    ],
  },
  {
    kind: 'supervisors',
    name: '内部质量督导员',
    aliases: ['督导员', '质量督导员', '内部督导员', '内部质量督导员名册', '内部质量监督人员', '质量督导人员', '督导员名册'],
    layout: 'table',
    roster: true,
    fields: [
      ...PERSON_FIELDS,
      { key: 'speciality', header: '专业方向', aliases: ['专业', '督导职业'], type: 'text', width: 16 },
      { key: 'examinerSince', header: '担任考评员起始日期', aliases: ['担任考评员日期', '考评员起始日期', '首次担任考评员日期'], type: 'date', past: true, width: 14 },
    ],
  },
  {
    kind: 'equipment',
    name: '设施设备',
    aliases: ['场地、设施设备清单', '场地设施设备清单', '设施设备清单', '场地设备', '场地设施设备', '场地及设施设备', '设备清单'],
    layout: 'table',
    fields: [
      { key: 'serial', header: '序号', type: 'serial', width: 6 },
      { key: 'occupation', header: '职业（工种）', aliases: ['职业', '工种', '适用职业（工种）', '评价职业（工种）', '考核项目'], type: 'occupationName', required: true, width: 20 },
      { key: 'category', header: '类别', aliases: ['类型', '设备类别'], type: 'enum', values: EQUIPMENT_CATEGORIES, required: true, width: 10 },
      { key: 'itemName', header: '名称', aliases: ['设备名称', '设施设备名称', '场地设备名称'], type: 'text', required: true, width: 20 },
      { key: 'model', header: '规格/型号', aliases: ['规格型号', '型号', '规格'], type: 'text', width: 16 },
      { key: 'quantity', header: '数量', aliases: ['台套数', '数量（台/套）'], type: 'count', required: true, width: 8 },
      { key: 'ownership', header: '权属', aliases: ['产权', '所有权', '权属情况'], type: 'enum', values: OWNERSHIP, synonyms: { 租赁: '租用', 承租: '租用' }, width: 8 },
      { key: 'useUntil', header: '使用权到期日', aliases: ['租赁到期日', '使用期限至', '租用到期日'], type: 'date', width: 14 },
      { key: 'location', header: '地点', aliases: ['存放地点', '所在地点', '地址'], type: 'text', width: 20 },
    ],
  },
  {
    kind: 'questionBank',
    name: '题库',
    aliases: ['题库清单', '题库情况', '题库统计'],
    layout: 'table',
    fields: [
      { key: 'occupation', header: '职业（工种）', aliases: ['职业', '职业名称', '工种', '考核项目'], type: 'occupationName', required: true, width: 20 },
      OCC_CODE,
      { key: 'level', header: '等级', aliases: ['技能等级', '级别'], type: 'skillLevel', required: true, width: 14 },
      { key: 'single', header: '单选题', aliases: ['单项选择题', '单选'], type: 'count', width: 8 },
      { key: 'multiple', header: '多选题', aliases: ['多项选择题', '多选'], type: 'count', width: 8 },
      { key: 'trueFalse', header: '判断题', aliases: ['判断'], type: 'count', width: 8 },
      { key: 'subjective', header: '主观题', aliases: ['简答题', '主观题（简答、计算、绘图、论述）'], type: 'count', width: 8 },
      { key: 'skill', header: '技能题', aliases: ['技能操作题', '实操题', '操作技能题'], type: 'count', width: 8 },
      { key: 'renewed', header: '本年新增更新题量', aliases: ['本年更新题量', '年度更新题量', '新增更新题量'], type: 'count', width: 12 },
      { key: 'samplePapers', header: '样卷套数', aliases: ['样卷数', '样卷'], type: 'count', width: 8 },
    ],
  },
  {
    kind: 'xcertData',
    name: 'X证书评价数据',
    aliases: ['“X证书”评价数据汇总表', 'X证书评价数据汇总表', '评价数据汇总表', '评价数据', 'X证书数据'],
    layout: 'table',
    fields: [
      { key: 'year', header: '年度', aliases: ['年份', '年'], type: 'year', required: true, width: 8 },
      { key: 'project', header: 'X证书项目名称', aliases: ['项目名称', '证书名称', 'X证书名称'], type: 'text', required: true, width: 24 },
      { key: 'region', header: '地区', aliases: ['省份', '地市', '区域'], type: 'text', width: 10 },
      ...XCERT_COLUMNS.map(
        ([lvl, en]) =>
        ({
          key: `assessed${en}` as const,
          header: `认定人次·${lvl}`,
          aliases: [`认定人次${lvl}`, `认定人次（${lvl}）`, `评价人次·${lvl}`, `考核人次·${lvl}`, `参评人次·${lvl}`].concat(lvl === '总计' ? ['认定人次·合计', '评价人次·合计', '认定人次'] : []),
          type: 'count',
          required: true,
          width: 10,
        }) as const satisfies FieldSpec,
      ),
      ...XCERT_COLUMNS.map(
        ([lvl, en]) =>
        ({
          key: `certified${en}` as const,
          header: `取证人次·${lvl}`,
          aliases: [`取证人次${lvl}`, `取证人次（${lvl}）`, `发证人次·${lvl}`, `获证人次·${lvl}`].concat(lvl === '总计' ? ['取证人次·合计', '发证人次·合计', '取证人次'] : []),
          type: 'count',
          required: true,
          width: 10,
        }) as const satisfies FieldSpec,
      ),
      { key: 'rate', header: '获证率', aliases: ['取证率', '通过率', '获证率（%）'], type: 'percent', width: 10 },
    ],
  },
  {
    kind: 'evaluations',
    name: '备案期评价情况',
    aliases: ['评价情况', '备案期内评价情况', '评价开展情况', '备案期间评价情况'],
    layout: 'table',
    fields: [
      { key: 'occupation', header: '评价职业（工种）', aliases: ['职业（工种）', '职业', '评价职业'], type: 'occupationName', required: true, width: 20 },
      OCC_CODE,
      { key: 'level', header: '评价等级', aliases: ['等级', '技能等级'], type: 'skillLevelRange', width: 14 },
      { key: 'assessed', header: '评价人次', aliases: ['认定人次', '参评人次'], type: 'count', required: true, width: 10 },
      { key: 'certified', header: '取证人次', aliases: ['发证人次', '获证人次'], type: 'count', required: true, width: 10 },
      { key: 'lastEvaluation', header: '最近评价日期', aliases: ['最后评价日期', '最近一次评价日期'], type: 'date', past: true, width: 14 },
      ...FEE_COLUMNS.map(
        ([lvl, n]) =>
          ({
            key: `fee${n}` as const,
            header: `收费标准·${lvl}`,
            aliases: [`收费标准${lvl}`, `${lvl}收费标准`],
            type: 'money',
            width: 10,
          }) as const satisfies FieldSpec,
      ),
    ],
  },
  {
    kind: 'materials',
    name: '申请材料',
    aliases: ['申请材料清单', '材料清单', '申报材料', '备案材料', '申报材料清单'],
    layout: 'table',
    fields: [
      { key: 'serial', header: '序号', type: 'serial', width: 6 },
      { key: 'material', header: '材料名称', aliases: ['材料', '名称', '申请材料'], type: 'text', required: true, width: 40 },
      { key: 'provided', header: '是否提供', aliases: ['是否提交', '已提供', '提供情况'], type: 'yesNo', required: true, width: 10 },
      { key: 'file', header: '文件名或页码', aliases: ['文件名', '页码', '附件'], type: 'text', width: 24 },
      { key: 'remark', header: '备注', aliases: ['说明'], type: 'text', width: 24 },
    ],
  },
  {
    kind: 'sites',
    name: '考核点',
    aliases: ['考核站点', '考核点名单', '考核点清单', '考核站点名单'],
    layout: 'table',
    note: '上海：每个考核点生成一份推荐函（附件2）',
    fields: [
      { key: 'serial', header: '序号', type: 'serial', width: 6 },
      { key: 'siteName', header: '考核点名称', aliases: ['站点名称', '考核站点名称', '名称'], type: 'text', required: true, width: 24 },
      { key: 'creditCode', header: '统一社会信用代码', aliases: ['信用代码'], type: 'creditCode', width: 22 },
      { key: 'address', header: '地址', aliases: ['考核点地址', '地点'], type: 'text', width: 24 },
      { key: 'contact', header: '联系人', type: 'name', width: 10 },
      { key: 'phone', header: '联系电话', aliases: ['电话'], type: 'phone', width: 14 },
      { key: 'occupation', header: '推荐职业（工种）', aliases: ['职业（工种）', '考核职业（工种）'], type: 'occupationName', width: 20 },
      { key: 'levels', header: '等级', aliases: ['技能等级', '考核等级'], type: 'skillLevelRange', width: 14 },
    ],
  },
  {
    kind: 'summary',
    name: '汇总',
    aliases: ['汇总表', '续期汇总', '终止汇总', '备案汇总'],
    layout: 'table',
    fields: [
      { key: 'city', header: '地市', aliases: ['地区', '师市'], type: 'text', width: 10 },
      { key: 'orgType', header: '机构类型', aliases: ['评价机构类型'], type: 'enum', values: ORG_TYPES, width: 14 },
      { key: 'orgName', header: '机构名称', aliases: ['单位名称', '评价机构名称'], type: 'text', required: true, width: 24 },
      { key: 'filingNo', header: '备案号', aliases: ['备案编号', '评价机构备案号'], type: 'text', width: 16 },
      { key: 'filedOn', header: '备案成功时间', aliases: ['备案时间', '备案日期'], type: 'date', width: 12 },
      { key: 'validTo', header: '备案有效期止', aliases: ['有效期止', '有效期至'], type: 'date', width: 12 },
      { key: 'terminatedOn', header: '终止备案时间', aliases: ['终止时间', '终止日期'], type: 'date', width: 12 },
      { key: 'evaluated', header: '是否开展过评价', type: 'yesNo', width: 10 },
      { key: 'certified', header: '是否发过证书', type: 'yesNo', width: 10 },
      { key: 'pendingCerts', header: '是否有尚未入网的证书数据', aliases: ['是否有未入网证书数据'], type: 'yesNo', width: 12 },
      { key: 'reason', header: '终止备案原因', aliases: ['终止原因'], type: 'text', width: 20 },
      { key: 'decision', header: '续期决定', aliases: ['续期意见'], type: 'enum', values: RENEWAL_DECISIONS, width: 10 },
    ],
  },
] as const satisfies readonly SheetSpec[];

export const SHEETS: readonly SheetDef[] = SHEET_LITERALS;

/** Sheet kind → the keys of its fields (an indexed type, so that a table of one kind is a table of any). */
type KeysByKind = { [S in (typeof SHEET_LITERALS)[number] as S['kind']]: S['fields'][number]['key'] };

/** The field keys of a sheet kind (of every kind by default), as the compiler knows them. */
export type FieldKey<K extends SheetKind = SheetKind> = KeysByKind[K];

/** The items of 机构信息, the one key–value sheet. */
export type OrgKey = FieldKey<'org'>;

/** A field of a sheet kind, its key one the compiler knows. */
export interface FieldDef<K extends SheetKind = SheetKind> extends FieldSpec {
  readonly key: FieldKey<K>;
}

/** A sheet kind's description, its fields' keys known to the compiler. */
export interface SheetDef<K extends SheetKind = SheetKind> extends SheetSpec {
  readonly kind: K;
  readonly fields: readonly FieldDef<K>[];
}

export function sheetDef<K extends SheetKind>(kind: K): SheetDef<K> {
  const d = SHEETS.find((s): s is SheetDef<K> => s.kind === kind);
  if (!d) throw new Error(`unknown sheet kind ${kind}`);
  return d;
}

export function fieldDef<K extends SheetKind>(kind: K, key: FieldKey<K>): FieldDef<K> {
  const f = sheetDef(kind).fields.find((x) => x.key === key);
  if (!f) throw new Error(`unknown field ${kind}.${key}`);
  return f;
}
