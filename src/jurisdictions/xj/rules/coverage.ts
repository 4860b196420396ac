import { checked, type Coverage, unchecked } from '../../../rules/coverage';

const MATERIALS = ['materials.missing', 'sheet.missing'];

export const XJ_COVERAGE: Coverage = {
  source: 'XJ',
  requirements: [
    unchecked('一', '机构在人力资源社会保障部公布的“X证书”机构目录中', '目录由人社部公布，工作簿中没有'),
    checked('四（一）', '注册地在新疆或在新疆开展过“X证书”评价工作', ['xj.eligibility.region'], '注册地按统一社会信用代码第 3–8 位和注册地（或登记机关、办公地址）判断，两者不一致时只提示；开展评价按“X证书评价数据”的“地区”列判断，没有该列时只提示。'),
    checked('四（一）', '不在人社部门已终止备案机构名单中', ['xj.prohibited']),
    checked('四（二）', '经营状况良好，机构和主要负责人信用良好，近三年无违法违规记录', ['xj.prohibited'], '由申请机构在“机构信息”如实声明；信用核查由受理部门进行。'),
    checked('四（三）', '在新疆设有常驻工作机构', ['xj.office.region'], '以办公地址判断；办公地址可能是总部地址，故为警告。'),
    checked('四（三）', '配备试题资源、场地、设施设备', ['xj.facilities.per-occupation', 'xj.question-bank.level-missing'], '每个申请职业（工种）须有“场地”以及“设备”或“工量具”。'),
    checked('四（三）', '配备考评人员、质量督导人员、考务管理人员', ['xj.staffing.present', 'xj.examiners.min']),
    unchecked('四（四）', '质量管控措施完善，把社会效益放在首位，不以营利为目的', '属制度和承诺，工作簿无法显示；质量管控措施作为申请材料 五（一）9 核对'),
    unchecked('四（五）', '自愿接受各级人力资源社会保障部门的监管', '承诺事项，工作簿无法显示'),
    checked('四（六）', '禁止性规定：违法违规失信、年审不合格、非法社会组织、经营异常、已终止备案', ['xj.prohibited']),
    checked('五（一）', '备案申请材料 22 项', MATERIALS, '第 22 项“其他有关资料”内容不定，只列出不强制。'),
    checked('五（二）1', '理论题库五级至三级每级不少于 1000 道、以客观题为主；二级、一级客观题与主观题结合；技能题库每级不少于 30 道', ['xj.question-bank.level-missing', 'xj.question-bank.theory-min', 'xj.question-bank.objective', 'xj.question-bank.subjective', 'xj.question-bank.skill-min'], '“通常以客观题为主”“通常…相结合”为一般要求，按警告处理；同一等级的多行题库相加。'),
    checked('五（二）2', '考评员具有本职业高级及以上技能等级或中级及以上职称，每个职业（工种）不少于 4 名', ['xj.examiners.qualification', 'xj.examiners.min'], '同一人在同一职业（工种）只计一次；身份证件号有误的人不计入。'),
    checked('五（二）3', '高级考评员具有本职业高级技师或高级职称，每个职业（工种）不少于 4 名', ['xj.senior-examiners.qualification', 'xj.senior-examiners.min'], '条文未说明何时需要高级考评员。按考评员制度，考评员可考评至三级，高级考评员可考评各级，故只对申请二级、一级的职业（工种）要求 4 名具备高级考评员条件的人员；按资格计人，不看“考评员类别”的填写。'),
    checked('五（二）4', '内部质量督导员担任考评员 3 年以上', ['xj.supervisors.experience'], '3 年计至申请日期（未填写申请日期时计至检查当天）。'),
    unchecked('五（二）5', '相关职业严格参照国家职业标准所列相关职业和相关专业', '国家职业标准所列相关职业不在内置数据中'),
    checked('五（二）6', '具有与评价工作相适应的视频监控设备并能与系统实时连接', ['xj.video-monitoring'], '每个申请职业（工种）须有类别为“视频监控”的设施设备；能否与系统实时连接工作簿无法显示。'),
    checked('五（二）7', '原则上连续 3 年以上在疆培训评价经历，累计发证不少于 10000 人次', ['xj.scale.years', 'xj.scale.certificates'], '“原则上”按警告处理；只计“地区”为新疆的行；连续年份取有认定或取证人次的年度。'),
    unchecked('六（二）', '受理后 10 个工作日内告知初审结果', '受理部门的办理时限'),
    unchecked('六（四）', '公示期一般为 5 个工作日', '受理部门的办理程序'),
    checked('六（五）', '备案有效期统一至 2028 年 12 月 31 日', ['xj.validity.end'], '晚于该日为错误；早于该日多为笔误，提示警告。'),
    checked('七（一）', '2026 年 4 月 30 日前提交意向函', ['xj.deadline.intent'], '意向函单独提交，工作簿只能在“申请材料”表记录；截止日后仍未标“是”为错误，此前为提示。'),
    checked('七（二）', '2026 年 7 月 31 日前提交备案申请材料', ['xj.deadline.materials'], '按申请日期判断，未填写时按检查当天判断。'),
  ],
};
