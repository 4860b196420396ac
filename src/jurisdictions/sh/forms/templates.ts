import { buildDocx, grid, table, text } from '../../../forms/build/docx';
import { DRAFT, L, T } from '../../../forms/build/parts';

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

/** Form id → the Word template its form is filled into (built by templates/build). */
export const TEMPLATES: Record<string, () => Uint8Array> = {
  'sh-recommend': shRecommend,
  'sh-site-letter': shSiteLetter,
};
