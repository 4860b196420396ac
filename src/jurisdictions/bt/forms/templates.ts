import { buildDocx, table, text } from '../../../forms/build/docx';
import { ASK, SUMMARY_HEAD } from '../../../forms/build/parts';

const btRenewSummary = () =>
  buildDocx(
    '兵团职业技能等级评价机构备案续期汇总表',
    text('兵团职业技能等级评价机构备案续期汇总表', { style: 'Title' }) +
      SUMMARY_HEAD +
      table(
        [
          // In 小五, a 师市 of up to 8 characters and 社会培训评价组织 keep a row to one line.
          { header: '序号', mm: 8, cell: '{no}' },
          { header: '师市', mm: 28, cell: '{city}' },
          { header: '机构类型', mm: 28, cell: '{orgType}' },
          { header: '机构名称', mm: 49, cell: '{orgName}', align: 'left' },
          { header: '备案号', mm: 24, cell: '{filingNo}' },
          { header: '备案有效期止', mm: 19, cell: '{validTo}' },
          { header: '申请日期', mm: 19, cell: '{applyDate}' },
          { header: '满3个月前申请', mm: 12, cell: '{ahead}' },
          { header: '备案期评价人次', mm: 12, cell: '{assessed}' },
          { header: '取证人次', mm: 12, cell: '{certified}' },
          { header: '评估结论', mm: 14, cell: '' },
        ],
        'rows',
        ['合计', null, null, '{orgs} 家', '', '', '', '', '{totalAssessed}', '{totalCertified}', ''],
        { small: true },
      ) +
      text('说明：《兵团技能人才评价机构管理办法》未附续期汇总表样式，本表栏目取自第十条（备案有效期 3 年，有效期满 3 个月前申请续期，经评估合格的可续期 3 年）。评估结论由人社部门填写；“未填报”为工作簿未填写的栏目，合计只计填报了的机构。', { style: 'Note' }) +
      ASK,
    { landscape: true },
  );

const btTerminateSummary = () =>
  buildDocx(
    '兵团职业技能等级评价机构终止备案汇总表',
    text('兵团职业技能等级评价机构终止备案汇总表', { style: 'Title' }) +
      SUMMARY_HEAD +
      table(
        [
          { header: '序号', mm: 8, cell: '{no}' },
          { header: '师市', mm: 28, cell: '{city}' },
          { header: '机构类型', mm: 28, cell: '{orgType}' },
          { header: '机构名称', mm: 39, cell: '{orgName}', align: 'left' },
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
          { header: '师市', mm: 28, cell: '{city}' },
          { header: '机构名称', mm: 48, cell: '{orgName}', align: 'left' },
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
      ) +
      text('{#asking}', {}) +
      text('以下机构的工作簿未填报（或未填全）备案期评价情况，无法判断是否一年以上未开展评价工作，未据此列入本名单，请向机构核实：{unjudged}', { style: 'Note' }) +
      text('{/asking}', {}),
    { landscape: true },
  );

/** Form id → the Word template its form is filled into (built by templates/build). */
export const TEMPLATES: Record<string, () => Uint8Array> = {
  'bt-renew-summary': btRenewSummary,
  'bt-terminate-summary': btTerminateSummary,
  'bt-notice-list': btNoticeList,
};
